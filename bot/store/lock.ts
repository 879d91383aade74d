/** Turns of one conversation one at a time, inside one process. */

/** Thrown when a turn waited too long for the one before it. */
export class LockTimeout extends Error {
  constructor(readonly key: string) {
    super(`lock timeout on ${key}`);
    this.name = 'LockTimeout';
  }
}

/** Runs calls with the same key one at a time (within a process, or across instances). */
export interface Lock {
  run<R>(key: string, fn: () => Promise<R>, timeoutMs?: number): Promise<R>;
}

/** A mutex per key: calls with the same key run one after another, in arrival order. */
export class KeyedMutex implements Lock {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `fn` once every earlier call with the same key has finished (or `timeoutMs` passed). */
  async run<R>(key: string, fn: () => Promise<R>, timeoutMs = 15_000): Promise<R> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      let timer: NodeJS.Timeout | undefined;
      const waited = await Promise.race([
        previous.then(
          () => true,
          () => true,
        ),
        new Promise<false>((r) => (timer = setTimeout(() => r(false), timeoutMs))),
      ]);
      clearTimeout(timer);
      if (!waited) throw new LockTimeout(key);
      return await fn();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
