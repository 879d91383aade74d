/**
 * Issue 16 ("Bel mij terug"): the call-back settings, with their defaults in one frozen place.
 * Read from the environment by `bot/config.ts` (see `.env.example` and `docs/deploy.md`).
 * @packageDocumentation
 */
import { numberSetting } from '../number-setting.js';

/** Call-back requests. Without `smtpUrl` and `dataKey` no call-back is offered. */
export interface CallbackConfig {
  /** `smtp://user:pass@mail.example:587` (or `smtps://`). */
  readonly smtpUrl: string;
  /** The sender address of the e-mails. */
  readonly from: string;
  /** One intake mailbox for all call-backs, overriding the pack (then offered for every organisation). */
  readonly to: string;
  /** `DATA_KEY`: 32 bytes, base64 or hex; encrypts personal data at rest (AES-256-GCM). */
  readonly dataKey: string;
  /** First retry after this long; doubles per attempt up to `retryMaxMs`. */
  readonly retryMs: number;
  readonly retryMaxMs: number;
  /** An undelivered request is deleted (and counted `callback:failed`) after this long. */
  readonly giveUpMs: number;
  /** How often the worker looks for requests to deliver. */
  readonly pollMs: number;
  /** How long one instance holds a claimed request before another may try it. */
  readonly leaseMs: number;
  /** Connection, greeting and socket timeout of the mail server. */
  readonly smtpTimeoutMs: number;
}

/** The defaults. */
export const CALLBACK_DEFAULTS: CallbackConfig = Object.freeze({
  smtpUrl: '',
  from: 'wegwijs@localhost',
  to: '',
  dataKey: '',
  retryMs: 60_000,
  retryMaxMs: 60 * 60_000,
  giveUpMs: 3 * 24 * 60 * 60_000,
  pollMs: 5_000,
  leaseMs: 2 * 60_000,
  smtpTimeoutMs: 20_000,
});

/** Fixed limits of the call-back dialogue and the outbox (not settings). */
export const CALLBACK_LIMITS = Object.freeze({
  /** Retention of a request when the pack names none, in days. */
  retentionDays: 7,
  /** Longest "part of the day" kept, in characters. */
  maxTimeChars: 80,
  /** Longest e-mail address accepted. */
  maxEmailChars: 254,
  /** A draft (the request being filled in) is deleted after this long without a turn. */
  draftTtlMs: 60 * 60_000,
});

/** A duration in ms: above 0, else the fallback. */
const ms = (v: string | undefined, fallback: number): number => numberSetting(v, fallback, Number.MIN_VALUE);

/** Reads `SMTP_URL`, `CALLBACK_FROM`, `CALLBACK_TO`, `DATA_KEY` and the `CALLBACK_*_MS` timings. */
export function readCallbackConfig(env: NodeJS.ProcessEnv): CallbackConfig {
  const d = CALLBACK_DEFAULTS;
  return Object.freeze({
    smtpUrl: env.SMTP_URL || d.smtpUrl,
    from: env.CALLBACK_FROM || d.from,
    to: env.CALLBACK_TO || d.to,
    dataKey: env.DATA_KEY || d.dataKey,
    retryMs: ms(env.CALLBACK_RETRY_MS, d.retryMs),
    retryMaxMs: ms(env.CALLBACK_RETRY_MAX_MS, d.retryMaxMs),
    giveUpMs: ms(env.CALLBACK_GIVE_UP_MS, d.giveUpMs),
    pollMs: ms(env.CALLBACK_POLL_MS, d.pollMs),
    leaseMs: ms(env.CALLBACK_LEASE_MS, d.leaseMs),
    smtpTimeoutMs: ms(env.SMTP_TIMEOUT_MS, d.smtpTimeoutMs),
  });
}
