/**
 * Don't ask what was said: when the resident's own story about a leefgebied (`State.told`)
 * already answers a question of that flow — words that staff wrote on exactly one of its choices
 * (`words:` in the flow YAML) — the question is answered for them, once, and the bot says briefly
 * what it understood. "Terug" undoes it like any answer, and it is never filled in again.
 * @packageDocumentation
 */
import { choicesNamed } from '../understand/choice-words.js';
import { normalise } from '../understand/interpret.js';
import type { Choice, Graph, QuestionStep, State } from './types.js';

/** The key under which a filled-in question is remembered (never filled twice). */
export const prefillKey = (flow: string, step: string) => `${flow}#${step}`;

/**
 * The choice the resident's story already gives for this question, or undefined: the story must
 * name words of exactly one choice, the question must not have been answered or filled before.
 */
export function prefilled(graph: Graph, state: State, flow: string, q: QuestionStep): Choice | undefined {
  const story = state.told?.[flow];
  if (!story || q.expect === 'postcode' || !graph.leefgebieden.includes(flow)) return undefined;
  if (state.prefilled?.includes(prefillKey(flow, q.id))) return undefined;
  if (state.trail.some((t) => t.f === flow && t.s === q.id)) return undefined;
  const hits = choicesNamed(normalise(story), q);
  return hits.length === 1 ? hits[0] : undefined;
}
