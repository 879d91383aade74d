/** The `summary` step: shows the resident what they told ("Mijn vraag"). */
import { answerKey } from '../conditions.js';
import type { Graph, State, SummaryItem, SummaryStep } from '../types.js';
import { continueWith, nextTarget, optString, str, STEP_REF, TEXT, type StepKind } from './kind.js';

/** Shows every kept answer that has a summary heading, per flow in the order visited. */
export const summary: StepKind<SummaryStep> = {
  kind: 'summary',
  description: 'De samenvatting "Mijn vraag": wat de inwoner vertelde, in eigen woorden, om te bewaren of te laten zien.',
  properties: { text: TEXT, next: STEP_REF },
  required: ['text'],
  outcome: false,
  build(raw, ctx) {
    const next = optString(raw, 'next');
    return { kind: 'summary', id: str(raw, 'id'), text: ctx.text(['text'], str(raw, 'text')), ...(next ? { next } : {}) };
  },
  targets: (step) => nextTarget(step),
  enter: (step, ctx) => continueWith([{ kind: 'summary', text: step.text, items: summaryItems(ctx.graph, ctx.state) }], step.next),
};

/**
 * The summary lines for a state: answered questions with a `summary` heading, flows in visiting
 * order, then flows reached through a link from another leefgebied.
 */
export function summaryItems(graph: Graph, state: State): SummaryItem[] {
  // earlier passes through a leefgebied first, marked, then what was told this time
  const earlier = (state.earlier ?? []).flatMap((e) => current(graph, { ...state, answers: e.answers, visited: [e.flow] }).filter((i) => i.flow === e.flow).map((i) => ({ ...i, earlier: true as const })));
  return [...earlier, ...current(graph, state)];
}

function current(graph: Graph, state: State): SummaryItem[] {
  const order = [...new Set([graph.entry, ...state.visited, ...graph.leefgebieden])];
  const items: SummaryItem[] = [];
  for (const flowId of order) {
    const flow = graph.flows.get(flowId);
    if (!flow) continue;
    for (const step of flow.steps.values()) {
      if (step.kind !== 'question' || !step.save || !step.summary) continue;
      const answer = state.answers[answerKey(flowId, step.save)];
      if (!answer) continue;
      if ('c' in answer) {
        const choice = step.choices.find((c) => c.id === answer.c);
        if (choice) items.push({ flow: flowId, heading: step.summary, answer: { key: choice.label, ...(answer.t ? { words: answer.t } : {}) } });
      } else {
        items.push({ flow: flowId, heading: step.summary, answer: { words: answer.t } });
      }
    }
  }
  return items;
}
