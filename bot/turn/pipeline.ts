/**
 * One turn of one conversation, in one place and in process: lock, load the state with its
 * version, de-duplicate, interpret once, step, render, save with compare-and-set (retrying on a
 * conflict), count, and only then return the replies. Every channel is a thin door to this:
 * the embedded Direct Line calls it directly, the Bot Framework adapter calls it for Azure.
 * @packageDocumentation
 */
import type { Logger } from '../log.js';
import type { Message } from '../render/types.js';
import { countTurn, type Counts } from '../stats/count.js';
import type { StatsCollector } from '../stats/collector.js';
import type { Lock } from '../store/lock.js';
import { update, type Store } from '../store/types.js';
import type { State } from '../engine/types.js';
import { converse, type BotModel, type UserEvent } from './converse.js';

/** What the bot keeps per conversation. */
export interface ConversationDoc {
  readonly state: State;
  /** Recent activity ids, to answer a repeated activity once. */
  readonly seen: readonly string[];
}

/** What the turn layer needs. */
export interface TurnDeps {
  /** The current bot model (changes on a hot reload). */
  readonly model: () => BotModel;
  readonly store: Store;
  readonly lock: Lock;
  readonly logger: Logger;
  /** Idle conversations expire after this long. */
  readonly ttlMs: number;
  /** Anonymous counters (optional). */
  readonly stats?: StatsCollector;
  /** Issue 16: call-back requests ("Bel mij terug"), when offered (see `bot/turn/callback.ts`). */
  readonly callback?: TurnHook;
}

/** Issue 16: takes a turn before the engine (a call-back request), and adds its offer to normal turns. */
export interface TurnHook {
  turn(req: TurnRequest): Promise<TurnOutcome | undefined>;
  decorate(outcome: TurnOutcome): TurnOutcome;
}

/** One turn asked for by a channel. */
export interface TurnRequest {
  /** The channel's name (`directline`, `msteams`, …): conversations of channels never mix. */
  readonly channel: string;
  readonly conversation: string;
  /** An id the channel gives the activity; a repeated id is answered once (no replies). */
  readonly activityId?: string;
  readonly event: UserEvent;
}

/** What a turn gives back to its channel. */
export interface TurnOutcome {
  readonly messages: readonly Message[];
  /** The conversation's language after the turn. */
  readonly lang: string;
  /** True when the activity was seen before (or a start of a running conversation): nothing to send. */
  readonly duplicate: boolean;
  /** The typed text as it may be kept (personal data removed), for the channel's history. */
  readonly kept?: string;
}

/** Activity ids remembered per conversation for de-duplication. */
const SEEN = 32;

/** The storage key of a conversation's bot state. */
export const stateKey = (channel: string, conversation: string) => `bot/${channel}/${conversation}`;

/** The turn layer of a running bot. */
export class Turns {
  constructor(private readonly d: TurnDeps) {}

  /** The current bot model. */
  get model(): BotModel {
    return this.d.model();
  }

  /**
   * Runs `fn` holding the conversation's lock, so a channel can keep its own records of the same
   * turn (Direct Line's history) under the same lock, and call {@link Turns.runLocked} inside.
   */
  exclusive<R>(channel: string, conversation: string, fn: () => Promise<R>): Promise<R> {
    return this.d.lock.run(stateKey(channel, conversation), fn);
  }

  /** Runs one turn under the conversation's lock. */
  run(req: TurnRequest): Promise<TurnOutcome> {
    return this.exclusive(req.channel, req.conversation, () => this.runLocked(req));
  }

  /** Runs one turn; the caller holds the conversation's lock (see {@link Turns.exclusive}). */
  async runLocked(req: TurnRequest): Promise<TurnOutcome> {
    const side = await this.d.callback?.turn(req); // issue 16: a call-back request takes the turn
    if (side) return side;
    const model = this.d.model();
    const key = stateKey(req.channel, req.conversation);
    const { event, activityId } = req;
    type Result = TurnOutcome & { counts?: Counts };
    const outcome = await update<ConversationDoc, Result>(this.d.store, key, this.d.ttlMs, (doc) => {
      const repeated = doc && ((activityId !== undefined && doc.seen.includes(activityId)) || event.type === 'start');
      // a repeated activity writes nothing; a start of a running conversation (a page reload)
      // writes it back, so its expiry moves on
      if (doc && repeated) return { value: doc, result: { messages: [], lang: doc.state.lang, duplicate: true }, unchanged: event.type !== 'start' };
      const r = converse(model, doc?.state, event);
      const seen = activityId !== undefined ? [...(doc?.seen ?? []), activityId].slice(-SEEN) : (doc?.seen ?? []);
      const counts = countTurn(doc?.state, r.state, r.messages);
      const result: Result = { messages: r.messages, lang: r.state.lang, duplicate: false, counts, ...(r.kept !== undefined ? { kept: r.kept } : {}) };
      return { value: { state: r.state, seen }, result };
    });
    const { counts, ...reply } = outcome;
    if (counts) this.d.stats?.record(counts);
    this.d.logger.info('turn', { channel: req.channel, kind: event.type, replies: reply.messages.length, duplicate: reply.duplicate });
    return this.d.callback && !reply.duplicate ? this.d.callback.decorate(reply) : reply; // issue 16: offer a call-back
  }
}
