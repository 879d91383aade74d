/**
 * A key-value store with versions (optimistic concurrency) and expiry. The bot keeps conversation
 * state in it and the embedded Direct Line its conversations and activity history. Implementations:
 * `FileStore` (embedded default, one process) and, for scale-out, a Redis store.
 * @packageDocumentation
 */

/** A stored value with the version it was read at. */
export interface Versioned<T> {
  readonly value: T;
  readonly version: string;
}

/** Thrown by `put` when the version read is no longer current (someone else wrote first). */
export class VersionConflict extends Error {
  constructor(readonly key: string) {
    super(`version conflict on ${key}`);
    this.name = 'VersionConflict';
  }
}

/** Thrown when the store cannot be reached; the caller answers 503. */
export class StoreUnavailable extends Error {
  constructor(message = 'store unavailable') {
    super(message);
    this.name = 'StoreUnavailable';
  }
}

/** The store every layer above uses. All values are plain JSON. */
export interface Store {
  /** Reads a value, or undefined when absent or expired. */
  get<T>(key: string): Promise<Versioned<T> | undefined>;
  /**
   * Writes a value if the current version is `expected` (`null`: only if absent).
   * Returns the new version; throws `VersionConflict` otherwise. `ttlMs` sets when it expires.
   */
  put<T>(key: string, value: T, expected: string | null, ttlMs: number): Promise<string>;
  /** Removes a value (no error when absent). */
  delete(key: string): Promise<void>;
  /** Removes expired values; returns how many. */
  sweep(): Promise<number>;
  /** Releases files or connections. */
  close(): Promise<void>;
}

/**
 * Runs `fn` with the latest version and writes its result, retrying on a version conflict.
 * `fn` must be free of side effects: it may run more than once. When it says `unchanged` (and a
 * value exists), nothing is written.
 */
export async function update<T, R>(
  store: Store,
  key: string,
  ttlMs: number,
  fn: (current: T | undefined) => { value: T; result: R; unchanged?: boolean },
  attempts = 5,
): Promise<R> {
  for (let i = 0; ; i++) {
    const current = await store.get<T>(key);
    const { value, result, unchanged } = fn(current?.value);
    // nothing changed (a repeated activity): nothing to write
    if (unchanged && current) return result;
    try {
      await store.put(key, value, current?.version ?? null, ttlMs);
      return result;
    } catch (e) {
      if (!(e instanceof VersionConflict) || i + 1 >= attempts) throw e;
    }
  }
}
