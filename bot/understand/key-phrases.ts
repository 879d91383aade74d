/**
 * Word lists of a synonym file read as phrases of a language's keys, and found among the tokens of
 * a message: shared by the wish cues, the referrers and the dismissals.
 * @packageDocumentation
 */
import type { Normaliser, Token } from './normalise.js';

/** Each phrase of `list` as the language's keys (a phrase with no words left out); with `longestFirst`, longer phrases first. */
export function keyPhrases(norm: Normaliser, list: readonly string[] | undefined, longestFirst = false): string[][] {
  const out = (list ?? []).map((c) => norm.tokens(c).map((t) => t.key)).filter((k) => k.length > 0);
  return longestFirst ? out.sort((a, b) => b.length - a.length) : out;
}

/** The first phrase of `list` whose keys stand at token `i` onwards, or undefined. */
export function phraseAt(list: readonly (readonly string[])[], toks: readonly Token[], i: number): readonly string[] | undefined {
  return list.find((c) => c.every((k, j) => toks[i + j]?.key === k));
}

/** Words that end a clause (`wensen.grenzen`), as typed: the Dutch key of "een" is that of "en". */
export function boundWords(norm: Normaliser, bounds: readonly string[] | undefined): ReadonlySet<string> {
  return new Set((bounds ?? []).flatMap((b) => norm.tokens(b).map((t) => t.raw)));
}
