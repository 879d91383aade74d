/**
 * What typed text is about, for {@link understand}: at the menu the leefgebied (or several), in the
 * middle of a flow a new problem to offer or, in own words, to note; and the checks a yes or no with
 * more words and a "restart" word in a story need.
 * @packageDocumentation
 */
import type { Input, State } from '../engine/types.js';
import { DEFAULTS } from '../understand/defaults.js';
import type { ExplainItem } from '../understand/index.js';
import type { Lexicon } from '../understand/interpret.js';
import type { BotModel, Interpretation } from './converse.js';
import { clearlyAbout, toldAsProblem } from './second-problem.js';

const { buitenMargin: BUITEN_MARGIN, switchScore: SWITCH_SCORE, generalWordFlows: GENERAL_WORD_FLOWS } = DEFAULTS.conversation;

/**
 * Whether a topic heard at the menu after a yes or no is told as a problem, clearly enough to
 * switch to, and not one this conversation already went through (`visited`: "nee dank je, eerst
 * dit met de deurwaarder oplossen" after Geld is about what was just done).
 */
export function toldAtMenu(bot: BotModel, text: string, input: Input, lex: Lexicon | undefined, visited: readonly string[] = []): boolean {
  const flows = (input.type === 'topic' ? [input.flow] : input.type === 'mention' ? input.flows : []).filter((f) => !visited.includes(f));
  const routed = bot.understanding!.route(text, { crisis: false, explain: true });
  if (flows.length === 0 || routed.score < SWITCH_SCORE || routed.modelOnly) return false;
  const told = toldAsProblem(routed.explain ?? [], text, lex ?? {});
  return flows.some(told);
}

/** Whether a text names a leefgebied clearly enough to switch to it (its words, not only the topic model). */
export function tellsTopic(bot: BotModel, text: string): boolean {
  const routed = bot.understanding!.route(text, { crisis: false });
  return bot.graph.leefgebieden.includes(routed.flow) && routed.score >= SWITCH_SCORE && !routed.modelOnly;
}

/** What routing found in a text: its top score and (where asked) the words it heard. */
export interface Heard {
  score?: number;
  /** The score of each leefgebied routing heard (as chosen: a leefgebied close behind 'buiten' in its place). */
  scores?: ReadonlyMap<string, number>;
  explain?: readonly ExplainItem[];
  /** Only the topic model heard it: no word of it. */
  modelOnly?: boolean;
  /** Own words: leefgebieden heard in a single word only that the topic model doubts (not noted). */
  doubted?: readonly string[];
}

/** The words the interpreter listens for in `lang`, or in the default language when it has none. */
export function lexiconOf(bot: BotModel, lang: string): Lexicon | undefined {
  return bot.lexicons.get(lang) ?? bot.lexicons.get(bot.graph.defaultLanguage);
}


/**
 * What the text is about: not for this chat; at the menu, the leefgebied (or an offer of several);
 * in the middle of a flow, a new problem (never the one being talked about). `heard` receives what
 * routing found in the text, so that the caller need not route it again.
 */
export function aboutOf(bot: BotModel, state: State, text: string, atMenu: boolean, ownWords: boolean, why?: string[], heard?: Heard): Interpretation | undefined {
  const u = bot.understanding!;
  const routed = u.route(text, { crisis: false, explain: !atMenu || why !== undefined });
  const leef = bot.graph.leefgebieden;
  // an errand word in a story about a social problem ("rijbewijs halen, maar lezen is moeilijk")
  // does not send the resident away: a leefgebied close behind 'buiten' takes its place
  const close = routed.flow === 'buiten' ? routed.alternatives.find((a) => leef.includes(a.flow) && a.score >= BUITEN_MARGIN * routed.score) : undefined;
  const route = close ? { ...routed, flow: close.flow, score: close.score, alternatives: [{ flow: routed.flow, score: routed.score }, ...routed.alternatives.filter((a) => a !== close)] } : routed;
  if (heard) {
    heard.score = routed.score;
    heard.scores = new Map([[route.flow, route.score], ...route.alternatives.map((a) => [a.flow, a.score] as const)]);
    heard.explain = routed.explain;
    heard.modelOnly = routed.modelOnly !== undefined;
  }
  if (why) {
    const alts = route.alternatives.map((a) => `${a.flow} ${a.score.toFixed(2)}`).join(', ');
    const words = (route.explain ?? []).map((e) => `${e.word}→${e.synonym} (${e.flow})`).join(', ');
    why.push(`onderwerp: ${route.flow} ${route.score.toFixed(2)} in taal ${route.lang}${alts ? `; ook: ${alts}` : ''}${words ? `; woorden: ${words}` : ''}${route.modelOnly ? `; geen woord herkend, alleen het onderwerpmodel (${route.modelOnly.p})` : ''}`);
    if (close) why.push(`${close.flow} dicht bij 'buiten' (${routed.score.toFixed(2)}): een hulpvraag gaat voor`);
  }
  if (route.flow === 'buiten' && (atMenu || !ownWords)) return { input: { type: 'outOfScope' } };
  const named = u.problems(route).filter((f) => leef.includes(f));
  if (atMenu) {
    if (named.length >= 2) return { input: { type: 'mention', flows: named, words: text }, ...(why ? { why: [...why, `meer problemen: ${named.join(', ')} — waar beginnen?`] } : {}) };
    if (leef.includes(route.flow)) return { input: { type: 'topic', flow: route.flow, words: text }, ...(why ? { why: [...why, `naar leefgebied ${route.flow}`] } : {}) };
    return undefined;
  }
  // a word of another language that only looks like one of ours ("maand" ~ Polish "mandat"): in
  // the middle of a flow that is no new problem (the first message may be in any language)
  const written = u.detectLanguage(text);
  if (route.lang !== written) {
    why?.push(`midden in ${state.flow}: geen nieuw probleem (alleen in taal ${route.lang} herkend, het bericht is ${written})`);
    return undefined;
  }
  // only the topic model heard it (no word of it at all): a first message may go there, an answer mid-flow is no new problem
  if (!leef.includes(state.flow) || route.score < SWITCH_SCORE || route.modelOnly) {
    why?.push(`midden in ${state.flow}: geen nieuw probleem (score onder ${SWITCH_SCORE}, geen leefgebied of alleen het onderwerpmodel)`);
    return undefined;
  }
  // a leefgebied heard only through spelling tolerance or part of a compound ("zomer" ~ "somber",
  // "meewerken" ~ "werk") is no new problem in the middle of a flow: there it is mostly a look-alike
  const loose = (f: string) => {
    const items = (route.explain ?? []).filter((e) => e.flow === f);
    return items.length > 0 && items.every((e) => e.fuzzy === true);
  };
  // own words: one word that two or more other leefgebieden also have ("kinderen", "brief",
  // "huis") is too general to put a problem on the agenda on its own
  const general = (f: string) => {
    const items = (route.explain ?? []).filter((e) => e.flow === f && e.fuzzy !== true);
    if (items.length !== 1) return false;
    return new Set((route.explain ?? []).filter((e) => e.flow !== f && e.word === items[0]!.word).map((e) => e.flow)).size >= GENERAL_WORD_FLOWS;
  };
  // own words: a leefgebied heard only in weak words (`zwakke_woorden`, example sentences) or in
  // words a phrase about this leefgebied already holds ("helpen bij de voedselbank" at meedoen is
  // not also geld) names someone or something here, not a second problem; one heard in no word of
  // its own at all (only the topic model) is no second problem either: `every` of none is true
  const items = route.explain ?? [];
  const held = (e: ExplainItem) => items.some((o) => o.flow === state.flow && o.word !== e.word && ` ${o.word} `.includes(` ${e.word} `));
  const slight = (f: string) => {
    const own = items.filter((e) => e.flow === f && e.fuzzy !== true);
    return own.every((e) => e.weak === true || held(e));
  };
  // the resident set this leefgebied aside ("het huis is oké, maar …", `wensen.niet_dit`): each
  // word of it heard stands in what they dismissed, so the rest is a change of subject
  const setAside = items.some((e) => e.flow === state.flow && e.dismissed === true) && items.every((e) => e.flow !== state.flow || e.dismissed === true || e.fuzzy === true);
  const lex = ownWords ? lexiconOf(bot, state.lang) : undefined;
  const told = lex ? toldAsProblem(items, text, lex, setAside) : () => true;
  const candidates = named.filter((f) => f !== state.flow && !loose(f) && !(ownWords && (general(f) || slight(f) || !told(f))));
  // own words: a leefgebied heard in a single word only is noted when the topic model agrees
  const sure = ownWords ? clearlyAbout(u, items, text) : () => true;
  const doubted = candidates.filter((f) => !sure(f));
  if (heard) heard.doubted = doubted;
  const fresh = candidates.filter((f) => !doubted.includes(f));
  if (doubted.length > 0) why?.push(`midden in ${state.flow}: ${doubted.join(', ')} maar in één woord gehoord, en het onderwerpmodel geeft minder dan ${DEFAULTS.topicModel.noteAtLeast}: niet genoteerd`);
  if (fresh.length === 0) {
    const rest = named.filter((f) => f !== state.flow && !doubted.includes(f));
    if (rest.length > 0) why?.push(`midden in ${state.flow}: ${rest.join(', ')} alleen met spellingsruimte, één algemeen woord of zwakke woorden herkend, geen nieuw probleem`);
    return undefined;
  }
  // Where own words are asked, an answer about this leefgebied is the answer, and what else it
  // names is still noted ("ze maken herrie en ik heb ook schulden"); where only buttons fit, an
  // answer that is about this leefgebied is an answer, not a switch.
  // (not where this leefgebied is heard only in words a phrase of the new problem holds: "slaap"
  // in "nu slaap ik bij mijn zus op de bank" at "Hoe lang speelt dit al?" about health)
  const here = () => {
    const phrases = items.filter((e) => fresh.includes(e.flow) && e.word.includes(' ')).map((e) => ` ${e.word} `);
    return items.some((e) => e.flow === state.flow && e.fuzzy !== true && e.dismissed !== true && !phrases.some((p) => p.includes(` ${e.word} `)));
  };
  if (!ownWords && named.includes(state.flow) && here()) return undefined;
  // Where own words are asked they are the answer, and the new problem is noted on the agenda;
  // where only buttons fit, or where the resident set this leefgebied aside, the resident
  // chooses: go there now, or finish this first.
  const r = ownWords && !setAside ? { input: { type: 'text' as const, text, mentions: fresh } } : { input: { type: 'mention' as const, flows: fresh, words: text } };
  const said = setAside
    ? `${state.flow} opzij gezet ("het huis is oké", wensen.niet_dit): geen antwoord maar een nieuw probleem; aanbod ${fresh.join(', ')} nu of eerst dit afmaken`
    : ownWords ? `eigen woorden zijn het antwoord; genoteerd op de agenda: ${fresh.join(', ')}` : `nieuw probleem midden in ${state.flow}: aanbod ${fresh.join(', ')} nu of eerst dit afmaken`;
  return why ? { ...r, why: [...why, said] } : r;
}

/**
 * Where a first message about danger goes on after the crisis message: at the menu, a story of the
 * resident's own violence at home or a child in danger there goes on in the one leefgebied it names
 * ("mijn man duwde me tegen de kast … ik ben bang": relaties), not the menu again. Never for
 * suicide, a medical emergency or a bystander, and not in the middle of a flow (the question stays).
 * Its first question is asked, not answered from the story: that answer would repeat the help lines.
 */
export function afterCrisis(bot: BotModel, state: State, text: string, danger: Pick<Extract<Input, { type: 'crisis' }>, 'kind' | 'bystander'>): Extract<Input, { type: 'topic' }> | undefined {
  const menu = state.done === true || state.flow === bot.graph.entry;
  if (!menu || !bot.understanding || danger.bystander === true || (danger.kind !== 'violence' && danger.kind !== 'child')) return undefined;
  const goOn = aboutOf(bot, state, text, true, false);
  return goOn && 'input' in goOn && goOn.input.type === 'topic' ? { type: 'topic', flow: goOn.input.flow } : undefined;
}
