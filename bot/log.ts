/**
 * Structured logs through pino: one JSON object per line on stdout, with event names and counts
 * only — never message text, names, numbers or anything a resident typed. Callers keep the small
 * {@link Logger} interface (`info/warn/error(event, fields)`); pino never receives a message
 * string, only `{ event, ...fields }`.
 * @packageDocumentation
 */
import { pino } from 'pino';
import type { LogLevel } from './config.js';

/** Allowed field values: no free text from residents ever goes in here. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/** A logger. */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/**
 * Logs JSON lines (`{"level":"info","time":"2026-11-30T…","event":"turn",…}`) to stdout, or to
 * `write` (one line per call, without the newline) — or nothing at level `silent`.
 */
export function createLogger(level: LogLevel, write?: (line: string) => void): Logger {
  const destination = write ? { write: (s: string) => write(s.replace(/\n$/, '')) } : pino.destination({ dest: 1, sync: true });
  const log = pino(
    {
      level,
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  return {
    info: (event, fields = {}) => log.info({ ...fields, event }),
    warn: (event, fields = {}) => log.warn({ ...fields, event }),
    error: (event, fields = {}) => log.error({ ...fields, event }),
  };
}
