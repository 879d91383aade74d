/**
 * Errors as HTTP answers: one mapping for every door, with the message text from `locales/`
 * (`system:errors.<key>`, in the default language). Never a stack trace.
 * @packageDocumentation
 */
import type { Response } from 'restify';
import { LockTimeout } from '../store/lock.js';
import { StoreUnavailable } from '../store/types.js';

/** The error texts in `locales/<default>/system.yaml` under `errors`. */
export type ErrorKey =
  | 'unavailable'
  | 'failed'
  | 'badRequest'
  | 'badActivity'
  | 'unsupportedMediaType'
  | 'tooManyRequests'
  | 'tooManyConversations'
  | 'tooManyStreams'
  | 'tokenInvalid'
  | 'tokenNotForConversation'
  | 'conversationEnded'
  | 'notFound';

/** Says an error text in the default language. */
export type SayError = (key: ErrorKey) => string;

/** True for the errors that mean "the store (or a lock on it) cannot be had right now". */
export function isUnavailable(e: unknown): boolean {
  return e instanceof StoreUnavailable || e instanceof LockTimeout;
}

/** Status, code and text key for an error: 503 when the store or a lock is unavailable, else 500. */
export function errorReply(e: unknown): [number, string, ErrorKey] {
  if (isUnavailable(e)) return [503, 'Unavailable', 'unavailable'];
  return [500, 'Error', 'failed'];
}

/** Sends a short JSON error `{ error: { code, message } }`. */
export function fail(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}
