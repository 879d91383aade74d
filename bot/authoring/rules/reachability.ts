/** Rule: every step can be reached. */
import { diag, type Diagnostic } from '../diagnostic.js';
import { nodeId, splitNode, stepAt, successors, type NodeId, type Rule } from './rule.js';

/** UNREACHABLE_STEP: a step no path leads to (from its flow's start, the entry's `afterFlow`, or a link). */
export const reachability: Rule = {
  name: 'onbereikbare stappen',
  check(project) {
    const out: Diagnostic[] = [];
    const roots: NodeId[] = [];
    for (const f of project.graph.flows.values()) {
      roots.push(nodeId(f.id, f.start));
      if (f.afterFlow) roots.push(nodeId(f.id, f.afterFlow));
      for (const s of f.steps.values()) {
        if (s.kind === 'link') roots.push(...successors(project, f.id, s.id));
      }
    }
    const seen = new Set<NodeId>();
    const queue = roots.filter((r) => project.graph.flows.get(splitNode(r).flow)?.steps.has(splitNode(r).step));
    while (queue.length > 0) {
      const n = queue.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      const { flow, step } = splitNode(n);
      // Within a flow only: a link makes its target a root of its own.
      for (const next of successors(project, flow, step)) if (splitNode(next).flow === flow) queue.push(next);
    }
    for (const unit of project.flows.values()) {
      for (const id of unit.flow.steps.keys()) {
        if (!seen.has(nodeId(unit.flow.id, id))) out.push(diag('UNREACHABLE_STEP', stepAt(unit, id, ['id']), { id }));
      }
    }
    return out;
  },
};
