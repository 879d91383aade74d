/**
 * Activities ⇄ the turn, without any SDK: an incoming activity (from the embedded Direct Line or
 * from Azure Bot Service) becomes a {@link UserEvent}; rendered messages become plain activity
 * JSON (suggested actions for choices, a hero card per service with tel:/mailto:/web links, the
 * `channelData` markers documented in docs/channeldata.md). Both channels use this one mapping,
 * so what Web Chat gets over Direct Line is what Azure's channels get.
 * @packageDocumentation
 */
import { buttonValue, parseButton } from '../engine/actions.js';
import type { Message } from '../render/types.js';
import type { UserEvent } from '../turn/converse.js';

/** The fields of an activity this mapping reads (Bot Framework's `Activity` fits it). */
export interface IncomingActivity {
  readonly type?: string;
  readonly text?: unknown;
  readonly value?: unknown;
  readonly name?: unknown;
  readonly recipient?: { readonly id?: string };
  readonly membersAdded?: readonly { readonly id?: string }[];
}

/** An outgoing activity as plain JSON. */
export type OutgoingActivity = Record<string, unknown> & { readonly type: 'message' };

/** The language-event value: a language code. */
const langCode = (v: unknown): v is string => typeof v === 'string' && /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8}){0,3}$/.test(v) && v.length <= 16;

/** What an incoming activity means, or undefined when it needs no answer. */
export function eventOf(activity: IncomingActivity, maxChars: number): UserEvent | undefined {
  if (activity.type === 'message') {
    const action = parseButton(activity.value);
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
    if (activity.name === 'wegwijs/language' && langCode(activity.value)) return { type: 'action', action: { type: 'language', lang: activity.value } };
  }
  return undefined;
}

/**
 * The `value` of an incoming activity reduced to what a button or page event sends (small and of
 * a known shape), so nothing else a client puts there is ever kept.
 */
export function keptValue(activity: IncomingActivity): unknown {
  if (activity.type === 'message') {
    const action = parseButton(activity.value);
    return action ? buttonValue(action) : undefined;
  }
  if (activity.type === 'event' && langCode(activity.value)) return activity.value;
  return undefined;
}

/** Escapes Markdown so content text shows as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}\[\]()#+\-.!|>~<])/g, '\\$1');
}

/** Turns rendered messages into activities in the conversation's language. */
export function toActivities(messages: readonly Message[], lang: string, userId: string | undefined): OutgoingActivity[] {
  return messages.map((m) => {
    const activity: Record<string, unknown> & { type: 'message' } = {
      type: 'message',
      textFormat: 'plain',
      locale: lang,
      speak: m.speak,
      ...(m.markers ? { channelData: { ...m.markers } } : {}),
    };
    if (m.card) {
      // One way to call: the tel: link in the card (the page shows it as a large button); the card's
      // own buttons are the website and e-mail, so a number is never shown twice.
      const buttons: Record<string, unknown>[] = m.card.actions.filter((a) => a.type !== 'call').map((a) => ({ type: 'openUrl', title: a.label, value: a.href }));
      if (m.card.more.length > 0 && m.card.moreLabel) buttons.push({ type: 'messageBack', title: m.card.moreLabel, text: m.card.moreLabel, displayText: m.card.moreLabel, value: buttonValue({ type: 'more', service: m.card.service }) });
      const calls = m.card.actions.filter((a) => a.type === 'call').map((a) => `[${escapeMarkdown(a.label)}](${a.href})`);
      const text = [...m.card.lines.map(escapeMarkdown), ...calls].join('\n\n');
      const content = { subtitle: m.card.subtitle ?? '', title: m.card.title, text, buttons };
      activity.attachments = [{ contentType: 'application/vnd.microsoft.card.hero', content }];
    } else {
      activity.text = m.text;
    }
    const onCard = m.feedback ?? m.cardButtons;
    if (onCard && onCard.length > 0) {
      // "Heeft dit geholpen?" (and a problem noted on the agenda, "Nu: Geld") as a card: its
      // buttons stay in the history beside the next question
      const buttons = onCard.map((b) => ({ type: 'messageBack', title: b.label, text: b.label, displayText: b.label, value: buttonValue(b.action) }));
      activity.attachments = [{ contentType: 'application/vnd.microsoft.card.hero', content: { title: m.text, buttons } }];
      delete activity.text;
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
        actions: m.buttons.map((b) => ({ type: 'messageBack', title: b.label, text: b.label, displayText: b.label, value: buttonValue(b.action) })),
      };
    }
    return activity;
  });
}
