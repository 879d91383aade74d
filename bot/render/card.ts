/**
 * What a service card says, in one place: the renderer builds its cards from {@link cardFace},
 * and the validator's CARD_TOO_LONG rule counts the same lines with {@link countWords}, so the
 * word budget can never measure a different text than the resident sees.
 * @packageDocumentation
 */
import type { Service } from '../content/types.js';
import type { TextKey } from '../engine/types.js';
import type { Translate } from '../i18n.js';

/** The text fields of a service that the card itself shows (not behind "Meer"). */
export type CardField = 'description' | 'how';

/** One line of a card as shown, with the service field it is written in (none for the badges). */
export interface CardLine {
  readonly text: string;
  readonly field?: CardField;
  /** The i18n key of that field (`landelijk:services.wijkteam.how`). */
  readonly key?: TextKey;
}

/** What a card of a service says: the lines on the card, the badges among them, and what "Meer" shows. */
export interface CardFace {
  /** On the card: what it is, how to reach them (after "Hoe:"), then the badges in one line. */
  readonly lines: readonly CardLine[];
  readonly badges: readonly string[];
  /** Behind "Meer": for whom, and when (if known). */
  readonly more: readonly string[];
}

/**
 * A calm card: what it is and how to reach them, with the badges (free, independent); for whom
 * and when behind "Meer". Contact details (call, mail, website) are buttons and links, not lines.
 */
export function cardFace(s: Service, t: Translate): CardFace {
  const lines: CardLine[] = [{ text: t(s.description), field: 'description', key: s.description }];
  if (s.how) lines.push({ text: `${t('common:card.how')}: ${t(s.how)}`, field: 'how', key: s.how });
  const badges: string[] = [];
  if (s.free) badges.push(t('common:card.free'));
  if (s.independent) badges.push(t('common:card.independent'));
  if (badges.length > 0) lines.push({ text: badges.join(' · ') });
  const more = [`${t('common:card.forWhom')}: ${t(s.for)}`, ...(s.schedule ? [`${t('common:card.when')}: ${t(s.schedule)}`] : [])];
  return { lines, badges, more };
}

/**
 * Words as a reader counts them: pieces between spaces with at least one letter or digit
 * ("9.00" is one word, a lone "·" or "—" is none). Works for every script that spaces its words.
 */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The words on a card (its lines; the title, the organisation, the contact links and "Meer" not counted). */
export function cardWords(lines: readonly (string | CardLine)[]): number {
  return lines.reduce((n, l) => n + countWords(typeof l === 'string' ? l : l.text), 0);
}
