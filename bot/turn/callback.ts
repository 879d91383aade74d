/**
 * Issue 16, "Bel mij terug": a warm handover to a person, only with consent. The turn layer runs
 * this small dialogue beside the engine: choose the organisation (a button on its card), give a
 * phone number or e-mail, a part of the day, see exactly what will be sent, and say yes — then
 * the request is written, encrypted, to the outbox before "verstuurd" is said. The draft lives
 * encrypted in its own key (`callback/draft/<channel>/<conversation>`), never in the engine's
 * state; "no", another button, or an hour without a turn deletes it.
 * @packageDocumentation
 */
import { randomUUID } from 'node:crypto';
import type { CallbackOp } from '../engine/types.js';
import { translator, type Translate } from '../i18n.js';
import type { Logger } from '../log.js';
import type { Message } from '../render/types.js';
import type { StatsCollector } from '../stats/collector.js';
import { update, type Store } from '../store/types.js';
import { readContact, showContact } from '../outbox/contact.js';
import type { Sealed, Sealer } from '../outbox/crypto.js';
import { formatOpening, nextOpening } from '../outbox/hours.js';
import { outboxKey, type CallbackRequest, type Outbox } from '../outbox/outbox.js';
import { CALLBACK_LIMITS, type CallbackConfig } from '../outbox/settings.js';
import { converse, type BotModel } from './converse.js';
import * as view from './callback-view.js';
import { stateKey, type ConversationDoc, type TurnOutcome, type TurnRequest } from './pipeline.js';

/** The request being filled in (only ever stored sealed). */
interface Draft {
  readonly id: string;
  readonly org: string;
  readonly step: 'contact' | 'time' | 'consent';
  readonly contact?: { readonly kind: 'phone' | 'email'; readonly value: string };
  /** A part-of-day id, or the resident's own words (cut). */
  readonly time?: { readonly c: string } | { readonly t: string };
}

/** Where an organisation takes call-backs. */
export interface Intake {
  readonly to: string;
  readonly name: string;
  readonly promise?: string;
  readonly hours?: { readonly days: readonly number[]; readonly from: string; readonly to: string };
  readonly retentionDays: number;
}

/** What the dialogue needs. */
export interface CallbackDeps {
  readonly model: () => BotModel;
  readonly store: Store;
  readonly outbox: Outbox;
  readonly sealer: Sealer;
  readonly config: CallbackConfig;
  readonly logger: Logger;
  /** Conversations' own expiry. */
  readonly ttlMs: number;
  readonly stats?: StatsCollector;
  /** Rewrites the store's files after a draft is deleted. */
  readonly compact?: () => Promise<void>;
  readonly now?: () => number;
}

/** The key of a conversation's draft. */
export const draftKey = (channel: string, conversation: string) => `callback/draft/${channel}/${conversation}`;

/** The call-back dialogue: a hook of the turn layer (see `Turns`). */
export class Callbacks {
  constructor(private readonly d: CallbackDeps) {}

  private now(): number {
    return this.d.now?.() ?? Date.now();
  }

  /** Where an organisation takes call-backs: `CALLBACK_TO` for all, else its verified intake. */
  intake(organisation: string): Intake | undefined {
    const org = this.d.model().directory.organisations.get(organisation);
    if (!org) return undefined;
    const to = this.d.config.to || org.callback?.intake;
    if (!to) return undefined;
    const c = org.callback;
    return { to, name: org.name, ...(c?.promise ? { promise: c.promise } : {}), ...(c?.hours ? { hours: c.hours } : {}), retentionDays: c?.retentionDays ?? CALLBACK_LIMITS.retentionDays };
  }

  /** Offers a call-back at the cards of organisations that take them (after every normal turn). */
  decorate(outcome: TurnOutcome): TurnOutcome {
    const orgs = [...new Set(outcome.messages.flatMap((m) => [m.markers?.referral?.organisation, m.markers?.handoff?.organisation]).filter((o): o is string => !!o))].filter((o) => this.intake(o));
    if (orgs.length === 0 || outcome.messages.length === 0) return outcome;
    const t = translator(this.d.model().i18n, outcome.lang);
    const buttons = orgs.slice(0, 3).map((o) => view.offerButton(t, o, this.intake(o)!.name));
    const callback = { organisation: orgs[0]!, state: 'offered' as const, organisations: orgs.slice(0, 3) };
    const last = outcome.messages.at(-1)!;
    const messages = [...outcome.messages];
    if (last.buttons && last.buttons.length > 0) {
      const at = last.buttons.findIndex((b) => b.role === 'control');
      const all = at < 0 ? [...last.buttons, ...buttons] : [...last.buttons.slice(0, at), ...buttons, ...last.buttons.slice(at)];
      messages[messages.length - 1] = { ...last, buttons: all, markers: { ...last.markers, callback } };
    } else {
      const text = t('common:callback.offerText');
      messages.push({ text, speak: text, buttons, markers: { callback } });
    }
    return { ...outcome, messages };
  }

  /**
   * Takes the turn when it belongs to a call-back request: a call-back button, or typed contact
   * details or a time while a draft waits for them. Undefined: a normal turn (any other button
   * first deletes a draft; nothing is kept without a yes).
   */
  async turn(req: TurnRequest): Promise<TurnOutcome | undefined> {
    const ev = req.event;
    if (ev.type === 'start') return undefined;
    const key = draftKey(req.channel, req.conversation);
    const op = ev.type === 'action' && ev.action.type === 'callback' ? ev.action : undefined;
    const stored = await this.d.store.get<Sealed>(key);
    const draft = stored ? this.d.sealer.open<Draft>(stored.value, key) : undefined;
    if (!op) {
      if (!stored) return undefined;
      const model = this.d.model();
      const typed = ev.type === 'text' && draft && draft.step !== 'consent' && !model.understanding?.crisis(ev.text);
      if (!typed) {
        if (ev.type === 'action') await this.drop(key); // the resident went on: the draft goes
        return undefined;
      }
    }
    const doc = (await this.d.store.get<ConversationDoc>(stateKey(req.channel, req.conversation)))?.value;
    if (!doc) return undefined;
    if (req.activityId !== undefined && doc.seen.includes(req.activityId)) return { messages: [], lang: doc.state.lang, duplicate: true };
    const t = translator(this.d.model().i18n, doc.state.lang);
    const r = op ? await this.press(key, draft, op.op, op.value, doc, t) : await this.typed(key, draft!, ev.type === 'text' ? ev.text : '', doc, t);
    return this.commit(req, r.messages, r.resume ?? false, r.kept);
  }

  private async press(key: string, draft: Draft | undefined, op: CallbackOp, value: string | undefined, doc: ConversationDoc, t: Translate): Promise<Step> {
    if (op === 'start') {
      const intake = value ? this.intake(value) : undefined;
      if (!value || !intake) return { messages: [view.gone(t)], resume: true };
      const id = randomUUID();
      await this.save(key, { id, org: value, step: 'contact' });
      return { messages: [view.askContact(t, value, intake.name)] };
    }
    const intake = draft ? this.intake(draft.org) : undefined;
    if (!draft || !intake) {
      if (draft) await this.drop(key);
      return { messages: [view.gone(t)], resume: true };
    }
    switch (op) {
      case 'no':
        await this.drop(key);
        this.d.logger.info('callback_cancelled');
        return { messages: [view.cancelled(t, draft.org)], resume: true };
      case 'contact':
        await this.save(key, { ...draft, step: 'contact' });
        return { messages: [view.askContact(t, draft.org, intake.name)] };
      case 'retime':
        await this.save(key, { ...draft, step: 'time' });
        return { messages: [view.askTime(t, draft.org)] };
      case 'time':
        if (!value || !(view.TIMES as readonly string[]).includes(value) || !draft.contact) return { messages: [view.askTime(t, draft.org)] };
        return this.toConsent(key, { ...draft, time: { c: value } }, doc, t, intake);
      case 'yes':
        if (draft.step !== 'consent' || !draft.contact || !draft.time) return { messages: [view.askContact(t, draft.org, intake.name)] };
        return this.confirm(key, draft, doc, t, intake);
    }
  }

  private async typed(key: string, draft: Draft, text: string, doc: ConversationDoc, t: Translate): Promise<Step> {
    const intake = this.intake(draft.org);
    if (!intake) {
      await this.drop(key);
      return { messages: [view.gone(t)], resume: true };
    }
    const hidden = t('common:callback.hidden');
    if (draft.step === 'contact') {
      const contact = readContact(text);
      if (!contact) return { messages: [view.checkContact(t, draft.org)], kept: hidden };
      const next: Draft = { ...draft, contact: { kind: contact.kind, value: contact.value } };
      if (draft.time) {
        return { ...(await this.toConsent(key, next, doc, t, intake)), kept: hidden };
      }
      await this.save(key, { ...next, step: 'time' });
      return { messages: [view.askTime(t, draft.org)], kept: hidden };
    }
    // The part of the day in the resident's words: cut, and without personal data.
    const words = (this.d.model().understanding?.redact(text).text ?? text).replace(/\s+/g, ' ').trim().slice(0, CALLBACK_LIMITS.maxTimeChars);
    if (!words) return { messages: [view.askTime(t, draft.org)], kept: '' };
    return { ...(await this.toConsent(key, { ...draft, time: { t: words } }, doc, t, intake)), kept: words };
  }

  private preview(draft: Draft, doc: ConversationDoc, t: Translate, intake: Intake): view.Preview {
    const time = !draft.time ? '' : 'c' in draft.time ? t(`common:callback.times.${draft.time.c}`) : draft.time.t;
    const promise = intake.promise ? t(intake.promise) : t('common:callback.promiseDefault', { name: intake.name });
    return { name: intake.name, promise, contact: { kind: draft.contact!.kind, display: showContact(draft.contact!) }, time, summary: view.summaryText(this.d.model().graph, doc.state, t), retentionDays: intake.retentionDays };
  }

  private async toConsent(key: string, draft: Draft, doc: ConversationDoc, t: Translate, intake: Intake): Promise<Step> {
    const next: Draft = { ...draft, step: 'consent' };
    await this.save(key, next);
    return { messages: [view.consent(t, draft.org, this.preview(next, doc, t, intake))] };
  }

  /** Yes: the request goes to the outbox (encrypted) before "verstuurd"; the draft goes. */
  private async confirm(key: string, draft: Draft, doc: ConversationDoc, t: Translate, intake: Intake): Promise<Step> {
    const now = this.now();
    const p = this.preview(draft, doc, t, intake);
    const dutch = translator(this.d.model().i18n, this.d.model().graph.defaultLanguage);
    const time = 'c' in draft.time! ? `${dutch(`common:callback.times.${draft.time.c}`)}` : draft.time!.t;
    const request: CallbackRequest = { id: draft.id, organisation: draft.org, organisationName: intake.name, to: intake.to, contact: draft.contact!, time, summary: p.summary, lang: doc.state.lang, created: new Date(now).toISOString() };
    const retentionMs = intake.retentionDays * 24 * 60 * 60_000;
    const giveUpAt = now + Math.min(this.d.config.giveUpMs, retentionMs);
    await this.d.outbox.enqueue(draft.id, this.d.sealer.seal(request, outboxKey(draft.id)), now, giveUpAt, now + retentionMs);
    await this.drop(key);
    this.d.stats?.record(new Map([['callback:asked', 1]]));
    this.d.logger.info('callback_queued');
    const opens = intake.hours ? nextOpening(intake.hours, new Date(now)) : undefined;
    return { messages: [view.queued(t, draft.org, intake.name, p.promise, opens ? formatOpening(opens, doc.state.lang) : undefined)], resume: true };
  }

  private async save(key: string, draft: Draft): Promise<void> {
    const current = await this.d.store.get<Sealed>(key);
    await this.d.store.put(key, this.d.sealer.seal(draft, key), current?.version ?? null, CALLBACK_LIMITS.draftTtlMs);
  }

  private async drop(key: string): Promise<void> {
    await this.d.store.delete(key);
    await this.d.compact?.();
  }

  /** Marks the activity seen; after a finished request, the engine asks its question again. */
  private async commit(req: TurnRequest, messages: readonly Message[], resume: boolean, kept: string | undefined): Promise<TurnOutcome> {
    const model = this.d.model();
    return update<ConversationDoc, TurnOutcome>(this.d.store, stateKey(req.channel, req.conversation), this.d.ttlMs, (doc) => {
      const state = doc!.state;
      const seen = req.activityId !== undefined ? [...doc!.seen, req.activityId].slice(-32) : doc!.seen;
      const again = resume ? converse(model, state, { type: 'action', action: { type: 'callback', op: 'no' } }) : undefined;
      const all = [...messages, ...(again?.messages ?? [])];
      return { value: { state: again?.state ?? state, seen }, result: { messages: all, lang: state.lang, duplicate: false, ...(kept !== undefined ? { kept } : {}) } };
    });
  }
}

/** What one step of the dialogue gives: messages, whether the engine asks its question again, the text to keep. */
interface Step {
  readonly messages: readonly Message[];
  readonly resume?: boolean;
  readonly kept?: string;
}
