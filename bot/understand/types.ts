import type { DangerModel } from './danger-model.js';
import type { TopicModel } from './topic-model.js';
import type { SenseMatch, SenseOption } from './choice-sense.js';

/**
 * Public types of the understanding module: the contract the flow engine codes against,
 * plus the shape of the data read from `flows/synonyms/*.yaml`.
 *
 * @remarks
 * Everything here is plain data. The functions that work on it live in the sibling files
 * and are reached through `index.ts`.
 */

/** Leefgebied id (one of the 11), or one of the route outcomes `crisis`, `buiten`, `onbekend`. */
export type RouteFlow = string;

/** A runner-up leefgebied of a routing result. */
export interface RouteAlternative {
  /** Leefgebied id or `buiten`. */
  flow: string;
  /** Confidence 0..1 on the same scale as {@link RouteResult.score}. */
  score: number;
}

/** One piece of evidence: which word of the message matched which synonym of which flow. */
export interface ExplainItem {
  /** The word (or words) as the resident typed them, lower-cased. */
  word: string;
  /** The synonym from the synonym file that it matched. */
  synonym: string;
  /** The flow the synonym belongs to. */
  flow: string;
  /**
   * Matched only with spelling tolerance ("zomer" ~ "somber") or as part of a compound
   * ("meewerken" ~ "werk"), not as written or by the spelling rules (since 2026-12-01).
   */
  fuzzy?: true;
  /**
   * A word that belongs only a little to the flow: from `zwakke_woorden` or an example sentence
   * (`voorbeelden`), not from `woorden` or `patronen` (since 2026-12-01).
   */
  weak?: true;
  /**
   * Read in words the resident set aside as not the question ("het huis is oké", "geld gaat wel",
   * `wensen.niet_dit`, `niet_dat`, `niet_om`); such words count for little (since 2026-12-04).
   */
  dismissed?: true;
  /**
   * Read in what a wish asks for ("ik zoek werk", "ik wil een eigen huis", `wensen.woorden`): a word
   * that otherwise only names something tells a problem there (since 2026-12-04).
   */
  wished?: true;
}

/** The outcome of {@link Understanding.route}. */
export interface RouteResult {
  /** Chosen flow: a leefgebied id, `crisis`, `buiten` or `onbekend`. */
  flow: string;
  /** Confidence 0..1 (higher is surer); 1 for `crisis`, 0 for an empty message. */
  score: number;
  /** Other candidate flows, best first, never including {@link RouteResult.flow}. */
  alternatives: RouteAlternative[];
  /** Language the message was read in. */
  lang: string;
  /** Present only when asked for with `explain: true`. */
  explain?: ExplainItem[];
  /**
   * Present only with `explain: true`, when the topic model, weighed with the synonyms, put another
   * leefgebied first: the synonyms' own first choice and the model's probability for the chosen one.
   */
  reranked?: { from: string; p: number };
  /**
   * Present when no synonym was found and the topic model alone, sure enough
   * (`DEFAULTS.topicModel.alone`), chose the leefgebied: its probability. A first message may go
   * there; in the middle of a flow it is no new problem.
   */
  modelOnly?: { p: number };
}

/** Kinds of acute danger the crisis tripwire recognises. */
export type CrisisKind = 'suicide' | 'violence' | 'child' | 'medical';

/** A crisis tripwire hit. */
export interface CrisisHit {
  /** Which kind of danger; decides the help line (113, 112/Veilig Thuis, Kindertelefoon, 112). */
  kind: CrisisKind;
  /** The danger is to someone else (a neighbour's children, a sister): the resident is a bystander. */
  bystander?: boolean;
  /** Only when asked (`explain`): the crisis pattern that matched, as written in the synonym file. */
  pattern?: string;
  /** Only when asked (`explain`): the bystander model's probability that the danger is to someone else. */
  bystanderP?: number;
  /**
   * The sentence of the phrase says it is over (`crisis.verleden`: "jaren geleden", "vroeger") and
   * nothing in it says now or again (`crisis.nu`): the resident is asked "Is er nu gevaar?" first.
   */
  past?: boolean;
}

/** Kinds of personal data the guard removes. */
export type PersonalDataKind = 'bsn' | 'iban' | 'phone' | 'email' | 'address' | 'birthdate' | 'name';

/** The outcome of {@link Understanding.redact}. */
export interface Redaction {
  /** The text with every hit replaced by a placeholder such as `[telefoonnummer]`. */
  text: string;
  /** The kinds found, each once, in order of first appearance. */
  kinds: PersonalDataKind[];
}

/** One answer option of the question the engine is asking. */
export interface ChoiceOption {
  /** Option id, returned on a match. */
  id: string;
  /** Labels in the current language, optionally also the id or synonyms. */
  labels: string[];
}

export type { SenseMatch, SenseOption };

/** The outcome of {@link Understanding.matchChoice}. */
export interface ChoiceMatch {
  /** Id of the chosen option. */
  id: string;
  /** Confidence 0..1. */
  score: number;
}

/** Options of {@link Understanding.route}. */
export interface RouteOptions {
  /** Force a language instead of detecting it. */
  lang?: string;
  /** Add {@link RouteResult.explain}. */
  explain?: boolean;
  /**
   * `false` when the caller already ran the crisis tripwire on this text this turn (the turn
   * checks once, before anything else), so it is not run twice.
   */
  crisis?: boolean;
}

/** The understanding service: pure, synchronous and safe on any string. */
export interface Understanding {
  /** Languages that have a synonym file, `nl` first. */
  languages: readonly string[];
  /** Detect the language of a message; one of {@link Understanding.languages}, `nl` when unsure. */
  detectLanguage(text: string): string;
  /**
   * The words that end a clause in a language (`wensen.grenzen`), its base language's included;
   * empty for a language without a synonym file.
   */
  clauseBounds(lang: string): readonly string[];
  /** Route a free-text message to a leefgebied, `crisis`, `buiten` or `onbekend`. */
  route(text: string, opts?: RouteOptions): RouteResult;
  /**
   * Several strong matches = several problems: the leefgebied ids whose score is close to the
   * top one, in rank order (length >= 2 means several problems).
   */
  problems(result: RouteResult): string[];
  /**
   * The feeling a text carries (`verlies`, `eenzaamheid`, `schaamte`, `angst`, `boosheid`, as
   * named under `gevoelens:` in the synonym files), over every language; null when none. With
   * `selfOf` (per language the words by which a resident speaks of themself: "ik", "me"),
   * loneliness, shame and anger count only in a clause that has one of them: "mijn zoontje is heel
   * boos" is the child's. A language without such words (Turkish drops them) is read as before.
   */
  feeling(text: string, negation?: readonly string[], selfOf?: (lang: string) => readonly string[] | undefined): string | null;
  /** Crisis tripwire over ALL languages, not only the detected one; `explain` adds the pattern. */
  crisis(text: string, opts?: { explain?: boolean }): CrisisHit | null;
  /** No crisis phrase matched, but a `signalen` word of some language stands in the text. */
  dangerSignal(text: string): boolean;
  /**
   * How sure the danger model is (0..1) that the text tells of acute danger, whoever it is to;
   * 0 without a model. Read with the crisis phrases: it never decides alone.
   */
  danger(text: string): number;
  /**
   * Remove personal data (BSN, IBAN, phone of any country, e-mail, address, date of birth, a name
   * given after "ik heet" and the like). Never removes words the crisis tripwire needs.
   */
  redact(text: string): Redaction;
  /**
   * Match typed text against the current choices: typo tolerant, accepts the 1-based number of
   * the choice and yes/no words for a two-option yes/no question. `null` when nothing fits well.
   */
  matchChoice(text: string, options: readonly ChoiceOption[], lang: string): ChoiceMatch | null;
  /**
   * Read a typed answer in own words word by word against each choice's label and `words:`
   * (in the flows' language): the choice whose words it clearly shares, and those words; `null`
   * when none stands out (see {@link senseOfChoice}).
   */
  senseChoice(text: string, options: readonly SenseOption[], lang: string): SenseMatch | null;
  /**
   * The word keys of a text in the flows' own language (spelling rules and table applied), joined
   * by spaces: "moet uit mn huis" and "moet uit mijn huis" read the same.
   */
  wordKeys(text: string): string;
  /**
   * Whether a text opens with a yes or a no (the synonym files' `ja:` and `nee:`: a one-word entry as
   * its first word, or a phrase of more words as its first words, "liever niet"), or neither.
   */
  yesNo(text: string, lang: string): 'yes' | 'no' | undefined;
  /**
   * The topic model's probability (0..1) per leefgebied for the text, or an empty map without a
   * model: a second opinion on whether a text is about a leefgebied at all.
   */
  topics(text: string): ReadonlyMap<string, number>;
}

/** Words and example sentences for one leefgebied (or for `buiten`). */
export interface TopicData {
  /** Synonyms: single words or short word groups ("geen geld"). */
  words: string[];
  /** Words that belong to the topic only a little ("kind", "buurt"): half weight. */
  weak: string[];
  /** Example sentences as residents write them; their words count as weaker evidence. */
  examples: string[];
  /**
   * Word patterns with gaps (the crisis syntax: `moeder/vader ... dementie/kanker`): words that
   * together say more than each alone — someone else's illness and the resident's caring is
   * mantelzorg, not gezondheid. A match counts `weights.pattern`.
   */
  patterns?: string[];
}

/** Everything one synonym file holds, after loading. */
export interface LanguageData {
  /** Language tag, taken from the file name (`nl`, `en`, `nl-x-simple`, `tr` …). */
  lang: string;
  /** Human name of the language, for staff. */
  name?: string;
  /** Language whose data this file extends (e.g. `nl-x-simple` extends `nl`). */
  base?: string;
  /** Where the data came from (file name), for messages. */
  source?: string;
  /** Per leefgebied id and `buiten`: words and examples. */
  topics: Record<string, TopicData>;
  /** Crisis patterns per kind (see docs/routing.md for the pattern syntax). */
  crisis: Partial<Record<CrisisKind, string[]>>;
  /** Crisis patterns of danger to someone else, per kind (`crisis.omstander`). */
  bystander?: Partial<Record<CrisisKind, string[]>>;
  /** Words the resident uses for him- or herself (`crisis.zelf`: ik, me, mij). */
  self?: string[];
  /**
   * Words for someone else as the one in danger (`crisis.anderen`: hij, zij, mijn zoon …). An own
   * suicide phrase whose nearest person word before it is one of these is about that person.
   */
  others?: string[];
  /**
   * Words that may mean danger (`crisis.signalen`: "pillen", "mes", "bewusteloos"): in a text no
   * crisis phrase matched, they ask for a short safety line (112, 113) before the answer.
   */
  signals?: string[];
  /** Words that put a crisis phrase in the past (`crisis.verleden`: "jaren geleden", "vroeger", "toen ik klein was"). */
  past?: string[];
  /** Words that bring it back to now (`crisis.nu`: "nu", "vanavond"): they outweigh `past` in the same clause. */
  now?: string[];
  /** Words that say it happens again (`crisis.weer`: "weer", "nog steeds"): they outweigh `past` in the same sentence. */
  again?: string[];
  /** Feeling words per feeling (`gevoelens`: verlies, eenzaamheid, schaamte, angst, boosheid). */
  feelings?: Record<string, string[]>;
  /** Patterns that look like crisis but are not (e.g. "dood van de honger"). */
  notCrisis: string[];
  /** Very common words of the language: never evidence, used to detect the language. */
  stopwords: string[];
  /** Spelling variants and chat abbreviations: typed word -> written-out word(s). */
  spelling: Record<string, string>;
  /**
   * What a resident says when naming a wish (`wensen`): cue phrases ("ik wil", "is er", "ik zoek")
   * and the words that end a clause ("en", "maar"). The first content words after a cue are what the
   * resident asks for, so they count more than the context around them.
   */
  wish?: {
    cues: string[];
    bounds: string[];
    /** Phrases that dismiss their own clause ("geld is geen probleem"; `niet_dit`). */
    notThis?: string[];
    /** Phrases that dismiss the sentence before them ("..., daar gaat het niet om"; `niet_dat`). */
    notThat?: string[];
    /** Phrases that dismiss what follows in their clause ("het gaat niet om geld"; `niet_om`). */
    notAbout?: string[];
  };
  /**
   * Who sent the resident (`verwijzers`): referrers ("jobcoach", "huisarts"), the words that say
   * they sent ("zei", "stuurde") and the words right before them that say so ("via"). Such a
   * referrer says who sent, not what the question is about, so it counts for little.
   */
  referrers?: { who: string[]; said: string[]; via: string[] };
  /** Words meaning yes. */
  yes: string[];
  /** Words meaning no. */
  no: string[];
  /** Number words for choices, index 0 = first choice; each entry may hold variants ("een eerste"). */
  ordinals: string[];
  /** Words for the last choice ("de laatste"); absent in older files. */
  last?: string[];
}

/** All synonym data, one entry per language. */
export interface UnderstandingData {
  /** One entry per synonym file. */
  languages: LanguageData[];
  /** The danger model (`flows/synonyms/gevaar-model.json`), when the project has one. */
  dangerModel?: DangerModel;
  /** The topic model (`flows/synonyms/onderwerp-model.json`), when the project has one. */
  topicModel?: TopicModel;
  /** The bystander model (`flows/synonyms/omstander-model.json`), when the project has one. */
  bystanderModel?: DangerModel;
}
