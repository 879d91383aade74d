/**
 * The one vocabulary of what a button may carry. Render puts these inputs on buttons, the
 * channels send them to the client as `value: { wegwijs: … }` and read them back with
 * {@link parseButton}, and the turn hands them to the engine. The parser table is typed over
 * every button kind, so a kind added to {@link ButtonInput} without a parser does not compile,
 * and none can be dropped between layers.
 * @packageDocumentation
 */
import { SAFETY_ANSWERS } from './safety.js';
import type { CallbackOp, Input, SafetyAnswer } from './types.js';

/** The input kinds a button can give (typed text, crisis and the like never come from a client). */
export type ButtonKind = 'start' | 'restart' | 'back' | 'human' | 'explain' | 'choice' | 'language' | 'topic' | 'resume' | 'feedback' | 'callback' | 'more' | 'safety';

/** What a button press means: one engine input of a {@link ButtonKind}. */
export type ButtonInput = Extract<Input, { readonly type: ButtonKind }>;

/** Longest id a client may send back (flow, step, choice and glossary ids are far shorter). */
const MAX_ID = 64;
/** Most leefgebieden a topic button may carry along (there are eleven). */
const MAX_ALSO = 16;

const id = (v: unknown, max = MAX_ID): v is string => typeof v === 'string' && v.length > 0 && v.length <= max && /^[\w.-]+$/.test(v);

const CALLBACK_OPS: readonly CallbackOp[] = ['start', 'time', 'yes', 'no', 'contact', 'retime'];

type Raw = Readonly<Record<string, unknown>>;
type Parsers = { readonly [K in ButtonKind]: (raw: Raw) => Extract<ButtonInput, { type: K }> | undefined };

const PARSERS: Parsers = {
  start: () => ({ type: 'start' }),
  restart: () => ({ type: 'restart' }),
  back: () => ({ type: 'back' }),
  human: () => ({ type: 'human' }),
  resume: () => ({ type: 'resume' }),
  safety: (a: Raw) => (SAFETY_ANSWERS.includes(a.answer as SafetyAnswer) ? { type: 'safety', answer: a.answer as SafetyAnswer } : undefined),
  more: (a: Raw) => (id(a.service) ? { type: 'more', service: a.service } : undefined),
  feedback: (a: Raw) =>
    id(a.flow) && id(a.step) && (a.value === 'yes' || a.value === 'bit' || a.value === 'no') ? { type: 'feedback', flow: a.flow, step: a.step, value: a.value } : undefined,
  explain: (a: Raw) => (id(a.entry) ? { type: 'explain', entry: a.entry } : undefined),
  choice: (a: Raw) => (id(a.flow) && id(a.step) && id(a.choice) ? { type: 'choice', flow: a.flow, step: a.step, choice: a.choice } : undefined),
  language: (a: Raw) => (id(a.lang, 16) ? { type: 'language', lang: a.lang } : undefined),
  topic: (a: Raw) => {
    if (!id(a.flow)) return undefined;
    if (a.also === undefined) return { type: 'topic', flow: a.flow };
    if (!Array.isArray(a.also) || a.also.length > MAX_ALSO || !a.also.every((f) => id(f))) return undefined;
    return { type: 'topic', flow: a.flow, also: a.also as string[] };
  },
  // Issue 16 ("Bel mij terug"): a step of the call-back request; `value` is an organisation or part-of-day id.
  callback: (a: Raw) => (CALLBACK_OPS.includes(a.op as CallbackOp) && (a.value === undefined || id(a.value)) ? { type: 'callback', op: a.op as CallbackOp, ...(a.value !== undefined ? { value: a.value as string } : {}) } : undefined),
};

/** Every button kind, for tests and documentation. */
export const BUTTON_KINDS: readonly ButtonKind[] = Object.freeze(Object.keys(Object.freeze(PARSERS)) as ButtonKind[]);

/**
 * Reads a button's value as it comes back from a client (`{ wegwijs: { type, … } }`).
 * Anything else, or anything with an unknown kind or a malformed field, gives `undefined`.
 */
export function parseButton(value: unknown): ButtonInput | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const a = (value as { wegwijs?: unknown }).wegwijs;
  if (!a || typeof a !== 'object' || Array.isArray(a)) return undefined;
  const kind = (a as Raw).type;
  if (typeof kind !== 'string' || !Object.hasOwn(PARSERS, kind)) return undefined;
  return PARSERS[kind as ButtonKind](a as Raw);
}

/** The value a button carries to the client: what {@link parseButton} reads back. */
export function buttonValue(input: ButtonInput): { readonly wegwijs: ButtonInput } {
  return { wegwijs: input };
}
