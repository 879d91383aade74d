/**
 * Path proof: walks every path from a flow's start through the graph (across links) and reports
 * any path that does not reach a referral or a handoff within the step limit.
 * Used by the test suite; also a tool for staff ("which path fails?").
 * @packageDocumentation
 */
import { ENGINE_DEFAULTS } from '../engine/defaults.js';
import type { Project } from './project.js';
import { isOutcome, nodeId, splitNode, successors, type NodeId } from './rules/rule.js';

/** The result of proving the paths from one start. */
export interface PathProof {
  readonly start: NodeId;
  /** Number of distinct paths walked (each ends at an outcome, a repeat or a failure). */
  readonly paths: number;
  /** Paths that end without a referral or handoff, or run over the limit, as `flow#step` lists. */
  readonly failures: readonly (readonly NodeId[])[];
  /** The outcomes reached, with how many paths reach each. */
  readonly outcomes: ReadonlyMap<NodeId, number>;
}

/**
 * Walks every simple path from `start`. A path succeeds when it reaches an outcome within
 * `limit` steps; a path that comes back to a step it already passed is a loop the resident can
 * leave by another choice, so it is not walked again.
 */
export function provePaths(project: Project, start: NodeId, limit: number = ENGINE_DEFAULTS.maxPathSteps): PathProof {
  const failures: NodeId[][] = [];
  const outcomes = new Map<NodeId, number>();
  let paths = 0;
  const walk = (path: NodeId[]) => {
    const here = path[path.length - 1]!;
    if (isOutcome(project, here)) {
      paths++;
      outcomes.set(here, (outcomes.get(here) ?? 0) + 1);
      return;
    }
    if (path.length > limit) {
      paths++;
      failures.push(path);
      return;
    }
    const { flow, step } = splitNode(here);
    const next = successors(project, flow, step);
    if (next.length === 0) {
      paths++;
      failures.push(path);
      return;
    }
    for (const n of next) {
      if (path.includes(n)) {
        paths++;
        continue;
      }
      walk([...path, n]);
    }
  };
  walk([start]);
  return { start, paths, failures, outcomes };
}

/** The starts to prove: the entry flow and every leefgebied flow. */
export function proofStarts(project: Project): NodeId[] {
  return [...project.graph.flows.values()].map((f) => nodeId(f.id, f.start));
}
