/**
 * A per-conversation lock shared by every instance: `SET key token NX PX ttl`, released only by
 * its owner (Lua compare-and-delete). A crashed owner's lock expires after `ttlMs`.
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { LockTimeout, type Lock } from './lock.js';
import { guarded, type RedisClient } from './redis-store.js';

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/** A lock in Redis. */
export class RedisLock implements Lock {
  constructor(
    private readonly client: RedisClient,
    private readonly ttlMs = 10_000,
    private readonly prefix = 'wegwijs:lock:',
  ) {}

  async run<R>(key: string, fn: () => Promise<R>, timeoutMs = 12_000): Promise<R> {
    const name = this.prefix + key;
    const token = randomBytes(12).toString('base64url');
    const deadline = Date.now() + timeoutMs;
    let wait = 5;
    for (;;) {
      const ok = await guarded(() => this.client.set(name, token, { condition: 'NX', expiration: { type: 'PX', value: this.ttlMs } }));
      if (ok === 'OK') break;
      if (Date.now() > deadline) throw new LockTimeout(key);
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, 100);
    }
    try {
      return await fn();
    } finally {
      await guarded(() => this.client.eval(RELEASE, { keys: [name], arguments: [token] })).catch(() => undefined);
    }
  }
}
