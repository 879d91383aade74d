/**
 * Whether typed own words are an answer or a new problem, for {@link understand}: own words that
 * tell only a clear new problem are offered ("go there now, or finish this first"), and a new
 * problem named only in an answer's clause of time goes on the agenda only where it is the
 * resident's own and of now.
 * @packageDocumentation
 */
import type { QuestionStep, State } from '../engine/types.js';
import { clauseTexts } from '../understand/clauses.js';
import { DEFAULTS } from '../understand/defaults.js';
import { hasPhrase, normalise, normaliseContent, timeClauseWords, type Lexicon, type Reading } from '../understand/interpret.js';
import { pastYear, spanDays } from '../understand/time-words.js';
import { lexiconOf, type Heard } from './about.js';
import { coveredBy, labelTellsDanger } from './choice-reading.js';
import { namesOnly } from './second-problem.js';
import type { BotModel } from './converse.js';

const { newOnly: NEW_ONLY, newOnlyAlso: NEW_ONLY_ALSO, shortWords: SHORT_WORDS, answerHead: ANSWER_HEAD, labelRun: LABEL_RUN } = DEFAULTS.conversation;

/**
 * Whether the first words of the text answer the question: one to `answerHead` words that are a
 * whole part of a label ("niemand" of "Nee, niemand", "ja" of "Ja, aan familie of vrienden",
 * "nog niet"), or first words that are a yes or a no ("nee, ik ben ook mijn baan kwijt geraakt",
 * "liever niet, …").
 */
export function answersFirst(bot: BotModel, r: Reading, labels: readonly string[], lang: string): boolean {
  const parts = new Set(labels.flatMap((l) => clauseTexts(l).map((p) => normaliseContent(p)).filter((p) => p !== '')));
  for (let n = 1; n <= ANSWER_HEAD; n++) if (r.words.length > n && parts.has(r.words.slice(0, n).join(' '))) return true;
  const u = bot.understanding;
  return u !== undefined && (u.yesNo(r.text, lang) ?? u.yesNo(r.words[0] ?? '', lang)) !== undefined;
}

/**
 * Whether a clause of the text says `labelRun` words of a label in a row ("het wordt me bijna te
 * veel" says "bijna te veel" of "Het is bijna te veel"). With `newWords`, not a clause that also
 * holds one of them: "de rekeningen worden me bijna te veel" tells the new problem, it answers nothing.
 */
export function saysLabel(r: Reading, labels: readonly string[], newWords: readonly string[] = []): boolean {
  const runs = labels.flatMap((l) => {
    const w = normaliseContent(l).split(' ').filter((x) => x !== '');
    return Array.from({ length: Math.max(0, w.length - LABEL_RUN + 1) }, (_, i) => ` ${w.slice(i, i + LABEL_RUN).join(' ')} `);
  });
  const news = newWords.map((w) => ` ${normalise(w)} `);
  return clauseTexts(r.text).some((c) => {
    const clause = ` ${normalise(c)} `;
    return runs.some((run) => clause.includes(run)) && !news.some((w) => clause.includes(w));
  });
}

/** The words routing heard for `flows`, not counting weak ones. */
export function newWordsOf(heard: Heard, flows: readonly string[]): string[] {
  return (heard.explain ?? []).filter((e) => flows.includes(e.flow) && !e.weak).map((e) => e.word);
}

/**
 * Whether own words tell only a clear new problem, not an answer: every new leefgebied (`flows`)
 * heard at least `DEFAULTS.conversation.newOnly` (`newOnlyAlso` with a word of `commands.also`,
 * "geldzorgen ook", or in a text of at most `shortWords` words, "digid doet het niet"); no word
 * of the leefgebied being talked about (a weak or spelling-tolerant word, a word that only names
 * someone, and any word where that leefgebied is heard under
 * `switchScore`, as in "het gaat niet om mijn gezondheid", do not count); no button of this
 * question about it by its label or where it goes on ("ik durf de enveloppen niet open te maken" at
 * "Waar heb je moeite mee?" is about letters); no clause that says a label's words in a row
 * ({@link saysLabel}); and first words that answer nothing. With `why`, the reason it is not.
 */
export function clearlyNew(bot: BotModel, state: State, question: QuestionStep, r: Reading, flows: readonly string[], heard: Heard, labels: readonly string[], why?: string[]): boolean {
  const no = (reason: string) => (why?.push(`geen duidelijk nieuw probleem: ${reason}`), false);
  if (flows.length === 0) return false;
  const lex = lexiconOf(bot, state.lang);
  const also = (lex?.also ?? []).some((a) => hasPhrase(r.n, a));
  const bar = also || r.words.length <= SHORT_WORDS ? NEW_ONLY_ALSO : NEW_ONLY;
  const weak = flows.filter((f) => (heard.scores?.get(f) ?? 0) < bar);
  if (weak.length > 0) return no(`${weak.join(', ')} onder ${bar}`);
  // (not a word that only names someone or something, "kinderen", "huisarts"; nor any where this
  // leefgebied itself is heard only a little, as when it is said not to be the question: "het gaat
  // niet om mijn gezondheid")
  const naming = lex?.naming ?? [];
  const here = (heard.scores?.get(state.flow) ?? 0) >= DEFAULTS.conversation.switchScore;
  const own = here ? (heard.explain ?? []).find((e) => e.flow === state.flow && !e.weak && !e.fuzzy && !namesOnly(e.word, naming)) : undefined;
  if (own) return no(`'${own.word}' is een woord van ${state.flow}`);
  // (a button about danger, "Iemand doet mij pijn", is about no leefgebied here: its pijn is no gezondheid)
  const danger = (i: number) => bot.understanding !== undefined && labelTellsDanger(bot.understanding, labels[i] ?? '');
  const button = question.choices.find((c, i) => flows.some((f) => coveredBy(bot, state.flow, question, c.id, true).has(f)) && !danger(i));
  if (button) return no(`knop '${button.id}' gaat er ook over`);
  if (saysLabel(r, labels, newWordsOf(heard, flows))) return no(`er staan ${LABEL_RUN} woorden van een knop achter elkaar in`);
  return answersFirst(bot, r, labels, state.lang) ? no('de eerste woorden zijn een antwoord') : true;
}

/** What an answer's clause of time says of the problem it names: the resident's own, and begun years ago. */
export interface TimeClause {
  /** A word of `commands.self` or `commands.mine` stands in it ("sinds ik …", "sinds mijn contract …"); always, in a language without such words. */
  readonly own: boolean;
  /**
   * The answer dates it years back: a year gone by, "al jaren" (`commands.longAgo`) or a span of
   * at least `DEFAULTS.span.causeDays` anywhere in the answer ("het loopt al jaren, eigenlijk sinds
   * mijn scheiding"): the cause, not a problem of now.
   */
  readonly yearsAgo: boolean;
}

/** Reads the clause of time of an answer (see {@link TimeClause}). */
export function timeClauseOf(bot: BotModel, r: Reading, lex: Lexicon): TimeClause {
  const timed = timeClauseWords(r, lex);
  const words = [...(lex.self ?? []), ...(lex.mine ?? [])];
  // whole phrases, not their parts: "m'n" is "m n", and "z'n" must not count as it
  const own = (lex.self ?? []).length === 0 || words.some((w) => hasPhrase(timed, w));
  const yearsAgo = pastYear(r, lex, bot.now().getUTCFullYear()) || (spanDays(r, lex) ?? 0) >= DEFAULTS.span.causeDays || (lex.longAgo ?? []).some((c) => hasPhrase(r.n, c));
  return { own, yearsAgo };
}
