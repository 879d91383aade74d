/**
 * How a typed answer is read against the current question's choices, for {@link understand}: the
 * leefgebieden a choice is itself about ({@link coveredBy}), the choice own words mean word by word
 * ({@link senseOf}), and a text without the words already matched ({@link withoutWords}).
 * @packageDocumentation
 */
import type { QuestionStep } from '../engine/types.js';
import { translator } from '../i18n.js';
import { DEFAULTS } from '../understand/defaults.js';
import { hasPhrase, normalise } from '../understand/interpret.js';
import type { SenseMatch, SenseOption, Understanding } from '../understand/index.js';
import type { BotModel } from './converse.js';

/** A choice's label or words routing to a leefgebied this surely are about it (see coveredBy). */
const COVER_SCORE = 0.5;

const covers = new WeakMap<QuestionStep, Map<string, ReadonlySet<string>>>();

/**
 * The leefgebieden a choice is itself about: its own flow, where its label or one of its `words:`
 * would route to on its own, and a flow its `next:` links to ("Aanpassing in huis nodig" goes on
 * in ondersteuning). With `labelOnly`, only the label and `next:` count (what the button itself
 * says it is about). Where staff declare it (`about:` on the choice), the declaration counts
 * instead of label and words: "Ik heb een klacht ingediend" at school is no Hulp of zorg regelen.
 * Read once per choice.
 */
export function coveredBy(bot: BotModel, flow: string, question: QuestionStep, id: string, labelOnly = false): ReadonlySet<string> {
  let perChoice = covers.get(question);
  if (!perChoice) covers.set(question, (perChoice = new Map()));
  const key = labelOnly ? `${id} label` : id;
  let set = perChoice.get(key);
  if (!set) {
    const out = new Set<string>([flow]);
    const choice = question.choices.find((c) => c.id === id);
    const u = bot.understanding;
    if (choice?.about) for (const f of choice.about) out.add(f);
    else if (choice && u) {
      const t = translator(bot.i18n, bot.graph.defaultLanguage);
      for (const text of [t(choice.label), ...(labelOnly ? [] : (choice.words ?? []))]) {
        const about = leefgebiedOf(bot, u, text);
        if (about) out.add(about);
      }
    }
    const link = choice ? linkOf(bot, flow, question, id) : undefined;
    if (link) out.add(link);
    perChoice.set(key, (set = out));
  }
  return set;
}

/**
 * What a choice is about in this text (normalised, `n`): what its label says ({@link coveredBy}
 * with `labelOnly`), where those of its `words:` route that the text itself uses, and where its
 * other words route for a leefgebied the rest of the text tells less clearly than
 * `DEFAULTS.conversation.clearNote` (`scores`: the rest's score per leefgebied). A word the text
 * does not use ("brieven" of "Iemand die meekijkt") does not cover a problem told clearly:
 * "iemand die meekijkt. en kan iemand mij leren met de computer?" still tells taal.
 */
export function coveredIn(bot: BotModel, flow: string, question: QuestionStep, id: string, n: string, scores?: ReadonlyMap<string, number>): ReadonlySet<string> {
  const out = new Set(coveredBy(bot, flow, question, id, true));
  const choice = question.choices.find((c) => c.id === id);
  const u = bot.understanding;
  if (!choice || !u || choice.about) return out;
  for (const w of choice.words ?? []) {
    const about = hasPhrase(n, normalise(w)) ? leefgebiedOf(bot, u, w) : undefined;
    if (about) out.add(about);
  }
  for (const f of coveredBy(bot, flow, question, id)) if ((scores?.get(f) ?? 0) < DEFAULTS.conversation.clearNote) out.add(f);
  return out;
}

/** The leefgebied a button's label or word is about on its own: what the words say, not what the topic model guesses from them ("een paar weken" is no leefgebied). */
function leefgebiedOf(bot: BotModel, u: Understanding, text: string): string | undefined {
  const r = u.route(text, { crisis: false });
  return bot.graph.leefgebieden.includes(r.flow) && r.score >= COVER_SCORE && !r.modelOnly ? r.flow : undefined;
}

/** The leefgebied a choice's `next:` links to ("Aanpassing in huis nodig" goes on in ondersteuning), if any. */
function linkOf(bot: BotModel, flow: string, question: QuestionStep, id: string): string | undefined {
  const choice = question.choices.find((c) => c.id === id);
  const next = choice ? bot.graph.flows.get(flow)?.steps.get(choice.next) : undefined;
  return next?.kind === 'link' ? next.flow : undefined;
}

/** The choice own words mean, word by word (labels in the conversation's language, `words:` in the flows'). */
export function senseOf(u: Understanding, question: QuestionStep, text: string, lang: string, t: (key: string) => string): SenseMatch | null {
  const sensed = u.senseChoice(text, senseOptions(question, lang, t), lang);
  // a choice whose label tells a danger ("Ik wil niet meer leven") is no answer by a few shared
  // words ("ik wil graag leren lezen"; "ik krijg hem niet meer in de hand, hij doet wat hij wil"):
  // only where the text may tell a danger too, by a crisis phrase or the danger model, and shares
  // more than common words with it (its label, number and `words:` still choose it)
  const harmless = () => sensed!.content < DEFAULTS.choiceSense.minScore || (u.crisis(text) === null && u.danger(text) < DEFAULTS.danger.doubt);
  return sensed && tellsDanger(u, question, sensed.id, t) && harmless() ? null : sensed;
}

/**
 * Whether a choice's label, as shown (`t`), is itself a crisis phrase ("Ik wil niet meer leven",
 * "Iemand doet mij pijn"). Read once per choice and shown label.
 */
export function tellsDanger(u: Understanding, question: QuestionStep, id: string, t: (key: string) => string): boolean {
  const label = question.choices.find((c) => c.id === id)?.label;
  return label !== undefined && labelTellsDanger(u, t(label));
}

const dangerLabels = new WeakMap<Understanding, Map<string, boolean>>();
/** Whether a button label as shown is a crisis phrase; remembered per understanding and label (labels are few and fixed). */
export function labelTellsDanger(u: Understanding, label: string): boolean {
  let known = dangerLabels.get(u);
  if (!known) dangerLabels.set(u, (known = new Map()));
  let says = known.get(label);
  if (says === undefined) known.set(label, (says = u.crisis(label) !== null));
  return says;
}

/** A question's choices as senseChoice reads them, made once per question and language (so their words are read once too). */
const senseLists = new WeakMap<QuestionStep, Map<string, SenseOption[]>>();
function senseOptions(question: QuestionStep, lang: string, t: (key: string) => string): SenseOption[] {
  let perLang = senseLists.get(question);
  if (!perLang) senseLists.set(question, (perLang = new Map()));
  let list = perLang.get(lang);
  if (!list) perLang.set(lang, (list = question.choices.map((c) => ({ id: c.id, labels: [t(c.label)], words: c.words ?? [] }))));
  return list;
}

/** The normalised text without the given words. */
export function withoutWords(n: string, said: readonly string[]): string {
  if (said.length === 0) return n;
  const drop = new Set(said);
  return n.split(' ').filter((w) => !drop.has(w)).join(' ');
}

/**
 * A longer answer at a yes/no question (two buttons that start with a yes and a no: "Ja", "Nee,
 * dank je") that starts with a yes or no and goes on ("nee laat maar, ik red me wel", "ja er is
 * nog wel iets, dat vertel ik zo"): that button, read from the first word alone. A question is
 * yes/no when the first word of each label picks its own button. Undefined otherwise.
 */
export function leadingYesNoOf(u: Understanding, words: readonly string[], options: readonly { id: string; labels: string[] }[], lang: string): string | undefined {
  const first = words[0];
  if (options.length !== 2 || words.length < 2 || !first) return undefined;
  const heads = options.map((o) => ({ id: o.id, labels: [o.labels[0]?.split(/[\s,.!]+/)[0] ?? ''] }));
  const yesNo = heads.every((h) => h.labels[0] !== '' && u.matchChoice(h.labels[0]!, options, lang)?.id === h.id);
  if (!yesNo) return undefined;
  // read against the labels' first words: "nee, ik wil gewoon beter leren lezen" at "Ja, het moet
  // snel" / "Nee, niet snel" is the "Nee" of the second, however little else it shares with it
  // (a word of two letters only as the yes or no itself: "is" is not "ja")
  // (or by its first two words where only together they are a yes or a no: "liever niet, …")
  const pair = words.slice(0, 2).join(' ');
  const said = u.matchChoice(first, heads, lang) ?? (u.yesNo(first, lang) === undefined && u.yesNo(pair, lang) !== undefined ? u.matchChoice(pair, heads, lang) : null);
  return said && said.score >= DEFAULTS.conversation.clearAnswer && (said.score >= 1 || first.length > 2) ? said.id : undefined;
}
