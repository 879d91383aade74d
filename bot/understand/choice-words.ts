/**
 * A typed answer read against the words staff wrote on a question's choices (`words:` in the flow
 * YAML) and against its labels: which choices a text names ({@link choicesNamed}, as written, and
 * {@link choicesHeard}, as it sounds), that one choice ({@link choiceByWords}, {@link choiceOf}),
 * and the text without a choice's words ({@link withoutChoiceWords}). Pure.
 * @packageDocumentation
 */
import type { Choice, Input, QuestionStep, State } from '../engine/types.js';
import { contentMemo, hasPhrase, negatedAt, normaliseContent, type Reading } from './interpret.js';

/**
 * The choices of a question whose staff-written `words:` (flow YAML) stand in the normalised
 * text `n`. One choice: the text names it; none or several: it does not say.
 */
export function choicesNamed(n: string, question: QuestionStep, negation: readonly string[] = []): Choice[] {
  return standing(n, question, (w) => normaliseContent(w), negation);
}

/**
 * The choices with a phrase of their `words:` in the text (`n`, and the phrases as `read` makes
 * them, in the same form). A phrase right after a negation ("niet echt dringend", "geen haast" is
 * not "haast") does not count; where two or more choices are named, neither does a phrase inside
 * a longer phrase of another choice ("haast" in "geen haast").
 */
function standing(n: string, question: QuestionStep, read: (w: string) => string, negation: readonly string[]): Choice[] {
  const words = n.split(' ');
  const hits = question.choices
    .map((c) => ({ c, phrases: (c.words ?? []).map(read).filter((p) => hasPhrase(n, p) && !negatedAt(words, p, negation)) }))
    .filter((h) => h.phrases.length > 0);
  if (hits.length < 2) return hits.map((h) => h.c);
  const all = hits.flatMap((h) => h.phrases.map((p) => ({ c: h.c, p })));
  const counts = (c: Choice, p: string) => !all.some((o) => o.c !== c && o.p.length > p.length && ` ${o.p} `.includes(` ${p} `));
  const left = hits.filter((h) => h.phrases.some((p) => counts(h.c, p)));
  // one choice told in a phrase of three words or more, the others each in one word only
  // ("de woningcorporatie wil me eruit zetten"): that choice
  const long = left.filter((h) => h.phrases.some((p) => p.split(' ').length >= LONG_PHRASE));
  if (long.length === 1 && left.every((h) => h === long[0] || h.phrases.every((p) => !p.includes(' ')))) return [long[0]!.c];
  return left.map((h) => h.c);
}

/** Words in a choice's phrase that outweigh single words of other choices. */
const LONG_PHRASE = 3;

/**
 * The normalised text without the words of `choice` that stand in it: what else the message says
 * beyond that answer ("mijn vrouw en ik gaan uit elkaar" without "uit elkaar").
 */
export function withoutChoiceWords(n: string, choice: Choice): string {
  let rest = ` ${n} `;
  // the longest first: "niet bij de gemeente werkt" before "niet bij de gemeente"
  const phrases = (choice.words ?? []).map((w) => normaliseContent(w)).sort((a, b) => b.length - a.length);
  for (const p of phrases) {
    if (p !== '') rest = rest.split(` ${p} `).join(' ');
  }
  return rest.trim().replace(/\s+/g, ' ');
}

/** Word keys of content phrases (a choice's words), per key function (one per bot), read once. */
const phraseKeys = new WeakMap<(text: string) => string, Map<string, string>>();

/**
 * The choices whose `words:` stand in the text as it sounds: text and phrases both read as word
 * keys by `keysOf` (spelling rules and the spelling table), so "moet uit mn huis" has "uit mijn
 * huis" and "dringent" is "dringend".
 */
export function choicesHeard(keys: string, question: QuestionStep, keysOf: (text: string) => string, negation: readonly string[] = []): Choice[] {
  let cache = phraseKeys.get(keysOf);
  if (!cache) phraseKeys.set(keysOf, (cache = new Map()));
  const known = cache;
  return standing(keys, question, (w) => contentMemo(known, w, keysOf), negation.map((w) => contentMemo(known, w, keysOf)));
}

/**
 * A typed answer in the words staff wrote on exactly one choice ("al jaren" at "Is het
 * dringend?" is "Het speelt al lang"; `negation`: see {@link choicesNamed}). With `heard` (the text's word keys and the function that
 * made them), the words are compared as they sound ({@link choicesHeard}); else as written.
 */
export function choiceByWords(r: Reading, question: QuestionStep, state: State, heard?: { keys: string; of: (text: string) => string }, negation: readonly string[] = []): Extract<Input, { type: 'choice' }> | undefined {
  const named = r.n === '' ? [] : heard ? choicesHeard(heard.keys, question, heard.of, negation) : choicesNamed(r.n, question, negation);
  return named.length === 1 ? { type: 'choice', flow: state.flow, step: question.id, choice: named[0]!.id } : undefined;
}

/**
 * Finds the current question's choice the text means: the same words as a label, or
 * words that stand in exactly one label ("schulden" → "Ik heb schulden").
 */
export function choiceOf(r: Reading, question: QuestionStep, state: State, labelOf: (key: string) => string): Input | undefined {
  if (r.n.length === 0) return undefined;
  const labels = question.choices.map((c) => ({ id: c.id, label: normaliseContent(labelOf(c.label)) }));
  const exact = labels.find((l) => l.label === r.n || l.id === r.n);
  const pick = (id: string): Input => ({ type: 'choice', flow: state.flow, step: question.id, choice: id });
  if (exact) return pick(exact.id);
  if (r.n.length < 3) return undefined;
  const within = labels.filter((l) => hasPhrase(l.label, r.n));
  return within.length === 1 ? pick(within[0]!.id) : undefined;
}
