/**
 * What a semantic rule is, and helpers the rules share: pointing at a step, and walking the graph.
 * @packageDocumentation
 */
import { kindOf, type YamlPath } from '../../engine/steps/index.js';
import type { At, Diagnostic } from '../diagnostic.js';
import type { FlowUnit, Project } from '../project.js';
import { at } from '../yaml-source.js';

/** A named semantic rule over the whole loaded project. */
export interface Rule {
  readonly name: string;
  check(project: Project): Diagnostic[];
}

/** Where a step (or a path below it) is written. */
export function stepAt(unit: FlowUnit, stepId: string, rel: YamlPath = [], key = false): At {
  const w = unit.written.find((s) => s.id === stepId);
  return at(unit.source, w ? [...w.path, ...rel] : [], { flow: unit.flow.id, step: stepId, key });
}

/** A step in the whole graph: `flow#step`. */
export type NodeId = string;

/** `flow#step`. */
export const nodeId = (flow: string, step: string): NodeId => `${flow}#${step}`;

/** Splits a node id. */
export function splitNode(id: NodeId): { flow: string; step: string } {
  const i = id.indexOf('#');
  return { flow: id.slice(0, i), step: id.slice(i + 1) };
}

/**
 * The steps a step can lead to: its targets in its own flow and, for a link, the start
 * (or named step) of the other flow. Targets that do not exist are left out.
 */
export function successors(project: Project, flow: string, step: string): NodeId[] {
  const f = project.graph.flows.get(flow);
  const s = f?.steps.get(step);
  if (!f || !s) return [];
  if (s.kind === 'link') {
    const target = project.graph.flows.get(s.flow);
    const to = s.step ?? target?.start;
    return target && to && target.steps.has(to) ? [nodeId(target.id, to)] : [];
  }
  return kindOf(s)
    .targets(s)
    .filter((t) => f.steps.has(t.next))
    .map((t) => nodeId(flow, t.next));
}

/**
 * True when the step at a node is a referral or a handoff. A link into a flow that could not be
 * built counts as one too: that flow's own errors are reported, and its callers are not blamed.
 */
export function isOutcome(project: Project, id: NodeId): boolean {
  const { flow, step } = splitNode(id);
  const s = project.graph.flows.get(flow)?.steps.get(step);
  if (s?.kind === 'link' && project.brokenFlows.has(s.flow)) return true;
  return s ? kindOf(s).outcome : false;
}

/** Every node of the graph. */
export function allNodes(project: Project): NodeId[] {
  return [...project.graph.flows.values()].flatMap((f) => [...f.steps.keys()].map((s) => nodeId(f.id, s)));
}
