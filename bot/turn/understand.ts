/**
 * What typed text means at this point of the conversation: read once, as a whole, in a fixed order
 * (danger first, then a clear answer, a command, a language, a word, what it is about, an answer
 * in own words). Pure; the turn ({@link converse}) runs the engine on the result.
 * @packageDocumentation
 */
import type { Input, State } from '../engine/types.js';
import { translator } from '../i18n.js';
import { DEFAULTS } from '../understand/defaults.js';
import { SENTENCE_END } from '../understand/clauses.js';
import type { Lexicon } from '../understand/interpret.js';
import { choiceByWords, choiceOf, withoutChoiceWords } from '../understand/choice-words.js';
import { asksForLanguages, commandOf, hasPhrase, withoutTimeClauses, explainOf, languageOf, readText } from '../understand/interpret.js';
import type { BotModel, Interpretation, UserEvent } from './converse.js';
import { safetyAnswerOf } from './safety-reading.js';
import { momentDays, pastYear, spanDays } from '../understand/time-words.js';
import { coveredBy, coveredIn, leadingYesNoOf, senseOf, tellsDanger, withoutWords } from './choice-reading.js';
import { clearlyNew, newWordsOf, saysLabel, timeClauseOf } from './new-problem.js';
import { notesBeside } from './second-problem.js';
import { aboutOf, afterCrisis, lexiconOf, tellsTopic, toldAtMenu, type Heard } from './about.js';

/**
 * What a message may be understood as and still be held behind the safety question: a topic, own
 * words, a question that is not for this chat. Never an answer to a button question, a command, a
 * language or a word to explain.
 */
const HELD: ReadonlySet<Input['type']> = new Set(['topic', 'mention', 'text', 'outOfScope']);
const { clearAnswer: CLEAR_ANSWER, menuAnswer: MENU_ANSWER, maxAnswerWords: MAX_ANSWER_WORDS, switchScore: SWITCH_SCORE, menuWordsOver: MENU_WORDS_OVER, labelRun: LABEL_RUN, story: STORY } = DEFAULTS.conversation;

export { lexiconOf };

/**
 * What an event means. Typed text is read once, as a whole, in this order: acute danger (every
 * turn, every language); a clear answer to the current question (a button's words, its number,
 * yes/no, near-exact); a command (back, start over, a person), a language asked for by name, a
 * word to explain; then what it is about — at the menu the leefgebied (or several), in the middle
 * of a flow a new problem to offer (the current one stays on the agenda); only then a fuzzy
 * resemblance to a button; else the resident's own words. In the conversation's language
 * (`state.lang`); {@link understand} in answer-language.ts reads an answer in another language again.
 */
export function understandIn(bot: BotModel, state: State | undefined, event: UserEvent, explain = false): Interpretation {
  if (event.type === 'start' || !state) return { input: { type: 'start' } };
  if (event.type === 'action') return { input: event.action };
  const r = readText(event.text);
  const u = bot.understanding;
  const why: string[] | undefined = explain ? [] : undefined;
  const phrase = u?.crisis(r.text, { explain });
  const t = translator(bot.i18n, state.lang);
  // on one or two words the model's score is noise: only the crisis phrases count there
  const score = u && r.words.length >= DEFAULTS.danger.minWords ? u.danger(r.text) : DEFAULTS.danger.doubt;
  // a crisis phrase the model doubts (an idiom, a film) or its sentence puts in the past ("jaren
  // geleden"): the question instead of the crisis message
  const doubted = phrase != null && (score < DEFAULTS.danger.doubt || phrase.past === true) && state.safeSaid !== true;
  const danger = doubted ? null : phrase;
  // no crisis phrase, but the danger model is fairly sure: ask "Is er nu gevaar?" first (once a
  // resident said no, a safety line instead); a word that may mean danger: a safety line first
  const likely = score >= DEFAULTS.danger.ask;
  const unsure = (doubted || likely) && state.safeSaid !== true;
  const word = !danger && u?.dangerSignal(r.text) === true;
  const signal = !danger && !unsure && (likely || word);
  const mark = (i: Interpretation): Interpretation => {
    const held = 'input' in i && HELD.has(i.input.type);
    if (unsure && held) return { ...i, input: { type: 'unsure', then: i.input } };
    // an answer to a button question, a command: the model's score alone adds nothing there
    return (held ? signal : word || doubted) ? { ...i, signal: true } : i;
  };
  const done = (i: Interpretation, reason?: string): Interpretation => (why ? { ...mark(i), why: reason ? [...why, reason] : why } : mark(i));
  if (danger) {
    const model = danger.bystanderP === undefined ? '' : `, omstandermodel ${danger.bystanderP}`;
    const by = danger.bystander ? ` (gevaar voor iemand anders: tekst voor een omstander${model})` : model ? ` (eigen gevaar${model})` : '';
    const then = afterCrisis(bot, state, r.text, danger);
    return done({ input: { type: 'crisis', kind: danger.kind, ...(danger.bystander ? { bystander: true } : {}), ...(then ? { then } : {}) } }, `crisis: ${danger.kind}${by}; patroon "${danger.pattern ?? '?'}"${then ? `; daarna verder met leefgebied ${then.flow}` : ''}`);
  }
  const model = u ? `; gevaarmodel ${score.toFixed(2)} (vraag vanaf ${DEFAULTS.danger.ask})` : '';
  if (doubted) why?.push(`crisiszin "${phrase?.pattern ?? '?'}", maar ${phrase?.past ? 'de zin zegt dat het voorbij is (crisis.verleden)' : `het gevaarmodel twijfelt (${score.toFixed(2)}, onder ${DEFAULTS.danger.doubt})`}: eerst de vraag "Is er nu gevaar?"`);
  else if (unsure) why?.push(`geen crisiszin, maar het gevaarmodel is vrij zeker${model}: eerst de vraag "Is er nu gevaar?"`);
  else why?.push(signal ? `geen crisis, wel een teken van gevaar: eerst een veiligheidszin (112, 113)${model}` : `geen crisis${model}`);
  const open = state.held ? safetyAnswerOf(r, t) : undefined;
  if (open === 'unclear') return done({ input: { type: 'unsure', then: state.held! } }, 'ja op de vraag "Is er nu gevaar?", maar welk gevaar: de vraag nog eens, met de knoppen');
  if (open) return done({ input: { type: 'safety', answer: open } }, `antwoord op de vraag "Is er nu gevaar?": ${open}`);
  const lang = state.lang;
  const lex = lexiconOf(bot, lang);
  const node = state.done ? undefined : bot.graph.flows.get(state.flow)?.steps.get(state.step);
  const question = node?.kind === 'question' ? node : undefined;
  const atMenu = state.done === true || state.flow === bot.graph.entry;
  const exact = question ? choiceOf(r, question, state, t) : undefined;
  if (exact) return done({ input: exact }, `duidelijk antwoord: ${describe(exact)} (knoptekst, nummer of ja/nee)`);
  // A wijk is answered by its name or number, which only the engine knows: never a fuzzy button or a topic.
  if (question?.expect === 'area') return done({ input: (lex ? commandOf(r, lex) : undefined) ?? { type: 'text', text: r.text } }, 'een wijk: naam of nummer, de engine kent ze');
  const options = question ? question.choices.map((c) => ({ id: c.id, labels: [t(c.label)] })) : [];
  // A story of many words is not a button's label: only short texts are compared with the labels.
  const match = question && u && r.n !== '' && r.words.length <= MAX_ANSWER_WORDS ? u.matchChoice(r.text, options, lang) : null;
  const choiceAt = (id: string) => ({ type: 'choice' as const, flow: state.flow, step: question!.id, choice: id });
  const pick = (id: string): Interpretation => ({ input: choiceAt(id) });
  // At the menu a button's words are a topic too: only a number or the words themselves are an answer.
  // (a yes/no question at the menu, "Is er nog iets anders?", is answered by ja or nee like any other)
  const bar = atMenu && options.length > 2 ? MENU_ANSWER : CLEAR_ANSWER;
  // a yes or no with more after it ("ja, mijn zoon spijbelt" at "Is er nog iets anders?") is read to the end (below)
  const lead = question && u && r.words.length > 2 ? leadingYesNoOf(u, r.words, options, lang) : undefined;
  if (match && match.score >= bar && !lead) return done(pick(match.id), `duidelijk antwoord: knop '${match.id}' lijkt ${match.score.toFixed(2)} (drempel ${bar})`);
  if (match) why?.push(`knop '${match.id}' lijkt ${match.score.toFixed(2)}: te weinig voor een duidelijk antwoord`);
  // the words staff wrote on one choice (`words:` in the flow): a short text is that answer; a
  // longer one only when it names no new problem (below)
  // (at the menu only its few non-topic choices have words: "Ik weet het niet", "Nee, dank je")
  const wordsOf = (x: typeof r) => (question ? choiceByWords(x, question, state, u ? { keys: u.wordKeys(x.text), of: u.wordKeys } : undefined, lex?.negation) : undefined);
  const direct = wordsOf(r);
  // "sinds 2019" or "al anderhalf jaar" at "Hoe lang speelt dit al?" is "al jaren" (`commands.longAgo`),
  // "pas drie weekjes" is "sinds kort" (`commands.recently`): added in the words the choices use
  // (not after a change of subject: in "o ja, mijn vriend is vorige week vertrokken" the time is the new problem's)
  const aside = (lex?.aside ?? []).some((a) => hasPhrase(r.n, a));
  const today = !direct && question && lex && !aside ? bot.now() : undefined;
  const days = today && lex ? (pastYear(r, lex, today.getUTCFullYear()) ? Infinity : spanDays(r, lex) ?? momentDays(r, lex, today)) : undefined;
  const span = days === undefined ? undefined : days >= DEFAULTS.span.longDays ? lex?.longAgo?.[0] : lex?.recently?.[0];
  const dated = span ? wordsOf(readText(`${span}, ${r.text}`)) : undefined;
  const worded = direct ?? dated;
  const byYear = !direct && dated !== undefined && days === Infinity;
  const bySpan = !direct && dated !== undefined && days !== Infinity;
  const spanWhy = byYear || bySpan ? `; ${byYear ? 'een jaartal dat voorbij is' : `een tijdsduur van ${days} dagen`} telt als "${span}"` : '';
  const wordedWhy = worded ? `antwoord in de woorden van knop '${worded.choice}' (words: in de flow)${spanWhy}` : '';
  /**
   * That choice; of the other leefgebieden the message named (`named`), those it still names
   * without the choice's words go on the agenda ("mijn vrouw en ik gaan uit elkaar" at opvoeden
   * is the answer, not also relaties). The rest alone may drift to a weak new guess: only what the
   * whole message named counts.
   */
  const answered = (w: NonNullable<typeof worded>, named: readonly string[], reason = wordedWhy, said: readonly string[] = []): Interpretation => {
    const choice = question!.choices.find((c) => c.id === w.choice)!;
    const restText = named.length > 0 ? withoutWords(withoutChoiceWords(r.n, choice), said) : '';
    const restHeard: Heard = {};
    const rest = named.length > 0 ? aboutOf(bot, state, restText, false, true, undefined, restHeard) : undefined;
    const still = rest && 'input' in rest && rest.input.type === 'text' ? (rest.input.mentions ?? []) : [];
    // what the choice itself is about in this text is no second problem ("Ik snap mijn post niet" is about letters)
    const covered = coveredIn(bot, state.flow, question!, choice.id, r.n, restHeard.scores);
    const { mentions, notNoted } = notesBeside(named, still, covered, restHeard.doubted ?? []);
    return done({ input: { ...w, words: r.text, ...(mentions.length > 0 ? { mentions } : {}) } }, `${reason}${mentions.length > 0 ? `; genoteerd: ${mentions.join(', ')}` : ''}${notNoted}`);
  };
  // A command ("terug", "een mens") and a question about a word ("wat is dagbesteding?") are
  // said in so many words: they go before a choice's words.
  const found = lex ? commandOf(r, lex) : undefined;
  // "opnieuw" in a message that tells a problem ("gewoon schuldenvrij worden en opnieuw
  // beginnen") is no wish to start the conversation again
  const command = found?.type === 'restart' && u && tellsTopic(bot, r.text) ? undefined : found;
  if (found && !command) why?.push('"opnieuw" staat in een bericht dat een probleem noemt: geen opdracht om opnieuw te beginnen');
  if (command) return done({ input: command }, `opdracht: ${command.type}`);
  const asksWord = lex ? explainOf(r, bot.graph, lang, lex, true) : undefined;
  // at the menu a problem the rest tells goes first ("ja graag, ik heb ook schulden")
  if (lead && atMenu) {
    const topic = aboutOf(bot, state, r.text, true, false, why);
    if (topic && 'input' in topic && toldAtMenu(bot, r.text, topic.input, lex, state.visited)) return why ? { ...mark(topic), why: topic.why ?? why } : mark(topic);
  }
  // in the middle of a flow the yes or no is the answer, and a problem the rest tells is noted
  if (lead && !atMenu) {
    const own = aboutOf(bot, state, r.text, false, true);
    const told = own && 'input' in own && own.input.type === 'text' ? (own.input.mentions ?? []) : [];
    return answered(choiceAt(lead), told, `antwoord: knop '${lead}' (ja of nee vooraan)`);
  }
  // A short text in a choice's words is that answer. (Also offering a new problem it names cost
  // more typed answers than it won new problems on the dev lists: antwoorden-2 207 -> 205, mid-flow 162 -> 163.)
  // (not at the menu where the text also names a clear problem: "ik weet het niet, ik heb schulden")
  // (that the choice is not about itself: "een onafhankelijke cliëntondersteuner" is "Iemand die niet van de gemeente is")
  // (routed once for both checks at the menu below)
  let menuRoute: ReturnType<NonNullable<typeof u>['route']> | undefined;
  const routeAtMenu = () => (menuRoute ??= u!.route(r.text, { crisis: false }));
  // (the choice's own words are its own: the topic counts where the rest still tells it, "iemand
  // die niet bij de gemeente werkt" is no werk; decided once for both checks below)
  let topicClear: boolean | undefined;
  const clearTopic = (): boolean => (topicClear ??= (() => {
    const w = worded!;
    const rest = withoutChoiceWords(r.n, question!.choices.find((c) => c.id === w.choice)!);
    const routed = rest === r.n ? routeAtMenu() : u!.route(rest, { crisis: false });
    return bot.graph.leefgebieden.includes(routed.flow) && routed.score >= MENU_WORDS_OVER && routed.modelOnly === undefined && !coveredBy(bot, state.flow, question!, w.choice).has(routed.flow);
  })());
  if (worded && !asksWord && r.words.length <= MAX_ANSWER_WORDS && !(atMenu && u && clearTopic())) {
    // a second problem in a short answer is noted only where it is told with a word that adds it
    // ("paar weken pas, ik ben ook erg eenzaam")
    // (an answer read from a time word alone, "sinds de zomer. mijn baan ben ik kwijt", has no
    // words of its own: what the rest tells is checked as in a longer answer)
    // (and so where it is told in a sentence of its own: "al maanden. mijn man en ik gaan scheiden")
    const sentences = r.text.split(SENTENCE_END).filter((x) => x.trim() !== '').length;
    const adds = u && ((lex?.also ?? []).some((a) => hasPhrase(r.n, a)) || !direct || sentences >= 2);
    const short = adds ? aboutOf(bot, state, r.text, false, true) : undefined;
    return answered(worded, short && 'input' in short && short.input.type === 'text' ? (short.input.mentions ?? []) : []);
  }
  const language = languageOf(r, bot.languages, lang, bot.languageCues);
  if (language) return done({ input: language }, `taal gevraagd: ${language.type === 'language' ? language.lang : ''}`);
  if (asksForLanguages(r, bot.languageWords)) return done({ languages: true }, 'vraagt om de lijst met talen');
  const glossaryWord = asksWord ?? (lex ? explainOf(r, bot.graph, lang, lex) : undefined);
  // A postcode question is answered with a place: never a new topic.
  // the topic's score, as aboutOf found it (no second routing of the same text)
  const heard: Heard = {};
  const aboutText = () => (u && r.words.length > 0 && question?.expect !== 'postcode' ? aboutOf(bot, state, r.text, atMenu, question?.other !== undefined, why, heard) : undefined);
  if (glossaryWord?.type === 'explain') {
    // at the menu the word is explained and the bot goes on to what the message is about
    const topic = atMenu ? aboutText() : undefined;
    const next = topic && 'input' in topic ? topic.input : undefined;
    const then = next?.type === 'topic' || next?.type === 'mention' ? next : undefined;
    const said = `${asksWord ? 'vraagt uitleg van een woord' : 'woord uit de woordenlijst'}: ${describe(glossaryWord)}`;
    return done({ input: then ? { ...glossaryWord, then } : glossaryWord }, then ? `${said}; daarna verder met ${describe(then)}` : said);
  }
  const about = aboutText();
  // an errand word beside an answer a choice's words or a time give ("sinds mijn ongeluk op de fiets 3 jaar terug"): the answer
  if (worded && !atMenu && about && 'input' in about && about.input.type === 'outOfScope') return answered(worded, [], `${wordedWhy}; een woord van 'buiten' ernaast maakt het geen vraag voor elders`);
  // (what is said after this, why a new problem is not clear, is added to what aboutOf said)
  const whyAt = why?.length ?? 0;
  // own words that are one choice's words: that choice, and what else they name is noted
  const told = about && 'input' in about && about.input.type === 'text' ? about.input : undefined;
  if (worded && told) return answered(worded, told.mentions ?? []);
  // at the menu, a choice's own words ("ik vertrouw de gemeente niet, is er iemand anders") go
  // before a topic heard only weakly (relaties, from "vertrouw")
  if (worded && atMenu && u && (heard.modelOnly || !clearTopic())) return answered(worded, [], `${wordedWhy}; het onderwerp is zwak (onder ${MENU_WORDS_OVER}) of alleen in de woorden van de knop gehoord`);
  // own words that share words with one choice only ("ik snap die brieven niet" at "Wat speelt
  // er met geld?"): that choice. Not where the message offers a new problem at a button question.
  const offer = about && 'input' in about && about.input.type === 'mention' && !atMenu ? about.input : undefined;
  const heardSense = question && u && !atMenu && !worded && question.expect !== 'postcode' && (told || offer || !about) ? senseOf(u, question, r.text, lang, t) : undefined;
  // own words that tell only a clear new problem (new-problem.ts: "mijn dochter wordt gepest op
  // school, daar wil ik hulp bij" at "Heb je zelf al iets geprobeerd?" about money)
  const labels = options.flatMap((o) => o.labels);
  const onlyNew = told?.mentions !== undefined && clearlyNew(bot, state, question!, r, told.mentions, heard, labels, why);
  // (a button that shares with it little more than common words, "wat", "kan", "mijn", is no answer then)
  // (and a long story with a clear new problem that shares a single word with a button: "mijn
  // zoon van 16 komt nooit meer thuis … hoe pak ik dat aan" is not "Ja" by "mijn zoon helpt")
  const heardNew = told?.mentions ?? offer?.flows ?? [];
  const story = r.words.length >= STORY.words && heardNew.length > 0 && heardNew.every((f) => (heard.scores?.get(f) ?? 0) >= STORY.newAtLeast);
  const sensed = heardSense && ((onlyNew && heardSense.content < DEFAULTS.choiceSense.minScore) || (story && heardSense.content < STORY.contentBelow)) ? undefined : heardSense;
  if (heardSense && !sensed) why?.push(`knop '${heardSense.id}' deelt te weinig (${heardSense.said.join(', ')}) met een duidelijk nieuw probleem: geen antwoord`);
  const sensedAs = sensed ? choiceAt(sensed.id) : undefined;
  const sensedWhy = sensed ? `antwoord in eigen woorden: knop '${sensed.id}' deelt ${sensed.said.join(', ')} (${sensed.score})` : '';
  // a short answer is that answer only, as with a choice's words above
  if (sensedAs && told) return answered(sensedAs, r.words.length <= MAX_ANSWER_WORDS ? [] : (told.mentions ?? []), sensedWhy, sensed!.said);
  // a "new" problem that the answer's own choice is about ("ik heb niks meer op mijn rekening" at
  // "Ik heb nu geen geld"): the answer, not an offer to go elsewhere
  const answer = worded ?? sensedAs;
  const answerCovers = offer && answer ? coveredBy(bot, state.flow, question!, answer.choice, true) : undefined;
  if (offer && answer && offer.flows.every((f) => answerCovers!.has(f))) {
    return answered(answer, [], `${worded ? wordedWhy : sensedWhy}; over ${offer.flows.join(', ')} gaat deze knop zelf`);
  }
  // (and where it is about the first of the new problems: "ik heb geen cent meer en de huur moet
  // betaald" at "Hoe lang speelt dit al?" is "Ik heb nu geen geld", and wonen is noted)
  if (offer && answer && answerCovers!.has(offer.flows[0]!)) {
    const rest = offer.flows.filter((f) => !answerCovers!.has(f));
    return answered(answer, rest, `${worded ? wordedWhy : sensedWhy}; over ${offer.flows[0]} gaat deze knop zelf`);
  }
  // a "new" problem that exactly one button of this question is about, told in other words ("ewa
  // ik zit blut, nul euro" at a question with "Ik heb nu geen geld"): that button
  // (and so in own words: "ik zit de hele dag thuis, wil iets doen" at "Wat speelt er met werk?"
  // is "Iets zinvols doen", which leads to meedoen, not an answer with meedoen noted)
  const newFlows = offer?.flows ?? (told && !answer ? (told.mentions ?? []) : []);
  // (never a button about danger: "ik vergeet alles sinds het ongeluk" is not "Iemand doet mij pijn" by its pijn ~ gezondheid)
  const buttonsAbout = (flows: readonly string[]) =>
    flows.length > 0 && !answer && u ? question!.choices.filter((c) => flows.every((f) => coveredBy(bot, state.flow, question!, c.id, true).has(f)) && !tellsDanger(u, question!, c.id, t)) : [];
  // a change of subject said in so many words ("trouwens de wmo-taxi komt steeds te laat, waar kan
  // ik klagen" at a question with "Een klacht"): what comes after it is a new problem, to go to now or later
  if (!answer && newFlows.length > 0 && aside) {
    return done({ input: { type: 'mention', flows: newFlows, words: r.text } }, `ander onderwerp ("trouwens", commands.aside): aanbod ${newFlows.join(', ')} nu of eerst dit afmaken`);
  }
  const aboutIt = buttonsAbout(newFlows);
  if (aboutIt.length === 1) return answered(choiceAt(aboutIt[0]!.id), [], `antwoord: over ${newFlows.join(', ')} gaat alleen knop '${aboutIt[0]!.id}'`);
  // (and so where only the first of the new problems is)
  const [first, ...others] = newFlows;
  const aboutFirst = others.length > 0 ? buttonsAbout([first!]) : [];
  if (aboutFirst.length === 1) return answered(choiceAt(aboutFirst[0]!.id), others, `antwoord: over ${first} gaat alleen knop '${aboutFirst[0]!.id}'`);
  // a new problem heard only in the words that make this answer ("ik ben op, helemaal leeg, de
  // huisarts zegt burn-out" at "Hoe zwaar is het zorgen?": burn-out is a word of "Ik kan niet
  // meer"): the answer, and what the rest still tells is noted as from any answer
  // (and one whose rest only names someone, "ik heb kleine kinderen" at "Is het dringend?", is no
  // new problem either: the rules for a second problem in own words decide)
  if (offer && worded) {
    const rest = withoutChoiceWords(r.n, question!.choices.find((c) => c.id === worded.choice)!);
    const again = rest !== r.n ? aboutOf(bot, state, rest, false, false) : about;
    const still = again && 'input' in again && again.input.type === 'mention' ? again.input.flows : [];
    if (still.length === 0) return answered(worded, offer.flows, `${wordedWhy}; ${offer.flows.join(', ')} alleen gehoord in de woorden van dit antwoord`);
    const own = aboutOf(bot, state, rest, false, true);
    const told = own && 'input' in own && own.input.type === 'text' ? (own.input.mentions ?? []) : [];
    if (told.length === 0) return answered(worded, offer.flows, `${wordedWhy}; ${still.join(', ')} geen nieuw probleem volgens de regels voor een tweede probleem in eigen woorden (alleen iemand genoemd, of één twijfelachtig woord)`);
  }
  // a new problem named only in a clause of time of an answer ("sinds ik mijn baan kwijt ben" at
  // "Is het dringend?") dates the answer: the answer, and that problem on the agenda where it is the
  // resident's own and of now ("sinds ik ontslagen ben", "sinds mijn contract niet verlengd is");
  // "sinds hij zijn werk kwijt is" (someone else's) and "sinds mijn scheiding in 2018" (years back,
  // the cause) only date it. Not for a span of time read from a longer text where the clause is
  // the resident's own: "sinds een paar maanden gaat mijn zoon …" and "sinds mijn man dood is praat
  // ik met niemand meer, al een jaar" tell the new problem.
  if (worded && offer && lex) {
    const untimed = withoutTimeClauses(r, lex);
    const again = untimed !== r.n ? aboutOf(bot, state, untimed, false, false) : about;
    if (!(again && 'input' in again && again.input.type === 'mention')) {
      const { own, yearsAgo } = timeClauseOf(bot, r, lex);
      const note = own && !yearsAgo;
      if (!bySpan || !own) return answered(worded, note ? offer.flows : [], `${wordedWhy}; het nieuwe probleem staat alleen in een tijdszin${own ? (yearsAgo ? ' van jaren terug' : '') : ' over iemand anders'}`);
    }
  }
  // at the menu a yes or no whose rest tells no new problem (checked above, before a choice's
  // words: "nee dank je, ik moet naar mijn werk") stays the answer
  if (lead) return done(pick(lead), `duidelijk antwoord: knop '${lead}' (ja of nee vooraan; de rest noemt geen nieuw probleem)`);
  // an answer in own words that says a label's words in a row ("zwaar, het wordt me bijna te veel.
  // ik slaap slecht" at "Hoe zwaar is het zorgen?"): the answer, and the new problem noted
  if (offer && answer && saysLabel(r, labels, newWordsOf(heard, offer.flows))) return answered(answer, offer.flows, `${worded ? wordedWhy : sensedWhy}; ${LABEL_RUN} woorden van een knop achter elkaar`);
  // own words that tell only a new problem, with no word of this leefgebied and no button of this
  // question ("mijn dochter wordt gepest op school, daar wil ik hulp bij" at "Heb je zelf al iets
  // geprobeerd?" about money) are no answer: the resident chooses, as at a question of buttons only
  // (a button it shares words with was taken above)
  if (onlyNew && told?.mentions) {
    return done({ input: { type: 'mention', flows: told.mentions, words: r.text } }, `eigen woorden zonder woord van ${state.flow} en zonder knop: geen antwoord maar een nieuw probleem; aanbod ${told.mentions.join(', ')} nu of eerst dit afmaken`);
  }
  // own words with a choice's own words (or a span of time read as them) and a new problem besides
  // ("al jaren eigenlijk, de juf op de basisschool zei het ook al", "sinds ik in oktober mn baan
  // kwijt ben, dus vrij nieuw allemaal" at "Hoe lang speelt dit al?"): that answer, and the new
  // problem on the agenda with its own "Nu: …" button, so neither is lost and the resident still
  // chooses (all of it noted: what the button is about does not drop a problem the message tells)
  if (offer && worded) {
    return done({ input: { ...worded, words: r.text, mentions: offer.flows } }, `${wordedWhy}; ${offer.flows.join(', ')} genoteerd, met een knop om er nu heen te gaan`);
  }
  if (about) return why ? { ...mark(about), why: [...(about.why ?? why.slice(0, whyAt)), ...why.slice(whyAt)] } : mark(about);
  if (worded) return answered(worded, []);
  if (sensedAs) return answered(sensedAs, [], sensedWhy);
  if (match) return done(pick(match.id), `antwoord op gevoel: knop '${match.id}' (${match.score.toFixed(2)})`);
  return done({ input: { type: 'text', text: r.text } }, question?.other !== undefined ? 'eigen woorden: het antwoord op deze vraag' : 'eigen woorden: niets herkend');
}

/** An engine input in a few words, for `why`. */
function describe(i: Input): string {
  if (i.type === 'choice') return `knop '${i.choice}'`;
  if (i.type === 'explain') return i.entry;
  if (i.type === 'topic') return `leefgebied ${i.flow}`;
  return i.type;
}
