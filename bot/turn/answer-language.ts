/**
 * A typed answer in another language than the conversation's ("not yet", "od wielu miesięcy" in a
 * Dutch conversation): where the conversation's own reading finds no answer to the question, the
 * text is read again in the language it is written in (the labels, yes and no, time words and
 * choice reading of that language), and that reading counts where it is an answer.
 * @packageDocumentation
 */
import type { Input, State } from '../engine/types.js';
import type { BotModel, Interpretation, UserEvent } from './converse.js';
import { understandIn } from './understand.js';

/** The choice the input picks at the current question, also behind "Is er nu gevaar?" first. */
function answerAt(i: Interpretation, state: State): boolean {
  if (!('input' in i)) return false;
  const input: Input = i.input.type === 'unsure' ? i.input.then : i.input;
  return input.type === 'choice' && input.flow === state.flow && input.step === state.step;
}

/**
 * What an event means ({@link understandIn}), with an answer typed in another language read in
 * that language when the conversation's own reading takes it as no answer: never over acute
 * danger, a command, an answer to "Is er nu gevaar?" or an answer already found, and not at the
 * menu (there a first message in any language is read for its topic; "Is er nog iets anders?" is
 * read again).
 */
export function understand(bot: BotModel, state: State | undefined, event: UserEvent, explain = false): Interpretation {
  const own = understandIn(bot, state, event, explain);
  const u = bot.understanding;
  if (!state || event.type !== 'text' || !u || state.held || state.done || !('input' in own)) return own;
  const node = bot.graph.flows.get(state.flow)?.steps.get(state.step);
  if (node?.kind !== 'question' || (state.flow === bot.graph.entry && node.choices.length > 2)) return own;
  if (!['text', 'mention', 'topic', 'unsure'].includes(own.input.type) || answerAt(own, state)) return own;
  const written = u.detectLanguage(event.text);
  if (written === state.lang || !bot.languages.some((l) => l.code === written)) return own;
  const other = understandIn(bot, { ...state, lang: written }, event, explain);
  if (!answerAt(other, state)) return own;
  if (!other.why) return other;
  return { ...other, why: [...(own.why ?? []), `in de taal van het gesprek (${state.lang}) geen antwoord; opnieuw gelezen in de taal van het bericht (${written}):`, ...other.why] };
}
