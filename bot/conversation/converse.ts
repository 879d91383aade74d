/**
 * One conversation turn from the resident's side: interpret what they typed or pressed, run the
 * engine, render the outputs in their language. Pure given the bot model; shared by the terminal
 * chat, the transcript tests and the Bot Framework shell.
 * @packageDocumentation
 */
import type { i18n } from 'i18next';
import type { Project } from '../authoring/project.js';
import type { Directory } from '../content/types.js';
import { step } from '../engine/step.js';
import type { Graph, Input, State } from '../engine/types.js';
import { createI18n, translateList, translator } from '../i18n.js';
import { render } from '../render/render.js';
import type { Message } from '../render/types.js';
import { choiceOf, commandOf, explainOf, languageOf, type LanguageName, type Lexicon } from './interpret.js';

/** Everything needed to hold conversations; built once from a loaded project, never changed. */
export interface BotModel {
  readonly graph: Graph;
  readonly directory: Directory;
  readonly i18n: i18n;
  readonly languages: readonly LanguageName[];
  readonly lexicons: ReadonlyMap<string, Lexicon>;
}

/** What the resident did. */
export type UserEvent = { readonly type: 'start' } | { readonly type: 'text'; readonly text: string } | { readonly type: 'action'; readonly action: Input };

/** The result of a turn. */
export interface TurnResult {
  readonly state: State;
  readonly messages: readonly Message[];
  /** The engine input the event was understood as (for statistics and tests). */
  readonly input: Input;
}

/** Builds the bot model from a loaded project. */
export function createBot(project: Project): BotModel {
  const instance = createI18n(project.resources, project.defaultLanguage);
  const lexicons = new Map<string, Lexicon>();
  for (const { code } of project.languages) {
    const list = (k: string) => translateList(instance, code, `common:commands.${k}`);
    lexicons.set(code, { back: list('back'), restart: list('restart'), human: list('human'), explain: list('explain') });
  }
  const languages = project.languages.map((l) => ({ code: l.code, names: [l.code, l.name, l.native] }));
  return { graph: project.graph, directory: project.directory, i18n: instance, languages, lexicons };
}

/** Runs one turn. Never throws: a broken turn becomes a kind message and the place is kept. */
export function converse(bot: BotModel, state: State | undefined, event: UserEvent): TurnResult {
  const input = understand(bot, state, event);
  const result = step(bot.graph, state, input);
  const t = translator(bot.i18n, result.state.lang);
  const messages = render(result.outputs, result.state, { graph: bot.graph, directory: bot.directory, t });
  return { state: result.state, messages, input };
}

/** What an event means for the engine. */
export function understand(bot: BotModel, state: State | undefined, event: UserEvent): Input {
  if (event.type === 'start' || !state) return { type: 'start' };
  if (event.type === 'action') return event.action;
  const text = event.text;
  const lang = state.lang;
  const lex = bot.lexicons.get(lang) ?? bot.lexicons.get(bot.graph.defaultLanguage);
  const question = state.done ? undefined : bot.graph.flows.get(state.flow)?.steps.get(state.step);
  const t = translator(bot.i18n, lang);
  if (question?.kind === 'question') {
    const choice = choiceOf(text, question, state, t);
    if (choice) return choice;
  }
  if (lex) {
    const command = commandOf(text, lex) ?? explainOf(text, bot.graph, lang, lex);
    if (command) return command;
  }
  return languageOf(text, bot.languages, lang) ?? { type: 'text', text };
}
