/**
 * Structured logs: one JSON object per line, with event names and counts only — never message
 * text, names, numbers or anything a resident typed.
 * @packageDocumentation
 */

/** Allowed field values: no free text from residents ever goes in here. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/** A logger. */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** Logs JSON lines to stdout (or nothing, for tests). */
export function createLogger(level: 'info' | 'silent', write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Logger {
  const emit = (severity: string, event: string, fields: LogFields = {}) => {
    if (level === 'silent') return;
    write(JSON.stringify({ t: new Date().toISOString(), level: severity, event, ...fields }));
  };
  return {
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
  };
}
