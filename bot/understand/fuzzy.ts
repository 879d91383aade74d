/**
 * Typo-tolerant lookup of one word key in a vocabulary of keys, in time that does not grow
 * with the vocabulary.
 *
 * @remarks
 * 1. Exact hash lookup.
 * 2. Candidates from a deletion index: every vocabulary key is stored under itself, under each
 *    variant with one letter deleted and under itself without its last two letters; a query looks
 *    up itself and its own one-letter deletions. That finds every key within one edit (insert,
 *    delete, replace, swap), many within two, and missing endings ("dokte" -> "dokter"), with a
 *    bounded number of lookups. Variants are stored as 32-bit polynomial hashes computed from
 *    prefix and suffix hashes, so a lookup builds no strings; hash collisions are harmless because
 *    every candidate is checked with the real edit distance.
 * 3. fuse.js scores the closest few candidates (at most `maxCandidates`) and picks the best.
 * 4. Results are cached per key, hits and misses, in a bounded cache (cleared when full).
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

/** Options of {@link FuzzyVocabulary} (defaults: `DEFAULTS.fuzzy`). */
export interface FuzzyOptions {
  /** Keys shorter than this are never matched fuzzily. */
  minLength: number;
  /** Candidates handed to fuse.js at most. */
  maxCandidates: number;
  /** fuse.js threshold. */
  fuseThreshold: number;
  /** Quality = 1 - score * scorePenalty, capped by maxQuality. */
  scorePenalty: number;
  maxQuality: number;
  /** Cache entries before the cache is cleared. */
  cacheSize: number;
  /** Keys shorter than this must share their first letter with the candidate. */
  sameFirstBelow: number;
  /** A candidate must be within this many edits (Damerau) of the query. */
  maxEdits: number;
  /** Keys shorter than this get at most one edit. */
  twoEditsFrom: number;
  /** Keys shorter than this never match by replacing one letter ("bang" is not "bank"). */
  substituteFrom: number;
}

const BASE = 131;

// scratch arrays for variantHashes: pre[i] = hash of s[0..i), suf[i] = hash of s[i..n), pow[i] = BASE^i
let pre = new Int32Array(64);
let suf = new Int32Array(64);
let pow = new Int32Array(64);

/** Hashes of `s` with each single letter deleted, plus of `s` itself and of `s` minus its last two letters. */
function variantHashes(s: string, out: number[], withTruncation: boolean): void {
  const n = s.length;
  if (pre.length <= n) {
    pre = new Int32Array(2 * n + 2);
    suf = new Int32Array(2 * n + 2);
    pow = new Int32Array(2 * n + 2);
  }
  pow[0] = 1;
  pre[0] = 0;
  suf[n] = 0;
  for (let i = 0; i < n; i++) {
    pre[i + 1] = (Math.imul(pre[i] as number, BASE) + s.charCodeAt(i)) | 0;
    pow[i + 1] = Math.imul(pow[i] as number, BASE);
  }
  for (let i = n - 1; i >= 0; i--) suf[i] = (Math.imul(s.charCodeAt(i), pow[n - 1 - i] as number) + (suf[i + 1] as number)) | 0;
  out.length = 0;
  out.push(pre[n] as number);
  for (let i = 0; i < n; i++) {
    if (i > 0 && s.charCodeAt(i) === s.charCodeAt(i - 1)) continue; // same variant as the previous one
    out.push((Math.imul(pre[i] as number, pow[n - 1 - i] as number) + (suf[i + 1] as number)) | 0);
  }
  if (withTruncation && n >= 2) out.push(pre[n - 2] as number);
}

/** A vocabulary of word keys with exact and fuzzy lookup. */
export class FuzzyVocabulary {
  private readonly keys: Set<string>;
  private readonly deleted = new Map<number, string[]>();
  private readonly cache = new Map<string, FuzzyHit | null>();
  private readonly opts: FuzzyOptions;
  private readonly fuseOptions;
  private readonly preferred: ReadonlySet<string> | undefined;
  private readonly scratch: number[] = [];

  /**
   * @param keys - the vocabulary (already keyed by a {@link Normaliser})
   * @param opts - overrides of `DEFAULTS.fuzzy`
   * @param preferred - keys that win a near tie (e.g. real synonyms over words that only occur
   *   inside a word group)
   */
  constructor(keys: Iterable<string>, opts: Partial<FuzzyOptions> = {}, preferred?: ReadonlySet<string>) {
    this.preferred = preferred;
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
      // a missing ending ("dokte" for "dokter"): also stored without its last two letters
      variantHashes(k, this.scratch, k.length >= this.opts.minLength + 2);
      for (const h of this.scratch) {
        const list = this.deleted.get(h);
        if (list === undefined) this.deleted.set(h, [k]);
        else if (!list.includes(k)) list.push(k);
      }
    }
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
    if (key.length < this.opts.minLength || key.length > DEFAULTS.limits.wordChars || /\d/.test(key)) return null;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const hit = this.search(key);
    // Misses are cached too (bounded: the cache is cleared when full): a profile of typed-text turns
    // showed the same unknown words searched with fuse.js on every turn.
    if (this.cache.size >= this.opts.cacheSize) this.cache.clear();
    this.cache.set(key, hit);
    return hit;
  }

  private candidates(key: string): string[] {
    const o = this.opts;
    variantHashes(key, this.scratch, false);
    let found: Set<string> | undefined;
    for (const h of this.scratch) {
      const list = this.deleted.get(h);
      if (list) for (const k of list) (found ??= new Set()).add(k);
    }
    if (!found) return [];
    const firstMustMatch = key.length < o.sameFirstBelow;
    const edits = key.length < o.twoEditsFrom ? Math.min(1, o.maxEdits) : o.maxEdits;
    const out: { k: string; d: number }[] = [];
    for (const k of found) {
      if (Math.abs(k.length - key.length) > 2 || (firstMustMatch && k[0] !== key[0])) continue;
      if (key.length < o.substituteFrom && oneSubstitution(k, key)) continue;
      const d = editDistance(k, key, edits);
      if (d <= edits) out.push({ k, d });
      else if (k.startsWith(key) && k.length - key.length <= 2) out.push({ k, d: k.length - key.length });
    }
    out.sort((a, b) => a.d - b.d || Math.abs(a.k.length - key.length) - Math.abs(b.k.length - key.length) || (a.k < b.k ? -1 : 1));
    return out.slice(0, o.maxCandidates).map((c) => c.k);
  }

  private search(key: string): FuzzyHit | null {
    let best: FuzzyHit | null = null;
    let bestScore = Infinity;
    for (const cand of this.candidates(key)) {
      // fuse.js scores a pattern inside a text: the shorter one is the pattern
      const [pattern, text] = cand.length <= key.length ? [cand, key] : [key, cand];
      const m = Fuse.match(pattern, text, this.fuseOptions);
      const penalty = (this.preferred && !this.preferred.has(cand) ? 0.05 : 0) + Math.abs(cand.length - key.length) * 0.02;
      const score = (m.isMatch ? m.score : 1) + penalty;
      if (score <= this.opts.fuseThreshold && score < bestScore) {
        bestScore = score;
        best = { key: cand, quality: Math.min(this.opts.maxQuality, 1 - score * this.opts.scorePenalty) };
      }
    }
    return best;
  }
}

const VOWEL = /[aeiouy]/;

/**
 * Whether two strings of equal length differ in exactly one position by a consonant
 * ("bang" / "bank"); a vowel for a vowel ("wurk" / "werk") is a spelling slip and does not count.
 */
function oneSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  let vowels = true;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    diff++;
    if (!VOWEL.test(a[i] ?? '') || !VOWEL.test(b[i] ?? '')) vowels = false;
  }
  return diff === 1 && !vowels;
}

/** The rows {@link editDistance} works in, grown when a longer word comes. */
const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Damerau-Levenshtein distance (optimal string alignment), stopping early above `max`.
 *
 * @returns the distance, or `max + 1` when it is larger than `max`
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (rows[0]!.length < n + 1) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(2 * (n + 1));
  // three rows reused from call to call (the function is synchronous): no garbage per comparison
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n] as number;
}
