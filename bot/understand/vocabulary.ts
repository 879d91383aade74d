/**
 * The routing index of one language: synonyms and example words by key, multi-word synonyms by
 * key sequence, stop words, and the fuzzy vocabulary. Built once from {@link LanguageData}.
 */

import { BUITEN, DEFAULTS } from './defaults.js';
import { FuzzyVocabulary, type FuzzyHit } from './fuzzy.js';
import { createNormaliser, type Normaliser } from './normalise.js';
import type { LanguageData } from './types.js';

/** One flow a key or phrase points to. */
export interface Posting {
  /** Leefgebied id or `buiten`. */
  flow: string;
  /** Evidence weight (already divided among flows that share the key). */
  weight: number;
  /** The synonym as written in the synonym file, for `explain`. */
  synonym: string;
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
  /** Longest multi-word synonym, in words. */
  maxPhrase: number;
  /** Every key that may be matched (single words and words inside phrases). */
  vocabulary: FuzzyVocabulary;
  /** Resolve one key (exact, fuzzy, compound), cached. */
  resolve(key: string, raw: string): Resolved;
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
  }
}

/** Divide word weights among the flows that share a key: "hulp" says little, "huurachterstand" a lot. */
function shareWeights(map: Map<string, Posting[]>): void {
  for (const list of map.values()) {
    const flows = list.filter((p) => p.flow !== BUITEN).length || 1;
    if (flows > 1) for (const p of list) p.weight /= flows ** DEFAULTS.weights.sharedPenalty;
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
  for (const s of data.stopwords) for (const t of norm.tokens(s)) stop.add(t.key);
  const single = new Map<string, Posting[]>();
  const phrases = new Map<string, Posting[]>();
  const memberKeys = new Set<string>();
  let maxPhrase = 1;
  for (const [flow, topic] of Object.entries(data.topics)) {
    const factor = flow === BUITEN ? w.buiten : 1;
    for (const syn of topic.words) {
      const toks = norm.tokens(syn);
      if (toks.length === 0) continue;
      if (toks.length === 1) {
        const k = toks[0]?.key ?? '';
        addPosting(single, k, { flow, weight: w.word * factor, synonym: syn });
      } else {
        const keys = toks.map((t) => t.key);
        for (const k of keys) memberKeys.add(k);
        maxPhrase = Math.max(maxPhrase, keys.length);
        addPosting(phrases, keys.join(' '), { flow, weight: w.word * w.phrase * factor, synonym: syn });
      }
    }
    for (const ex of topic.examples) {
      for (const t of norm.tokens(ex)) {
        if (stop.has(t.key) || t.key.length < 3 || /\d/.test(t.key)) continue;
        addPosting(single, t.key, { flow, weight: w.example * factor, synonym: t.raw });
      }
    }
  }
  shareWeights(single);
  shareWeights(phrases);
  const vocabulary = new FuzzyVocabulary([...single.keys(), ...memberKeys]);
  const cache = new Map<string, Resolved>();
  const resolve = (key: string, raw: string): Resolved => {
    const id = key + '|' + raw;
    const hit = cache.get(id);
    if (hit) return hit;
    const r = resolveUncached(key, raw, stop, vocabulary, single, norm);
    if (cache.size >= DEFAULTS.fuzzy.cacheSize) cache.clear();
    cache.set(id, r);
    return r;
  };
  return { lang: data.lang, norm, stop, single, phrases, maxPhrase, vocabulary, resolve };
}

function resolveUncached(
  key: string,
  raw: string,
  stop: ReadonlySet<string>,
  vocabulary: FuzzyVocabulary,
  single: ReadonlyMap<string, Posting[]>,
  norm: Normaliser,
): Resolved {
  if (stop.has(key)) return { key, quality: 1, stop: true };
  const hit = vocabulary.lookup(key);
  if (hit) return { key: hit.key, quality: hit.quality, stop: false };
  const parts = splitCompound(raw, single, norm);
  return parts ? { key, quality: 0, stop: false, parts } : { key, quality: 0, stop: false };
}

const LINKERS = ['', 's', 'e', 'en'];

/**
 * Split an unknown compound word into known parts: "energierekening" -> energie + rekening,
 * "belastingschuld" -> belasting + schuld. Only exact hits, so the cost is a few hash lookups.
 *
 * @returns the known parts (one or two), or `undefined`
 */
export function splitCompound(
  raw: string,
  single: ReadonlyMap<string, Posting[]>,
  norm: Normaliser,
): FuzzyHit[] | undefined {
  const word = raw.replace(/'/g, '');
  const min = DEFAULTS.fuzzy.minCompoundPart;
  if (word.length < 2 * min || /\d/.test(word)) return undefined;
  let best: FuzzyHit[] | undefined;
  let bestCover = 0;
  for (let i = min; i <= word.length - min; i++) {
    const head = norm.key(word.slice(0, i));
    const headKnown = single.has(head);
    for (const link of LINKERS) {
      const rest = word.slice(i);
      if (!rest.startsWith(link) || rest.length - link.length < min) continue;
      const tailWord = rest.slice(link.length);
      const tail = norm.key(tailWord);
      const tailKnown = single.has(tail);
      let parts: FuzzyHit[] = [];
      let cover = 0;
      if (headKnown && tailKnown) {
        parts = [{ key: head, quality: 1 }, { key: tail, quality: 1 }];
        cover = word.length;
      } else if (tailKnown && tailWord.length >= min + 1) {
        parts = [{ key: tail, quality: 0.8 }];
        cover = tailWord.length;
      } else if (headKnown && i >= min + 1) {
        parts = [{ key: head, quality: 0.7 }];
        cover = i;
      }
      if (cover > bestCover) {
        bestCover = cover;
        best = parts;
      }
    }
  }
  return best;
}
