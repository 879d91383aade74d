/** The output of a question step, shared by entering a question and asking it again. */
import type { Graph, Output, QuestionStep, State } from './types.js';

/** The question output for a question step, with the pending topics at the entry flow's `afterFlow` step. */
export function questionOutput(graph: Graph, state: State, flow: string, q: QuestionStep): Extract<Output, { kind: 'question' }> {
  const atAfterFlow = flow === graph.entry && graph.flows.get(graph.entry)?.afterFlow === q.id;
  const topics = atAfterFlow ? (state.pending ?? []).filter((f) => f !== flow) : [];
  return {
    kind: 'question',
    flow,
    step: q.id,
    text: q.text,
    choices: q.choices.map((c) => ({ id: c.id, label: c.label })),
    canGoBack: state.trail.length > 0,
    ...(topics.length > 0 ? { topics } : {}),
  };
}
