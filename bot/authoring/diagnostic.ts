/**
 * Diagnostics: every problem the validator finds, with file, line, column, a Dutch message for
 * staff and a hint how to fix it. Printed as `flows/wonen.yaml:12:5 error CODE bericht — hint`.
 * @packageDocumentation
 */
import { CATALOGUE, type DiagnosticCode } from './messages.js';

export type { DiagnosticCode } from './messages.js';

/** How bad a problem is: errors make `npm run validate` fail. */
export type Severity = 'error' | 'warning';

/** One problem found in a flow, content or locale file. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
  readonly hint: string;
  readonly flow?: string;
  readonly step?: string;
}

/** Where a diagnostic points. */
export interface At {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly flow?: string;
  readonly step?: string;
}

/** Makes a diagnostic from the catalogue entry of `code`. */
export function diag(code: DiagnosticCode, at: At, args: Readonly<Record<string, string | number>> = {}): Diagnostic {
  const entry = CATALOGUE[code];
  return {
    code,
    severity: entry.severity,
    file: at.file,
    line: at.line,
    col: at.col,
    message: fill(entry.message, args),
    hint: fill(entry.hint, args),
    ...(at.flow ? { flow: at.flow } : {}),
    ...(at.step ? { step: at.step } : {}),
  };
}

function fill(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in args ? String(args[name]) : m));
}

/** One line: `file:line:col severity CODE message — hint`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message} — ${d.hint}`;
}

/** Sorts by file, line, column, code (stable output for staff and tests). */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
