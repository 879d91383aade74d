/**
 * Issue 16, "Bel mij terug": the messages of the call-back dialogue, in the resident's language
 * (texts under `callback:` in `locales/<lang>/common.yaml`). Pure.
 * @packageDocumentation
 */
import type { Graph, State } from '../engine/types.js';
import { summaryItems } from '../engine/steps/summary.js';
import type { Translate } from '../i18n.js';
import type { Button, CallbackMarker, Message } from '../render/types.js';

/** Part-of-day choices (button ids). */
export const TIMES = Object.freeze(['morning', 'afternoon', 'evening', 'any'] as const);

/** Languages written right to left. */
const RTL = /^(ar|he|fa|ur)(-|$)/;

/** What the consent screen shows: exactly what the e-mail carries. */
export interface Preview {
  readonly name: string;
  /** The promise of the organisation, already in words. */
  readonly promise: string;
  readonly contact: { readonly kind: 'phone' | 'email'; readonly display: string };
  readonly time: string;
  readonly summary: string;
  readonly retentionDays: number;
}

const marker = (organisation: string, state: CallbackMarker['state']) => ({ callback: { organisation, state } });
const say = (text: string, organisation: string, state: CallbackMarker['state'], buttons?: Button[]): Message => ({
  text,
  speak: text,
  ...(buttons ? { buttons } : {}),
  markers: marker(organisation, state),
});
const stop = (t: Translate): Button => ({ label: t('common:callback.buttons.no'), role: 'control', action: { type: 'callback', op: 'no' } });

/** "Mijn vraag" as the organisation will read it: the same lines as the summary. */
export function summaryText(graph: Graph, state: State, t: Translate): string {
  const lines: string[] = [t('common:summary.title')];
  let flow = '';
  for (const item of summaryItems(graph, state)) {
    if (item.flow !== flow) {
      flow = item.flow;
      if (flow !== graph.entry) lines.push(`— ${t(graph.flows.get(flow)?.title ?? flow)} —`);
    }
    lines.push(`${t(item.heading)}: ${'key' in item.answer ? t(item.answer.key) : item.answer.words}`);
  }
  if (lines.length === 1) lines.push(t('common:summary.empty'));
  return lines.join('\n');
}

/** The button that starts a request for one organisation. */
export const offerButton = (t: Translate, organisation: string, name: string): Button => ({
  label: t('common:callback.offer', { name }),
  role: 'choice',
  action: { type: 'callback', op: 'start', value: organisation },
});

/** Asks for a phone number or e-mail address. */
export const askContact = (t: Translate, org: string, name: string): Message => say(t('common:callback.askContact', { name }), org, 'contact', [stop(t)]);

/** A kind question to check what was typed. */
export const checkContact = (t: Translate, org: string): Message => say(t('common:callback.checkContact'), org, 'check', [stop(t)]);

/** Asks for the best part of the day. */
export function askTime(t: Translate, org: string): Message {
  const buttons: Button[] = TIMES.map((id) => ({ label: t(`common:callback.times.${id}`), role: 'choice', action: { type: 'callback', op: 'time', value: id } }));
  return say(t('common:callback.askTime'), org, 'time', [...buttons, stop(t)]);
}

/** The lines that are sent, as the resident sees them (and the e-mail carries them). */
export function previewLines(t: Translate, p: Preview): string[] {
  // In a right-to-left language the number is isolated left to right, so "06 12345678" stays in order.
  const display = RTL.test(t.lang ?? '') ? `\u2066${p.contact.display}\u2069` : p.contact.display;
  const contact = `${t(p.contact.kind === 'phone' ? 'common:callback.labels.phone' : 'common:callback.labels.email')}: ${display}`;
  return [contact, `${t('common:callback.labels.time')}: ${p.time}`, '', p.summary];
}

/**
 * The consent screen: who, why, what next, free, deleted after delivery; then exactly what is
 * sent. The history keeps it with the contact details left out (`keep`).
 */
export function consent(t: Translate, org: string, p: Preview): Message {
  const about = t('common:callback.consent', { name: p.name, promise: p.promise, days: String(p.retentionDays) });
  const screen = (q: Preview) => [about, '', t('common:callback.preview', { name: q.name }), ...previewLines(t, q), '', t('common:callback.ask')].join('\n');
  const text = screen(p);
  const kept = screen({ ...p, contact: { ...p.contact, display: t('common:callback.hidden') } });
  const buttons: Button[] = [
    { label: t('common:callback.buttons.yes'), role: 'choice', action: { type: 'callback', op: 'yes' } },
    { label: t('common:callback.buttons.contact'), role: 'choice', action: { type: 'callback', op: 'contact' } },
    { label: t('common:callback.buttons.retime'), role: 'choice', action: { type: 'callback', op: 'retime' } },
    { label: t('common:callback.buttons.no'), role: 'control', action: { type: 'callback', op: 'no' } },
  ];
  return { ...say(text, org, 'consent', buttons), keep: { text: kept, speak: kept } };
}

/** "Verstuurd", with when the organisation picks it up when it is closed now. */
export function queued(t: Translate, org: string, name: string, promise: string, opens?: { day: string; time: string }): Message {
  const lines = [t('common:callback.sent', { name }), promise];
  if (opens) lines.push(t('common:callback.closed', { name, day: opens.day, time: opens.time }));
  return say(lines.join(' '), org, 'queued');
}

/** "Nothing was sent or kept." */
export const cancelled = (t: Translate, org: string): Message => say(t('common:callback.cancelled'), org, 'cancelled');

/** A call-back button of a request that is no longer there (sent, stopped or expired). */
export const gone = (t: Translate): Message => say(t('common:callback.gone'), '', 'gone');
