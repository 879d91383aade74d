/**
 * The engine's state, inputs and outputs: small, serialisable JSON, no I/O.
 * @packageDocumentation
 */
import type { CrisisKind, ChoiceId, FeedbackValue, FlowId, ServiceId, StepId, TextKey } from './graph-types.js';

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
  /**
   * Acute danger: the crisis message with its help lines. `then`: at the menu, the leefgebied the
   * story names, where the conversation goes on after the help lines (violence at home: relaties).
   */
  | { readonly type: 'crisis'; readonly kind: CrisisKind; readonly bystander?: boolean; readonly then?: Input }
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
