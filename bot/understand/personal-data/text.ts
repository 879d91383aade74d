/**
 * Personal-data detectors for text forms: e-mail addresses, addresses (postcode with letters,
 * street with house number) and dates of birth; and the digit folding all detectors share.
 *
 * @remarks
 * Every regex here has bounded repetitions and no nested quantifiers over the same characters, so
 * a crafted text cannot make it backtrack without bound; the e-mail scan walks at most 64
 * characters back and 255 forward from each `@`.
 */

import { validDate } from '../checks.js';
import type { Span } from './span.js';

const DIGIT = /\p{Nd}/u;
/** A decimal digit outside ASCII that is one UTF-16 unit (of any script). */
const NON_ASCII_DIGIT = /(?![0-9])(?=[\u0080-\uFFFF])\p{Nd}/gu;

/** Value 0-9 of a one-unit decimal digit of any script (blocks of ten start at zero). */
function digitValue(ch: string): string {
  const cp = ch.charCodeAt(0);
  let start = cp;
  while (start > cp - 10 && DIGIT.test(String.fromCharCode(start - 1))) start--;
  return String((cp - start) % 10);
}

/**
 * Replace every non-ASCII decimal digit that is one UTF-16 unit by its ASCII digit (same length,
 * so offsets stay valid).
 */
export function asciiDigits(text: string): string {
  // only digits call back (one-unit ones outside ASCII are replaced; two-unit ones are kept)
  return text.replace(NON_ASCII_DIGIT, (ch) => digitValue(ch));
}

const EMAIL_LOCAL = /[\p{L}\p{N}._%+\-]/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}.\-]/u;

/** E-mail addresses: something@domain.tld. */
export function findEmails(s: string, out: Span[]): void {
  for (let at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && at - from < 64 && EMAIL_LOCAL.test(s[from - 1] ?? '')) from--;
    let to = at + 1;
    while (to < s.length && to - at < 255 && EMAIL_DOMAIN.test(s[to] ?? '')) to++;
    let domain = s.slice(at + 1, to);
    while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
    if (from < at && /^[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}$/u.test(domain)) {
      out.push({ from, to: at + 1 + domain.length, kind: 'email' });
    }
  }
}

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october|mar|oct';
const MONTH_NUM: Readonly<Record<string, number>> = Object.freeze({
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, february: 2, maart: 3, mrt: 3, march: 3, mar: 3,
  april: 4, apr: 4, mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, october: 10,
  oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});

const DATE_NUM = /(?<!\d)(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?!\d)/g;
const DATE_ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
const DATE_TEXT = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})\\.?,?\\s+(\\d{4})(?!\\d)`,
  'giu',
);
const DATE_TEXT_EN = new RegExp(`(?<![\\p{L}])(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'giu');

/** Full dates (day, month, year), numeric or written out: every one may be a date of birth. */
export function findDates(s: string, out: Span[]): void {
  const push = (m: RegExpMatchArray, d: number, mo: number, y: number): void => {
    if (validDate(d, mo, y)) out.push({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length, kind: 'birthdate' });
  };
  for (const m of s.matchAll(DATE_NUM)) push(m, Number(m[1]), Number(m[3]), Number(m[4]));
  for (const m of s.matchAll(DATE_ISO)) push(m, Number(m[3]), Number(m[2]), Number(m[1]));
  for (const m of s.matchAll(DATE_TEXT)) push(m, Number(m[1]), MONTH_NUM[(m[2] ?? '').toLowerCase()] ?? 0, Number(m[3]));
  for (const m of s.matchAll(DATE_TEXT_EN)) push(m, Number(m[2]), MONTH_NUM[(m[1] ?? '').toLowerCase()] ?? 0, Number(m[3]));
}

/** Two-letter words that follow a year or amount and must not be read as postcode letters. */
const COMMON_PAIRS = new Set(
  'al en er in is je ik op om of te we ze zo na nu ga de ik at an as be by do go he if it me my no on or so to up us'.split(' '),
);
const POSTCODE = /(?<![\p{L}\p{N}])([1-9]\d{3})(\s?)([a-z]{2})(?![\p{L}\p{N}])(?:[ ,]{0,3}(?:nr\.?\s?)?\d{1,5}(?:\s?[a-z](?![\p{L}]))?(?:\s?[-/]\s?\d{1,4})?)?/giu;
const STREET_SUFFIX =
  'straatweg|straat|laan|weg|plein|singel|kade|gracht|dijk|hof|park|plantsoen|steeg|dreef|markt|wal|haven|boulevard|allee|pad|ring|burg|poort|kwartier|veste';
const STREET = new RegExp(
  `(?<![\\p{L}])([\\p{L}][\\p{L}'\\-]{0,40}?(?:${STREET_SUFFIX}))\\s+(?:nr\\.?\\s?)?(\\d{1,5})(?:\\s?[a-z](?![\\p{L}]))?(?:\\s?[-/]\\s?\\d{1,4})?(?![\\p{N}])`,
  'giu',
);

/** Postcodes with letters (and the house number after them), and street names with a house number. */
export function findAddresses(s: string, out: Span[]): void {
  for (const m of s.matchAll(POSTCODE)) {
    const letters = m[3] ?? '';
    const lower = letters.toLowerCase();
    if (lower === 'sa' || lower === 'sd' || lower === 'ss') continue;
    if (m[2] && letters === lower && COMMON_PAIRS.has(lower)) continue;
    out.push({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length, kind: 'address' });
  }
  for (const m of s.matchAll(STREET)) {
    const word = (m[1] ?? '').toLowerCase();
    const suffix = STREET_SUFFIX.split('|').find((x) => word.endsWith(x)) ?? '';
    if (word.length < suffix.length + 2) continue;
    out.push({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length, kind: 'address' });
  }
}

