/** Tells open WebSocket streams about new activities of their conversation (within one process). */
import { EventEmitter } from 'node:events';
import type { StoredActivity } from './conversations.js';

/** Publish/subscribe per conversation. */
export interface Hub {
  publish(conversationId: string, activities: readonly StoredActivity[]): void;
  subscribe(conversationId: string, fn: (activities: readonly StoredActivity[]) => void): () => void;
}

/** The watermark (sequence number) of an activity id `<conversation>|<seq>`. */
export function seqOf(activityId: string): number {
  const n = Number.parseInt(activityId.slice(activityId.lastIndexOf('|') + 1), 10);
  return Number.isFinite(n) ? n : 0;
}

/** An in-process hub. */
export class LocalHub implements Hub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(conversationId: string, activities: readonly StoredActivity[]): void {
    this.emitter.emit(conversationId, activities);
  }

  subscribe(conversationId: string, fn: (activities: readonly StoredActivity[]) => void): () => void {
    this.emitter.on(conversationId, fn);
    return () => this.emitter.off(conversationId, fn);
  }
}
