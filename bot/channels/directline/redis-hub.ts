/**
 * Tells WebSocket streams on every instance about new activities, through Redis pub/sub.
 * @packageDocumentation
 */
import { EventEmitter } from 'node:events';
import type { RedisClient } from '../../store/redis-store.js';
import type { StoredActivity } from './conversations.js';
import type { Hub } from './hub.js';

const CHANNEL = 'wegwijs:dl';

/** A hub over Redis: publish on one connection, listen on a second one. */
export class RedisHub implements Hub {
  private readonly local = new EventEmitter().setMaxListeners(0);

  private constructor(
    private readonly pub: RedisClient,
    private readonly sub: RedisClient,
  ) {}

  /** Connects the listening side. */
  static async create(client: RedisClient): Promise<RedisHub> {
    const sub = client.duplicate();
    sub.on('error', () => undefined);
    await sub.connect();
    const hub = new RedisHub(client, sub);
    await sub.subscribe(CHANNEL, (message: string) => {
      try {
        const { c, a } = JSON.parse(message) as { c: string; a: StoredActivity[] };
        hub.local.emit(c, a);
      } catch {
        // not ours
      }
    });
    return hub;
  }

  publish(conversationId: string, activities: readonly StoredActivity[]): void {
    void this.pub.publish(CHANNEL, JSON.stringify({ c: conversationId, a: activities })).catch(() => undefined);
  }

  subscribe(conversationId: string, fn: (activities: readonly StoredActivity[]) => void): () => void {
    this.local.on(conversationId, fn);
    return () => this.local.off(conversationId, fn);
  }

  /** Closes the listening connection. */
  async close(): Promise<void> {
    if (this.sub.isOpen) await this.sub.quit().catch(() => undefined);
  }
}
