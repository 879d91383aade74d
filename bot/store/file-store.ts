/**
 * The embedded default store: one JSON file per key under a folder, written atomically
 * (temporary file, fsync, rename) so that a `kill -9` never leaves half a file, with a
 * write-through memory cache. For one process only; several instances need the Redis store.
 * @packageDocumentation
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { VersionConflict, type Store, type Versioned } from './types.js';

interface Doc {
  readonly key: string;
  readonly version: number;
  readonly expiresAt: number;
  readonly value: unknown;
}

/** A versioned store on disk. */
export class FileStore implements Store {
  private readonly cache = new Map<string, Doc | null>();

  /** @param dir - the folder (created when missing) */
  constructor(
    private readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  private file(key: string): string {
    return join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.json`);
  }

  private async load(key: string): Promise<Doc | null> {
    if (this.cache.has(key)) return this.cache.get(key)!;
    let doc: Doc | null = null;
    try {
      const parsed = JSON.parse(await readFile(this.file(key), 'utf8')) as Doc;
      doc = parsed.key === key ? parsed : null;
    } catch {
      doc = null; // absent or unreadable: treated as absent
    }
    this.cache.set(key, doc);
    return doc;
  }

  async get<T>(key: string): Promise<Versioned<T> | undefined> {
    const doc = await this.load(key);
    if (!doc) return undefined;
    if (doc.expiresAt <= this.now()) {
      await this.delete(key);
      return undefined;
    }
    return { value: doc.value as T, version: String(doc.version) };
  }

  async put<T>(key: string, value: T, expected: string | null, ttlMs: number): Promise<string> {
    const current = await this.load(key);
    const live = current && current.expiresAt > this.now() ? current : null;
    if ((live ? String(live.version) : null) !== expected) throw new VersionConflict(key);
    const doc: Doc = { key, version: (live?.version ?? 0) + 1, expiresAt: this.now() + ttlMs, value };
    const target = this.file(key);
    const tmp = `${target}.${randomUUID()}.tmp`;
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(JSON.stringify(doc));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
    this.cache.set(key, doc);
    return String(doc.version);
  }

  async delete(key: string): Promise<void> {
    this.cache.set(key, null);
    await unlink(this.file(key)).catch(() => undefined);
  }

  async sweep(): Promise<number> {
    let removed = 0;
    for (const name of await readdir(this.dir)) {
      const path = join(this.dir, name);
      try {
        if (name.endsWith('.tmp')) {
          await unlink(path);
          continue;
        }
        const doc = JSON.parse(await readFile(path, 'utf8')) as Doc;
        if (doc.expiresAt <= this.now()) {
          await unlink(path);
          this.cache.delete(doc.key);
          removed++;
        }
      } catch {
        // a file that vanished or is not ours: leave it
      }
    }
    return removed;
  }

  async close(): Promise<void> {
    this.cache.clear();
  }
}
