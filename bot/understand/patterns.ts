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

/** Patterns by the keys their first slot may have, so a message is only tried where one can start. */
export function indexByFirst<P extends { readonly slots: readonly Slot[] }>(patterns: Iterable<P>): Map<string, P[]> {
  const byFirst = new Map<string, P[]>();
  for (const p of patterns) {
    for (const k of p.slots[0]?.alts ?? []) {
      const list = byFirst.get(k);
      if (list) list.push(p);
      else byFirst.set(k, [p]);
    }
  }
  return byFirst;
}

/** Every place a pattern matches: the pattern and its first and last word. */
export function matchAll<P extends { readonly slots: readonly Slot[] }>(
  byFirst: ReadonlyMap<string, readonly P[]>,
  matched: readonly (readonly string[])[],
): { p: P; from: number; to: number }[] {
  const out: { p: P; from: number; to: number }[] = [];
  for (let i = 0; i < matched.length; i++) {
    for (const k of matched[i] ?? []) {
      for (const p of byFirst.get(k) ?? []) {
        const end = matchFrom(p.slots, matched, i);
        if (end >= 0) out.push({ p, from: i, to: end });
      }
    }
  }
  return out;
}
