/**
 * The embedded default store: an append-only log file with a memory index. The writes of one
 * tick go to the disk in one batch (group commit) before any reply leaves; a write counts only
 * once all its bytes are in the file (a short or failed write is cut off and its writers get the
 * error), so a `kill -9` loses nothing that was answered. With `fsync`, every batch is also
 * flushed to the disk (survives a power loss). One process per folder ({@link DirLock}: a second
 * gets {@link DataDirInUse}); the folder is private (0700, files 0600). The log is rewritten with
 * only the live entries at start, on a {@link FileStore.sweep} after expiry or deletes (so their
 * text leaves the disk within the sweep interval), and when it is mostly history.
 *
 * Values are shared, not copied: callers treat what they put and get as immutable.
 * @packageDocumentation
 */
import { chmodSync, existsSync, mkdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { DataDirInUse, DirLock } from './dir-lock.js';
import { DIR_MODE, LogFile, replaceLog, replaceLogSync } from './log-file.js';
import { StoreUnavailable, VersionConflict, type Store, type Versioned } from './types.js';
import { bytes, lineOf, replayLog, snapshotOf, type Doc } from './log-lines.js';

export { DataDirInUse };

/** A line waiting for the disk, with how to take its change back out of memory. */
type Pending = { readonly line: string; readonly undo: () => void; readonly done: (e?: Error) => void };

/** Options of a {@link FileStore}. */
export interface FileStoreOptions {
  /** The clock (tests move it). */
  readonly now?: () => number;
  /** Flush every batch to the disk (survives a power loss, not only a process crash). */
  readonly fsync?: boolean;
  /** Told about failures nobody awaits, e.g. a compaction that failed (it is tried again later). */
  readonly onError?: (event: string, error: Error) => void;
  /** Read without the lock, without rewriting and without writing (reports beside a running server). */
  readonly readOnly?: boolean;
}

/** The log is rewritten with only the live entries once it is this big and mostly history. */
const COMPACT_MIN_BYTES = 32 * 1024 * 1024;
const COMPACT_FACTOR = 4;
/** After a failed automatic compaction, the next is tried this much later (a sweep tries anyway). */
const COMPACT_RETRY_MS = 60_000;

/** A versioned store in one log file. */
export class FileStore implements Store {
  private readonly docs = new Map<string, Doc>();
  private readonly file: string;
  private readonly now: () => number;
  private readonly fsync: boolean;
  private readonly onError: (event: string, error: Error) => void;
  private readonly lock: DirLock | undefined;
  private log: Promise<LogFile>;
  private pending: Pending[] = [];
  private compactions: ((e?: Error) => void)[] = [];
  private flushing: Promise<void> | undefined;
  private logBytes = 0;
  private liveBytes = 0;
  /** The log holds lines of entries that were deleted or expired. */
  private garbage = false;
  private retryCompactAt = 0;

  /**
   * Opens the store in `dir` (created 0700 when missing) and takes its lock.
   * @param dir - the folder
   * @param options - options, or (older form) the clock, with `fsync` as third argument
   * @throws DataDirInUse when another live process has the folder open
   */
  constructor(dir: string, options: FileStoreOptions | (() => number) = {}, fsync = false) {
    const o: FileStoreOptions = typeof options === 'function' ? { now: options, fsync } : options;
    this.now = o.now ?? Date.now;
    this.fsync = o.fsync ?? false;
    this.onError = o.onError ?? (() => undefined);
    this.file = join(dir, 'store.log');
    if (o.readOnly) {
      this.replay();
      this.log = Promise.reject(new Error('FileStore opened read-only'));
      this.log.catch(() => undefined);
      return;
    }
    mkdirSync(dir, { recursive: true, mode: DIR_MODE });
    chmodSync(dir, DIR_MODE);
    this.lock = new DirLock(dir);
    try {
      const goodBytes = this.replay();
      try {
        this.rewrite();
      } catch (e) {
        // keep the old log, cut to whole lines, so appends do not glue onto a torn one
        this.onError('store_rewrite_failed', e as Error);
        if (existsSync(this.file)) truncateSync(this.file, goodBytes);
        this.logBytes = goodBytes;
        this.liveBytes = [...this.docs.values()].reduce((n, d) => n + d.size, 0);
        this.garbage = true; // the next sweep tries again
      }
    } catch (e) {
      this.lock.release();
      throw e;
    }
    this.log = LogFile.open(this.file);
    this.log.catch(() => undefined); // reported to the first writer
  }

  /** Reads the log back into memory (see {@link replayLog}); returns the length up to the last whole line. */
  private replay(): number {
    return replayLog(this.file, this.docs, this.now());
  }

  /** The live entries as log text, with their size. */
  private snapshot(): { text: string; size: number } {
    return snapshotOf(this.docs, this.now());
  }

  /** Writes only the live entries to a fresh log, synchronously (at start). */
  private rewrite(): void {
    const { text, size } = this.snapshot();
    replaceLogSync(this.file, text);
    this.logBytes = this.liveBytes = size;
  }

  private write(line: string, undo: () => void): Promise<void> {
    return new Promise((done, fail) => {
      this.pending.push({ line, undo, done: (e) => (e ? fail(e) : done()) });
      this.kick();
    });
  }

  private kick(): void {
    this.flushing ??= new Promise<void>((r) => setImmediate(r)).then(() => this.flush());
  }

  /** Writes every pending line in one go, then answers all their writers; compacts in between. Never rejects. */
  private async flush(): Promise<void> {
    while (this.pending.length > 0 || this.compactions.length > 0) {
      if (this.pending.length > 0) {
        await this.writeBatch();
        continue;
      }
      const waiting = this.compactions;
      this.compactions = [];
      const error = await this.rotate().then(
        () => undefined,
        (e: Error) => e,
      );
      for (const w of waiting) w(error);
    }
    this.flushing = undefined;
  }

  private async writeBatch(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const buf = Buffer.from(`${batch.map((b) => b.line).join('\n')}\n`);
    try {
      await (await this.log).append(buf, this.fsync);
      this.logBytes += buf.length;
      for (const b of batch) b.done();
    } catch (e) {
      // what was queued meanwhile may build on this batch: it fails too; memory goes back to the disk
      const failed = [...batch, ...this.pending];
      this.pending = [];
      for (const b of [...failed].reverse()) b.undo();
      const code = (e as NodeJS.ErrnoException).code;
      const error = Object.assign(new StoreUnavailable(`store write failed (${code ?? (e as Error).message})`), { code, cause: e });
      for (const b of failed) b.done(error);
      return;
    }
    if (this.compactions.length === 0 && this.overgrown() && this.now() >= this.retryCompactAt) {
      await this.rotate().catch((e: Error) => {
        this.retryCompactAt = this.now() + COMPACT_RETRY_MS;
        this.onError('store_compact_failed', e);
      });
    }
  }

  private overgrown(): boolean {
    return this.logBytes > COMPACT_MIN_BYTES && this.logBytes > COMPACT_FACTOR * this.liveBytes;
  }

  /** Compaction from inside the flush loop (nothing else writes meanwhile); the event loop stays free. */
  private async rotate(): Promise<void> {
    if (!this.lock) throw new Error('FileStore opened read-only');
    const { text, size } = this.snapshot();
    const hadGarbage = this.garbage;
    this.garbage = false;
    let next: LogFile;
    try {
      next = await replaceLog(this.file, text);
    } catch (e) {
      this.garbage ||= hadGarbage;
      throw e;
    }
    const old = this.log;
    this.log = Promise.resolve(next);
    await (await old.catch(() => undefined))?.close().catch(() => undefined);
    this.logBytes = size;
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
    const line = lineOf(key, { version, expiresAt, value });
    const doc: Doc = { version, expiresAt, value, size: bytes(line) };
    this.docs.set(key, doc);
    this.liveBytes += doc.size - (current?.size ?? 0);
    await this.write(line, () => {
      if (this.docs.get(key) !== doc) return;
      if (current) this.docs.set(key, current);
      else this.docs.delete(key);
      this.liveBytes -= doc.size - (current?.size ?? 0);
    });
    return String(version);
  }

  async delete(key: string): Promise<void> {
    const d = this.docs.get(key);
    if (!d) return;
    this.docs.delete(key);
    this.liveBytes -= d.size;
    this.garbage = true;
    await this.write(JSON.stringify({ k: key, x: 1 }), () => {
      if (this.docs.has(key)) return;
      this.docs.set(key, d);
      this.liveBytes += d.size;
    });
  }

  /**
   * Drops expired entries. When the log holds lines of expired or deleted entries, it is
   * rewritten, so their text leaves the disk now and not only at the next restart. A failed
   * rewrite is reported to `onError` and tried again at the next sweep; it does not reject.
   */
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
    if (removed > 0) this.garbage = true;
    if (this.lock && (this.garbage || this.overgrown())) await this.compact().catch((e: Error) => this.onError('store_compact_failed', e));
    return removed;
  }

  /** Rewrites the log with only the live entries (after the writes queued before it). */
  compact(): Promise<void> {
    return new Promise((done, fail) => {
      this.compactions.push((e) => (e ? fail(e) : done()));
      this.kick();
    });
  }

  /** Number of live entries and bytes (for the benchmark and tests). */
  stats(): { entries: number; liveBytes: number; logBytes: number } {
    return { entries: this.docs.size, liveBytes: this.liveBytes, logBytes: this.logBytes };
  }

  /** Every live key with its value (for the benchmark's size figures). */
  *entries(): IterableIterator<[string, unknown]> {
    for (const [k, d] of this.docs) if (d.expiresAt > this.now()) yield [k, d.value];
  }

  /** Finishes the queued writes, closes the log and gives the folder's lock up. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    try {
      await (await this.log.catch(() => undefined))?.close();
    } finally {
      this.lock?.release();
    }
  }
}
