/**
 * Collects counters in memory and adds them to the day's totals in the store every few seconds
 * (and at shutdown). Only counts are kept; a lost batch (a crash between flushes) loses a few
 * counts, never anything about a person.
 * @packageDocumentation
 */
import { update, type Store } from '../store/types.js';
import type { Counts } from './count.js';

/** What the store keeps per day. */
export type DayCounts = Record<string, number>;

/** Statistics are kept for a year, then expire. */
const KEEP_MS = 366 * 24 * 3600 * 1000;

/** The store key of a day's counters (`stats/2026-11-22`). */
export const dayKey = (day: string) => `stats/${day}`;

/** Accumulates and flushes counters. */
export class StatsCollector {
  private pending = new Map<string, Counts>();
  private timer: NodeJS.Timeout | undefined;
  private observers: ((counts: Counts) => void)[] = [];

  constructor(
    private readonly store: Store,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
    flushMs = 5000,
  ) {
    if (flushMs > 0) {
      this.timer = setInterval(() => void this.flush().catch(() => undefined), flushMs);
      this.timer.unref();
    }
  }

  /** Also hands the counts of every turn to `fn` (the live `/metrics` counters). */
  observe(fn: (counts: Counts) => void): void {
    this.observers = [...this.observers, fn];
  }

  /** Adds the counts of one turn to today's pending counts. */
  record(counts: Counts): void {
    for (const fn of this.observers) fn(counts);
    const day = this.today();
    const mine = this.pending.get(day) ?? new Map<string, number>();
    for (const [k, v] of counts) mine.set(k, (mine.get(k) ?? 0) + v);
    this.pending.set(day, mine);
  }

  /** Adds the pending counts to the store (safe with several instances: compare-and-set). */
  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    for (const [day, counts] of batch) {
      try {
        await update<DayCounts, void>(this.store, dayKey(day), KEEP_MS, (current) => {
          const next: DayCounts = { ...(current ?? {}) };
          for (const [k, v] of counts) next[k] = (next[k] ?? 0) + v;
          return { value: next, result: undefined };
        });
      } catch {
        // store away: keep the counts for the next flush
        const again = this.pending.get(day) ?? new Map<string, number>();
        for (const [k, v] of counts) again.set(k, (again.get(k) ?? 0) + v);
        this.pending.set(day, again);
      }
    }
  }

  /** Flushes and stops the timer. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}

/** Reads the counters of a range of days from the store. */
export async function readDays(store: Store, days: readonly string[]): Promise<Map<string, DayCounts>> {
  const out = new Map<string, DayCounts>();
  for (const day of days) {
    const v = await store.get<DayCounts>(dayKey(day));
    if (v) out.set(day, v.value);
  }
  return out;
}
