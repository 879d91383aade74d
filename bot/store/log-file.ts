/**
 * The file operations under the file store: an append-only log that only ever holds whole
 * batches (a short or failed write is cut off again), and private files replaced atomically.
 * Every file is created 0600; an existing one with a looser mode is tightened.
 * @packageDocumentation
 */
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Mode of every file the store writes. */
export const FILE_MODE = 0o600;
/** Mode of the store's folder. */
export const DIR_MODE = 0o700;

/** Writes all of `buf` at the end of an append-mode file, looping over short writes. */
async function writeAll(h: FileHandle, buf: Buffer): Promise<void> {
  for (let off = 0; off < buf.length; ) {
    const { bytesWritten } = await h.write(buf, off, buf.length - off);
    if (bytesWritten <= 0) throw Object.assign(new Error('write wrote nothing'), { code: 'EIO' });
    off += bytesWritten;
  }
}

/** An append-only file whose length is known and which is cut back to whole batches on failure. */
export class LogFile {
  /** Set after a failed write that could not be cut back: no append until that succeeds. */
  private torn = false;

  private constructor(
    private readonly h: FileHandle,
    /** Length of the file up to the last complete batch. */
    private good: number,
  ) {}

  /** Opens (or creates, 0600) `file` for appending, tightening a looser mode. */
  static async open(file: string, flags: 'a' | 'ax' = 'a'): Promise<LogFile> {
    const h = await open(file, flags, FILE_MODE);
    try {
      await h.chmod(FILE_MODE);
      return new LogFile(h, (await h.stat()).size);
    } catch (e) {
      await h.close();
      throw e;
    }
  }

  /** Bytes in the file. */
  get size(): number {
    return this.good;
  }

  /**
   * Appends `buf` whole (and flushes it to the disk with `sync`), or throws; after a failure the
   * file is truncated back to where it was, so it stays a sequence of whole lines.
   */
  async append(buf: Buffer, sync: boolean): Promise<void> {
    if (this.torn) {
      await this.h.truncate(this.good);
      this.torn = false;
    }
    try {
      await writeAll(this.h, buf);
      if (sync) await this.h.sync();
      this.good += buf.length;
    } catch (e) {
      try {
        await this.h.truncate(this.good);
      } catch {
        this.torn = true; // cut back before the next append
      }
      throw e;
    }
  }

  /** Closes the file. */
  async close(): Promise<void> {
    await this.h.close();
  }
}

/**
 * Replaces `file` with `text` and returns it opened for appending: written to `file.tmp`
 * (0600), flushed to the disk, renamed over `file`. The handle was opened on the tmp file, so
 * no window exists in which the old, renamed-over log could still be written to. On failure
 * the tmp file is removed and `file` is untouched.
 */
export async function replaceLog(file: string, text: string): Promise<LogFile> {
  const tmp = `${file}.tmp`;
  await rm(tmp, { force: true }); // a leftover could have a looser mode
  const log = await LogFile.open(tmp, 'ax');
  try {
    await log.append(Buffer.from(text), true);
    await rename(tmp, file);
  } catch (e) {
    await log.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  syncDirSync(dirname(file));
  return log;
}

/** Replaces `file` with `text` like {@link replaceLog}, synchronously and without opening it (at start-up). */
export function replaceLogSync(file: string, text: string): void {
  const tmp = `${file}.tmp`;
  rmSync(tmp, { force: true });
  const fd = openSync(tmp, 'wx', FILE_MODE);
  try {
    try {
      fchmodSync(fd, FILE_MODE);
      const buf = Buffer.from(text);
      for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    syncDirSync(dirname(file));
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // keep the first error
    }
    throw e;
  }
}

/** Flushes a folder's entries (a rename) to the disk; best effort (not every platform allows it). */
function syncDirSync(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // e.g. Windows: folders cannot be opened
  }
}
