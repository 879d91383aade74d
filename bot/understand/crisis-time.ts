/**
 * When a crisis phrase happens, as the words around it say: over ("jaren geleden", "vroeger":
 * `crisis.verleden`), now ("nu", "vanavond": `crisis.nu`) or again ("weer", "nog steeds":
 * `crisis.weer`). A phrase that is over gets the question "Is er nu gevaar?" instead of the
 * crisis message. (Where clauses and sentences end is in clauses.ts.)
 * @packageDocumentation
 */
import { CLAUSE_END, partsOf, SENTENCE_END } from './clauses.js';
import type { Normaliser } from './normalise.js';

/** When a crisis phrase happens, as its sentence says: over, now, or again. */
export type Time = 'past' | 'now' | 'again';

/** A time word found in a text: the words it covers (token indexes) and what it says. */
export interface TimeMark {
  readonly from: number;
  readonly to: number;
  readonly time: Time;
}

/**
 * Whether the phrase at `hit` is over: a past word in its sentence, and neither a now word in its
 * own clause ("mijn ex sloeg me vroeger, nu woon ik veilig" is over) nor an again word anywhere in
 * the sentence ("hij sloeg me vroeger, nu doet hij het weer" is not), outside a past phrase.
 */
export function isPast(norm: Normaliser, src: string, max: number, hit: { from: number; to: number }, marks: readonly TimeMark[]): boolean {
  if (!marks.some((m) => m.time === 'past')) return false;
  const sentence = partsOf(norm, src, max, SENTENCE_END);
  const same = marks.filter((m) => sentence[m.from] === sentence[hit.from] || sentence[m.to] === sentence[hit.to]);
  const pasts = same.filter((m) => m.time === 'past');
  if (pasts.length === 0) return false;
  const clause = partsOf(norm, src, max, CLAUSE_END);
  const inClause = (m: TimeMark) => clause[m.from] === clause[hit.from] || clause[m.to] === clause[hit.to] || (m.from >= hit.from && m.to <= hit.to);
  const insidePast = (m: TimeMark) => pasts.some((q) => q.from <= m.to && m.from <= q.to);
  return !same.some((m) => (m.time === 'again' || (m.time === 'now' && inClause(m))) && !insidePast(m));
}
