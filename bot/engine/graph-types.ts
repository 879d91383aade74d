/**
 * The typed, immutable model the engine runs on: flows, steps, choices, glossary, areas, built once
 * by the loader. Plain data; the state, inputs and outputs are in state-types.ts.
 * @packageDocumentation
 */
/** Where something stands in a source file (1-based line and column). */
export interface SourcePos {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/** The id of a flow (`start`, or a leefgebied such as `geld`): one name in every layer. */
export type FlowId = string;
/** The id of a step within its flow (`wat`, `haast`). */
export type StepId = string;
/** The id of a choice within its question (`schulden`). */
export type ChoiceId = string;
/** An answer to "Heeft dit geholpen?". */
export type FeedbackValue = 'yes' | 'bit' | 'no';
/** The id of a service in a content pack (`wijkteam-geld`). */
export type ServiceId = string;

/**
 * A reference to a resident-facing text: an i18next key with its namespace,
 * e.g. `geld:wat.text` (flow texts) or `common:back` (fixed texts).
 */
export type TextKey = string;

/** Fields every step has. */
export interface StepBase {
  /** Unique within its flow. */
  readonly id: string;
  /** Where the step is written, for diagnostics. */
  readonly pos?: SourcePos;
}

/** A choice of a question. */
export interface Choice {
  readonly id: string;
  readonly label: TextKey;
  /** The step after this choice ('' when none is written: a validator error). */
  readonly next: string;
  /**
   * How `next` was written: absent for the choice's own `next`, `question` for the question's
   * `next` (the short form), `flow` for `flow:` (an implicit link step to that flow).
   */
  readonly via?: 'question' | 'flow';
  /** Words or short phrases with which a resident's story already gives this answer (Dutch). */
  readonly words?: readonly string[];
  /**
   * The leefgebieden this choice is about besides its own flow, when staff declare it (`about:`):
   * another problem told beside this answer goes on the agenda unless it is one of these. Without
   * `about:` the bot reads it from the label and `words:`.
   */
  readonly about?: readonly string[];
  readonly pos?: SourcePos;
}

/** Says something, then continues with `next` (or ends the flow). */
export interface MessageStep extends StepBase {
  readonly kind: 'message';
  readonly text: TextKey;
  readonly next?: string;
}

/** Asks a question with buttons; free text is always allowed. */
export interface QuestionStep extends StepBase {
  readonly kind: 'question';
  readonly text: TextKey;
  readonly choices: readonly Choice[];
  /** Answer name under which the resident's answer is kept (for branches and the summary). */
  readonly save?: string;
  /** Heading of this answer in the resident's summary ("Mijn vraag"). */
  readonly summary?: TextKey;
  /** Where free text that matches no choice goes; without it the bot asks again with the buttons. */
  readonly other?: string;
  /**
   * `postcode`: the free answer must hold the 4 digits of a postcode; only those digits are kept
   * (as `State.postcode`), never letters or a house number.
   * `area`: asked only after a postcode the gemeente cannot place; the gemeente's neighbourhoods
   * are offered as buttons (kept as `State.area`) and lead to `other`; its own choices ("Weet ik
   * niet") go where they say. Skipped (to `other`) when there is nothing to ask.
   */
  readonly expect?: 'postcode' | 'area';
}

/** A test on earlier answers. */
export type Condition =
  | { readonly answer: string; readonly is: string }
  | { readonly answer: string; readonly in: readonly string[] }
  | { readonly answered: string }
  | { readonly visited: { readonly atLeast: number } }
  | { readonly postcode: boolean };

/** Chooses the next step from earlier answers; the first case that holds wins. */
export interface BranchStep extends StepBase {
  readonly kind: 'branch';
  readonly cases: readonly { readonly when: Condition; readonly next: string; readonly pos?: SourcePos }[];
  readonly else: string;
}

/** Points the resident to one or more services from the content pack. */
export interface ReferralStep extends StepBase {
  readonly kind: 'referral';
  readonly text: TextKey;
  readonly services: readonly string[];
  readonly next?: string;
}

/** Offers a person: the phone number and way in of a service (by default the pack's own). */
export interface HandoffStep extends StepBase {
  readonly kind: 'handoff';
  readonly text: TextKey;
  readonly service?: string;
  readonly next?: string;
}

/** Continues in another flow (at its start, or at a named step). */
export interface LinkStep extends StepBase {
  readonly kind: 'link';
  readonly flow: FlowId;
  readonly step?: string;
}

/** Shows the resident what they told so far ("Mijn vraag"). */
export interface SummaryStep extends StepBase {
  readonly kind: 'summary';
  readonly text: TextKey;
  readonly next?: string;
}

/** Every step kind (a discriminated union on `kind`). */
export type Step =
  | MessageStep
  | QuestionStep
  | BranchStep
  | ReferralStep
  | HandoffStep
  | LinkStep
  | SummaryStep;

/** The names of the step kinds. */
export type StepKindName = Step['kind'];

/** One flow: one leefgebied, or the entry flow. */
export interface Flow {
  readonly id: string;
  readonly title: TextKey;
  readonly start: string;
  /** Only on the entry flow: where the conversation goes when a leefgebied flow ends. */
  readonly afterFlow?: string;
  /**
   * Only on the entry flow: a referral step (independent client support) shown together with the
   * first referral of a leefgebied once the resident named two or more leefgebieden, so someone
   * who leaves after the first card has heard of it too.
   */
  readonly supportEarly?: string;
  readonly steps: ReadonlyMap<string, Step>;
  readonly file?: string;
}

/** A glossary entry: a word residents stumble on, in plain words. */
export interface GlossaryEntry {
  readonly id: string;
  /** Words that name it, per language, already lower-cased. */
  readonly terms: Readonly<Record<string, readonly string[]>>;
  readonly text: TextKey;
}

/** Everything the engine needs, built once by the loader and never changed. */
export interface Graph {
  readonly entry: string;
  readonly flows: ReadonlyMap<string, Flow>;
  /** Ids of the leefgebied flows (the entry flow is not one). */
  readonly leefgebieden: readonly string[];
  readonly glossary: readonly GlossaryEntry[];
  /** The service a handoff uses when it names none. */
  readonly handoffService: string;
  /** The gemeente's general service, for questions that are not for this chat. */
  readonly generalService?: string;
  /** Help lines to show per kind of acute danger, most urgent first. */
  readonly crisis: Readonly<Record<CrisisKind, readonly string[]>>;
  /** Help lines for someone worried about another person, where their order differs. */
  readonly crisisBystander?: Readonly<Partial<Record<CrisisKind, readonly string[]>>>;
  readonly defaultLanguage: string;
  /**
   * Whether the gemeente knows its neighbourhoods by postcode. Without, a postcode question is
   * skipped (it goes straight to its `other` target): asking would not change the referral.
   */
  readonly postcodeAreas?: boolean;
  /** The gemeente's neighbourhoods, for a question with `expect: area`. */
  readonly areas?: readonly GraphArea[];
}

/** A neighbourhood as the engine knows it: its name (an i18n key), typed names and postcodes. */
export interface GraphArea {
  readonly id: string;
  readonly name: TextKey;
  /** Lower-case names a resident may type. */
  readonly words: readonly string[];
  /** 4-digit postcodes, single or a range ("3311-3318"). */
  readonly postcodes: readonly string[];
}

/** Kinds of acute danger the crisis tripwire recognises. */
export type CrisisKind = 'suicide' | 'violence' | 'child' | 'medical';
