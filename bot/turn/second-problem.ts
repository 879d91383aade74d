/**
 * Whether the rest of a typed answer tells a second problem, to note on the agenda: told as a
 * problem (not only naming someone of a leefgebied) and clearly about that leefgebied.
 * @packageDocumentation
 */
import { DEFAULTS } from '../understand/defaults.js';
import type { ExplainItem, Understanding } from '../understand/index.js';
import { clauseTexts } from '../understand/clauses.js';
import { hasPhrase, normalise, type Lexicon } from '../understand/interpret.js';

/** The words routing heard for leefgebied `f`, without weak words and spelling look-alikes. */
const heardFor = (explain: readonly ExplainItem[], f: string): ExplainItem[] => explain.filter((e) => e.flow === f && e.weak !== true && e.fuzzy !== true);

/** A phrase of it (two or more words, or a pattern), or two different words of it. */
const phraseOrTwo = (own: readonly ExplainItem[]): boolean => own.some((e) => e.word.includes(' ')) || new Set(own.map((e) => e.word)).size >= 2;

/**
 * Whether words routing heard only name someone: every word a naming word or a number ("zoon",
 * "mijn zoon van 14", "met mijn kinderen"); the locale's naming list holds the small words such a
 * name comes with ("mijn", "van", "met").
 */
export const namesOnly = (word: string, naming: readonly string[]): boolean => normalise(word).split(' ').every((w) => naming.includes(w) || /^\d+$/.test(w));

/** Whether the text has a word that adds something (`also`: "ook", "trouwens"), read in its normalised form ("wacht even, …" with its comma). */
const adds = (text: string, also: readonly string[]): boolean => {
  const n = normalise(text);
  return also.some((a) => hasPhrase(n, a));
};

/**
 * Whether the rest of an answer (`text`, with the words routing heard in it: `explain`) tells of a
 * problem in leefgebied `f`, not only names someone of it
 * ("mijn buurvrouw leest mee", "de huisarts zei", "mijn zoon van 14"): a word or phrase of it that
 * does not only name someone (words of `naming`, numbers) or that a wish asks for in its clause
 * ("ik zoek werk": `ExplainItem.wished`), or three such words of two kinds or more;
 * or any word of it where the text adds something (`also`: "ook") or changes the subject
 * (`aside`: "eerst iets anders").
 */
export function toldAsProblem(explain: readonly ExplainItem[], text: string, lex: Pick<Lexicon, 'naming' | 'also' | 'aside' | 'self' | 'mine' | 'others' | 'concern'>, setAside = false): (f: string) => boolean {
  const naming = lex.naming ?? [];
  // (a leefgebied heard only in clauses about someone else, "ja mijn neef, hij spreekt goed
  // Nederlands", tells nothing of the resident's; one also heard outside them, "mijn zoon van 12
  // doet ze na, hij scheldt", is told in all its words)
  const clauses = clausesWhose(text, lex);
  const outside = (e: ExplainItem) => {
    const w = normalise(e.word);
    return !clauses.some((c) => c.theirs && hasPhrase(c.n, w)) || clauses.some((c) => !c.theirs && hasPhrase(c.n, w));
  };
  const someoneElse = clauses.some((c) => c.theirs);
  const heard = (f: string) => {
    const own = heardFor(explain, f);
    return !someoneElse || own.some(outside) ? own : [];
  };
  // "ik heb ook een traplift nodig": a word that adds something makes it a problem told
  // (and so does a change of subject, `aside`: "nog niets. eerst iets anders, de school van mijn zoon …")
  if (setAside || adds(text, [...(lex.also ?? []), ...(lex.aside ?? [])])) return (f) => heard(f).length > 0;
  return (f) => {
    const own = heard(f);
    // only naming words: two say no more than one ("hij werkt in ploegendienst"); three, of two kinds or more, do
    return own.some((e) => !namesOnly(e.word, naming) || e.wished === true) || (own.length >= 3 && new Set(own.map((e) => e.word)).size >= 2);
  };
}

/**
 * The clauses of the text (normalised), read once, each with whether it speaks of someone else:
 * one of `others` ("hij", "ze") and no word of `self` or `mine` ("ja mijn neef, hij spreekt goed
 * Nederlands": the second clause), and no clause before it saying the question is about someone
 * (`concern`: "mijn vraag is over mijn zoon, hij moet van school"). None does in a language
 * without `others` words (`["*"]`).
 */
function clausesWhose(text: string, lex: Pick<Lexicon, 'self' | 'mine' | 'others' | 'concern'>): { readonly n: string; readonly theirs: boolean }[] {
  const others = (lex.others ?? []).filter((w) => w !== '*');
  if (others.length === 0) return [];
  const own = [...(lex.self ?? []), ...(lex.mine ?? [])];
  // after "mijn vraag is over mijn zoon" (`concern`) the clauses about him are the resident's question
  let concerned = false;
  return clauseTexts(text).map((c) => normalise(c)).map((n) => {
    const theirs = !concerned && others.some((w) => hasPhrase(n, w)) && !own.some((w) => hasPhrase(n, w));
    concerned ||= (lex.concern ?? []).some((w) => hasPhrase(n, w));
    return { n, theirs };
  });
}

/**
 * Whether own words (`text`, with the words routing heard in it: `explain`) are clearly about
 * leefgebied `f`: a phrase of it (two or more words, or a pattern), two different words of it, or
 * the topic model giving it at least `DEFAULTS.topicModel.noteAtLeast` (without a model: yes). A
 * word that adds something (`also`) does not lift this check, unlike {@link toldAsProblem}: "zij
 * heeft zelf ook kinderen" is no problem, and "ik heb ook schulden" the model does give to geld.
 * The model is asked only for a leefgebied heard in a single word, and then once.
 */
export function clearlyAbout(u: Understanding, explain: readonly ExplainItem[], text: string): (f: string) => boolean {
  let topics: ReadonlyMap<string, number> | undefined;
  return (f) => {
    if (phraseOrTwo(heardFor(explain, f))) return true;
    topics ??= u.topics(text);
    return (topics.get(f) ?? 1) >= DEFAULTS.topicModel.noteAtLeast;
  };
}

/**
 * Which of the leefgebieden a message named (`named`) go on the agenda beside its answer: those the
 * rest still tells as a problem (`still`) and the chosen button is not about (`covered`), not those
 * heard in one doubtful word only (`doubted`); with the reasons for `why` of each left out.
 */
export function notesBeside(named: readonly string[], still: readonly string[], covered: ReadonlySet<string>, doubted: readonly string[]): { mentions: string[]; notNoted: string } {
  const mentions = named.filter((f) => still.includes(f) && !covered.has(f));
  const doubt = doubted.filter((f) => named.includes(f) && !covered.has(f));
  const dropped = named.filter((f) => !mentions.includes(f) && !doubt.includes(f));
  const reasons = [
    ...(doubt.length > 0 ? [`${doubt.join(', ')} (één woord, en het onderwerpmodel geeft minder dan ${DEFAULTS.topicModel.noteAtLeast})`] : []),
    ...dropped.map((f) => `${f} (${covered.has(f) ? 'daar gaat deze knop zelf over' : 'zonder de woorden van de knop niet meer als probleem gehoord'})`),
  ];
  return { mentions, notNoted: reasons.map((x) => `; niet genoteerd: ${x}`).join('') };
}
