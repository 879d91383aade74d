/**
 * The scale-out store: Redis, with real optimistic concurrency (a Lua compare-and-set on a
 * version field) and expiry by Redis itself. When Redis cannot be reached, every call fails
 * quickly with `StoreUnavailable` (no offline queue), so requests get a clear 503.
 * @packageDocumentation
 */
import { createClient } from 'redis';
import { StoreUnavailable, VersionConflict, type Store, type Versioned } from './types.js';

/** A connected node-redis client. */
export type RedisClient = ReturnType<typeof createClient>;

const CAS = `
local current = redis.call('HGET', KEYS[1], 'v')
if ARGV[1] == '' then
  if current then return -1 end
elseif current ~= ARGV[1] then
  return -1
end
local next = (tonumber(current) or 0) + 1
redis.call('HSET', KEYS[1], 'v', next, 'd', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return next
`;

/** Connects a client that fails fast while Redis is away and reconnects in the background. */
export async function connectRedis(url: string, onError: (e: Error) => void = () => undefined): Promise<RedisClient> {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) },
  });
  client.on('error', onError);
  await client.connect();
  return client;
}

/** Runs a Redis call with a time limit; any failure becomes `StoreUnavailable`. */
export async function guarded<T>(call: () => Promise<T>, timeoutMs = 2000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      call(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new StoreUnavailable('redis timeout')), timeoutMs);
      }),
    ]);
  } catch (e) {
    if (e instanceof VersionConflict || e instanceof StoreUnavailable) throw e;
    throw new StoreUnavailable((e as Error).name);
  } finally {
    clearTimeout(timer);
  }
}

/** A versioned store in Redis (one hash per key: `v` version, `d` JSON). */
export class RedisStore implements Store {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix = 'wegwijs:',
  ) {}

  async get<T>(key: string): Promise<Versioned<T> | undefined> {
    const h = await guarded(() => this.client.hmGet(this.prefix + key, ['v', 'd']));
    const [v, d] = h as (string | null)[];
    if (!v || d === null || d === undefined) return undefined;
    return { value: JSON.parse(d) as T, version: v };
  }

  async put<T>(key: string, value: T, expected: string | null, ttlMs: number): Promise<string> {
    const result = await guarded(() =>
      this.client.eval(CAS, { keys: [this.prefix + key], arguments: [expected ?? '', JSON.stringify(value), String(Math.max(1, Math.round(ttlMs)))] }),
    );
    if (Number(result) < 0) throw new VersionConflict(key);
    return String(result);
  }

  async delete(key: string): Promise<void> {
    await guarded(() => this.client.del(this.prefix + key));
  }

  /** Redis expires keys itself. */
  async sweep(): Promise<number> {
    return 0;
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.quit().catch(() => undefined);
  }
}
