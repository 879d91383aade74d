/**
 * Direct Line conversations and their activity history, kept in the store so any instance can
 * serve any request and a restart loses nothing. Watermarks are sequence numbers. The history is
 * appended, never rewritten: each turn's activities are one record of their own
 * (`dl/turn/<conversation>/<n>`), and the conversation itself stays small (its counters, the
 * list of recent records and the recent client activity ids).
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import type { Store } from '../../store/types.js';
import { seqOf } from './hub.js';

/** An activity as kept and delivered. */
export type StoredActivity = Record<string, unknown> & { id: string };

/** One Direct Line conversation, as stored (kept small: it is written on every turn). */
export interface DlConversation {
  /** The stored form: 2 (records and client ids as sequence numbers); absent in earlier versions. */
  readonly form: 2;
  readonly id: string;
  readonly userId: string;
  /** The bot was told the user joined. */
  readonly started: boolean;
  /** Sequence number of the last activity. */
  readonly seq: number;
  /**
   * The recent history records, each by its first sequence number (also its key); a record holds
   * the activities up to the next record's first, the last one up to `seq`. Older ones are deleted.
   */
  readonly records: readonly number[];
  /** clientActivityID → sequence number of the activity, to answer a resent activity once. */
  readonly clientIds: Readonly<Record<string, number>>;
}

/** A conversation as an earlier version stored it: records as objects, client ids as activity ids. */
type StoredConversation = Omit<DlConversation, 'form' | 'records' | 'clientIds'> & {
  readonly form?: number;
  readonly records: readonly (number | { readonly n: number })[];
  readonly clientIds: Readonly<Record<string, number | string>>;
};

/** Reads a stored conversation, also one written by an earlier version. */
function current(c: StoredConversation): DlConversation {
  if (c.form === 2) return c as DlConversation;
  const clientIds: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [k, v] of Object.entries(c.clientIds)) clientIds[k] = typeof v === 'number' ? v : seqOf(v);
  return { ...c, form: 2, records: c.records.map((r) => (typeof r === 'number' ? r : r.n)), clientIds };
}

/** The id of the activity with sequence number `seq`: `<conversation>|<seq, 7 digits>`. */
const activityId = (conversation: string, seq: number) => `${conversation}|${String(seq).padStart(7, '0')}`;

/** History records (turns) kept per conversation. */
const KEEP_RECORDS = 30;
const KEEP_CLIENT_IDS = 32;

/** Random, unguessable id. */
export const newId = (bytes = 16) => randomBytes(bytes).toString('base64url');

/** Access to the conversations in a store. */
export class Conversations {
  constructor(
    private readonly store: Store,
    private readonly ttlMs: number,
  ) {}

  private key(id: string): string {
    return `dl/conv/${id}`;
  }

  /** Creates a new conversation for a new user. */
  async create(): Promise<DlConversation> {
    const conv: DlConversation = { form: 2, id: newId(), userId: `dl_${newId(12)}`, started: false, seq: 0, records: [], clientIds: {} };
    await this.store.put(this.key(conv.id), conv, null, this.ttlMs);
    return conv;
  }

  /** A conversation, or undefined when unknown or expired. */
  async get(id: string): Promise<DlConversation | undefined> {
    const c = (await this.store.get<StoredConversation>(this.key(id)))?.value;
    return c ? current(c) : undefined;
  }

  private recordKey(id: string, n: number): string {
    return `dl/turn/${id}/${n}`;
  }

  /**
   * Records one turn's activities, giving each an id `<conversation>|<seq>`; returns them as
   * stored. With `clientActivityId` the first is recorded under it (a resent activity is then
   * answered with its id); with `replyTo` the others reply to the first; `started` marks that
   * the bot was told the user joined. The caller holds the conversation's lock (every writer of
   * a conversation does), so the compare-and-set below only fails when that promise is broken.
   */
  async append(id: string, activities: readonly Record<string, unknown>[], opts: { clientActivityId?: string; replyTo?: boolean; started?: boolean } = {}): Promise<StoredActivity[]> {
    const got = await this.store.get<StoredConversation>(this.key(id));
    if (!got) throw new Error('unknown conversation');
    const c = current(got.value);
    let seq = c.seq;
    let first: string | undefined;
    const stored = activities.map((a, i) => {
      seq++;
      const id = activityId(c.id, seq);
      const reply = opts.replyTo && i > 0 && first ? { replyToId: first } : {};
      if (i === 0) first = id;
      return { ...a, ...reply, id } as StoredActivity;
    });
    const clientIds: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, c.clientIds);
    if (opts.clientActivityId && stored[0]) clientIds[opts.clientActivityId] = c.seq + 1;
    const ids = Object.keys(clientIds);
    for (const old of ids.slice(0, Math.max(0, ids.length - KEEP_CLIENT_IDS))) delete clientIds[old];
    // The record is put before the conversation that lists it (both stores keep the order of the
    // calls: the file store in one batch, Redis on one connection), so a reader never sees a
    // watermark without its activities; the writes go to the disk together.
    const records = stored.length > 0 ? [...c.records, c.seq + 1] : c.records;
    const recordKey = this.recordKey(id, c.seq + 1);
    const leftover = stored.length > 0 ? (await this.store.get(recordKey))?.version ?? null : null;
    const dropped = records.slice(0, Math.max(0, records.length - KEEP_RECORDS));
    const value: DlConversation = { ...c, ...(opts.started ? { started: true } : {}), seq, records: records.slice(-KEEP_RECORDS), clientIds };
    const writes: Promise<unknown>[] = [];
    if (stored.length > 0) writes.push(this.store.put(recordKey, stored, leftover, this.ttlMs));
    writes.push(this.store.put(this.key(id), value, got.version, this.ttlMs));
    for (const n of dropped) writes.push(this.store.delete(this.recordKey(id, n)));
    await Promise.all(writes);
    return stored;
  }

  /** The id already given to a client activity id in this conversation, if it was posted before. */
  static known(c: DlConversation, clientActivityId: string | undefined): string | undefined {
    return clientActivityId && Object.hasOwn(c.clientIds, clientActivityId) ? activityId(c.id, c.clientIds[clientActivityId]!) : undefined;
  }

  /** Activities after a watermark, and the new watermark. */
  async since(id: string, watermark: number): Promise<{ activities: StoredActivity[]; watermark: number } | undefined> {
    const c = await this.get(id);
    if (!c) return undefined;
    const activities: StoredActivity[] = [];
    for (const [i, n] of c.records.entries()) {
      const to = (c.records[i + 1] ?? c.seq + 1) - 1;
      if (to <= watermark) continue;
      const set = (await this.store.get<StoredActivity[]>(this.recordKey(id, n)))?.value ?? [];
      for (const a of set) if (seqOf(a.id) > watermark && seqOf(a.id) <= c.seq) activities.push(a);
    }
    return { activities, watermark: c.seq };
  }
}
