/**
 * The crisis tripwire: patterns of acute danger per language, matched with typo tolerance and
 * small gaps, over every language at once.
 *
 * @remarks
 * Pattern syntax (in the `crisis:` part of a synonym file):
 * - words separated by spaces must appear in this order;
 * - `a/b/c` is one place with alternatives: `man/vriend/partner slaat/sloeg me/mij`;
 * - up to `DEFAULTS.crisis.maxGap` other words may stand between two pattern words;
 *   `...` allows up to `DEFAULTS.crisis.longGap`;
 * - words of at least `fuzzyLength` letters also match with one typo, words of at least
 *   `containsLength` letters also match inside a longer word ("zelfmoordgedachten").
 * - a word with its final n dropped ("leve" for "leven", "sterve") matches too: the typo
 *   residents make most, without taking "leren" for "leven".
 * `geen_crisis` patterns use the same syntax; a crisis match that overlaps one is ignored
 * ("dood van de honger").
 *
 * Danger to someone else (a neighbour's children, a sister, a friend): `crisis.omstander.<kind>`
 * patterns. A hit of one of those marks the hit as {@link CrisisHit.bystander} — unless an own
 * pattern matched with a word of `crisis.zelf` ("ik", "me", "mij") in or just before it: then the
 * resident is in danger too, and that comes first. An own suicide phrase is about someone else
 * when the nearest person word at its start or before it is one of `crisis.anderen` ("hij", "mijn
 * zoon") rather than of `crisis.zelf`: "mijn dochter schreef dat ze dood wil".
 */

import { DEFAULTS } from './defaults.js';
import { FuzzyVocabulary } from './fuzzy.js';
import { compileSlots, PatternIndex, type Slot } from './patterns.js';
import { scriptFilter } from './scripts.js';
import { CLAUSE_END, partsOf } from './clauses.js';
import { isPast, type Time, type TimeMark } from './crisis-time.js';
import type { Normaliser } from './normalise.js';
import type { CrisisHit, CrisisKind } from './types.js';

const NONE: string[] = [];

/** Words looked back from an own suicide phrase for the person it is about. */
const OTHER_LOOKBACK = 12;

/** Kinds in priority order: a message matching several gets the first. */
export const CRISIS_KINDS: readonly CrisisKind[] = Object.freeze(['medical', 'suicide', 'child', 'violence']);

interface Pattern {
  kind: CrisisKind | null;
  slots: Slot[];
  source: string;
  /** An `omstander` pattern: the danger is to someone else. */
  bystander: boolean;
  /** A `signalen` pattern: a word that may mean danger, not enough to say so. */
  signal: boolean;
  /** A `verleden`, `nu` or `weer` pattern: when the danger was. */
  time?: Time;
}

/** Crisis patterns of one language as read from its synonym file. */
export interface CrisisPatterns {
  /** Own danger, per kind. */
  own: Partial<Record<CrisisKind, readonly string[]>>;
  /** Danger to someone else, per kind. */
  bystander?: Partial<Record<CrisisKind, readonly string[]>>;
  /** Words the resident uses for him- or herself ("ik", "me", "mij"). */
  self?: readonly string[];
  /** Words for someone else ("hij", "zoon"): see {@link buildCrisisMatcher}. */
  others?: readonly string[];
  /** `geen_crisis` patterns. */
  exceptions: readonly string[];
  /** `signalen`: words that may mean danger; when no phrase matched they ask for a safety line. */
  signals?: readonly string[];
  /** `verleden`: words that put a phrase in the past ("jaren geleden"); see {@link CrisisHit.past}. */
  past?: readonly string[];
  /** `nu`: words that bring it back to now ("nu", "vanavond"); they outweigh `past` in the same clause. */
  now?: readonly string[];
  /** `weer`: words that say it happens again ("weer", "nog steeds"); they outweigh `past` in the same sentence. */
  again?: readonly string[];
}

/**
 * What one reading of a text found: a hit, or only a word that may mean danger. `said`: the
 * resident said it of him- or herself (a `zelf` word in or just before the phrase).
 */
export interface CrisisScan {
  readonly hit: (CrisisHit & { readonly said?: boolean }) | null;
  /** No hit, but a `signalen` word outside any `geen_crisis` phrase. */
  readonly signal: boolean;
}

/** The compiled tripwire of one language. */
export interface CrisisMatcher {
  /** Language tag. */
  lang: string;
  /**
   * The first hit in priority order (`explain` adds the pattern that matched), or else whether a
   * `signalen` word stands in the text: one reading for both.
   */
  scan(text: string, explain?: boolean): CrisisScan;
}

function compile(norm: Normaliser, text: string, kind: CrisisKind | null, bystander = false, signal = false, time?: Time): Pattern | null {
  const slots = compileSlots(norm, text);
  if (!slots) return null;
  // a time is said in so many words: "als kind", not "als een kind stikt"
  return { kind, slots: time ? slots.map((s) => ({ ...s, gap: 0 })) : slots, source: text, bystander, signal, ...(time ? { time } : {}) };
}

/**
 * Compile the tripwire of one language.
 *
 * @param norm - the language's normaliser
 * @param patterns - own and bystander patterns per kind, words for oneself, exceptions
 */
export function buildCrisisMatcher(norm: Normaliser, patterns: CrisisPatterns): CrisisMatcher {
  const all: Pattern[] = [];
  for (const kind of CRISIS_KINDS) {
    for (const p of patterns.own[kind] ?? []) {
      const c = compile(norm, p, kind);
      if (c) all.push(c);
    }
    for (const p of patterns.bystander?.[kind] ?? []) {
      const c = compile(norm, p, kind, true);
      if (c) all.push(c);
    }
  }
  // compared as typed (lower-cased, no accents): the spelling table reads "me" as "mijn"
  const self = new Set((patterns.self ?? []).flatMap((w) => norm.tokens(w).map((t) => t.raw)));
  const others = new Set((patterns.others ?? []).flatMap((w) => norm.tokens(w).map((t) => t.raw)));
  for (const e of patterns.exceptions) {
    const c = compile(norm, e, null);
    if (c) all.push(c);
  }
  for (const w of patterns.signals ?? []) {
    const c = compile(norm, w, null, false, true);
    if (c) all.push(c);
  }
  for (const [time, list] of [['past', patterns.past], ['now', patterns.now], ['again', patterns.again]] as const) {
    for (const w of list ?? []) {
      const c = compile(norm, w, null, false, false, time);
      if (c) all.push(c);
    }
  }
  const cfg = DEFAULTS.crisis;
  const altKeys = new Set<string>();
  for (const p of all) for (const s of p.slots) for (const a of s.alts) altKeys.add(a);
  const fuzzy = new FuzzyVocabulary(
    [...altKeys].filter((k) => k.length >= cfg.fuzzyLength),
    { minLength: cfg.fuzzyLength, fuseThreshold: 0.3, maxEdits: 1, sameFirstBelow: 99 },
  );
  // long pattern words, indexed by their first four letters, for "inside a longer word"
  const long = new Map<string, string[]>();
  for (const k of altKeys) {
    if (k.length < cfg.containsLength) continue;
    const list = long.get(k.slice(0, 4)) ?? [];
    list.push(k);
    long.set(k.slice(0, 4), list);
  }
  // first letters of those words: most positions of an unknown long word are skipped at once
  const longFirst = new Set([...long.keys()].map((k) => k[0] ?? ''));
  const index = new PatternIndex(all);
  // a text in a script none of the patterns uses, as written or as keys (Ukrainian keys are in
  // Latin letters), is passed over
  const mayHold = scriptFilter([...altKeys, ...all.map((p) => p.source)]);
  const cache = new Map<string, string[]>();
  const keysFor = (key: string): string[] => {
    let hit = cache.get(key);
    if (hit) return hit;
    const out = new Set<string>();
    if (altKeys.has(key)) out.add(key);
    const f = fuzzy.lookup(key);
    if (f) out.add(f.key);
    // a dropped final n ("leve", "sterve"): the key of "leven" has lost its "-en" already
    if (key.length >= 4 && key.endsWith('e') && altKeys.has(key.slice(0, -1))) out.add(key.slice(0, -1));
    if (key.length > cfg.containsLength) {
      for (let p = 0; p + cfg.containsLength <= key.length; p++) {
        if (!longFirst.has(key[p] ?? '')) continue;
        for (const k of long.get(key.slice(p, p + 4)) ?? []) if (key.startsWith(k, p)) out.add(k);
      }
    }
    hit = out.size > 0 ? [...out] : NONE;
    // misses too (most words of a story are not crisis words): bounded, the cache is cleared when
    // full, and a key longer than any real word is not kept
    if (key.length <= DEFAULTS.limits.wordChars) {
      if (cache.size >= DEFAULTS.fuzzy.cacheSize) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  };

  const NOTHING: CrisisScan = { hit: null, signal: false };
  const scan = (text: string, explain = false): CrisisScan => {
    const max = DEFAULTS.limits.crisisChars;
    if (!mayHold(text)) return NOTHING;
    // a very long text: read its start and its end (where a cry for help often stands)
    const src = text.length <= max ? text : text.slice(0, max / 2) + ' . ' + text.slice(-max / 2);
    const toks = norm.tokens(src, max + 3);
    // a word repeated many times is looked up once
    const seen = new Map<string, string[]>();
    const matched = toks.map((t) => {
      let keys = seen.get(t.key);
      if (keys === undefined) {
        keys = keysFor(t.key);
        seen.set(t.key, keys);
      }
      return keys;
    });
    const hits: { kind: CrisisKind; from: number; to: number; p: Pattern }[] = [];
    const spared: { from: number; to: number }[] = [];
    const signals: { from: number; to: number }[] = [];
    const times: TimeMark[] = [];
    for (const { p, from, to } of index.matchAll(matched)) {
      if (p.kind) hits.push({ kind: p.kind, from, to, p });
      else if (p.signal) signals.push({ from, to });
      else if (p.time) times.push({ from, to, time: p.time });
      else spared.push({ from, to });
    }
    const free = (h: { from: number; to: number }) => !spared.some((s) => s.from <= h.to && h.from <= s.to);
    const real = hits.filter(free);
    // the resident's own danger ("ik", "me" in or just before the match) comes first
    const isSelf = (h: { from: number; to: number }) => toks.slice(Math.max(0, h.from - 1), h.to + 1).some((t) => self.has(t.raw));
    const theirs = real.filter((h) => h.p.bystander);
    const bystander = theirs.length > 0 && !real.some((h) => !h.p.bystander && isSelf(h));
    const pool = bystander ? theirs : real.filter((h) => !h.p.bystander);
    // an own suicide phrase about someone else: the nearest person word at its start or before it
    // is "hij", "zoon" … and not "ik" ("mijn dochter schreef dat ze dood wil"; "ze wil nie meer
    // leve", where the phrase itself starts with the person)
    const aboutOther = (h: { from: number; to: number }) => {
      if (others.size === 0 || isSelf(h)) return false;
      // only in the hit's own clause: "mijn vrouw is dood, wil niet meer leven" leaves out "ik"
      const clause = partsOf(norm, src, max, CLAUSE_END);
      const own = clause[h.from];
      const clauseStart = own === undefined ? h.from : clause.indexOf(own);
      for (let j = h.from; j >= Math.max(clauseStart, h.from - OTHER_LOOKBACK); j--) {
        const raw = toks[j]!.raw;
        if (self.has(raw)) return false;
        if (others.has(raw)) return true;
      }
      return false;
    };
    for (const kind of CRISIS_KINDS) {
      const h = pool.find((x) => x.kind === kind);
      if (!h) continue;
      const theirsToo = bystander || (kind === 'suicide' && aboutOther(h));
      const said = !theirsToo && pool.some((x) => x.kind === kind && isSelf(x));
      const past = isPast(norm, src, max, h, times);
      return { hit: { kind, ...(theirsToo ? { bystander: true } : {}), ...(explain ? { pattern: h.p.source } : {}), ...(past ? { past } : {}), ...(said ? { said } : {}) }, signal: false };
    }
    return signals.some(free) ? { hit: null, signal: true } : NOTHING;
  };
  return { lang: norm.lang, scan };
}

/**
 * Check a text against the tripwires of every language.
 *
 * @returns the hit with the highest priority over all languages, or null
 */
export function checkCrisis(matchers: readonly CrisisMatcher[], text: string, explain = false): CrisisHit | null {
  return scanCrisis(matchers, text, explain).hit;
}

/**
 * {@link checkCrisis}, and whether (without a hit) a `signalen` word stands in the text: then the
 * resident gets a short safety line with 112 and 113 before the answer. With `signalLangs`, only
 * the signal words of the languages it gives count (the English "die" is not the Dutch "die"; asked
 * only when a signal word stood in the text and no phrase matched); a crisis phrase of any
 * language always does.
 */
export function scanCrisis(matchers: readonly CrisisMatcher[], text: string, explain = false, signalLangs?: () => ReadonlySet<string>): { hit: CrisisHit | null; signal: boolean } {
  if (typeof text !== 'string' || text.trim() === '') return { hit: null, signal: false };
  // Per kind: the resident's own danger said of him- or herself first, then someone else's, then
  // an own phrase without a person ("suicide" matched by the Dutch tripwire in "my flatmate left a
  // suicide note", where the English one saw the flatmate).
  const rank = (h: CrisisHit & { said?: boolean }) => CRISIS_KINDS.indexOf(h.kind) * 3 + (h.said ? 0 : h.bystander ? 1 : 2);
  let best: (CrisisHit & { said?: boolean }) | null = null;
  const signalled: string[] = [];
  for (const m of matchers) {
    const found = m.scan(text, explain);
    if (found.signal) signalled.push(m.lang);
    const hit = found.hit;
    if (!hit) continue;
    // a phrase both languages know ("suicide") is over when the language whose time words it is
    // told with says so ("I attempted suicide years ago"): the other one does not know those words
    if (!best || rank(hit) < rank(best) || (rank(hit) === rank(best) && hit.past === true && best.past !== true)) best = hit;
  }
  if (!best) {
    const langs = signalled.length > 0 && signalLangs ? signalLangs() : undefined;
    return { hit: null, signal: langs ? signalled.some((l) => langs.has(l)) : signalled.length > 0 };
  }
  const { said: _said, ...hit } = best;
  return { hit, signal: false };
}
