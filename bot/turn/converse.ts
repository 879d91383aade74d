/**
 * One conversation turn from the resident's side: interpret what they typed or pressed, run the
 * engine, render the outputs in their language. Pure given the bot model; shared by the terminal
 * chat, the transcript tests and the Bot Framework shell.
 * @packageDocumentation
 */
import type { i18n } from 'i18next';
import type { Project } from '../authoring/project.js';
import type { Directory } from '../content/types.js';
import { postcodeDigits, step } from '../engine/step.js';
import type { ButtonInput } from '../engine/actions.js';
import type { Graph, Input, State } from '../engine/types.js';
import { createI18n, translateList, translator } from '../i18n.js';
import { render } from '../render/render.js';
import type { Button, Message } from '../render/types.js';
import { createUnderstanding, type Understanding } from '../understand/index.js';
import { choiceOf, commandOf, explainOf, languageOf, normalise, type LanguageName, type Lexicon } from '../understand/interpret.js';

/** "taal", "language", "Taal / Language" in any supported language. */
function isLanguageRequest(text: string, bot: BotModel): boolean {
  const n = normalise(text);
  if (n.length === 0 || n.split(' ').length > 3) return false;
  const words = [...bot.lexicons.values()].flatMap((l) => l.language.map(normalise));
  return n.split(' ').every((w) => words.includes(w));
}

/** Everything needed to hold conversations; built once from a loaded project, never changed. */
export interface BotModel {
  readonly graph: Graph;
  readonly directory: Directory;
  readonly i18n: i18n;
  readonly languages: readonly LanguageName[];
  readonly lexicons: ReadonlyMap<string, Lexicon>;
  /** Routing, crisis tripwire and personal-data guard (absent when no synonym files are shipped). */
  readonly understanding?: Understanding;
}

/** What typed text or a click means: one engine input, an offer to pick among several topics, or the list of languages. */
export type Interpretation = { readonly input: Input } | { readonly offer: readonly string[] } | { readonly languages: true };

/** What the resident did. */
export type UserEvent = { readonly type: 'start' } | { readonly type: 'text'; readonly text: string } | { readonly type: 'action'; readonly action: ButtonInput };

/** The result of a turn. */
export interface TurnResult {
  readonly state: State;
  readonly messages: readonly Message[];
  /** The engine input the event was understood as (for statistics and tests). */
  readonly input: Input;
  /** For typed text: the text as it may be kept and shown again (personal data removed). */
  readonly kept?: string;
}

/** Builds the bot model from a loaded project. */
export function createBot(project: Project): BotModel {
  const instance = createI18n(project.resources, project.defaultLanguage);
  const lexicons = new Map<string, Lexicon>();
  for (const { code } of project.languages) {
    const list = (k: string) => translateList(instance, code, `common:commands.${k}`);
    lexicons.set(code, { back: list('back'), restart: list('restart'), human: list('human'), explain: list('explain'), language: list('language') });
  }
  const languages = project.languages.map((l) => ({ code: l.code, names: [l.code, l.name, l.native], native: l.native }));
  const understanding = project.understanding ? createUnderstanding(project.understanding) : undefined;
  return { graph: project.graph, directory: project.directory, i18n: instance, languages, lexicons, ...(understanding ? { understanding } : {}) };
}

/**
 * Runs one turn. Typed text is first cleaned of personal data (the resident is told kindly);
 * only the cleaned text is interpreted, kept or shown again.
 */
export function converse(bot: BotModel, state: State | undefined, event: UserEvent): TurnResult {
  if (!state && event.type !== 'start') {
    // A channel that sends no join (or a resident who types first): greet, then take what they said.
    const greeted = converse(bot, undefined, { type: 'start' });
    const r = converse(bot, greeted.state, event);
    return { ...r, messages: [...greeted.messages, ...r.messages] };
  }
  const notices: Message[] = [];
  let cleaned = event;
  const asked = state && !state.done ? bot.graph.flows.get(state.flow)?.steps.get(state.step) : undefined;
  const digits = event.type === 'text' && asked?.kind === 'question' && asked.expect === 'postcode' ? postcodeDigits(event.text) : undefined;
  if (digits) {
    // At a postcode question only the 4 digits are kept; letters and a house number never go further.
    cleaned = { type: 'text', text: digits };
  } else if (event.type === 'text' && bot.understanding) {
    const r = bot.understanding.redact(event.text);
    if (r.kinds.length > 0) {
      const t = translator(bot.i18n, state?.lang ?? bot.graph.defaultLanguage);
      const names = r.kinds.map((k) => t(`common:privacy.kinds.${k}`));
      const kinds = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${t('common:privacy.and')} ${names.at(-1)!}` : names[0]!;
      const text = t('common:privacy.removed', { kinds });
      notices.push({ text, speak: text });
      cleaned = { type: 'text', text: r.text };
    }
  }
  const kept = cleaned.type === 'text' ? { kept: cleaned.text } : {};
  const meaning = understand(bot, state, cleaned);
  if ('offer' in meaning && state) return { state, messages: [...notices, offerTopics(bot, state, meaning.offer)], input: { type: 'resume' }, ...kept };
  if ('languages' in meaning && state) return { state, messages: [...notices, offerLanguages(bot)], input: { type: 'resume' }, ...kept };
  const input = 'input' in meaning ? meaning.input : { type: 'resume' as const };
  const result = step(bot.graph, state, input);
  const t = translator(bot.i18n, result.state.lang);
  const messages = render(result.outputs, result.state, { graph: bot.graph, directory: bot.directory, t, today: new Date().toISOString().slice(0, 10) });
  return { state: result.state, messages: [...notices, ...messages], input, ...kept };
}

/** Every language in its own name ("Taal / Language"); the conversation keeps its place. */
function offerLanguages(bot: BotModel): Message {
  const text = bot.languages.map((l) => translator(bot.i18n, l.code)('common:chooseLanguage')).filter((x, i, all) => all.indexOf(x) === i).join(' / ');
  const buttons: Button[] = bot.languages.map((l) => ({ label: l.native, role: 'choice', action: { type: 'language', lang: l.code } }));
  return { text, speak: text, buttons };
}

/** "Several things are going on: where do we start?" with a button per leefgebied. */
function offerTopics(bot: BotModel, state: State, flows: readonly string[]): Message {
  const t = translator(bot.i18n, state.lang);
  const text = t('common:several');
  const buttons: Button[] = flows.map((flow) => ({
    label: t(bot.graph.flows.get(flow)?.title ?? flow),
    role: 'choice',
    action: { type: 'topic', flow, also: flows.filter((f) => f !== flow) },
  }));
  buttons.push({ label: t('common:buttons.human'), role: 'control', action: { type: 'human' } });
  return { text, speak: text, buttons };
}

/**
 * What an event means. For typed text, in this order: acute danger (every turn, every
 * language); the current choices, word for word; a command (back, start over, a person); the
 * current choices with typo tolerance; a question about a word; a language's name; where no own
 * words are asked, whether it is not for this chat, and at the menu or after the end, the
 * leefgebied it is about; else free text.
 */
export function understand(bot: BotModel, state: State | undefined, event: UserEvent): Interpretation {
  if (event.type === 'start' || !state) return { input: { type: 'start' } };
  if (event.type === 'action') return { input: event.action };
  const text = event.text;
  const u = bot.understanding;
  const danger = u?.crisis(text);
  if (danger) return { input: { type: 'crisis', kind: danger.kind } };
  const lang = state.lang;
  const lex = bot.lexicons.get(lang) ?? bot.lexicons.get(bot.graph.defaultLanguage);
  const node = state.done ? undefined : bot.graph.flows.get(state.flow)?.steps.get(state.step);
  const question = node?.kind === 'question' ? node : undefined;
  const t = translator(bot.i18n, lang);
  const exact = question ? choiceOf(text, question, state, t) : undefined;
  if (exact) return { input: exact };
  const command = lex ? commandOf(text, lex) : undefined;
  if (command) return { input: command };
  if (isLanguageRequest(text, bot)) return { languages: true };
  const asksWord = lex ? explainOf(text, bot.graph, lang, lex, true) : undefined;
  if (asksWord) return { input: asksWord };
  if (question && u) {
    const options = question.choices.map((c) => ({ id: c.id, labels: [t(c.label)] }));
    const m = u.matchChoice(text, options, lang);
    if (m) return { input: { type: 'choice', flow: state.flow, step: question.id, choice: m.id } };
  }
  const other = (lex ? explainOf(text, bot.graph, lang, lex) : undefined) ?? languageOf(text, bot.languages, lang);
  if (other) return { input: other };
  const atMenu = state.done === true || state.flow === bot.graph.entry;
  if (u && !question?.other) {
    const route = u.route(text);
    if (route.flow === 'buiten') return { input: { type: 'outOfScope' } };
    if (atMenu && bot.graph.leefgebieden.includes(route.flow)) {
      const several = u.problems(route).filter((f) => bot.graph.leefgebieden.includes(f));
      if (several.length >= 2) return { offer: several };
      return { input: { type: 'topic', flow: route.flow } };
    }
  }
  return { input: { type: 'text', text } };
}
