/**
 * Feelings in the resident's words (loss, loneliness, shame, fear, anger): which one a text
 * carries, so the bot can say one short, warm word before its question.
 *
 * @remarks
 * The words come from `gevoelens:` in a synonym file. A word group ("schaam me") must appear in
 * order, with at most `DEFAULTS.crisis.maxGap` other words between; single words match with the
 * same typo tolerance as routing (the fuzzy index with the routing defaults). Bounded work: only
 * the first `DEFAULTS.limits.routeChars` characters are read.
 */
import { DEFAULTS } from './defaults.js';
import { FuzzyVocabulary } from './fuzzy.js';
import type { Normaliser } from './normalise.js';
import { scriptFilter } from './scripts.js';
import { clauseTexts } from './clauses.js';
import { hasPhrase, normalise } from './interpret.js';

/** Finds the first feeling of a text, in the order of the synonym file's feelings. */
export interface FeelingMatcher {
  /**
   * The feeling; a phrase right after a word of `negation` ("geen paniek", "niet bang") does not
   * count, nor does a feeling in `skip` (the next feeling in the synonym file's order that the text has is found instead).
   */
  match(text: string, negation?: readonly string[], skip?: ReadonlySet<string>): string | null;
  /** Where a feeling stands in the synonym file's order (lower goes first); feelings it does not know go last. */
  rank(feeling: string): number;
}

/**
 * Compile the feeling words of one language.
 *
 * @param norm - the language's normaliser
 * @param feelings - words per feeling (`verlies`, `eenzaamheid` …), in priority order
 */
export function buildFeelingMatcher(norm: Normaliser, feelings: Readonly<Record<string, readonly string[]>>): FeelingMatcher {
  const phrases: { feeling: string; keys: string[] }[] = [];
  for (const [feeling, list] of Object.entries(feelings)) {
    for (const w of list) {
      const keys = norm.tokens(String(w)).map((t) => t.key);
      if (keys.length > 0) phrases.push({ feeling, keys });
    }
  }
  const order = Object.keys(feelings);
  const vocab = new Set(phrases.flatMap((p) => p.keys));
  const fuzzy = new FuzzyVocabulary(vocab);
  // the scripts of the words as written and of their keys (Ukrainian keys are in Latin letters)
  const mayHold = scriptFilter([...vocab, ...Object.values(feelings).flat().map(String)]);
  const gap = DEFAULTS.crisis.maxGap;
  // phrases by their first word, so only phrases that can start in the text are tried
  const byFirst = new Map<string, number[]>();
  phrases.forEach((p, i) => {
    const list = byFirst.get(p.keys[0]!);
    if (list) list.push(i);
    else byFirst.set(p.keys[0]!, [i]);
  });
  /**
   * Whether phrase keys stand in order in the text, at most `gap` words apart after the first, and
   * not right after a word of `no` (the phrase's first word, each place it stands, is tried).
   */
  const found = (want: readonly string[], keys: readonly string[], no: ReadonlySet<string>): boolean => {
    for (let start = keys.indexOf(want[0]!); start >= 0; start = keys.indexOf(want[0]!, start + 1)) {
      if (keys.slice(Math.max(0, start - DEFAULTS.negationReach), start).some((k) => no.has(k))) continue;
      let at = start;
      let ok = true;
      for (const k of want.slice(1)) {
        const to = Math.min(keys.length - 1, at + 1 + gap);
        let j = at + 1;
        while (j <= to && keys[j] !== k) j++;
        if (j > to) {
          ok = false;
          break;
        }
        at = j;
      }
      if (ok) return true;
    }
    return false;
  };
  // the negation words as this language's keys, read once per list (a lexicon's list never changes)
  const negationKeys = new WeakMap<readonly string[], ReadonlySet<string>>();
  const keysOf = (negation: readonly string[]): ReadonlySet<string> => {
    let no = negationKeys.get(negation);
    if (!no) negationKeys.set(negation, (no = new Set(negation.flatMap((w) => norm.tokens(w).map((t) => t.key)))));
    return no;
  };
  return {
    match(text: string, negation: readonly string[] = [], skip?: ReadonlySet<string>): string | null {
      if (phrases.length === 0 || typeof text !== 'string' || !mayHold(text)) return null;
      const no = keysOf(negation);
      const toks = norm.tokens(text.slice(0, DEFAULTS.limits.routeChars), 200);
      const keys = toks.map((t) => (vocab.has(t.key) ? t.key : (fuzzy.lookup(t.key)?.key ?? t.key)));
      const candidates: number[] = [];
      for (const k of new Set(keys)) for (const i of byFirst.get(k) ?? []) candidates.push(i);
      // the first feeling in the file's order wins
      candidates.sort((a, b) => a - b);
      for (const i of candidates) if (!skip?.has(phrases[i]!.feeling) && found(phrases[i]!.keys, keys, no)) return phrases[i]!.feeling;
      return null;
    },
    rank(feeling: string): number {
      const i = order.indexOf(feeling);
      return i < 0 ? order.length : i;
    },
  };
}

/** Feelings that are the resident's own: said of someone else ("mijn zoontje is heel boos") they get no word for the resident. */
export const OWN_FEELINGS: ReadonlySet<string> = new Set(['eenzaamheid', 'schaamte', 'boosheid']);

/**
 * The clauses of a text ({@link clauseTexts}: at punctuation only, so "mijn moeder is eenzaam en ik …"
 * is one clause) that have a word of `self`, joined. Words are compared normalised, as the
 * lexicon's `self` words are ("I'm" is "i m", "'k" is "k").
 */
export function ownClauses(text: string, self: readonly string[]): string {
  // whole words and phrases, not their parts ("I'm" is "i m"; its "m" alone is no word of the resident)
  const mine = self.map((w) => normalise(w)).filter((w) => w !== '');
  return clauseTexts(text)
    .filter((part) => {
      const n = normalise(part);
      return mine.some((w) => hasPhrase(n, w));
    })
    .join('. ');
}
