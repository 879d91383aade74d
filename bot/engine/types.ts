/**
 * The typed, immutable model the engine runs on, and the engine's state, inputs and outputs.
 * Nothing here does I/O; everything is plain data that can be serialised.
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

/** A kept answer: a choice id, or free text (already cleaned of personal data). */
/**
 * An answer: a choice (`c`), the resident's own words (`t`), or a choice read from own words
 * (both: "dat mijn dochter eindelijk passende hulp krijgt" is "Hulp voor mijn kind").
 */
export type Answer = { readonly c: string; readonly t?: string } | { readonly t: string };

/** A place the resident answered, kept so "back" can undo it. */
export interface TrailEntry {
  readonly f: string;
  readonly s: string;
  /** The answer name that was set there, if any. */
  readonly k?: string;
  /** Leefgebied flows visited before this answer (to undo entering a flow). */
  readonly v: number;
  /** The postcode before this answer, when this answer set it. */
  readonly p?: string | null;
  /** The chosen neighbourhood before this answer, when this answer set it. */
  readonly a?: string | null;
}

/** The conversation state: small, serialisable JSON. */
export interface State {
  readonly v: 1;
  /** Current flow and step: the question waiting for an answer. */
  readonly flow: FlowId;
  readonly step: StepId;
  /** Answers, keyed `flow.name`. */
  readonly answers: Readonly<Record<string, Answer>>;
  readonly trail: readonly TrailEntry[];
  /** Leefgebied flows entered, in order. */
  readonly visited: readonly string[];
  readonly lang: string;
  /** The 4 digits of the resident's postcode, when they chose to give them. */
  readonly postcode?: string;
  /** The neighbourhood the resident chose by name (an area id), when the postcode was not known. */
  readonly area?: string;
  /** Services a referral or handoff step showed so far (ids, oldest first, at most `maxReferred`), for "Mijn vraag". */
  readonly referred?: readonly string[];
  /**
   * The agenda: leefgebieden the resident also named (in a first story, later, or by button),
   * offered by name once the current one is done; never more than the leefgebieden, never twice.
   */
  readonly pending?: readonly string[];
  /** The resident's own words that named each leefgebied (cleaned of personal data, short), for "Mijn vraag". */
  readonly told?: Readonly<Record<string, string>>;
  /** The referral (`flow#step`) whose "Heeft dit geholpen?" is open; only the tap is counted, never kept. */
  readonly feedbackFor?: string;
  /** Answers of an earlier pass through a leefgebied (kept for "Mijn vraag" when the resident goes through it again). */
  readonly earlier?: readonly { readonly flow: FlowId; readonly answers: Readonly<Record<string, Answer>> }[];
  /** Questions (`flow#step`) the story already answered once: never filled in again. */
  readonly prefilled?: readonly string[];
  /** True when the conversation came to its end. */
  readonly done?: boolean;
  /** The entry flow's `supportEarly` referral was shown (with a first referral or at the end): never twice. */
  readonly supportShown?: true;
  /** Feelings already acknowledged in this conversation (each once): `verlies`, `angst` … */
  readonly felt?: readonly string[];
  /** What a message was understood as while the safety question ("Is er nu gevaar?") is open. */
  readonly held?: Input;
  /** The resident answered the safety question with "no": it is not asked again (bot/engine/safety.ts). */
  readonly safeSaid?: true;
}

/** An answer to the safety question: suicidal thoughts, in danger oneself, someone else in danger, no danger. */
export type SafetyAnswer = 'suicide' | 'danger' | 'other' | 'no';

/** What the resident did this turn. */
export type Input =
  | { readonly type: 'start' }
  | { readonly type: 'restart' }
  | { readonly type: 'back' }
  | { readonly type: 'human' }
  /**
   * Explain a glossary word; `then` (a topic or a mention, at the menu) is what the same message
   * was about, taken right after the explanation.
   */
  | { readonly type: 'explain'; readonly entry: string; readonly then?: Input }
  /**
   * A choice (a button, or typed words that mean it); `mentions`: other leefgebieden the typed
   * answer named, noted on the agenda with the resident's `words`. `words`: the own words the
   * choice was read from (kept with the answer for "Mijn vraag"); absent for a click or a label.
   */
  | { readonly type: 'choice'; readonly flow: FlowId; readonly step: StepId; readonly choice: ChoiceId; readonly mentions?: readonly FlowId[]; readonly words?: string }
  /** Typed text; `mentions`: other leefgebieden it names (noted on the agenda when it is taken as an answer). */
  | { readonly type: 'text'; readonly text: string; readonly mentions?: readonly string[] }
  | { readonly type: 'language'; readonly lang: string }
  /** Go to a leefgebied flow (typed or picked), keeping the others mentioned for later. */
  | { readonly type: 'topic'; readonly flow: FlowId; readonly also?: readonly FlowId[]; readonly words?: string }
  /**
   * A new problem was named in the middle of a flow: put it on the agenda and offer to go there
   * now or finish this first. `words` are the resident's own words (already cleaned).
   */
  | { readonly type: 'mention'; readonly flows: readonly FlowId[]; readonly words?: string }
  /** Acute danger was recognised: show the help lines, then carry on where we were. */
  | { readonly type: 'crisis'; readonly kind: CrisisKind; readonly bystander?: boolean }
  /**
   * The message may tell of acute danger, but no crisis phrase says so: ask "Is er nu gevaar?"
   * first and hold what it was understood as (`then`, never itself `unsure`).
   */
  | { readonly type: 'unsure'; readonly then: Input }
  /** An answer to the safety question. */
  | { readonly type: 'safety'; readonly answer: SafetyAnswer }
  /** A question that is not for this chat (passport, waste, parking…). */
  | { readonly type: 'outOfScope' }
  /** "Heeft dit geholpen?" answered for the referral at `flow#step`: yes, a bit, no. */
  | { readonly type: 'feedback'; readonly flow: FlowId; readonly step: StepId; readonly value: FeedbackValue }
  /** "Meer" on a service card: the rest of what the card says about `service`. */
  | { readonly type: 'more'; readonly service: ServiceId }
  /** Just ask the current question again (after a side remark such as a privacy notice). */
  | { readonly type: 'resume' }
  /** Issue 16, "Bel mij terug": handled by the turn layer (bot/turn/callback.ts); the engine only asks again. */
  | { readonly type: 'callback'; readonly op: CallbackOp; readonly value?: string };

/** Steps of a call-back request a button can take (issue 16). */
export type CallbackOp = 'start' | 'time' | 'yes' | 'no' | 'contact' | 'retime';

/** A button the resident can press. */
export interface OutChoice {
  readonly id: string;
  readonly label: TextKey;
}

/** One thing the engine wants said; rendering to words happens elsewhere. */
export type Output =
  | { readonly kind: 'text'; readonly text: TextKey; readonly params?: Readonly<Record<string, string>> }
  | {
      readonly kind: 'question';
      readonly flow: FlowId;
      readonly step: StepId;
      readonly text: TextKey;
      readonly choices: readonly OutChoice[];
      /** Asked again (after a side question): render shortly. */
      readonly again?: boolean;
      readonly canGoBack: boolean;
      /** Leefgebieden mentioned earlier and not yet talked about, offered as extra buttons. */
      readonly topics?: readonly string[];
    }
  /** `bystander`: the danger is to someone else; the text is for a bystander (the help lines stay). */
  | { readonly kind: 'crisis'; readonly crisis: CrisisKind; readonly text: TextKey; readonly services: readonly string[]; readonly bystander?: boolean }
  /** "Heeft dit geholpen?" after the referral at `flow#step`, once. */
  | { readonly kind: 'feedback'; readonly flow: FlowId; readonly step: StepId }
  /** Thanks for the answer to "Heeft dit geholpen?" (rendered with a marker the statistics count). */
  | { readonly kind: 'thanks'; readonly flow: FlowId; readonly step: StepId; readonly value: FeedbackValue }
  /** The rest of a service card (for whom, when), after "Meer". */
  | { readonly kind: 'more'; readonly service: ServiceId }
  /** "Is er nu gevaar?" with a button per {@link SafetyAnswer} (bot/engine/safety.ts). */
  | { readonly kind: 'safetyQuestion' }
  /** A question the resident's story already answered: said briefly, not asked. */
  | { readonly kind: 'understood'; readonly answer: TextKey }
  /** Other problems heard in an answer: noted on the agenda, talked about later. */
  | { readonly kind: 'noted'; readonly flows: readonly FlowId[] }
  /** A new problem was heard mid-flow: go there now (`flows`), or finish `flow` first. */
  | { readonly kind: 'switch'; readonly flows: readonly FlowId[]; readonly flow: FlowId }
  | { readonly kind: 'referral'; readonly flow: FlowId; readonly step: StepId; readonly text: TextKey; readonly services: readonly ServiceId[] }
  | { readonly kind: 'handoff'; readonly text: TextKey; readonly service: string; readonly reason: 'step' | 'asked' | 'stuck' }
  | { readonly kind: 'summary'; readonly text: TextKey; readonly items: readonly SummaryItem[] }
  | { readonly kind: 'glossary'; readonly entry: string; readonly text: TextKey };

/** One line of the resident's summary. */
export interface SummaryItem {
  readonly flow: FlowId;
  /** From an earlier pass through this leefgebied. */
  readonly earlier?: true;
  readonly heading: TextKey;
  /** A choice label key (with the own words it was read from, if typed), or the resident's own words. */
  readonly answer: { readonly key: TextKey; readonly words?: string } | { readonly words: string };
}

/** The result of one engine step. */
export interface StepResult {
  readonly state: State;
  readonly outputs: readonly Output[];
}
