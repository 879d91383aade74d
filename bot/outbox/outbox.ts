/**
 * The durable outbox of call-back requests (issue 16), on any {@link Store} (files or Redis).
 * A request is one key, `callback/outbox/<id>`, holding its encrypted content and its delivery
 * bookkeeping; the ids waiting for delivery are listed in one index key. Every change is a
 * compare-and-set, so several instances can share the outbox: an instance claims a request by
 * writing a lease on it, and only the holder of a live lease delivers.
 * @packageDocumentation
 */
import { update, VersionConflict, type Store } from '../store/types.js';
import type { Sealed } from './crypto.js';

/** What a resident agreed to send: the content of a request (only ever stored sealed). */
export interface CallbackRequest {
  readonly id: string;
  readonly organisation: string;
  readonly organisationName: string;
  /** The intake mailbox it goes to. */
  readonly to: string;
  readonly contact: { readonly kind: 'phone' | 'email'; readonly value: string };
  /** The part of the day, as chosen or typed (cut). */
  readonly time: string;
  /** "Mijn vraag", as the resident saw it. */
  readonly summary: string;
  /** The language of the conversation. */
  readonly lang: string;
  /** When the resident said yes (ISO). */
  readonly created: string;
}

/** One request in the outbox: its sealed content and its delivery state (no personal data). */
export interface OutboxItem {
  readonly sealed: Sealed;
  readonly attempts: number;
  /** Not before this time (ms since epoch). */
  readonly nextAt: number;
  /** Undelivered at this time: deleted and counted as failed. */
  readonly giveUpAt: number;
  /** The store deletes it at this time at the latest (the retention). */
  readonly expiresAt: number;
  /** The instance that is delivering it, until when. */
  readonly lease?: { readonly owner: string; readonly until: number };
}

/** The storage key of a request. */
export const outboxKey = (id: string) => `callback/outbox/${id}`;
/** The key of the list of waiting ids. */
export const OUTBOX_INDEX = 'callback/outbox/index';

/** A claimed request: the item and the version the claim wrote. */
export interface Claim {
  readonly id: string;
  readonly item: OutboxItem;
  readonly version: string;
}

/** The outbox on a store. */
export class Outbox {
  constructor(private readonly store: Store) {}

  /**
   * Adds a request (idempotent: the same id twice is one request). Resolves only once both the
   * request and the index are written, so "verstuurd" is said only about a request on disk.
   */
  async enqueue(id: string, sealed: Sealed, now: number, giveUpAt: number, expiresAt: number): Promise<void> {
    const item: OutboxItem = { sealed, attempts: 0, nextAt: now, giveUpAt, expiresAt };
    try {
      await this.store.put(outboxKey(id), item, null, Math.max(1, expiresAt - now));
    } catch (e) {
      if (!(e instanceof VersionConflict)) throw e; // already there: the same yes, sent again
    }
    await this.index(expiresAt - now, (ids) => (ids.includes(id) ? ids : [...ids, id]));
  }

  /** The ids waiting for delivery. */
  async ids(): Promise<readonly string[]> {
    return (await this.store.get<string[]>(OUTBOX_INDEX))?.value ?? [];
  }

  /**
   * Claims a request for `leaseMs` when it is due and nobody holds it. Undefined when it is not
   * due, held by another instance, or gone (then it also leaves the index).
   */
  async claim(id: string, owner: string, now: number, leaseMs: number): Promise<Claim | undefined> {
    const current = await this.store.get<OutboxItem>(outboxKey(id));
    if (!current) {
      await this.unlist(id);
      return undefined;
    }
    const item = current.value;
    if (item.nextAt > now || (item.lease && item.lease.until > now)) return undefined;
    const claimed: OutboxItem = { ...item, lease: { owner, until: now + leaseMs } };
    try {
      const version = await this.store.put(outboxKey(id), claimed, current.version, Math.max(1, item.expiresAt - now));
      return { id, item: claimed, version };
    } catch (e) {
      if (e instanceof VersionConflict) return undefined; // another instance was first
      throw e;
    }
  }

  /** Puts a claimed request back for a later attempt. */
  async later(claim: Claim, now: number, nextAt: number): Promise<void> {
    const { lease: _held, ...rest } = claim.item;
    const item: OutboxItem = { ...rest, attempts: claim.item.attempts + 1, nextAt };
    try {
      await this.store.put(outboxKey(claim.id), item, claim.version, Math.max(1, item.expiresAt - now));
    } catch (e) {
      if (!(e instanceof VersionConflict)) throw e;
    }
  }

  /** Removes a request (delivered, or given up) and its id from the index. */
  async remove(id: string): Promise<void> {
    await this.store.delete(outboxKey(id));
    await this.unlist(id);
  }

  private async unlist(id: string): Promise<void> {
    const current = await this.store.get<string[]>(OUTBOX_INDEX);
    if (!current?.value.includes(id)) return;
    await this.index(undefined, (ids) => ids.filter((x) => x !== id));
  }

  private async index(ttlMs: number | undefined, fn: (ids: readonly string[]) => readonly string[]): Promise<void> {
    // The index lives as long as its longest request; 31 days covers the longest retention a pack may state.
    const ttl = Math.max(ttlMs ?? 0, 31 * 24 * 60 * 60_000);
    await update<string[], void>(this.store, OUTBOX_INDEX, ttl, (ids) => ({ value: [...fn(ids ?? [])], result: undefined }), 20);
  }
}
