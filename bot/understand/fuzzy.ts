/**
 * Typo-tolerant lookup of one word key in a vocabulary of keys, in time that does not grow
 * with the vocabulary.
 *
 * @remarks
 * 1. Exact hash lookup.
 * 2. Candidates from a deletion index: every vocabulary key is stored under itself and under each
 *    variant with one letter deleted; a query looks up its own one-letter deletions (and, for long
 *    words, two-letter deletions). That finds every key within one edit (insert, delete, replace,
 *    swap) and many within two, with a bounded number of hash lookups.
 * 3. fuse.js scores that small candidate set (at most `maxCandidates`) and picks the best.
 * 4. Results, also misses, are cached per key.
 */

import Fuse from 'fuse.js';
import { DEFAULTS } from './defaults.js';

/** A vocabulary key found for a query key. */
export interface FuzzyHit {
  /** The vocabulary key. */
  key: string;
  /** 1 for an exact hit, lower for a fuzzy one (0..1). */
  quality: number;
}

/** Options of {@link FuzzyVocabulary}. */
export interface FuzzyOptions {
  minLength: number;
  twoEditLength: number;
  maxCandidates: number;
  fuseThreshold: number;
  scorePenalty: number;
  maxQuality: number;
  cacheSize: number;
}

/** All one-deletion variants of `s` (without duplicates). */
export function deletions(s: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return [...out];
}

/** A vocabulary of word keys with exact and fuzzy lookup. */
export class FuzzyVocabulary {
  private readonly keys: Set<string>;
  private readonly deleted = new Map<string, string[]>();
  private readonly cache = new Map<string, FuzzyHit | null>();
  private readonly opts: FuzzyOptions;
  private readonly fuseOptions;

  /**
   * @param keys - the vocabulary (already keyed by a {@link Normaliser})
   * @param opts - overrides of `DEFAULTS.fuzzy`
   */
  constructor(keys: Iterable<string>, opts: Partial<FuzzyOptions> = {}) {
    this.opts = { ...DEFAULTS.fuzzy, ...opts };
    this.fuseOptions = {
      includeScore: true,
      ignoreLocation: true,
      threshold: this.opts.fuseThreshold,
      isCaseSensitive: true,
    } as const;
    this.keys = new Set(keys);
    for (const k of this.keys) {
      if (k.length < this.opts.minLength) continue;
      this.addDeleted(k, k);
      for (const d of deletions(k)) this.addDeleted(d, k);
    }
  }

  private addDeleted(variant: string, key: string): void {
    const list = this.deleted.get(variant);
    if (list === undefined) this.deleted.set(variant, [key]);
    else if (!list.includes(key)) list.push(key);
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.keys.size;
  }

  /** Whether the key is in the vocabulary exactly. */
  has(key: string): boolean {
    return this.keys.has(key);
  }

  /**
   * Find the vocabulary key for a query key: exact, or the best fuzzy candidate, or `null`.
   *
   * @param key - a key made by the same normaliser as the vocabulary
   */
  lookup(key: string): FuzzyHit | null {
    if (this.keys.has(key)) return { key, quality: 1 };
    if (key.length < this.opts.minLength || /\d/.test(key)) return null;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const hit = this.search(key);
    if (this.cache.size >= this.opts.cacheSize) this.cache.clear();
    this.cache.set(key, hit);
    return hit;
  }

  private candidates(key: string): string[] {
    const found = new Set<string>();
    const take = (variant: string): void => {
      const list = this.deleted.get(variant);
      if (list) for (const k of list) found.add(k);
    };
    take(key);
    const ones = deletions(key);
    for (const d of ones) take(d);
    if (found.size === 0 && key.length >= this.opts.twoEditLength) {
      for (const d of ones) for (const dd of deletions(d)) take(dd);
    }
    const short = key.length < 6;
    return [...found]
      .filter((k) => Math.abs(k.length - key.length) <= 2 && (!short || k[0] === key[0]))
      .sort((a, b) => Math.abs(a.length - key.length) - Math.abs(b.length - key.length) || (a < b ? -1 : 1))
      .slice(0, this.opts.maxCandidates);
  }

  private search(key: string): FuzzyHit | null {
    let best: FuzzyHit | null = null;
    let bestScore = Infinity;
    for (const cand of this.candidates(key)) {
      // Score both ways: fuse.js scores a pattern against a text, and a typo can be either
      // a letter too many or a letter too few.
      const a = Fuse.match(key, cand, this.fuseOptions);
      const b = Fuse.match(cand, key, this.fuseOptions);
      const score = Math.max(a.isMatch ? a.score : 1, b.isMatch ? b.score : 1);
      if (score <= this.opts.fuseThreshold && score < bestScore) {
        bestScore = score;
        best = { key: cand, quality: Math.min(this.opts.maxQuality, 1 - score * this.opts.scorePenalty) };
      }
    }
    return best;
  }
}

/**
 * Damerau-Levenshtein distance (optimal string alignment), stopping early above `max`.
 *
 * @returns the distance, or `max + 1` when it is larger than `max`
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n] ?? max + 1;
}
