/**
 * Turns typed text into an engine input where it clearly means something: a command (back,
 * start over, a person), a question about a word, a language, or one of the current choices.
 * Pure; what it cannot place stays free text for the engine.
 * @packageDocumentation
 */
import type { Graph, Input, QuestionStep, State } from '../engine/types.js';

/** Words per language that the interpreter listens for. */
export interface Lexicon {
  readonly back: readonly string[];
  readonly restart: readonly string[];
  readonly human: readonly string[];
  readonly explain: readonly string[];
  /** Words that ask for the list of languages ("taal", "language"). */
  readonly language: readonly string[];
}

/** A language a resident can switch to, by the names they might type. */
export interface LanguageName {
  readonly code: string;
  readonly names: readonly string[];
  /** The language's own name, for its button. */
  readonly native: string;
}

/** Lower case, no diacritics, letters and digits only, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const MAX_COMMAND_WORDS = 6;

/** True when `phrase` stands in `text` as whole words. */
function hasPhrase(text: string, phrase: string): boolean {
  const p = normalise(phrase);
  return p.length > 0 && ` ${text} `.includes(` ${p} `);
}

/** Finds a command in short texts ("terug", "ik wil een mens spreken"). */
export function commandOf(text: string, lex: Lexicon): Input | undefined {
  const n = normalise(text);
  if (n.split(' ').length > MAX_COMMAND_WORDS) return undefined;
  if (lex.human.some((w) => hasPhrase(n, w))) return { type: 'human' };
  if (lex.restart.some((w) => hasPhrase(n, w))) return { type: 'restart' };
  if (lex.back.some((w) => normalise(w) === n)) return { type: 'back' };
  return undefined;
}

/**
 * Finds a question about a glossary word: "wat is een keukentafelgesprek?" or just "wmo?".
 * With `explicit`, only a question that says so ("wat is", "wat betekent") counts.
 */
export function explainOf(text: string, graph: Graph, lang: string, lex: Lexicon, explicit = false): Input | undefined {
  const n = normalise(text);
  const words = n.split(' ').length;
  const cue = lex.explain.some((c) => hasPhrase(n, c));
  const asks = cue || (!explicit && ((words <= 3 && text.includes('?')) || words <= 2));
  if (!asks) return undefined;
  for (const entry of graph.glossary) {
    const terms = [...(entry.terms[lang] ?? []), ...(entry.terms[graph.defaultLanguage] ?? [])];
    if (terms.some((t) => hasPhrase(n, t))) return { type: 'explain', entry: entry.id };
  }
  return undefined;
}

/** Finds a language switch: the text is a language's name ("English", "Engels", "Türkçe"). */
export function languageOf(text: string, languages: readonly LanguageName[], current: string): Input | undefined {
  const n = normalise(text);
  const hit = languages.find((l) => l.names.some((name) => normalise(name) === n));
  return hit && hit.code !== current ? { type: 'language', lang: hit.code } : undefined;
}

/**
 * Finds the current question's choice the text means: the same words as a label, or
 * words that stand in exactly one label ("schulden" → "Ik heb schulden").
 */
export function choiceOf(text: string, question: QuestionStep, state: State, labelOf: (key: string) => string): Input | undefined {
  const n = normalise(text);
  if (n.length === 0) return undefined;
  const labels = question.choices.map((c) => ({ id: c.id, label: normalise(labelOf(c.label)) }));
  const exact = labels.find((l) => l.label === n || l.id === n);
  const pick = (id: string): Input => ({ type: 'choice', flow: state.flow, step: question.id, choice: id });
  if (exact) return pick(exact.id);
  if (n.length < 3) return undefined;
  const within = labels.filter((l) => hasPhrase(l.label, n));
  return within.length === 1 ? pick(within[0]!.id) : undefined;
}
