/**
 * A typed answer in another language than the conversation's ("not yet", "od wielu miesięcy" in a
 * Dutch conversation) is read again in the language it is written in (the labels, yes and no,
 * time words and choice reading of that language), and that reading counts where it is an answer.
 * @packageDocumentation
 */
import type { Input, State } from '../engine/types.js';
import type { BotModel, Interpretation, UserEvent } from './converse.js';
import { translator } from '../i18n.js';
import { tellsDanger } from './choice-reading.js';
import { understandIn } from './understand.js';

/** The choice the input picks at the current question (also behind "Is er nu gevaar?" first), if any. */
function answerAt(i: Interpretation, state: State): string | undefined {
  if (!('input' in i)) return undefined;
  const input: Input = i.input.type === 'unsure' ? i.input.then : i.input;
  return input.type === 'choice' && input.flow === state.flow && input.step === state.step ? input.choice : undefined;
}

/**
 * What an event means ({@link understandIn}), with an answer typed in another language read in
 * that language where that gives an answer: over no answer, and over an answer found in the
 * conversation's language ("since 2019 more or less" shares "more" and "less" with a Dutch
 * button). Never over acute danger, a command or an answer to "Is er nu gevaar?", and not at the
 * menu (there a first message in any language is read for its topic; "Is er nog iets anders?" is
 * read again).
 */
export function understand(bot: BotModel, state: State | undefined, event: UserEvent, explain = false): Interpretation {
  const own = understandIn(bot, state, event, explain);
  const u = bot.understanding;
  if (!state || event.type !== 'text' || !u || state.held || state.done || !('input' in own)) return own;
  const node = bot.graph.flows.get(state.flow)?.steps.get(state.step);
  if (node?.kind !== 'question' || (state.flow === bot.graph.entry && node.choices.length > 2)) return own;
  const answered = answerAt(own, state);
  if (!['text', 'mention', 'topic', 'unsure', 'choice'].includes(own.input.type)) return own;
  const written = u.detectLanguage(event.text);
  if (written === state.lang || !bot.languages.some((l) => l.code === written)) return own;
  const other = understandIn(bot, { ...state, lang: written }, event, explain);
  const picked = answerAt(other, state);
  // never a button about danger by the second reading alone ("he doesnt listen anymore, comes
  // home at 2 in the night" shares "home" with "There is violence at home")
  if (picked === undefined || (picked !== answered && [written, state.lang, bot.graph.defaultLanguage].some((l) => tellsDanger(u, node, picked, translator(bot.i18n, l))))) return own;
  if (!other.why) return other;
  return { ...other, why: [...(own.why ?? []), `${answered !== undefined ? 'in de taal van het gesprek' : 'in de taal van het gesprek geen antwoord'} (${state.lang}); opnieuw gelezen in de taal van het bericht (${written}):`, ...other.why] };
}
