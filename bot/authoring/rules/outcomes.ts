/** Rules: no dead ends and no cycles without an exit — every path reaches a referral or a person. */
import { kindOf } from '../../engine/steps/index.js';
import { diag, type Diagnostic } from '../diagnostic.js';
import type { Project } from '../project.js';
import { allNodes, isOutcome, nodeId, splitNode, stepAt, successors, type NodeId, type Rule } from './rule.js';

/** Nodes from which a referral or handoff can be reached. */
export function nodesReachingOutcome(project: Project): Set<NodeId> {
  const nodes = allNodes(project);
  const preds = new Map<NodeId, NodeId[]>();
  for (const n of nodes) {
    const { flow, step } = splitNode(n);
    for (const s of successors(project, flow, step)) (preds.get(s) ?? preds.set(s, []).get(s)!).push(n);
  }
  const good = new Set<NodeId>(nodes.filter((n) => isOutcome(project, n)));
  const queue = [...good];
  while (queue.length > 0) {
    for (const p of preds.get(queue.pop()!) ?? []) {
      if (!good.has(p)) {
        good.add(p);
        queue.push(p);
      }
    }
  }
  return good;
}

/** Strongly connected components with a real cycle (Tarjan, iterative). */
function cycles(project: Project): NodeId[][] {
  const index = new Map<NodeId, number>();
  const low = new Map<NodeId, number>();
  const onStack = new Set<NodeId>();
  const stack: NodeId[] = [];
  const result: NodeId[][] = [];
  let counter = 0;
  const succ = (n: NodeId) => successors(project, splitNode(n).flow, splitNode(n).step);
  for (const root of allNodes(project)) {
    if (index.has(root)) continue;
    const work: { n: NodeId; i: number; next: NodeId[] }[] = [];
    const push = (n: NodeId) => {
      index.set(n, counter);
      low.set(n, counter++);
      stack.push(n);
      onStack.add(n);
      work.push({ n, i: 0, next: succ(n) });
    };
    push(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.i < top.next.length) {
        const m = top.next[top.i++]!;
        if (!index.has(m)) push(m);
        else if (onStack.has(m)) low.set(top.n, Math.min(low.get(top.n)!, index.get(m)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.n, Math.min(low.get(parent.n)!, low.get(top.n)!));
      if (low.get(top.n) === index.get(top.n)) {
        const comp: NodeId[] = [];
        let m: NodeId;
        do {
          m = stack.pop()!;
          onStack.delete(m);
          comp.push(m);
        } while (m !== top.n);
        if (comp.length > 1 || succ(top.n).includes(top.n)) result.push(comp.reverse());
      }
    }
  }
  return result;
}

/** True when a step names a target (a step or a flow) that does not exist. */
function pointsNowhere(project: Project, flow: string, step: string): boolean {
  const f = project.graph.flows.get(flow);
  const s = f?.steps.get(step);
  if (!f || !s) return false;
  if (s.kind === 'link') return successors(project, flow, step).length === 0;
  return kindOf(s).targets(s).some((t) => !f.steps.has(t.next));
}

/** CYCLE_NO_EXIT and DEAD_END. */
export const outcomes: Rule = {
  name: 'doodlopende paden',
  check(project) {
    const out: Diagnostic[] = [];
    const good = nodesReachingOutcome(project);
    const inTrap = new Set<NodeId>();
    for (const comp of cycles(project)) {
      if (comp.some((n) => good.has(n))) continue;
      comp.forEach((n) => inTrap.add(n));
      const first = splitNode(comp[0]!);
      const unit = project.flows.get(first.flow);
      if (unit) out.push(diag('CYCLE_NO_EXIT', stepAt(unit, first.step, ['id']), { cycle: comp.map((n) => splitNode(n).step).join(' → ') }));
    }
    // Walk from every flow's start until an outcome: a road that ends before one is a dead end.
    const seen = new Set<NodeId>();
    const queue = [...project.graph.flows.values()].map((f) => nodeId(f.id, f.start));
    while (queue.length > 0) {
      const n = queue.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      const { flow, step } = splitNode(n);
      if (!project.graph.flows.get(flow)?.steps.has(step) || isOutcome(project, n)) continue;
      const next = successors(project, flow, step);
      // Report where the road ends; the steps before it are implied. A step whose target does
      // not exist is already reported by the target rule.
      if (!good.has(n) && !inTrap.has(n) && next.length === 0 && !pointsNowhere(project, flow, step)) {
        const unit = project.flows.get(flow);
        if (unit) out.push(diag('DEAD_END', stepAt(unit, step, ['id']), { id: step }));
      }
      queue.push(...next);
    }
    return out;
  },
};
