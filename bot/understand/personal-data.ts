/**
 * The personal-data guard: finds BSNs, IBANs, phone numbers, e-mail addresses, addresses
 * (postcode with letters, street with house number), dates of birth and names given after
 * "ik heet" and the like, and replaces them by placeholders.
 *
 * @remarks
 * The detectors live in `personal-data/`: `numbers.ts` (phone numbers of any country with
 * libphonenumber-js plus the Dutch number plan, BSN), `iban.ts` (any country, ibantools),
 * `text.ts` (e-mail, address, date), `names.ts`. Decisions (see docs/routing.md):
 * - every 9-digit number is a BSN, valid elfproef or not; an 8-digit number is a BSN when it passes
 *   the elfproef with a leading 0 added (old numbers written without the 0);
 * - a 4-digit postcode alone is NOT personal data (residents give it to find their wijkteam); a
 *   postcode with letters ("3311 AB", "3311ab") is, with the house number after it;
 * - every full date (day, month, year) is treated as a possible date of birth;
 * - numbers may be written with spaces, dots, dashes and parentheses; other scripts' digits
 *   (Arabic-Indic, full-width) count as digits;
 * - where hits overlap, an e-mail address wins, then the longer hit, then the kind listed first in
 *   {@link PRIORITY}: so "0532 123 45 67" is one phone number, not a BSN and "67".
 * All scanning is linear in the text length (which is cut to `DEFAULTS.limits.redactChars`);
 * nothing here can throw on a string.
 */

import { DEFAULTS } from './defaults.js';
import { findIbans } from './personal-data/iban.js';
import { findNames, type NameOptions } from './personal-data/names.js';
import { findNumbers } from './personal-data/numbers.js';
import type { Span } from './personal-data/span.js';
import { asciiDigits, findAddresses, findDates, findEmails } from './personal-data/text.js';
import type { PersonalDataKind, Redaction } from './types.js';

export type { Span } from './personal-data/span.js';

/** Options of {@link findPersonalData} and {@link redact}. */
export interface RedactOptions extends NameOptions {
  /** Look for names (default true). */
  names?: boolean;
}

/** Kinds in order of preference when two hits of the same length overlap. */
const PRIORITY: readonly PersonalDataKind[] = ['email', 'iban', 'address', 'birthdate', 'phone', 'bsn', 'name'];

/**
 * Find all personal data in a text.
 *
 * @param text - any string
 * @param opts - see {@link RedactOptions}
 * @returns non-overlapping spans, in text order
 */
export function findPersonalData(text: string, opts: RedactOptions = {}): Span[] {
  const s = asciiDigits(text);
  const found: Span[] = [];
  findEmails(s, found);
  findIbans(s, found);
  findAddresses(s, found);
  findDates(s, found);
  findNumbers(s, found);
  if (opts.names !== false) findNames(s, found, opts);
  found.sort(
    (x, y) => x.from - y.from || y.to - y.from - (x.to - x.from) || PRIORITY.indexOf(x.kind) - PRIORITY.indexOf(y.kind),
  );
  const kept: Span[] = [];
  for (const sp of found) {
    const prev = kept[kept.length - 1];
    if (prev && sp.from < prev.to) {
      // An e-mail address is unambiguous (it has an @): it wins over a number or code that
      // happens to start inside it ("a@dj44ga.eu hulp…" is not an IBAN).
      if (prev.kind === 'email') continue;
      if (sp.kind === 'email') {
        kept[kept.length - 1] = sp;
        continue;
      }
      const longer = sp.to - sp.from > prev.to - prev.from;
      const better = sp.to - sp.from === prev.to - prev.from && PRIORITY.indexOf(sp.kind) < PRIORITY.indexOf(prev.kind);
      if (longer || better) kept[kept.length - 1] = sp;
      continue;
    }
    kept.push(sp);
  }
  return kept;
}

/**
 * Replace personal data by placeholders such as `[telefoonnummer]`.
 *
 * @param text - any string (longer than `DEFAULTS.limits.redactChars` is cut)
 * @param opts - see {@link RedactOptions}
 */
export function redact(text: string, opts: RedactOptions = {}): Redaction {
  const src = typeof text === 'string' ? text.slice(0, DEFAULTS.limits.redactChars) : '';
  const spans = findPersonalData(src, opts);
  const kinds: PersonalDataKind[] = [];
  let out = '';
  let pos = 0;
  for (const sp of spans) {
    out += src.slice(pos, sp.from) + DEFAULTS.placeholders[sp.kind];
    pos = sp.to;
    if (!kinds.includes(sp.kind)) kinds.push(sp.kind);
  }
  return { text: out + src.slice(pos), kinds };
}
