/**
 * Independent client support at the first referral (issue 14): once the resident named two or
 * more leefgebieden, the entry flow's `supportEarly` referral is shown together with the first
 * referral of a leefgebied — not only at the end, which a resident who leaves after the first
 * card never reaches. It is shown once per conversation: reached again at the end, it is passed.
 * @packageDocumentation
 */
import type { Graph, Output, ReferralStep, State } from './types.js';

/** The entry flow's `supportEarly` referral step, when it has one. */
function supportStep(graph: Graph): ReferralStep | undefined {
  const entry = graph.flows.get(graph.entry);
  const step = entry?.supportEarly ? entry.steps.get(entry.supportEarly) : undefined;
  return step?.kind === 'referral' ? step : undefined;
}

/**
 * After a leefgebied's referral step: the `supportEarly` referral to add (with the state that
 * remembers it was shown), or nothing.
 *
 * @param graph - the flow graph
 * @param state - the state after the referral step was entered
 * @param flow - the leefgebied whose referral this is
 */
export function supportEarly(graph: Graph, state: State, flow: string): { state: State; outputs: Output[] } {
  const step = supportStep(graph);
  const named = new Set([flow, ...state.visited, ...(state.pending ?? [])].filter((f) => graph.leefgebieden.includes(f)));
  if (!step || state.supportShown || named.size < 2) return { state, outputs: [] };
  return { state: { ...state, supportShown: true }, outputs: [{ kind: 'referral', flow: graph.entry, step: step.id, text: step.text, services: step.services }] };
}

/**
 * Where to go instead of `at` when it is the `supportEarly` step and that was shown already: its
 * `next`, or `undefined` (the conversation ends there) when it has none; else `at`. Marks it shown
 * when it is about to be shown.
 */
export function passShownSupport(graph: Graph, state: State, flow: string, at: string): { state: State; at: string | undefined } {
  const step = flow === graph.entry ? supportStep(graph) : undefined;
  if (!step || step.id !== at) return { state, at };
  if (!state.supportShown) return { state: { ...state, supportShown: true }, at };
  return { state, at: step.next };
}
