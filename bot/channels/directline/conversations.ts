/**
 * Direct Line conversations and their activity history, kept in the store so any instance can
 * serve any request and a restart loses nothing. Watermarks are sequence numbers.
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { update, type Store } from '../../store/types.js';

/** An activity as kept and delivered. */
export type StoredActivity = Record<string, unknown> & { id: string };

/** One Direct Line conversation. */
export interface DlConversation {
  readonly id: string;
  readonly userId: string;
  /** The bot was told the user joined. */
  readonly started: boolean;
  /** Sequence number of the last activity. */
  readonly seq: number;
  /** The most recent activities (older ones are dropped). */
  readonly activities: readonly { readonly seq: number; readonly activity: StoredActivity }[];
  /** clientActivityID → activity id, to answer a resent activity once. */
  readonly clientIds: Readonly<Record<string, string>>;
}

const KEEP_ACTIVITIES = 50;
const KEEP_CLIENT_IDS = 64;

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
    const conv: DlConversation = { id: newId(), userId: `dl_${newId(12)}`, started: false, seq: 0, activities: [], clientIds: {} };
    await this.store.put(this.key(conv.id), conv, null, this.ttlMs);
    return conv;
  }

  /** A conversation, or undefined when unknown or expired. */
  async get(id: string): Promise<DlConversation | undefined> {
    return (await this.store.get<DlConversation>(this.key(id)))?.value;
  }

  /**
   * Records one turn's activities, giving each an id `<conversation>|<seq>`; returns them as
   * stored. With `clientActivityId` the first is recorded under it (a resent activity is then
   * answered with its id); with `replyTo` the others reply to the first; `started` marks that
   * the bot was told the user joined.
   */
  async append(id: string, activities: readonly Record<string, unknown>[], opts: { clientActivityId?: string; replyTo?: boolean; started?: boolean } = {}): Promise<StoredActivity[]> {
    return update<DlConversation, StoredActivity[]>(this.store, this.key(id), this.ttlMs, (c) => {
      if (!c) throw new Error('unknown conversation');
      let seq = c.seq;
      let first: string | undefined;
      const added = activities.map((a, i) => {
        seq++;
        const activityId = `${c.id}|${String(seq).padStart(7, '0')}`;
        const reply = opts.replyTo && i > 0 && first ? { replyToId: first } : {};
        if (i === 0) first = activityId;
        return { seq, activity: { ...a, ...reply, id: activityId } as StoredActivity };
      });
      const clientIds: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, c.clientIds);
      if (opts.clientActivityId && added[0]) clientIds[opts.clientActivityId] = added[0].activity.id;
      const ids = Object.keys(clientIds);
      for (const old of ids.slice(0, Math.max(0, ids.length - KEEP_CLIENT_IDS))) delete clientIds[old];
      const value: DlConversation = { ...c, ...(opts.started ? { started: true } : {}), seq, activities: [...c.activities, ...added].slice(-KEEP_ACTIVITIES), clientIds };
      return { value, result: added.map((x) => x.activity) };
    });
  }

  /** The id already given to a client activity id in this conversation, if it was posted before. */
  static known(c: DlConversation, clientActivityId: string | undefined): string | undefined {
    return clientActivityId && Object.hasOwn(c.clientIds, clientActivityId) ? c.clientIds[clientActivityId] : undefined;
  }

  /** Activities after a watermark, and the new watermark. */
  async since(id: string, watermark: number): Promise<{ activities: StoredActivity[]; watermark: number } | undefined> {
    const c = await this.get(id);
    if (!c) return undefined;
    return { activities: c.activities.filter((a) => a.seq > watermark).map((a) => a.activity), watermark: c.seq };
  }
}
