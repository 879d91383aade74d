/**
 * The e-mail of a call-back request, and sending it over SMTP with nodemailer (timeouts set, so
 * a mail server that hangs fails the attempt instead of holding it). The Message-ID is derived
 * from the request's id: a request sent twice (an instance died between the mail server's "ok"
 * and deleting the request) is one message to any mail system that de-duplicates.
 * @packageDocumentation
 */
import nodemailer from 'nodemailer';
import { showContact } from './contact.js';
import type { CallbackRequest } from './outbox.js';

/** One e-mail. */
export interface Mail {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly messageId: string;
}

/** Sends one e-mail; rejects when the mail server refuses it or cannot be reached. */
export type Mailer = (mail: Mail) => Promise<void>;

/** The deterministic Message-ID of a request. */
export const messageIdOf = (id: string) => `<callback-${id}@wegwijs.invalid>`;

/** The mail to the organisation's intake (Dutch: the organisation works in Dutch). */
export function composeMail(req: CallbackRequest, from: string): Mail {
  const contact = `${req.contact.kind === 'phone' ? 'Telefoon' : 'E-mail'}: ${showContact(req.contact)}`;
  const text = [
    `Een inwoner vraagt via Wegwijs of ${req.organisationName} terugbelt.`,
    'De inwoner gaf hiervoor toestemming en zag precies deze gegevens voordat hij of zij "ja" zei.',
    '',
    contact,
    `Het beste moment: ${req.time}`,
    `Taal van het gesprek: ${req.lang}`,
    '',
    req.summary,
    '',
    'Wegwijs bewaart dit verzoek niet meer nu het is afgeleverd. Neem contact op zoals hierboven gevraagd.',
  ].join('\n');
  return { from, to: req.to, subject: 'Terugbelverzoek via Wegwijs', text, messageId: messageIdOf(req.id) };
}

/** A mailer over SMTP (`smtp://user:pass@host:port`), with connection, greeting and socket timeouts. */
export function smtpMailer(url: string, timeoutMs: number): { send: Mailer; close: () => void } {
  const options = {
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
  };
  // nodemailer reads `url` into host, port, secure and auth; its types omit the key.
  const transport = nodemailer.createTransport(options as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    send: async (m) => {
      await transport.sendMail({ from: m.from, to: m.to, subject: m.subject, text: m.text, messageId: m.messageId });
    },
    close: () => transport.close(),
  };
}
