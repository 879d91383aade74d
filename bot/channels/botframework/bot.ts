/**
 * The turn handler: load the conversation's state with its version, run one pure conversation
 * turn, commit the state (retrying on a version conflict), and only then send the replies.
 * Turns of one conversation run one at a time; an activity id seen before is answered once.
 * @packageDocumentation
 */
import type { TurnContext } from 'botbuilder';
import { converse, type BotModel } from '../../turn/converse.js';
import type { State } from '../../engine/types.js';
import type { Logger } from '../../log.js';
import type { Message } from '../../render/types.js';
import type { Lock } from '../../store/lock.js';
import { update, type Store } from '../../store/types.js';
import { countTurn, type Counts } from '../../stats/count.js';
import type { StatsCollector } from '../../stats/collector.js';
import { eventOf, toActivities } from './activities.js';

/** What the bot keeps per conversation. */
export interface ConversationDoc {
  readonly state: State;
  /** Recent activity ids, to answer a repeated activity once. */
  readonly seen: readonly string[];
}

/** What the turn handler needs. */
export interface BotDeps {
  readonly model: () => BotModel;
  readonly store: Store;
  readonly lock: Lock;
  readonly logger: Logger;
  readonly ttlMs: number;
  readonly maxChars: number;
  /** Anonymous counters (optional). */
  readonly stats?: StatsCollector;
}

const SEEN = 32;

/** The storage key of a conversation's bot state. */
export const botKey = (channelId: string, conversationId: string) => `bot/${channelId}/${conversationId}`;

/** Creates the turn handler for `CloudAdapter.process`. */
export function createTurnHandler(deps: BotDeps): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const a = context.activity;
    const event = eventOf(a, deps.maxChars);
    if (!event || !a.conversation?.id) return;
    const key = botKey(a.channelId ?? 'unknown', a.conversation.id);
    await deps.lock.run(key, async () => {
      const model = deps.model();
      type Outcome = { messages: readonly Message[]; lang: string; duplicate: boolean; counts?: Counts };
      const outcome = await update<ConversationDoc, Outcome>(deps.store, key, deps.ttlMs, (doc) => {
        if (doc && a.id && doc.seen.includes(a.id)) return { value: doc, result: { messages: [], lang: doc.state.lang, duplicate: true } };
        if (doc && event.type === 'start') return { value: doc, result: { messages: [], lang: doc.state.lang, duplicate: true } };
        const r = converse(model, doc?.state, event);
        const seen = a.id ? [...(doc?.seen ?? []), a.id].slice(-SEEN) : (doc?.seen ?? []);
        const counts = countTurn(doc?.state, r.state, r.messages);
        return { value: { state: r.state, seen }, result: { messages: r.messages, lang: r.state.lang, duplicate: false, counts } };
      });
      if (outcome.counts) deps.stats?.record(outcome.counts);
      deps.logger.info('turn', { channel: a.channelId, kind: event.type, replies: outcome.messages.length, duplicate: outcome.duplicate });
      if (outcome.messages.length > 0) await context.sendActivities(toActivities(outcome.messages, outcome.lang, a.from?.id));
    });
  };
}
