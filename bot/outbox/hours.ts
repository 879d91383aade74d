/**
 * Office hours of an intake, in Dutch time: whether someone reads the mailbox now, and if not,
 * when they next do.
 * @packageDocumentation
 */

/** Office hours: ISO weekdays (1 = Monday … 7 = Sunday) and `HH:MM` from and to. */
export interface Hours {
  readonly days: readonly number[];
  readonly from: string;
  readonly to: string;
}

const ZONE = 'Europe/Amsterdam';

/** Weekday (1–7) and minutes since midnight of a moment in Dutch time. */
function local(at: Date): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When the intake next opens, or undefined when it is open now (or has no usable hours).
 * @returns the moment it opens (within the next 8 days)
 */
export function nextOpening(hours: Hours, at: Date): Date | undefined {
  const from = minutesOf(hours.from);
  const to = minutesOf(hours.to);
  if (hours.days.length === 0 || !(from < to)) return undefined;
  const now = local(at);
  if (hours.days.includes(now.day) && now.minutes >= from && now.minutes < to) return undefined;
  for (let d = 0; d <= 7; d++) {
    const day = ((now.day - 1 + d) % 7) + 1;
    if (!hours.days.includes(day)) continue;
    if (d === 0 && now.minutes >= from) continue;
    // Whole minutes from now to the opening on that day (a DST change shifts it by an hour at most).
    const ms = ((d * 24 * 60) + from - now.minutes) * 60_000;
    return new Date(at.getTime() + ms - (at.getTime() % 60_000));
  }
  return undefined;
}

/** "maandag 09:00" in the resident's language. */
export function formatOpening(at: Date, lang: string): { day: string; time: string } {
  const base = lang === 'nl-x-simple' ? 'nl' : lang;
  const day = new Intl.DateTimeFormat(base, { timeZone: ZONE, weekday: 'long' }).format(at);
  const time = new Intl.DateTimeFormat(base, { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return { day, time };
}
