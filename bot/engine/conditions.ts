/**
 * Conditions a `branch` step can test. Each is plain data; `holds` evaluates one against the state.
 * @packageDocumentation
 */
import type { Answer, Condition, State } from './types.js';

/** JSON Schema (draft-07) of a condition, for the flow schema. */
export const CONDITION_SCHEMA = Object.freeze({
  title: 'voorwaarde',
  description:
    'Een test op eerdere antwoorden: `{answer: naam, is: keuze}`, `{answer: naam, in: [keuzes]}`, `{answered: naam}`, `{visited: {atLeast: 2}}` (aantal gekozen leefgebieden) of `{postcode: true}` (postcode bekend).',
  oneOf: [
    { type: 'object', additionalProperties: false, required: ['answer', 'is'], properties: { answer: { type: 'string' }, is: { type: 'string' } } },
    {
      type: 'object',
      additionalProperties: false,
      required: ['answer', 'in'],
      properties: { answer: { type: 'string' }, in: { type: 'array', minItems: 1, items: { type: 'string' } } },
    },
    { type: 'object', additionalProperties: false, required: ['answered'], properties: { answered: { type: 'string' } } },
    { type: 'object', additionalProperties: false, required: ['postcode'], properties: { postcode: { type: 'boolean', description: 'true: de inwoner gaf een postcode; false: nog niet.' } } },
    {
      type: 'object',
      additionalProperties: false,
      required: ['visited'],
      properties: {
        visited: { type: 'object', additionalProperties: false, required: ['atLeast'], properties: { atLeast: { type: 'integer', minimum: 1 } } },
      },
    },
  ],
});

/**
 * The full answer name: `naam` inside a flow means `flow.naam`; a name with a dot is already full.
 */
export function answerKey(flow: string, name: string): string {
  return name.includes('.') ? name : `${flow}.${name}`;
}

/** The answer names a condition reads (empty for `visited`). */
export function answerNames(cond: Condition): string[] {
  if ('answer' in cond) return [cond.answer];
  if ('answered' in cond) return [cond.answered];
  return [];
}

function choiceOf(a: Answer | undefined): string | undefined {
  return a && 'c' in a ? a.c : undefined;
}

/** Whether a condition holds in this state, seen from inside `flow`. */
export function holds(cond: Condition, state: State, flow: string): boolean {
  if ('visited' in cond) return state.visited.length >= cond.visited.atLeast;
  if ('postcode' in cond) return (state.postcode !== undefined) === cond.postcode;
  if ('answered' in cond) return state.answers[answerKey(flow, cond.answered)] !== undefined;
  const chosen = choiceOf(state.answers[answerKey(flow, cond.answer)]);
  if (chosen === undefined) return false;
  return 'is' in cond ? chosen === cond.is : cond.in.includes(chosen);
}
