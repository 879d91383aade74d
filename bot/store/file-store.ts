/**
 * The embedded default store: an append-only log file with a memory index. Every write of the
 * same tick goes to the disk in one `write` (group commit) before any reply leaves, so a
 * `kill -9` loses nothing that was answered; a torn last line is skipped when the log is read
 * back. With `fsync` on, every batch is also flushed to the disk (survives a power loss).
 * The log is compacted when it holds much more than the live data. For one process only;
 * several instances need the Redis store.
 *
 * Values are shared, not copied: callers treat what they put and get as immutable (the engine
 * and the Direct Line code build new objects for every change).
 * @packageDocumentation
 */
import { mkdirSync, readFileSync, existsSync, renameSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { VersionConflict, type Store, type Versioned } from './types.js';

interface Doc {
  readonly version: number;
  readonly expiresAt: number;
  readonly value: unknown;
  /** Bytes of this entry in the log. */
  readonly size: number;
}

type Line = { k: string; v: number; e: number; d: unknown } | { k: string; x: 1 };

/** The log is rewritten with only the live entries once it is this big and mostly history. */
const COMPACT_MIN_BYTES = 32 * 1024 * 1024;
const COMPACT_FACTOR = 4;

/** A versioned store in one log file. */
export class FileStore implements Store {
  private readonly docs = new Map<string, Doc>();
  private readonly file: string;
  private handle: Promise<FileHandle>;
  private pending: { line: string; done: (e?: Error) => void }[] = [];
  private flushing: Promise<void> | undefined;
  private logBytes = 0;
  private liveBytes = 0;

  /**
   * @param dir - the folder (created when missing)
   * @param fsync - flush every batch to the disk
   */
  constructor(
    dir: string,
    private readonly now: () => number = Date.now,
    private readonly fsync = false,
  ) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, 'store.log');
    this.replay();
    this.rewrite();
    this.handle = open(this.file, 'a');
  }

  /** Reads the log back; later lines win; a line that does not parse (a torn write) is skipped. */
  private replay(): void {
    if (!existsSync(this.file)) return;
    const t = this.now();
    for (const text of readFileSync(this.file, 'utf8').split('\n')) {
      if (!text) continue;
      try {
        const l = JSON.parse(text) as Line;
        if ('x' in l) this.docs.delete(l.k);
        else if (l.e > t) this.docs.set(l.k, { version: l.v, expiresAt: l.e, value: l.d, size: text.length + 1 });
        else this.docs.delete(l.k);
      } catch {
        // torn or foreign line
      }
    }
  }

  /** Writes only the live entries to a fresh log (synchronously; at start and when compacting). */
  private rewrite(): void {
    const lines: string[] = [];
    let bytes = 0;
    for (const [k, d] of this.docs) {
      const line = JSON.stringify({ k, v: d.version, e: d.expiresAt, d: d.value });
      lines.push(line);
      bytes += line.length + 1;
      this.docs.set(k, { ...d, size: line.length + 1 });
    }
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, lines.length > 0 ? `${lines.join('\n')}\n` : '');
    renameSync(tmp, this.file);
    this.logBytes = bytes;
    this.liveBytes = bytes;
  }

  private write(line: string): Promise<void> {
    return new Promise((done, fail) => {
      this.pending.push({ line, done: (e) => (e ? fail(e) : done()) });
      if (!this.flushing) this.flushing = new Promise<void>((r) => setImmediate(r)).then(() => this.flush());
    });
  }

  /** Writes every pending line in one go, then answers all their writers. */
  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      const text = `${batch.map((b) => b.line).join('\n')}\n`;
      try {
        const h = await this.handle;
        await h.write(text);
        if (this.fsync) await h.sync();
        this.logBytes += Buffer.byteLength(text);
        for (const b of batch) b.done();
      } catch (e) {
        for (const b of batch) b.done(e as Error);
      }
      if (this.logBytes > COMPACT_MIN_BYTES && this.logBytes > COMPACT_FACTOR * this.liveBytes) await this.rotate();
    }
    this.flushing = undefined;
  }

  /** Compaction from inside the flush loop: nothing else writes meanwhile. */
  private async rotate(): Promise<void> {
    await (await this.handle).close();
    this.rewrite();
    this.handle = open(this.file, 'a');
  }

  async get<T>(key: string): Promise<Versioned<T> | undefined> {
    const d = this.docs.get(key);
    if (!d) return undefined;
    if (d.expiresAt <= this.now()) return undefined;
    return { value: d.value as T, version: String(d.version) };
  }

  async put<T>(key: string, value: T, expected: string | null, ttlMs: number): Promise<string> {
    const current = this.docs.get(key);
    const live = current && current.expiresAt > this.now() ? current : undefined;
    if ((live ? String(live.version) : null) !== expected) throw new VersionConflict(key);
    const version = (live?.version ?? 0) + 1;
    const expiresAt = this.now() + ttlMs;
    const line = JSON.stringify({ k: key, v: version, e: expiresAt, d: value });
    const doc: Doc = { version, expiresAt, value, size: line.length + 1 };
    this.docs.set(key, doc);
    this.liveBytes += doc.size - (current?.size ?? 0);
    try {
      await this.write(line);
    } catch (e) {
      if (this.docs.get(key) === doc) {
        if (current) this.docs.set(key, current);
        else this.docs.delete(key);
      }
      throw e;
    }
    return String(version);
  }

  async delete(key: string): Promise<void> {
    const d = this.docs.get(key);
    if (!d) return;
    this.docs.delete(key);
    this.liveBytes -= d.size;
    await this.write(JSON.stringify({ k: key, x: 1 }));
  }

  /** Drops expired entries; compacts the log when it is mostly history. */
  async sweep(): Promise<number> {
    const t = this.now();
    let removed = 0;
    for (const [k, d] of this.docs) {
      if (d.expiresAt <= t) {
        this.docs.delete(k);
        this.liveBytes -= d.size;
        removed++;
      }
    }
    if (this.logBytes > COMPACT_MIN_BYTES && this.logBytes > COMPACT_FACTOR * this.liveBytes) await this.compact();
    return removed;
  }

  /** Rewrites the log with only the live entries. */
  async compact(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.rotate();
  }

  /** Number of live entries and bytes (for the benchmark and tests). */
  stats(): { entries: number; liveBytes: number; logBytes: number } {
    return { entries: this.docs.size, liveBytes: this.liveBytes, logBytes: this.logBytes };
  }

  /** Every live key with its value (for the benchmark's size figures). */
  *entries(): IterableIterator<[string, unknown]> {
    for (const [k, d] of this.docs) if (d.expiresAt > this.now()) yield [k, d.value];
  }

  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    await (await this.handle).close();
  }
}
