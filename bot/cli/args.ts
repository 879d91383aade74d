/**
 * The command line of every CLI, through `node:util` parseArgs: declared options, `--help`/`-h`
 * printing the usage, and an unknown option or missing value printing the problem and the usage
 * on stderr with exit code 2.
 * @packageDocumentation
 */
import { parseArgs } from 'node:util';

/** An option: a string or a flag, with an optional one-letter alias. */
export interface CliOption {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
}

/** The parsed command line. */
export interface CliArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Parses `argv` (without node and the script). Prints `usage` and exits 0 on `--help`; prints
 * the problem and `usage` and exits 2 on a wrong command line.
 */
export function cliArgs(argv: readonly string[], options: Readonly<Record<string, CliOption>>, usage: string, allowPositionals = false): CliArgs {
  try {
    const r = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals });
    if (r.values.help) {
      process.stdout.write(usage.endsWith('\n') ? usage : `${usage}\n`);
      process.exit(0);
    }
    return { values: r.values as CliArgs['values'], positionals: r.positionals };
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${usage.endsWith('\n') ? usage : `${usage}\n`}`);
    process.exit(2);
  }
}

/** A whole number from an option, or `fallback`; exits 2 with a message when it is not one. */
export function wholeNumber(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  process.stderr.write(`--${name} verwacht een heel getal, niet "${String(value)}". / --${name} expects a whole number.\n`);
  process.exit(2);
}
