/**
 * The lines of the file store's log: one JSON object per line, `{k, v, e, d}` for a value (key,
 * version, expiry, data) and `{k, x: 1}` for a delete. Reading back, later lines win and a line
 * that does not parse (a torn write) is skipped.
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';

/** An entry; `size`: bytes of its line in the log (with the newline). */
export type Doc = { readonly version: number; readonly expiresAt: number; readonly value: unknown; readonly size: number };

type Line = { k: string; v: number; e: number; d: unknown } | { k: string; x: 1 };

/** The log line of an entry. */
export const lineOf = (k: string, d: Omit<Doc, 'size'>): string => JSON.stringify({ k, v: d.version, e: d.expiresAt, d: d.value });

/** Bytes a line takes in the log, with its newline. */
export const bytes = (line: string): number => Buffer.byteLength(line) + 1;

/**
 * Reads the log `file` into `docs` (entries expired at `now` are left out). Returns the length up
 * to the last whole line.
 */
export function replayLog(file: string, docs: Map<string, Doc>, now: number): number {
  if (!existsSync(file)) return 0;
  const raw = readFileSync(file);
  for (const text of raw.toString('utf8').split('\n')) {
    if (!text) continue;
    try {
      const l = JSON.parse(text) as Line;
      if ('x' in l) docs.delete(l.k);
      else if (l.e > now) docs.set(l.k, { version: l.v, expiresAt: l.e, value: l.d, size: bytes(text) });
      else docs.delete(l.k);
    } catch {
      // torn or foreign line
    }
  }
  return raw.lastIndexOf(0x0a) + 1;
}

/** The entries of `docs` still live at `now`, as log text, with its size. */
export function snapshotOf(docs: ReadonlyMap<string, Doc>, now: number): { text: string; size: number } {
  const lines: string[] = [];
  let size = 0;
  for (const [k, d] of docs) {
    if (d.expiresAt <= now) continue;
    const line = lineOf(k, d);
    lines.push(line);
    size += bytes(line);
  }
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', size };
}
