/**
 * Personal-data detector for IBANs of any country, checked with ibantools (country, length, BBAN
 * format and mod 97).
 *
 * @remarks
 * A candidate starts at a word boundary with two letters and two digits (optionally one space or
 * dash between them), followed by 11-32 letters or digits with at most one space, dash or dot
 * between any two: "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "DE 89 3704 0044 0532 0130 00".
 * The regex has one bounded repetition, so it reads at most about 70 characters from each start.
 * The longest prefix of the candidate that is a valid IBAN and ends at a word boundary is taken.
 */

import { ibanValid } from '../checks.js';
import type { Span } from './span.js';

const IBAN_RE = /(?<![\p{L}\p{N}])[a-z]{2}[ \-]?\d{2}(?:[ \-.]?[a-z0-9]){11,32}/giu;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Find IBANs.
 *
 * @param s - the text (other scripts' digits already ASCII)
 * @param out - hits are pushed here
 */
export function findIbans(s: string, out: Span[]): void {
  for (const m of s.matchAll(IBAN_RE)) {
    const start = m.index ?? 0;
    const raw = m[0];
    // compact[i] ends at raw position ends[i]
    let compact = '';
    const ends: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      if (/[a-z0-9]/i.test(raw[i] ?? '')) {
        compact += raw[i];
        ends.push(i + 1);
      }
    }
    for (let len = Math.min(34, compact.length); len >= 15; len--) {
      const end = start + (ends[len - 1] ?? 0);
      if (ALNUM.test(s[end] ?? '')) continue;
      if (ibanValid(compact.slice(0, len))) {
        out.push({ from: start, to: end, kind: 'iban' });
        break;
      }
    }
  }
}
