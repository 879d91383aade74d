/**
 * The Bot Framework door: an activity that `CloudAdapter` accepted (channel JWT checked) becomes
 * one turn of the turn layer; its replies go back through the adapter, which sends them only to
 * the `serviceUrl` of that authenticated channel (or, for `expectReplies`, in the response).
 * @packageDocumentation
 */
import type { Activity, TurnContext } from 'botbuilder';
import { eventOf, toActivities } from '../activity.js';
import type { Turns } from '../../turn/pipeline.js';

/**
 * Creates the turn logic the adapter runs for an authenticated activity (`Adapter.handle`).
 * @param channel - a fixed channel namespace (the open local endpoint), instead of the activity's
 */
export function createTurnHandler(turns: Turns, maxChars: number, channel?: string): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const a = context.activity;
    const event = eventOf(a, maxChars);
    if (!event || !a.conversation?.id) return;
    const outcome = await turns.run({ channel: channel ?? a.channelId ?? 'unknown', conversation: a.conversation.id, ...(a.id ? { activityId: a.id } : {}), event });
    if (outcome.messages.length > 0) await context.sendActivities(toActivities(outcome.messages, outcome.lang, a.from?.id) as Partial<Activity>[]);
  };
}
