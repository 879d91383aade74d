/**
 * Renders engine outputs into messages in the resident's language, with service cards built from
 * the content pack. Pure: given the same outputs, state and translations, the same messages.
 * @packageDocumentation
 */
import { SAFETY_ANSWERS } from '../engine/safety.js';
import { resolveService, type Directory } from '../content/types.js';
import type { Graph, Output, State } from '../engine/types.js';
import { I18N_DEFAULTS, joinAnd, type Translate } from '../i18n.js';
import { cardFace } from './card.js';
import type { Button, ContactAction, Message, ServiceCard } from './types.js';

/** What rendering needs. */
export interface RenderContext {
  readonly graph: Graph;
  readonly directory: Directory;
  readonly t: Translate;
  /** Today (yyyy-mm-dd), for the date on "Mijn vraag"; given by the turn layer, never read from a clock here. */
  readonly today?: string;
  /**
   * The default language's translator: "Mijn vraag" of a conversation in another language is
   * also given in Dutch, below it, so the wijkteam can read it.
   */
  readonly tDefault?: Translate;
}

/**
 * Renders all outputs of one turn. When a text of an output falls back to Dutch (its translation
 * is missing), the output's first message gets `markers.untranslated` and the language's note.
 */
export function render(outputs: readonly Output[], state: State, ctx: RenderContext): Message[] {
  const { has } = ctx.t;
  if (!has || ctx.t.lang === undefined || ctx.t.lang === ctx.graph.defaultLanguage) return outputs.flatMap((o) => renderOne(o, state, ctx));
  const note = has(I18N_DEFAULTS.untranslatedNote) ? ctx.t(I18N_DEFAULTS.untranslatedNote) : undefined;
  return outputs.flatMap((o) => {
    let dutch = false;
    const t: Translate = Object.assign((key: string, params?: Readonly<Record<string, string>>) => {
      if (!has(key)) dutch = true;
      return ctx.t(key, params);
    }, { lang: ctx.t.lang, has });
    const messages = renderOne(o, state, { ...ctx, t });
    return dutch && messages.length > 0 ? [untranslated(messages[0]!, note), ...messages.slice(1)] : messages;
  });
}

/** A message marked as (partly) in Dutch, with the note appended to what is shown and read aloud. */
function untranslated(m: Message, note: string | undefined): Message {
  const markers = { ...m.markers, untranslated: true as const };
  return note ? { ...m, text: `${m.text}\n\n${note}`, speak: `${m.speak} ${note}`, markers } : { ...m, markers };
}

function plain(text: string): Message {
  return { text, speak: text };
}


function renderOne(o: Output, state: State, ctx: RenderContext): Message[] {
  const { t } = ctx;
  switch (o.kind) {
    case 'text':
      return [plain(t(o.text, o.params))];
    case 'feedback': {
      // a card, so the buttons stay in the history and do not take the place of the question's
      const text = t('common:feedback.question');
      const feedback: Button[] = (['yes', 'bit', 'no'] as const).map((value) => ({ label: t(`common:feedback.${value}`), role: 'choice', action: { type: 'feedback', flow: o.flow, step: o.step, value } }));
      return [{ text, speak: text, feedback }];
    }
    case 'thanks': {
      const step = ctx.graph.flows.get(o.flow)?.steps.get(o.step);
      const services = step?.kind === 'referral' ? step.services : [];
      const organisations = [...new Set(services.flatMap((id) => serviceCard(id, ctx, state.postcode)?.organisation ?? []))];
      return [{ ...plain(t('common:feedback.thanks')), markers: { feedback: { value: o.value, leefgebied: o.flow, organisations } } }];
    }
    case 'more': {
      const card = serviceCard(o.service, ctx, state.postcode, state.area);
      if (!card) return [];
      const text = [card.subtitle ? `${card.title} (${card.subtitle})` : card.title, ...card.more].join('\n');
      return [{ text, speak: text }];
    }
    case 'understood':
      return [plain(t('common:understood', { answer: t(o.answer) }))];
    case 'noted': {
      // the answer is taken and the flow goes on; the noted problem can still be chosen now
      const titles = o.flows.map((f) => t(ctx.graph.flows.get(f)?.title ?? f));
      const now: Button[] = o.flows.map((flow, i) => ({ label: t('common:buttons.now', { title: titles[i]! }), role: 'choice', action: { type: 'topic', flow } }));
      return [{ ...plain(t('common:switch.noted', { titles: joinAnd(titles, t) })), cardButtons: now }];
    }
    case 'switch': {
      const titles = o.flows.map((f) => t(ctx.graph.flows.get(f)?.title ?? f));
      // At the menu: several problems in one story, where to begin; in a flow: a new one, now or later.
      const atMenu = o.flow === ctx.graph.entry;
      const text = atMenu ? t('common:several') : t('common:switch.text', { titles: joinAnd(titles, t) });
      const buttons: Button[] = o.flows.map((flow, i) => ({
        label: atMenu ? titles[i]! : t('common:buttons.now', { title: titles[i]! }),
        role: 'choice',
        action: { type: 'topic', flow, also: o.flows.filter((f) => f !== flow) },
      }));
      if (!atMenu) buttons.push({ label: t('common:buttons.finishFirst'), role: 'choice', action: { type: 'resume' } });
      buttons.push({ label: t('common:buttons.human'), role: 'control', action: { type: 'human' } });
      return [{ text, speak: text, buttons }];
    }
    case 'question': {
      const buttons: Button[] = o.choices.map((c) => ({
        label: t(c.label),
        role: 'choice',
        action: { type: 'choice', flow: o.flow, step: o.step, choice: c.id },
      }));
      for (const flow of o.topics ?? []) {
        const title = t(ctx.graph.flows.get(flow)?.title ?? flow);
        buttons.push({ label: t('common:buttons.topic', { title }), role: 'choice', action: { type: 'topic', flow } });
      }
      if (o.canGoBack) buttons.push({ label: t('common:buttons.back'), role: 'control', action: { type: 'back' } });
      buttons.push({ label: t('common:buttons.human'), role: 'control', action: { type: 'human' } });
      const text = t(o.text);
      const question: Message = { text, speak: text, buttons, markers: { question: { flow: o.flow, step: o.step } } };
      if (!o.topics?.length || o.again) return [question];
      // the agenda, by name: what the resident named and has not talked about yet
      const titles = o.topics.map((f) => t(ctx.graph.flows.get(f)?.title ?? f));
      return [plain(t('common:agenda.also', { titles: joinAnd(titles, t) })), question];
    }
    case 'referral':
      return [
        plain(t(o.text)),
        ...distinct(o.services, ctx, state).flatMap((id) => {
          const card = serviceCard(id, ctx, state.postcode, state.area);
          return card ? [{ ...cardMessage(card), markers: { referral: { organisation: card.organisation, service: card.service } } }] : [];
        }),
      ];
    case 'handoff': {
      const card = serviceCard(o.service, ctx, state.postcode, state.area);
      const intro = plain(t(o.text));
      if (!card) return [intro];
      return [intro, { ...cardMessage(card), markers: { handoff: { organisation: card.organisation, service: card.service, reason: o.reason } } }];
    }
    case 'summary': {
      const own = summaryText(o, state, ctx);
      // In another language: the same "Mijn vraag" in Dutch below it, for the wijkteam.
      const dutch = ctx.tDefault && state.lang !== ctx.graph.defaultLanguage ? summaryText(o, state, { ...ctx, t: ctx.tDefault }) : undefined;
      const text = dutch ? `${own}\n\n— ${ctx.tDefault!('common:summary.inDutch')} —\n\n${dutch}` : own;
      return [{ text, speak: own, markers: { summary: true } }];
    }
    case 'crisis':
      return [
        { ...plain(t(o.text)), markers: o.bystander ? { crisis: true, bystander: true } : { crisis: true } },
        ...o.services.flatMap((id) => {
          const card = serviceCard(id, ctx, state.postcode, state.area);
          return card ? [{ ...cardMessage(card), markers: { crisis: true as const } }] : [];
        }),
      ];
    case 'safetyQuestion': {
      const text = t('common:crisis.ask');
      const buttons: Button[] = SAFETY_ANSWERS.map((answer) => ({ label: t(`common:crisis.answers.${answer}`), role: 'choice', action: { type: 'safety', answer } }));
      buttons.push({ label: t('common:buttons.human'), role: 'control', action: { type: 'human' } });
      return [{ text, speak: text, buttons, markers: { safetyQuestion: true } }];
    }
    case 'glossary': {
      const entry = ctx.graph.glossary.find((g) => g.id === o.entry);
      const word = entry?.terms[state.lang]?.[0] ?? entry?.terms[ctx.graph.defaultLanguage]?.[0] ?? o.entry;
      const text = `${word.charAt(0).toUpperCase()}${word.slice(1)}: ${t(o.text)}`;
      return [{ text, speak: text, markers: { glossary: o.entry } }];
    }
  }
}

/**
 * "Mijn vraag" in one language: per leefgebied the resident's own words and their answers (button
 * labels or own words), the problems they named and have not talked about yet, then the extras.
 */
function summaryText(o: Extract<Output, { kind: 'summary' }>, state: State, ctx: RenderContext): string {
  const { t } = ctx;
  const lines: string[] = [];
  const told = state.told ?? {};
  let group = '';
  for (const item of o.items) {
    const flow = item.flow;
    if (`${flow}${item.earlier ? '#earlier' : ''}` !== group) {
      group = `${flow}${item.earlier ? '#earlier' : ''}`;
      const title = t(ctx.graph.flows.get(flow)?.title ?? flow);
      if (flow !== ctx.graph.entry) lines.push(item.earlier ? `— ${title} (${t('common:summary.earlier')}) —` : `— ${title} —`);
      if (told[flow] && !item.earlier) lines.push(`${t('common:summary.ownWords')}: "${told[flow]}"`);
    }
    // a button read from own words shows both: what it means, and how the resident said it
    const said = 'key' in item.answer ? (item.answer.words ? `${t(item.answer.key)} (${item.answer.words})` : t(item.answer.key)) : item.answer.words;
    lines.push(`${t(item.heading)}: ${said}`);
  }
  // every problem named, also the ones not talked about yet
  const shown = new Set(o.items.map((i) => i.flow));
  const named = [...new Set([...Object.keys(told), ...(state.pending ?? [])])].filter((f) => !shown.has(f) && ctx.graph.leefgebieden.includes(f));
  if (named.length > 0) {
    lines.push(t('common:summary.alsoNamed'));
    for (const f of named) lines.push(`• ${t(ctx.graph.flows.get(f)?.title ?? f)}${told[f] ? `: "${told[f]}"` : ''}`);
  }
  const body = lines.length > 0 ? lines.join('\n') : t('common:summary.empty');
  return [`${t(o.text)}\n\n${t('common:summary.title')}\n${body}`, ...summaryExtras(state, ctx)].join('\n\n');
}

/**
 * What "Mijn vraag" adds to the resident's own words, to take to the keukentafelgesprek: the
 * organisations advised with how to reach them, three questions to ask, and the gemeente and date.
 */
function summaryExtras(state: State, ctx: RenderContext): string[] {
  const { t } = ctx;
  const out: string[] = [];
  const referred = distinct(state.referred ?? [], ctx, state).flatMap((id) => {
    const card = serviceCard(id, ctx, state.postcode, state.area);
    const r = resolveService(ctx.directory, id, state.postcode, state.area);
    if (!card || !r) return [];
    const reach = [...r.contact.phones.map((p) => p.number), ...(r.contact.email ? [r.contact.email] : []), ...(r.contact.url ? [r.contact.url] : [])];
    const contact = reach.length > 0 ? reach.join(' · ') : t('common:summary.noContact');
    return [`• ${card.subtitle ? `${card.title} (${card.subtitle})` : card.title}: ${contact}`];
  });
  if (referred.length > 0) out.push(`${t('common:summary.referred')}\n${referred.join('\n')}`);
  out.push(`${t('common:summary.questions.title')}\n1. ${t('common:summary.questions.one')}\n2. ${t('common:summary.questions.two')}\n3. ${t('common:summary.questions.three')}`);
  const gemeente = ctx.directory.pack.name;
  out.push(ctx.today ? t('common:summary.madeOn', { date: longDate(ctx.today, t.lang), gemeente }) : t('common:summary.made', { gemeente }));
  return out;
}

/** A date (yyyy-mm-dd) written out in the resident's language ("30 november 2026"); the ISO date if that fails. */
function longDate(iso: string, lang: string | undefined): string {
  try {
    const base = (lang ?? 'nl').split('-x-')[0]!;
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(base, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d, 12));
  } catch {
    return iso;
  }
}

/**
 * The services of a referral without repeats: a service of the same organisation with the same
 * contact details as one before it is left out (Leiden: the wijkteam also gives the support for
 * carers; one card, not two cards with the same number).
 */
function distinct(ids: readonly string[], ctx: RenderContext, state: State): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => {
    const r = resolveService(ctx.directory, id, state.postcode, state.area);
    if (!r) return false;
    if (r.contact.phones.length === 0 && !r.contact.email && !r.contact.url) return true; // nothing to repeat
    const key = JSON.stringify([r.service.organisation, r.contact.phones.map((p) => p.number), r.contact.email ?? '', r.contact.url ?? '']);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cardMessage(card: ServiceCard): Message {
  const text = [card.subtitle ? `${card.title} (${card.subtitle})` : card.title, ...card.lines, ...card.actions.map((a) => (a.type === 'call' ? a.label : `${a.label}: ${a.href.replace(/^mailto:/, '')}`))].join('\n');
  return { text, speak: [card.title, ...card.lines].join('. '), card };
}

/** A card for a service, or undefined when the service is unknown. */
export function serviceCard(id: string, ctx: RenderContext, postcode?: string, area?: string): ServiceCard | undefined {
  const r = resolveService(ctx.directory, id, postcode, area);
  if (!r) return undefined;
  const { t } = ctx;
  const s = r.service;
  // A calm card: what it is and how to reach them; for whom and when behind "Meer" (bot/render/card.ts).
  const face = cardFace(s, t);
  const actions: ContactAction[] = [];
  for (const p of r.contact.phones) {
    const label = t('common:card.call', { number: p.number }) + (p.description ? ` (${t(p.description)})` : '');
    actions.push({ type: 'call', label, href: `tel:${p.number.replace(/[^0-9+]/g, '')}` });
  }
  if (r.contact.email) actions.push({ type: 'mail', label: t('common:card.mail'), href: `mailto:${r.contact.email}` });
  if (r.contact.url) actions.push({ type: 'open', label: t('common:card.website'), href: r.contact.url });
  const orgName = r.area ? `${r.organisation?.name ?? ''} — ${r.area.name}`.replace(/^ — /, '') : r.organisation?.name;
  const title = t(s.name);
  return {
    service: s.id,
    organisation: s.organisation,
    title,
    ...(orgName && orgName !== title ? { subtitle: orgName } : {}),
    lines: face.lines.map((l) => l.text),
    more: face.more,
    moreLabel: t('common:card.more'),
    badges: face.badges,
    actions,
  };
}
