/**
 * Personal-data detectors for numbers: phone numbers of any country, and BSNs.
 *
 * @remarks
 * Two detectors, whose hits are merged by the caller (the longer hit wins, a phone number wins a
 * tie with a BSN):
 * 1. libphonenumber-js (`searchPhoneNumbersInText`, default country NL) finds numbers in any
 *    country's international form and Dutch ones in national form, and checks them against the
 *    numbering plan of their country. It stops after `DEFAULTS.personalData.phoneSearchHits`
 *    numbers and `phoneSearchTries` rejected candidates, so a text full of numbers costs bounded
 *    work.
 * 2. Our own scan over runs of digit groups (joined by spaces, dots, dashes, parentheses), tried
 *    longest window first: Dutch numbers by their number plan, `+`/`00` numbers of any country,
 *    foreign numbers in national form ("0532 123 45 67", Turkish) checked with libphonenumber
 *    for the countries in `DEFAULTS.personalData.phoneCountries`, then BSNs. Because the longest
 *    window is tried first, "0532 123 45 67" is one phone number, not a BSN plus "67". Library
 *    checks are limited per message (`phoneChecks`); once they are used up, a number that looks
 *    like a phone number (`+`/`00` and 8-15 digits, or 0 and 10-12 digits) counts as one
 *    unchecked: the guard fails closed.
 * Decisions kept from before: every 9-digit number is a BSN; an 8-digit number is a BSN when it
 * passes the elfproef with a leading 0 added.
 */

import { isValidPhoneNumber, searchPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { dutchNational, dutchService, elfproef } from '../checks.js';
import { DEFAULTS } from '../defaults.js';
import type { PersonalDataKind } from '../types.js';
import type { Span } from './span.js';

interface Group {
  digits: string;
  from: number;
  to: number;
  paren: boolean;
}

/** Library checks left for one message, and their answers so far. */
class PhoneChecks {
  private left: number = DEFAULTS.personalData.phoneChecks;
  private readonly seen = new Map<string, boolean>();

  /** Whether `digits` (with a leading `+`, or national) is a valid number; undefined when no checks are left. */
  valid(digits: string, countries: readonly string[]): boolean | undefined {
    const key = digits + '|' + countries.join(',');
    const known = this.seen.get(key);
    if (known !== undefined) return known;
    let ok = false;
    for (const c of countries) {
      if (this.left <= 0) return undefined;
      this.left--;
      if (digits.startsWith('+') ? isValidPhoneNumber(digits) : isValidPhoneNumber(digits, c as CountryCode)) {
        ok = true;
        break;
      }
    }
    this.seen.set(key, ok);
    return ok;
  }
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

/**
 * A number after `+` or `00` (country code first). Strict: valid in its country's numbering plan
 * (libphonenumber; unchecked once the checks are used up). Not strict: any 8-15 digits.
 */
function international(intl: string, groups: readonly Group[], checks: PhoneChecks, strict: boolean): boolean {
  if (intl.startsWith('0') || intl.length < 8 || intl.length > 15) return false;
  if (intl.startsWith('31')) {
    let rest = intl.slice(2);
    const trunk = groups.find((g) => g.paren && g.digits === '0');
    if (trunk && rest.startsWith('0')) rest = rest.slice(1);
    if (dutchNational('0' + rest) || dutchService('0' + rest)) return true;
  }
  return !strict || (checks.valid('+' + intl, ['']) ?? true);
}

/** Kind of personal data formed by a window of digit groups, or null. */
function classifyDigits(groups: readonly Group[], plus: boolean, checks: PhoneChecks, strict: boolean): PersonalDataKind | null {
  const digits = groups.map((g) => g.digits).join('');
  if (plus) return international(digits, groups, checks, strict) ? 'phone' : null;
  if (digits.startsWith('00')) {
    if (international(digits.slice(2), groups, checks, strict)) return 'phone';
  } else if (digits.startsWith('0')) {
    if (digits.length === 10 && dutchNational(digits)) return 'phone';
    if (dutchService(digits)) return 'phone';
    if (digits.length >= 10 && digits.length <= 12 && (checks.valid(digits, DEFAULTS.personalData.phoneCountries) ?? true)) return 'phone';
  }
  if (!strict) return null;
  if (digits.length === 9) return 'bsn';
  if (digits.length === 8 && elfproef('0' + digits)) return 'bsn';
  return null;
}

/**
 * Phone numbers and BSNs found by scanning runs of digit groups (see the module remarks). From
 * each group, windows of at most 17 digits are tried longest first: first strictly (numbering
 * plans, BSN), then, for numbers with a country code, any 8-15 digits.
 */
function scanDigitRuns(s: string, out: Span[], checks: PhoneChecks): void {
  for (const run of digitRuns(s)) {
    const g = run.groups;
    let a = 0;
    while (a < g.length) {
      let total = 0;
      let last = a;
      while (last < g.length && total + (g[last]?.digits.length ?? 0) <= 17) total += g[last++]?.digits.length ?? 0;
      const plus = run.plus && a === 0;
      const hit = longestWindow(g, a, last, (w) => classifyDigits(w, plus, checks, true)) ??
        longestWindow(g, a, last, (w) => classifyDigits(w, plus, checks, false));
      if (!hit) {
        a++;
        continue;
      }
      const from = g[a]?.from ?? 0;
      const to = g[hit.b]?.to ?? 0;
      // "(010) 123 45 67": take the opening parenthesis along
      out.push({ from: s[from - 1] === '(' && s.indexOf(')', from) < to ? from - 1 : from, to, kind: hit.kind });
      a = hit.b + 1;
    }
  }
}

/** The longest window g[a..b] (b < last) that `classify` accepts. */
function longestWindow(
  g: readonly Group[],
  a: number,
  last: number,
  classify: (w: readonly Group[]) => PersonalDataKind | null,
): { b: number; kind: PersonalDataKind } | undefined {
  for (let b = last - 1; b >= a; b--) {
    const kind = classify(g.slice(a, b + 1));
    if (kind) return { b, kind };
  }
  return undefined;
}

/** Phone numbers found by libphonenumber-js, a bounded number of them. */
function searchWithLibrary(s: string, out: Span[]): void {
  const cfg = DEFAULTS.personalData;
  let hits = 0;
  const found = searchPhoneNumbersInText(s, { defaultCountry: 'NL', v2: true, maxTries: cfg.phoneSearchTries } as Parameters<
    typeof searchPhoneNumbersInText
  >[1]);
  for (const m of found as Iterable<{ startsAt: number; endsAt: number }>) {
    // every number found counts, also one skipped below: the library's maxTries counts only
    // rejected candidates
    if (++hits > cfg.phoneSearchHits) break;
    // a number without + or trunk 0 ("300000005") is no phone number as residents write one, and
    // every nine-digit number without a country code is a BSN (decided in scanDigitRuns)
    const raw = s.slice(m.startsAt, m.endsAt);
    if (!/^\(?[+0]/.test(raw) || (!/^\(?(?:\+|00)/.test(raw) && raw.replace(/\D/g, '').length === 9)) continue;
    out.push({ from: m.startsAt, to: m.endsAt, kind: 'phone' });
  }
}

/**
 * Find phone numbers (any country) and BSNs.
 *
 * @param s - the text, with other scripts' digits already made ASCII (same length)
 * @param out - hits are pushed here
 */
export function findNumbers(s: string, out: Span[]): void {
  if (!/\d/.test(s)) return;
  searchWithLibrary(s, out);
  scanDigitRuns(s, out, new PhoneChecks());
}
