/**
 * Word patterns with gaps, shared by the crisis tripwire and routing.
 *
 * @remarks
 * Syntax: words separated by spaces must appear in this order; `a/b/c` is one place with
 * alternatives; up to `DEFAULTS.crisis.maxGap` other words may stand between two pattern words,
 * `...` allows up to `DEFAULTS.crisis.longGap`. A message is matched as, per word, the list of
 * keys it may stand for (its own key, a fuzzy hit, a compound part …), so each user of a pattern
 * decides how loosely a word may match.
 * @packageDocumentation
 */
import { DEFAULTS } from './defaults.js';
import type { Normaliser } from './normalise.js';

/** One place of a pattern: its alternatives (keys) and the gap allowed before it. */
export interface Slot {
  readonly alts: ReadonlySet<string>;
  /** Other words allowed before this slot (0 for the first). */
  readonly gap: number;
}

/**
 * Compile a pattern into slots with the language's key function.
 *
 * @returns the slots, or null when the pattern has no words
 */
export function compileSlots(norm: Normaliser, text: string): Slot[] | null {
  const slots: Slot[] = [];
  let gap: number = DEFAULTS.crisis.maxGap;
  for (const part of text.trim().split(/\s+/)) {
    if (part === '...' || part === '…') {
      gap = DEFAULTS.crisis.longGap;
      continue;
    }
    const alts = new Set<string>();
    for (const alt of part.split('/')) for (const t of norm.tokens(alt)) alts.add(t.key);
    if (alts.size === 0) continue;
    slots.push({ alts, gap: slots.length === 0 ? 0 : gap });
    gap = DEFAULTS.crisis.maxGap;
  }
  return slots.length > 0 ? slots : null;
}

/**
 * Match the slots after the first, the first one standing at word `start`; memoised, so no
 * input makes it search more than slots × words places.
 *
 * @param slots - a compiled pattern
 * @param matched - per word of the message, the keys it may stand for
 * @returns the index of the last matched word, or -1
 */
export function matchFrom(slots: readonly Slot[], matched: readonly (readonly string[])[], start: number): number {
  let failed: Set<number> | undefined;
  const step = (s: number, pos: number): number => {
    const slot = slots[s];
    if (!slot) return pos;
    const memo = s * matched.length + pos;
    if (failed?.has(memo)) return -1;
    const last = Math.min(matched.length - 1, pos + 1 + slot.gap);
    for (let j = pos + 1; j <= last; j++) {
      if ((matched[j] ?? []).some((k) => slot.alts.has(k))) {
        const end = step(s + 1, j);
        if (end >= 0) return end;
      }
    }
    (failed ??= new Set()).add(memo);
    return -1;
  };
  return step(1, start);
}

/**
 * Patterns indexed by an anchor: for each pattern the slot whose words stand in the fewest
 * patterns ("springen" rather than "hij"). A message tries only the patterns whose anchor has a
 * key among its words: with hundreds of patterns starting with "hij", "mijn", "vader", most
 * would otherwise be tried on almost every message. The matches are the same as trying every
 * pattern at every start (a pattern cannot match without its anchor).
 */
export class PatternIndex<P extends { readonly slots: readonly Slot[] }> {
  private readonly byAnchor = new Map<string, number[]>();

  constructor(private readonly patterns: readonly P[]) {
    // in how many patterns each key stands
    const df = new Map<string, number>();
    for (const p of patterns) {
      const keys = new Set<string>();
      for (const s of p.slots) for (const a of s.alts) keys.add(a);
      for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
    }
    patterns.forEach((p, i) => {
      let anchor: Slot | undefined;
      let commonest = Infinity;
      for (const s of p.slots) {
        let c = 0;
        for (const a of s.alts) c = Math.max(c, df.get(a) ?? 0);
        // on a tie the later slot: the act comes after the person ("hij ... springt")
        if (c <= commonest) {
          commonest = c;
          anchor = s;
        }
      }
      for (const k of anchor?.alts ?? []) {
        const list = this.byAnchor.get(k);
        if (list) list.push(i);
        else this.byAnchor.set(k, [i]);
      }
    });
  }

  /** The number of patterns. */
  get size(): number {
    return this.patterns.length;
  }

  /** Every place a pattern matches, by first word, then pattern order. */
  matchAll(matched: readonly (readonly string[])[]): { p: P; from: number; to: number }[] {
    const candidates = new Set<number>();
    for (const keys of matched) for (const k of keys) for (const i of this.byAnchor.get(k) ?? []) candidates.add(i);
    if (candidates.size === 0) return [];
    const out: { p: P; from: number; to: number; i: number }[] = [];
    for (const i of candidates) {
      const p = this.patterns[i]!;
      const first = p.slots[0]!.alts;
      for (let at = 0; at < matched.length; at++) {
        if (!(matched[at] ?? []).some((k) => first.has(k))) continue;
        const end = matchFrom(p.slots, matched, at);
        if (end >= 0) out.push({ p, from: at, to: end, i });
      }
    }
    out.sort((a, b) => a.from - b.from || a.i - b.i);
    return out.map(({ p, from, to }) => ({ p, from, to }));
  }
}
