/**
 * Time words at a question of how long: a year gone by ("sinds 2019"), a span ("drie weken",
 * "een maand of 3") and a named moment of the year ("sinds de herfstvakantie", "sinds januari").
 * Pure: the day it is today is given.
 * @packageDocumentation
 */
import { clauseTexts } from './clauses.js';
import { DEFAULTS } from './defaults.js';
import { hasPhrase, readText, type Lexicon, type Reading } from './interpret.js';

/** Years a resident may date something by; earlier numbers are something else. */
const FIRST_YEAR = 1950;

/** The words of each clause of the text ({@link clauseTexts}), read as {@link readText} reads them. */
function clausesOf(r: Reading): (readonly string[])[] {
  return clauseTexts(r.text).map((part) => readText(part).words);
}

/**
 * Whether the text dates something by a year gone by: a year before `thisYear` after a word of
 * `since` in the same clause, at most `DEFAULTS.span.sinceReach` words before it ("sinds 2019", "al vanaf
 * 2020", "sinds mijn scheiding in 2019"), or right before a word of `sinceAfter` ("2019dan
 * beri"). A year alone ("2000 euro", "in 2019 ben ik verhuisd") does not count.
 */
export function pastYear(r: Reading, lex: Pick<Lexicon, 'since' | 'sinceAfter'>, thisYear: number): boolean {
  return clausesOf(r).some((words) =>
    words.some((w, i) => {
      const m = /^((?:19|20)\d\d)(?!\d)/.exec(w);
      const y = m ? Number(m[1]) : 0;
      if (y < FIRST_YEAR || y >= thisYear) return false;
      const before = words.slice(Math.max(0, i - DEFAULTS.span.sinceReach), i).join(' ');
      const after = words.slice(i + 1, i + 3).join(' ');
      return (lex.since ?? []).some((c) => hasPhrase(before, c)) || (lex.sinceAfter ?? []).some((c) => hasPhrase(after, c));
    }),
  );
}


/**
 * The longest span of time the text names, in days: a unit of `durations` with the number before
 * it ("3 weken", "drie weken", "een maand" = 30), or after a word of `roughly` ("een maand of 3"); a unit without a
 * number ("al weken", "de hele dag") is no span. A span that is an age ("mijn baby van 4 maanden", "2 jaar oud": `ageBefore`,
 * `ageAfter`) does not count. Undefined when the text names none.
 */
export function spanDays(r: Reading, lex: Pick<Lexicon, 'durations' | 'counts' | 'ageBefore' | 'ageAfter' | 'roughly'>): number | undefined {
  const units = lex.durations;
  if (!units || units.size === 0) return undefined;
  const count = (w: string | undefined): number | undefined => (w === undefined ? undefined : /^\d{1,3}$/.test(w) ? Number(w) : lex.counts?.get(w));
  let best: number | undefined;
  r.words.forEach((w, i) => {
    const unit = units.get(w);
    if (unit === undefined) return;
    const before = count(r.words[i - 1]);
    // a unit without a number says no span ("al weken", "de hele dag", "volgende maand")
    const n = before ?? ((lex.roughly ?? []).includes(r.words[i + 1] ?? '') ? count(r.words[i + 2]) : undefined);
    if (n === undefined) return;
    const ageAt = before === undefined ? i - 1 : i - 2;
    if ((lex.ageBefore ?? []).includes(r.words[ageAt] ?? '') || (lex.ageAfter ?? []).includes(r.words[i + 1] ?? '')) return;
    best = Math.max(best ?? 0, n * unit);
  });
  return best;
}

/** The day of the year (1–366) of a date, in UTC. */
function dayOfYear(d: Date): number {
  return Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

/**
 * How many days ago a named moment of the year was, that the text dates something by: a word of
 * `moments` ("januari 1", "herfstvakantie 290": its day of the year) with a word of `since` in
 * the same clause, at most `DEFAULTS.span.sinceReach` words before it ("sinds de zomer", "al vanaf
 * januari", "sinds hij begin november zijn baan kwijt is"), of `sinceAfter` at most two
 * words after it (Turkish "ocak ayından beri"), or of `momentCue` on either side (Dutch "na de
 * zomervakantie", Polish "od stycznia", Turkish "ocaktan itibaren"). The moment is the last one before
 * `today` ("sinds januari" typed in December is eleven months; "sinds december" is days). A month
 * alone ("in januari moet ik verhuizen") is no answer to how long. Undefined when the text names none.
 */
export function momentDays(r: Reading, lex: Pick<Lexicon, 'moments' | 'since' | 'sinceAfter' | 'momentCue'>, today: Date): number | undefined {
  const moments = lex.moments;
  if (!moments || moments.size === 0) return undefined;
  const now = dayOfYear(today);
  let best: number | undefined;
  const cue = lex.momentCue ?? [];
  // in its own clause: "sinds hij begin november zijn baan kwijt is", "sinds mijn contract afliep in februari"
  for (const words of clausesOf(r)) {
    words.forEach((w, i) => {
      const at = moments.get(w);
      if (at === undefined) return;
      const near = words.slice(Math.max(0, i - 2), i).join(' ');
      const before = words.slice(Math.max(0, i - DEFAULTS.span.sinceReach), i).join(' ');
      const after = words.slice(i + 1, i + 3).join(' ');
      const cued = (lex.since ?? []).some((c) => hasPhrase(before, c)) || cue.some((c) => hasPhrase(near, c)) || [...(lex.sinceAfter ?? []), ...cue].some((c) => hasPhrase(after, c));
      if (!cued) return;
      best = Math.max(best ?? 0, (now - at + 365) % 365);
    });
  }
  return best;
}
