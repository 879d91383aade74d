/**
 * Where clauses and sentences end in typed text: one punctuation set for every reader that
 * works per clause (the tripwire, time words, whose feeling it is, the time clauses of an answer).
 * @packageDocumentation
 */
import type { Normaliser } from './normalise.js';

/** Where a clause ends (a person word before it is not the subject after it); with Arabic comma, semicolon and question mark. */
export const CLAUSE_END = /[.,;:!?\n\u060C\u061B\u061F]+/;
/** Where a sentence ends ("jaren geleden" in one sentence says nothing of the next). */
export const SENTENCE_END = /[.!?\n\u061F]+/;

/** The clauses of a text as typed, split at {@link CLAUSE_END}. */
export function clauseTexts(text: string): string[] {
  return text.split(CLAUSE_END);
}

/**
 * The index of the part (clause or sentence, by `end`) each token of `src` stands in, as
 * {@link Normaliser.tokens} reads it (`max`: the characters read).
 */
export function partsOf(norm: Normaliser, src: string, max: number, end: RegExp): number[] {
  const out: number[] = [];
  src.split(end).forEach((part, i) => {
    for (let n = norm.tokens(part, max + 3).length; n > 0; n--) out.push(i);
  });
  return out;
}
