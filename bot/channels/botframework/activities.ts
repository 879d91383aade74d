/**
 * Bot Framework activities ⇄ the conversation layer: an incoming activity becomes a user event;
 * rendered messages become activities (suggested actions for choices, a hero card per service
 * with tel:/mailto:/web links, markers in channelData). Part of the thin Bot Framework shell.
 * @packageDocumentation
 */
import { CardFactory, type Activity, type CardAction } from 'botbuilder';
import type { UserEvent } from '../../turn/converse.js';
import type { Input } from '../../engine/types.js';
import type { Message } from '../../render/types.js';

const INPUT_TYPES = new Set(['start', 'restart', 'back', 'human', 'explain', 'choice', 'text', 'language']);
const short = (v: unknown, max = 64): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** Checks the shape of a button's value coming back from the client; anything else is ignored. */
export function parseAction(value: unknown): Input | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const a = (value as { wegwijs?: unknown }).wegwijs as Record<string, unknown> | undefined;
  if (!a || typeof a !== 'object' || !INPUT_TYPES.has(String(a.type))) return undefined;
  switch (a.type) {
    case 'choice':
      return short(a.flow) && short(a.step) && short(a.choice) ? { type: 'choice', flow: a.flow, step: a.step, choice: a.choice } : undefined;
    case 'explain':
      return short(a.entry) ? { type: 'explain', entry: a.entry } : undefined;
    case 'language':
      return short(a.lang, 16) ? { type: 'language', lang: a.lang } : undefined;
    case 'back':
    case 'human':
    case 'restart':
    case 'start':
      return { type: a.type };
    default:
      return undefined;
  }
}

/** What an incoming activity means, or undefined when it needs no answer. */
export function eventOf(activity: Partial<Activity>, maxChars: number): UserEvent | undefined {
  if (activity.type === 'message') {
    const action = parseAction(activity.value);
    if (action) return { type: 'action', action };
    if (typeof activity.text === 'string') return { type: 'text', text: activity.text.slice(0, maxChars) };
    return undefined;
  }
  if (activity.type === 'conversationUpdate') {
    const botId = activity.recipient?.id;
    const joined = (activity.membersAdded ?? []).some((m) => m.id !== botId);
    return joined ? { type: 'start' } : undefined;
  }
  if (activity.type === 'event') {
    if (activity.name === 'webchat/join' || activity.name === 'wegwijs/start') return { type: 'start' };
    if (activity.name === 'wegwijs/restart') return { type: 'action', action: { type: 'restart' } };
    if (activity.name === 'wegwijs/language' && short(activity.value, 16)) return { type: 'action', action: { type: 'language', lang: activity.value } };
  }
  return undefined;
}

/** Escapes Markdown so content text shows as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}\[\]()#+\-.!|>~<])/g, '\\$1');
}

/** Turns rendered messages into activities. */
export function toActivities(messages: readonly Message[], lang: string, userId: string | undefined): Partial<Activity>[] {
  return messages.map((m) => {
    const activity: Partial<Activity> = {
      type: 'message',
      textFormat: 'plain',
      locale: lang,
      speak: m.speak,
      ...(m.markers ? { channelData: { ...m.markers } } : {}),
    };
    if (m.card) {
      const buttons: CardAction[] = m.card.actions.map((a) => ({ type: a.type === 'call' ? 'call' : 'openUrl', title: a.label, value: a.href }));
      // Phone numbers also as tel: links in the card text, so every channel shows a link to tap.
      const calls = m.card.actions.filter((a) => a.type === 'call').map((a) => `[${escapeMarkdown(a.label)}](${a.href})`);
      const text = [...m.card.lines.map(escapeMarkdown), ...calls].join('\n\n');
      activity.attachments = [CardFactory.heroCard(m.card.title, text, undefined, buttons, { subtitle: m.card.subtitle ?? '' })];
    } else {
      activity.text = m.text;
    }
    if (m.markers?.summary) {
      // "Mijn vraag" as a text file the resident can download; built here, sent nowhere else.
      const file = Buffer.from(`${m.text.replace(/\n/g, '\r\n')}\r\n`, 'utf8').toString('base64');
      activity.attachments = [{ contentType: 'text/plain', name: 'mijn-vraag.txt', contentUrl: `data:text/plain;charset=utf-8;base64,${file}` }];
    }
    if (m.buttons && m.buttons.length > 0) {
      activity.inputHint = 'expectingInput';
      activity.suggestedActions = {
        to: userId ? [userId] : [],
        actions: m.buttons.map((b) => ({ type: 'messageBack', title: b.label, text: b.label, displayText: b.label, value: { wegwijs: b.action } })),
      };
    }
    return activity;
  });
}
