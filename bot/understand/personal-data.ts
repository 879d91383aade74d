/**
 * The personal-data guard: finds BSN, IBAN, phone numbers, e-mail addresses, addresses
 * (postcode with letters, street with house number) and dates of birth, and replaces them by
 * placeholders.
 *
 * @remarks
 * Decisions (see docs/routing.md):
 * - every 9-digit number is a BSN, valid elfproef or not; an 8-digit number is a BSN when it passes
 *   the elfproef with a leading 0 added (old numbers written without the 0);
 * - a 4-digit postcode alone is NOT personal data (residents give it to find their wijkteam); a
 *   postcode with letters ("3311 AB", "3311ab") is, with the house number after it;
 * - every full date (day, month, year) is treated as a possible date of birth;
 * - numbers may be written with spaces, dots, dashes and parentheses; other scripts' digits
 *   (Arabic-Indic, full-width) count as digits.
 * All scanning is linear in the text length; nothing here can throw on a string.
 */

import { dutchNational, dutchService, elfproef, ibanValid, validDate } from './checks.js';
import { DEFAULTS } from './defaults.js';
import type { PersonalDataKind, Redaction } from './types.js';

/** A stretch of text holding personal data. */
export interface Span {
  from: number;
  to: number;
  kind: PersonalDataKind;
}

const PRIORITY: readonly PersonalDataKind[] = ['email', 'iban', 'address', 'birthdate', 'phone', 'bsn'];

const DIGIT = /\p{Nd}/u;

/** Value 0-9 of a one-unit decimal digit of any script (blocks of ten start at zero). */
function digitValue(ch: string): string {
  const cp = ch.charCodeAt(0);
  let start = cp;
  while (start > cp - 10 && DIGIT.test(String.fromCharCode(start - 1))) start--;
  return String((cp - start) % 10);
}

/** Replace every non-ASCII decimal digit that is one UTF-16 unit by its ASCII digit (same length). */
function asciiDigits(text: string): string {
  return text.replace(/[^\x00-\x7F]/g, (ch) => (DIGIT.test(ch) ? digitValue(ch) : ch));
}

const EMAIL_LOCAL = /[\p{L}\p{N}._%+\-]/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}.\-]/u;

function findEmails(s: string, out: Span[]): void {
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

const IBAN_RE = /(?<![\p{L}\p{N}])[a-z]{2}\d{2}(?:[ \-.]?[a-z0-9]){11,32}/giu;
/** Countries that issue IBANs (ISO 3166 codes): words like "lj12 …" that pass mod 97 by chance are not one. */
const IBAN_COUNTRIES = new Set(
  ('AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE GI GL GR GT HR HU IE IL IQ IS IT ' +
    'JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV ' +
    'TL TN TR UA VA VG XK YE').split(' '),
);

function findIbans(s: string, out: Span[]): void {
  for (const m of s.matchAll(IBAN_RE)) {
    const start = m.index ?? 0;
    const raw = m[0];
    if (!IBAN_COUNTRIES.has(raw.slice(0, 2).toUpperCase())) continue;
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
      if (/[\p{L}\p{N}]/u.test(s[end] ?? '')) continue;
      if (ibanValid(compact.slice(0, len))) {
        out.push({ from: start, to: end, kind: 'iban' });
        break;
      }
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

function findDates(s: string, out: Span[]): void {
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

function findAddresses(s: string, out: Span[]): void {
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

interface Group {
  digits: string;
  from: number;
  to: number;
  paren: boolean;
}

/** Split the text into runs of digit groups joined by short separators (space . - / ( )). */
function digitRuns(s: string): { plus: boolean; groups: Group[] }[] {
  const runs: { plus: boolean; groups: Group[] }[] = [];
  let i = 0;
  while (i < s.length) {
    if (!/\d/.test(s[i] ?? '')) {
      i++;
      continue;
    }
    const plus = s[i - 1] === '+' || (s[i - 1] === '(' && s[i - 2] === '+');
    const groups: Group[] = [];
    while (i < s.length) {
      const from = i;
      while (i < s.length && /\d/.test(s[i] ?? '')) i++;
      groups.push({ digits: s.slice(from, i), from, to: i, paren: s[from - 1] === '(' && s[i] === ')' });
      let j = i;
      while (j < s.length && j - i < 3 && /[\s.\-()]/.test(s[j] ?? '')) j++;
      if (j > i && /\d/.test(s[j] ?? '')) i = j;
      else break;
    }
    const first = groups[0];
    if (first && plus) first.from -= s[first.from - 1] === '+' ? 1 : 2;
    runs.push({ plus, groups });
  }
  return runs;
}

/** Kind of personal data formed by a window of digit groups, or null. */
function classifyDigits(groups: readonly Group[], international: boolean): PersonalDataKind | null {
  const digits = groups.map((g) => g.digits).join('');
  if (international || digits.startsWith('00')) {
    const intl = international ? digits : digits.slice(2);
    if (intl.startsWith('31')) {
      let rest = intl.slice(2);
      const trunk = groups.find((g) => g.paren && g.digits === '0');
      if (trunk && rest.startsWith('0')) rest = rest.slice(1);
      if (dutchNational('0' + rest) || dutchService('0' + rest)) return 'phone';
    } else if (international && intl.length >= 8 && intl.length <= 15 && !intl.startsWith('0')) return 'phone';
    if (international) return null;
  }
  if (digits.length === 10 && dutchNational(digits)) return 'phone';
  if (dutchService(digits)) return 'phone';
  if (digits.length === 9) return 'bsn';
  if (digits.length === 8 && elfproef('0' + digits)) return 'bsn';
  return null;
}

function findNumbers(s: string, out: Span[]): void {
  for (const run of digitRuns(s)) {
    const g = run.groups;
    let a = 0;
    while (a < g.length) {
      let found = false;
      let total = 0;
      let last = a;
      while (last < g.length && total + (g[last]?.digits.length ?? 0) <= 17) total += g[last++]?.digits.length ?? 0;
      for (let b = last - 1; b >= a; b--) {
        const window = g.slice(a, b + 1);
        const kind = classifyDigits(window, run.plus && a === 0);
        if (kind) {
          const from = g[a]?.from ?? 0;
          const to = g[b]?.to ?? 0;
          // "(010) 123 45 67": take the opening parenthesis along
          out.push({ from: s[from - 1] === '(' && s.indexOf(')', from) < to ? from - 1 : from, to, kind });
          a = b + 1;
          found = true;
          break;
        }
      }
      if (!found) a++;
    }
  }
}

/**
 * Find all personal data in a text.
 *
 * @param text - any string
 * @returns non-overlapping spans, in text order
 */
export function findPersonalData(text: string): Span[] {
  const s = asciiDigits(text);
  const found: Span[] = [];
  findEmails(s, found);
  findIbans(s, found);
  findAddresses(s, found);
  findDates(s, found);
  findNumbers(s, found);
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
 */
export function redact(text: string): Redaction {
  const src = typeof text === 'string' ? text.slice(0, DEFAULTS.limits.redactChars) : '';
  const spans = findPersonalData(src);
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
