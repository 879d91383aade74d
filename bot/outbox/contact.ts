/**
 * Reading the contact details a resident types for a call-back: a phone number that can be
 * dialled from the Netherlands (libphonenumber-js, region NL), or an e-mail address.
 * @packageDocumentation
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { CALLBACK_LIMITS } from './settings.js';

/** A valid contact, normalised (phone in E.164), with how to show it. */
export interface ContactDetails {
  readonly kind: 'phone' | 'email';
  /** `+31612345678` or `naam@example.nl`. */
  readonly value: string;
  /** `06 12345678`, `+1 202 555 0143` or the address. */
  readonly display: string;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/**
 * Reads typed contact details. Undefined when it is neither a dialable phone number nor an
 * e-mail address: letters in a number, too short, a foreign number without its country code.
 */
export function readContact(text: string): ContactDetails | undefined {
  const t = text.trim();
  if (t.length === 0 || t.length > CALLBACK_LIMITS.maxEmailChars) return undefined;
  if (t.includes('@')) return EMAIL.test(t) ? { kind: 'email', value: t.toLowerCase(), display: t.toLowerCase() } : undefined;
  if (!/^[0-9+()\s.\-/]+$/.test(t)) return undefined; // letters are not part of a number
  const p = parsePhoneNumberFromString(t, 'NL');
  if (!p || !p.isValid()) return undefined;
  return { kind: 'phone', value: p.number, display: p.country === 'NL' ? p.formatNational() : p.formatInternational() };
}

/** How a stored contact is shown again (the consent screen, the e-mail). */
export function showContact(c: { readonly kind: 'phone' | 'email'; readonly value: string }): string {
  if (c.kind === 'email') return c.value;
  const p = parsePhoneNumberFromString(c.value);
  return p ? (p.country === 'NL' ? p.formatNational() : p.formatInternational()) : c.value;
}
