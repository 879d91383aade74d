/**
 * What the resident sees: messages rendered from engine outputs, independent of any channel.
 * The Bot Framework shell turns these into activities; the terminal chat prints them.
 * @packageDocumentation
 */
import type { ButtonInput } from '../engine/actions.js';
import type { FeedbackValue, FlowId, ServiceId, StepId } from '../engine/types.js';

/** A button: its label and the engine input a press gives. */
export interface Button {
  readonly label: string;
  /** What a press gives: one of the button kinds every layer shares. */
  readonly action: ButtonInput;
  /** `choice` for answers, `control` for back / a person. */
  readonly role: 'choice' | 'control';
}

/** A way to reach a service: phone, e-mail or website. */
export interface ContactAction {
  readonly type: 'call' | 'mail' | 'open';
  readonly label: string;
  /** `tel:…`, `mailto:…` or `https://…`. */
  readonly href: string;
}

/** A card for one service: who, what, for whom, how. */
export interface ServiceCard {
  readonly service: string;
  readonly organisation: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly lines: readonly string[];
  /** What is behind "Meer" (for whom, when), so the card itself stays short. */
  readonly more: readonly string[];
  /** The label of the "Meer" button, in the resident's language. */
  readonly moreLabel?: string;
  readonly badges: readonly string[];
  readonly actions: readonly ContactAction[];
}

/** Machine-readable markers so a website and tests can see the outcome. */
export interface Markers {
  readonly referral?: { readonly organisation: string; readonly service: ServiceId };
  readonly handoff?: { readonly organisation: string; readonly service: string; readonly reason: string };
  readonly crisis?: true;
  /** On a crisis message: the danger is to someone else; the text is for a bystander. */
  readonly bystander?: true;
  /**
   * A short safety line (is there danger now? 112; thinking of suicide? 113) before the answer:
   * no crisis phrase matched, but a word that may mean danger did. Not a crisis message.
   */
  readonly safetyCheck?: true;
  /**
   * The safety question "Is er nu gevaar?" with its four buttons: the message may tell of acute
   * danger (the danger model), but no crisis phrase said so. Not a crisis message.
   */
  readonly safetyQuestion?: true;
  /**
   * A short, warm acknowledgement of a feeling in the resident's words (loss, loneliness …) before
   * the answer. Which feeling is not said: it stays in the conversation.
   */
  readonly heard?: true;
  readonly summary?: true;
  readonly glossary?: string;
  readonly question?: { readonly flow: FlowId; readonly step: StepId };
  /** An answer to "Heeft dit geholpen?" (only counted, never kept with the conversation). */
  readonly feedback?: { readonly value: FeedbackValue; readonly leefgebied: FlowId; readonly organisations: readonly string[] };
  /** Issue 16, "Bel mij terug": where a call-back request stands (never any of its content). */
  readonly callback?: CallbackMarker;
  /**
   * A text of this message is shown in Dutch because its translation is missing (the message
   * ends with a short note saying so, in the resident's language, when that language has one).
   */
  readonly untranslated?: true;
}

/**
 * Issue 16: `offered` (buttons to ask for a call-back; `organisations` lists them), `contact`
 * (asks the number), `check` (asks to check it), `time`, `consent` (the screen with what will be
 * sent), `queued` (kept in the outbox: "verstuurd"), `cancelled` (nothing kept), `gone`.
 */
export interface CallbackMarker {
  readonly organisation: string;
  readonly state: 'offered' | 'contact' | 'check' | 'time' | 'consent' | 'queued' | 'cancelled' | 'gone';
  readonly organisations?: readonly string[];
}

/** One message of the bot. */
export interface Message {
  readonly text: string;
  /** What a screen reader or read-aloud says (defaults to the text). */
  readonly speak: string;
  readonly buttons?: readonly Button[];
  /** Buttons on a card of their own ("Heeft dit geholpen?"): they stay in the history. */
  readonly feedback?: readonly Button[];
  /**
   * Buttons on a card of their own beside the text, that stay in the history and leave the next
   * question its own buttons: a problem noted on the agenda mid-flow ("Nu: Geld").
   */
  readonly cardButtons?: readonly Button[];
  readonly card?: ServiceCard;
  readonly markers?: Markers;
  /**
   * Issue 16: what a channel's stored history may keep instead of `text` and `speak` (the consent
   * screen without the resident's phone number); the resident is shown the full message live.
   */
  readonly keep?: { readonly text: string; readonly speak: string };
}
