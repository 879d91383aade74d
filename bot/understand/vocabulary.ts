/**
 * The routing index of one language: synonyms and example words by key, multi-word synonyms by
 * key sequence, stop words, and the fuzzy vocabulary. Built once from {@link LanguageData}.
 */

import { BUITEN, DEFAULTS } from './defaults.js';
import { FuzzyVocabulary, type FuzzyHit } from './fuzzy.js';
import { createNormaliser, type Normaliser, type Token } from './normalise.js';
import { compileSlots, PatternIndex, type Slot } from './patterns.js';
import { dismissedSpans } from './dismissals.js';
import { CLAUSE_END, partsOf } from './clauses.js';
import { boundWords, keyPhrases, phraseAt } from './key-phrases.js';
import { referrerSpans } from './referrers.js';
import { splitCompound, TAIL_QUALITY } from './compound.js';
import type { LanguageData } from './types.js';

/** One flow a key or phrase points to. */
export interface Posting {
  /** Leefgebied id or `buiten`. */
  flow: string;
  /** Evidence weight (already divided among flows that share the key). */
  weight: number;
  /** The synonym as written in the synonym file, for `explain`. */
  synonym: string;
  /** Taken from an example sentence (weaker, and does not dilute real synonyms). */
  example?: boolean;
  /** From `zwakke_woorden`: belongs a little to the flow. */
  weak?: boolean;
}

/** How one word of a message was understood. */
export interface Resolved {
  /** Vocabulary key (or the word's own key when not in the vocabulary). */
  key: string;
  /** 0..1, 1 for exact. */
  quality: number;
  /** A stop word: takes part in phrases, is never evidence by itself. */
  stop: boolean;
  /** Known parts of a compound word ("energierekening" -> energie, rekening). */
  parts?: FuzzyHit[];
}

/** The routing index of one language. */
export interface RouteIndex {
  /** Language tag. */
  lang: string;
  /** The language's normaliser. */
  norm: Normaliser;
  /** Keys of the stop words. */
  stop: ReadonlySet<string>;
  /** Single-word key -> flows. */
  single: ReadonlyMap<string, Posting[]>;
  /** Space-joined key sequence of a multi-word synonym -> flows. */
  phrases: ReadonlyMap<string, Posting[]>;
  /** Space-joined key sequences of multi-word common expressions ("maak me zorgen"): they cover
   * their words so those give no evidence. */
  neutral: ReadonlySet<string>;
  /** Longest multi-word synonym or common expression, in words. */
  maxPhrase: number;
  /** First key of a multi-word synonym or expression -> its longest length in words. */
  phraseStarts: ReadonlyMap<string, number>;
  /** Every key that may be matched (single words and words inside phrases). */
  vocabulary: FuzzyVocabulary;
  /** Resolve one word (exact, fuzzy, compound), cached. */
  resolve(token: Token): Resolved;
  /** `patronen`, indexed by their rarest word (see {@link PatternIndex}). */
  patternIndex: PatternIndex<RoutePattern>;
  /**
   * Per token of a message: the evidence factor (`weights.wish` for the words a wish asks for,
   * `weights.referrer` for who sent the resident, `weights.dismissed` for what the resident says is
   * not the question, else 1), with the tokens dismissed and those a wish asks for in its own
   * clause. `text` is the message the tokens were read from (for where its clauses and sentences
   * end; without it, the whole message is one).
   */
  focus(toks: readonly Token[], text?: string): FocusOf;
}

/** The evidence factor per token ({@link RouteIndex.focus}), with the tokens the resident set aside. */
export interface FocusOf {
  readonly factor: Float64Array;
  /** 1 for a token in a phrase or clause the resident dismissed ("het huis is oké", `niet_dit`). */
  readonly dismissed: Uint8Array;
  /** 1 for a token a wish asks for in its own clause ("ik zoek werk"; not "…leren, mijn werk"). */
  readonly wished: Uint8Array;
}

/** A compiled `patronen` entry of a leefgebied. */
export interface RoutePattern {
  readonly flow: string;
  readonly slots: readonly Slot[];
  /** As written in the synonym file, for `explain`. */
  readonly source: string;
}

function addPosting(map: Map<string, Posting[]>, key: string, p: Posting): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, [p]);
    return;
  }
  const same = list.find((q) => q.flow === p.flow);
  if (!same) list.push(p);
  else if (p.weight > same.weight) {
    same.weight = p.weight;
    same.synonym = p.synonym;
    same.example = p.example;
    same.weak = p.weak;
  }
}

/**
 * Divide weights among the flows that share a key: "hulp" says little, "huurachterstand" a lot.
 * Synonyms are divided among the flows that list the key as synonym; example words among all
 * flows that have the key.
 */
function shareWeights(map: Map<string, Posting[]>): void {
  const pow = DEFAULTS.weights.sharedPenalty;
  for (const list of map.values()) {
    const all = list.filter((p) => p.flow !== BUITEN).length || 1;
    const words = list.filter((p) => p.flow !== BUITEN && !p.example).length || 1;
    for (const p of list) p.weight /= (p.example ? all : words) ** pow;
  }
}

/**
 * Build the routing index of one language.
 *
 * @param data - the language's synonym data (merged with its base language, if any)
 */
export function buildRouteIndex(data: LanguageData): RouteIndex {
  const norm = createNormaliser(data.lang, data.spelling);
  const w = DEFAULTS.weights;
  const stop = new Set<string>();
  const neutral = new Set<string>();
  const phraseStarts = new Map<string, number>();
  const noteStart = (keys: readonly string[]): void => {
    const first = keys[0] ?? '';
    phraseStarts.set(first, Math.max(phraseStarts.get(first) ?? 0, keys.length));
  };
  let maxPhrase = 1;
  for (const s of data.stopwords) {
    const toks = norm.tokens(s);
    if (toks.length === 1) stop.add(toks[0]?.key ?? '');
    if (toks.length > 1) {
      neutral.add(toks.map((t) => t.key).join(' '));
      noteStart(toks.map((t) => t.key));
      maxPhrase = Math.max(maxPhrase, toks.length);
    }
  }
  const single = new Map<string, Posting[]>();
  const phrases = new Map<string, Posting[]>();
  const memberKeys = new Set<string>();
  const patterns: RoutePattern[] = [];
  for (const [flow, topic] of Object.entries(data.topics)) {
    const factor = flow === BUITEN ? w.buiten : 1;
    const lists: [readonly string[], number, boolean][] = [
      [topic.words, w.word * factor, false],
      [topic.weak ?? [], w.weak * factor, true],
    ];
    for (const [list, weight, weak] of lists) {
      for (const syn of list) {
        const toks = norm.tokens(syn);
        if (toks.length === 0) continue;
        if (toks.length === 1) {
          const k = toks[0]?.key ?? '';
          addPosting(single, k, { flow, weight, synonym: syn, ...(weak ? { weak } : {}) });
        } else {
          const keys = toks.map((t) => t.key);
          for (const k of keys) memberKeys.add(k);
          noteStart(keys);
          maxPhrase = Math.max(maxPhrase, keys.length);
          addPosting(phrases, keys.join(' '), { flow, weight: weight * w.phrase, synonym: syn, ...(weak ? { weak } : {}) });
        }
      }
    }
    for (const src of topic.patterns ?? []) {
      const slots = compileSlots(norm, src);
      if (!slots) continue;
      patterns.push({ flow, slots, source: src });
      for (const slot of slots) for (const k of slot.alts) memberKeys.add(k);
    }
    for (const ex of topic.examples) {
      for (const t of norm.tokens(ex)) {
        if (stop.has(t.key) || t.key.length < 3 || /\d/.test(t.key)) continue;
        addPosting(single, t.key, { flow, weight: w.example * factor, synonym: t.raw, example: true });
      }
    }
  }
  shareWeights(single);
  shareWeights(phrases);
  const vocabulary = new FuzzyVocabulary([...single.keys(), ...memberKeys], {}, new Set(single.keys()));
  norm.freeze();
  const cache = new Map<string, Resolved>();
  const resolve = (token: Token): Resolved => {
    const hit = cache.get(token.key);
    if (hit) return hit;
    const r = resolveUncached(token, stop, vocabulary, single, norm);
    // cache only the costly successes (fuzzy or compound); misses and exact hits are cheap to redo
    if ((r.quality > 0 && r.quality < 1) || r.parts) {
      if (cache.size >= DEFAULTS.fuzzy.cacheSize) cache.clear();
      cache.set(token.key, r);
    }
    return r;
  };
  const cues = keyPhrases(norm, data.wish?.cues, true);
  const bounds = boundWords(norm, data.wish?.bounds);
  const sentBy = referrerSpans(norm, data.referrers, w.referrerReach);
  const dismissed = dismissedSpans(norm, data.wish);
  const focus = (toks: readonly Token[], text = ''): FocusOf => {
    const out = new Float64Array(toks.length).fill(1);
    const off = new Uint8Array(toks.length);
    const asked = new Uint8Array(toks.length);
    let clause: number[] | undefined;
    for (let i = 0; cues.length > 0 && i < toks.length; i++) {
      const cue = phraseAt(cues, toks, i);
      if (!cue) continue;
      clause ??= partsOf(norm, text, DEFAULTS.limits.routeChars, CLAUSE_END);
      let left = w.wishWords;
      for (let j = i + cue.length; j < toks.length && left > 0; j++) {
        const t = toks[j]!;
        if (bounds.has(t.raw)) break;
        if (stop.has(t.key)) continue;
        // the first content word is what is asked for most clearly; the next counts a little less
        out[j] = Math.max(out[j]!, 1 + (w.wish - 1) / 2 ** (w.wishWords - left));
        if (clause[j] === clause[i]) asked[j] = 1;
        left--;
      }
    }
    for (const [from, to] of sentBy(toks)) out.fill(w.referrer, from, to);
    for (const [from, to] of dismissed(toks, text)) {
      out.fill(w.dismissed, from, to);
      off.fill(1, from, to);
    }
    return { factor: out, dismissed: off, wished: asked };
  };
  return { lang: data.lang, norm, stop, single, phrases, neutral, maxPhrase, phraseStarts, vocabulary, resolve, focus, patternIndex: new PatternIndex(patterns) };
}

function resolveUncached(
  token: Token,
  stop: ReadonlySet<string>,
  vocabulary: FuzzyVocabulary,
  single: ReadonlyMap<string, Posting[]>,
  norm: Normaliser,
): Resolved {
  const key = token.key;
  if (stop.has(key)) return { key, quality: 1, stop: true };
  // a small word glued to the front ("بمدرستي" = in my school): the rest, if it is a synonym or
  // part of one and the word as typed is not (or only a word of an example sentence)
  if (norm.rules.clitics) {
    const known = (k: string): boolean => vocabulary.has(k) && !(single.get(k)?.every((p) => p.example) ?? false);
    if (!known(key)) {
      for (const rest of norm.rules.clitics(token.body)) {
        const k = norm.key(rest);
        if (known(k) && !stop.has(k)) return { key: k, quality: DEFAULTS.fuzzy.maxQuality, stop: false };
      }
    }
  }
  // a dropped final n ("leze", "wone", "make"), the typo residents make most: the word with its n,
  // when that is a synonym and the word as typed is not
  if (token.raw.length >= 4 && token.raw.endsWith('e') && !vocabulary.has(key)) {
    const k = norm.key(`${token.raw}n`);
    if (vocabulary.has(k) && !stop.has(k)) return { key: k, quality: DEFAULTS.fuzzy.maxQuality, stop: false };
  }
  const hit = vocabulary.lookup(key);
  // a word that stands only in phrases ("darmkanker" in "moeder … darmkanker") says nothing alone:
  // its known parts still do ("kanker")
  if (hit && (hit.quality < 1 || single.has(hit.key))) return { key: hit.key, quality: hit.quality, stop: false };
  const parts = splitCompound(token.body, single, norm, stop);
  if (hit) {
    // only the last part, which carries a Dutch compound's meaning ("slaap|kamer" is no sleep)
    const last = parts && parts.length === 2 ? [parts[1]!] : parts?.filter((p) => p.quality === TAIL_QUALITY);
    return last && last.length > 0 ? { key: hit.key, quality: hit.quality, stop: false, parts: last } : { key: hit.key, quality: hit.quality, stop: false };
  }
  return parts ? { key, quality: 0, stop: false, parts } : { key, quality: 0, stop: false };
}
