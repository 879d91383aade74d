/** A versioned store in memory, for tests and the load benchmark's baseline. */
import { VersionConflict, type Store, type Versioned } from './types.js';

/** Keeps everything in a Map; nothing survives a restart. */
export class MemoryStore implements Store {
  private readonly docs = new Map<string, { version: number; expiresAt: number; json: string }>();

  constructor(private readonly now: () => number = Date.now) {}

  async get<T>(key: string): Promise<Versioned<T> | undefined> {
    const d = this.docs.get(key);
    if (!d || d.expiresAt <= this.now()) return undefined;
    return { value: JSON.parse(d.json) as T, version: String(d.version) };
  }

  async put<T>(key: string, value: T, expected: string | null, ttlMs: number): Promise<string> {
    const d = this.docs.get(key);
    const live = d && d.expiresAt > this.now() ? d : undefined;
    if ((live ? String(live.version) : null) !== expected) throw new VersionConflict(key);
    const version = (live?.version ?? 0) + 1;
    this.docs.set(key, { version, expiresAt: this.now() + ttlMs, json: JSON.stringify(value) });
    return String(version);
  }

  async delete(key: string): Promise<void> {
    this.docs.delete(key);
  }

  async sweep(): Promise<number> {
    let n = 0;
    for (const [k, d] of this.docs) if (d.expiresAt <= this.now() && this.docs.delete(k)) n++;
    return n;
  }

  async close(): Promise<void> {}
}
