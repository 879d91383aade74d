/**
 * Renders engine outputs into messages in the resident's language, with service cards built from
 * the content pack. Pure: given the same outputs, state and translations, the same messages.
 * @packageDocumentation
 */
import { resolveService, type Directory } from '../content/types.js';
import type { Graph, Output, State } from '../engine/types.js';
import { I18N_DEFAULTS, type Translate } from '../i18n.js';
import type { Button, ContactAction, Message, ServiceCard } from './types.js';

/** What rendering needs. */
export interface RenderContext {
  readonly graph: Graph;
  readonly directory: Directory;
  readonly t: Translate;
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

/** "a", "a en b", "a, b en c" in the resident's language. */
function list(items: readonly string[], t: Translate): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${t('common:privacy.and')} ${items.at(-1)!}` : (items[0] ?? '');
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
    case 'understood':
      return [plain(t('common:understood', { answer: t(o.answer) }))];
    case 'noted': {
      const titles = o.flows.map((f) => t(ctx.graph.flows.get(f)?.title ?? f));
      return [plain(t('common:switch.noted', { titles: list(titles, t) }))];
    }
    case 'switch': {
      const titles = o.flows.map((f) => t(ctx.graph.flows.get(f)?.title ?? f));
      // At the menu: several problems in one story, where to begin; in a flow: a new one, now or later.
      const atMenu = o.flow === ctx.graph.entry;
      const text = atMenu ? t('common:several') : t('common:switch.text', { titles: list(titles, t) });
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
      return [plain(t('common:agenda.also', { titles: list(titles, t) })), question];
    }
    case 'referral':
      return [
        plain(t(o.text)),
        ...o.services.flatMap((id) => {
          const card = serviceCard(id, ctx, state.postcode);
          return card ? [{ ...cardMessage(card), markers: { referral: { organisation: card.organisation, service: card.service } } }] : [];
        }),
      ];
    case 'handoff': {
      const card = serviceCard(o.service, ctx, state.postcode);
      const intro = plain(t(o.text));
      if (!card) return [intro];
      return [intro, { ...cardMessage(card), markers: { handoff: { organisation: card.organisation, service: card.service, reason: o.reason } } }];
    }
    case 'summary': {
      const lines: string[] = [];
      let flow = '';
      for (const item of o.items) {
        if (item.flow !== flow) {
          flow = item.flow;
          if (flow !== ctx.graph.entry) lines.push(`— ${t(ctx.graph.flows.get(flow)?.title ?? flow)} —`);
        }
        lines.push(`${t(item.heading)}: ${'key' in item.answer ? t(item.answer.key) : item.answer.words}`);
      }
      const body = lines.length > 0 ? lines.join('\n') : t('common:summary.empty');
      const text = `${t(o.text)}\n\n${t('common:summary.title')}\n${body}`;
      return [{ text, speak: text, markers: { summary: true } }];
    }
    case 'crisis':
      return [
        { ...plain(t(o.text)), markers: { crisis: true } },
        ...o.services.flatMap((id) => {
          const card = serviceCard(id, ctx, state.postcode);
          return card ? [{ ...cardMessage(card), markers: { crisis: true as const } }] : [];
        }),
      ];
    case 'glossary': {
      const entry = ctx.graph.glossary.find((g) => g.id === o.entry);
      const word = entry?.terms[state.lang]?.[0] ?? entry?.terms[ctx.graph.defaultLanguage]?.[0] ?? o.entry;
      const text = `${word.charAt(0).toUpperCase()}${word.slice(1)}: ${t(o.text)}`;
      return [{ text, speak: text, markers: { glossary: o.entry } }];
    }
  }
}

function cardMessage(card: ServiceCard): Message {
  const text = [card.subtitle ? `${card.title} (${card.subtitle})` : card.title, ...card.lines, ...card.actions.map((a) => (a.type === 'call' ? a.label : `${a.label}: ${a.href.replace(/^mailto:/, '')}`))].join('\n');
  return { text, speak: [card.title, ...card.lines].join('. '), card };
}

/** A card for a service, or undefined when the service is unknown. */
export function serviceCard(id: string, ctx: RenderContext, postcode?: string): ServiceCard | undefined {
  const r = resolveService(ctx.directory, id, postcode);
  if (!r) return undefined;
  const { t } = ctx;
  const s = r.service;
  const lines = [t(s.description), `${t('common:card.forWhom')}: ${t(s.for)}`];
  if (s.how) lines.push(`${t('common:card.how')}: ${t(s.how)}`);
  if (s.schedule) lines.push(`${t('common:card.when')}: ${t(s.schedule)}`);
  const badges: string[] = [];
  if (s.free) badges.push(t('common:card.free'));
  if (s.independent) badges.push(t('common:card.independent'));
  if (badges.length > 0) lines.push(badges.join(' · '));
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
    lines,
    badges,
    actions,
  };
}
