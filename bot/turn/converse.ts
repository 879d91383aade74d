/**
 * One conversation turn from the resident's side: interpret what they typed or pressed, run the
 * engine, render the outputs in their language. Pure given the bot model; shared by the terminal
 * chat, the transcript tests and the Bot Framework shell.
 * @packageDocumentation
 */
import type { i18n } from 'i18next';
import type { PageTexts } from '../authoring/page-texts.js';
import type { Project } from '../authoring/project.js';
import type { Directory } from '../content/types.js';
import { step } from '../engine/step.js';
import { postcodeDigits } from '../engine/memory.js';
import type { ButtonInput } from '../engine/actions.js';
import type { Graph, Input, State } from '../engine/types.js';
import { createI18n, joinAnd, translateList, translator } from '../i18n.js';
import { render } from '../render/render.js';
import type { Button, Message } from '../render/types.js';
import { DEFAULTS } from '../understand/defaults.js';
import { createUnderstanding, type Understanding } from '../understand/index.js';
import { lexicon, normalise, type LanguageName, type Lexicon } from '../understand/interpret.js';
import { lexiconOf } from './understand.js';
import { understand } from './answer-language.js';

export { lexiconOf, understand };

/** Everything needed to hold conversations; built once from a loaded project, never changed. */
export interface BotModel {
  readonly graph: Graph;
  readonly directory: Directory;
  readonly i18n: i18n;
  readonly languages: readonly LanguageName[];
  readonly lexicons: ReadonlyMap<string, Lexicon>;
  /** Words of every language that ask for the list of languages ("taal", "language"), normalised. */
  readonly languageWords: ReadonlySet<string>;
  /** Words of every language around a language's name that ask for it ("please", "graag"). */
  readonly languageCues: readonly string[];
  /** Routing, crisis tripwire and personal-data guard (absent when no synonym files are shipped). */
  readonly understanding?: Understanding;
  /** The chat page's own texts per language. */
  readonly pageTexts: PageTexts;
  /** Today, for time words at a question of how long ("sinds 2019", "sinds de herfstvakantie"; see time-words.ts). */
  readonly now: () => Date;
}

/**
 * What typed text or a click means: one engine input, or the list of languages. `why`: only when
 * asked (`understand(…, true)`), the reasons in Dutch for staff, in the order they were weighed.
 */
export type Interpretation = ({ readonly input: Input } | { readonly languages: true }) & {
  readonly why?: readonly string[];
  /** No crisis phrase, but a word that may mean danger: a short safety line goes first. */
  readonly signal?: true;
};

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
  const understanding = project.understanding ? createUnderstanding(project.understanding) : undefined;
  const lexicons = new Map<string, Lexicon>();
  for (const { code } of project.languages) {
    const list = (k: string) => translateList(instance, code, `common:commands.${k}`);
    // the words that end a clause are the synonym file's (`wensen.grenzen`), its base language's included
    const bounds = understanding?.clauseBounds(code) ?? [];
    lexicons.set(code, lexicon({ back: list('back'), restart: list('restart'), human: list('human'), explain: list('explain'), language: list('language'), languageCue: list('languageCue'), negation: list('negation'), since: list('since'), naming: list('naming'), also: list('also'), aside: list('aside'), concern: list('concern'), longAgo: list('longAgo'), recently: list('recently'), durations: list('durations'), moments: list('moments'), momentCue: list('momentCue'), counts: list('counts'), ageBefore: list('ageBefore'), ageAfter: list('ageAfter'), roughly: list('roughly'), self: list('self'), mine: list('mine'), others: list('others'), bounds }));
  }
  const languages = project.languages.map((l) => ({ code: l.code, names: [...new Set([l.name, l.native, ...(l.aliases ?? [])].map(normalise))], native: l.native }));
  const languageWords = new Set([...lexicons.values()].flatMap((l) => l.language.flatMap((w) => w.split(' '))));
  const languageCues = [...new Set([...lexicons.values()].flatMap((l) => l.languageCue))];
  return { graph: project.graph, directory: project.directory, i18n: instance, languages, lexicons, languageWords, languageCues, pageTexts: project.pageTexts, now: () => new Date(), ...(understanding ? { understanding } : {}) };
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
    // Always carry on with what the guard read (a text longer than it reads is cut, never kept unread).
    cleaned = { type: 'text', text: r.text };
    if (r.kinds.length > 0) {
      const t = translator(bot.i18n, state?.lang ?? bot.graph.defaultLanguage);
      const names = r.kinds.map((k) => t(`common:privacy.kinds.${k}`));
      const kinds = joinAnd(names, t);
      const text = t('common:privacy.removed', { kinds });
      notices.push({ text, speak: text });
    }
  }
  const kept = cleaned.type === 'text' ? { kept: cleaned.text } : {};
  const meaning = understand(bot, state, cleaned);
  if ('languages' in meaning && state) return { state, messages: [...notices, offerLanguages(bot)], input: { type: 'resume' }, ...kept };
  const input = 'input' in meaning ? meaning.input : { type: 'resume' as const };
  const result = step(bot.graph, state, input);
  const t = translator(bot.i18n, result.state.lang);
  // a word that may mean danger, without a crisis phrase: 112 and 113 first, then the answer
  if (meaning.signal) {
    const text = t('common:crisis.check');
    notices.push({ text, speak: text, markers: { safetyCheck: true } });
  }
  const messages = render(result.outputs, result.state, { graph: bot.graph, directory: bot.directory, t, tDefault: translator(bot.i18n, bot.graph.defaultLanguage), today: new Date().toISOString().slice(0, 10) });
  // A feeling in the resident's words is heard first, once per conversation; never on a crisis
  // turn (its text carries the warmth) and never for a click.
  // (not a feeling said not to be there: "nog geen paniek", `commands.negation`)
  // (and loneliness, shame or anger only where the resident speaks of themself: `commands.self` of the text's language)
  const lex = lexiconOf(bot, result.state.lang);
  const feeling = cleaned.type === 'text' && input.type !== 'crisis' ? bot.understanding?.feeling(cleaned.text, lex?.negation, (l) => bot.lexicons.get(l)?.self) : null;
  if (feeling && !(result.state.felt ?? []).includes(feeling)) {
    const text = t(`common:feelings.${feeling}`);
    const heard: Message = { text, speak: text, markers: { heard: true } };
    return { state: { ...result.state, felt: [...(result.state.felt ?? []), feeling] }, messages: [...notices, heard, ...messages], input, ...kept };
  }
  return { state: result.state, messages: [...notices, ...messages], input, ...kept };
}

/** Every language in its own name ("Taal / Language"); the conversation keeps its place. */
function offerLanguages(bot: BotModel): Message {
  const text = bot.languages.map((l) => translator(bot.i18n, l.code)('common:chooseLanguage')).filter((x, i, all) => all.indexOf(x) === i).join(' / ');
  const buttons: Button[] = bot.languages.map((l) => ({ label: l.native, role: 'choice', action: { type: 'language', lang: l.code } }));
  return { text, speak: text, buttons };
}
