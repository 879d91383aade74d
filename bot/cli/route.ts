/**
 * `npm run --silent route -- "<tekst>"`: route one message (or, with `--batch`, one message per
 * line of standard input) and print one JSON object per message on one line.
 *
 * @remarks
 * A stable contract for scripts and for the flow engine's tests:
 * `{"flow":"<id>","score":<0..1>,"alternatives":[{"flow":"<id>","score":<n>}]}`, plus `"explain"`
 * with `--explain`. Any input gives valid JSON; usage errors print a Dutch message on standard
 * error and exit with code 2.
 *
 * `--conversation [bestand]` is for staff, not scripts: it replays a typed conversation through the
 * turn layer and explains every turn in Dutch (see `route-conversation.ts`); no JSON.
 */

import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs as parseArgv } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { loadUnderstanding } from '../authoring/load.js';
import { createReadStream } from 'node:fs';
import { createUnderstanding, type CrisisHit, type RouteResult, type Understanding } from '../understand/index.js';
import { replayConversation } from './route-conversation.js';
import { projectRoot } from './root.js';

/** Where the CLI reads from and writes to (injectable for tests). */
export interface RouteCliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Parsed command line. */
export interface RouteCliArgs {
  batch: boolean;
  explain: boolean;
  /** Replay a conversation (one resident turn per line) and explain each turn. */
  conversation?: boolean;
  lang?: string;
  /** The message from the arguments, or undefined when none was given. */
  text?: string;
}

/** Thrown for a wrong command line; the message is Dutch and meant for the user. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Usage text (Dutch). */
export const USAGE = [
  'Gebruik: npm run --silent route -- [opties] "<tekst>"',
  '         npm run --silent route -- --batch [opties] < berichten.txt',
  '',
  'Opties:',
  '  --batch       lees één bericht per regel van standaardinvoer, schrijf één JSON-regel per bericht',
  '  --explain     voeg "explain" toe: welke woorden bij welke synoniemen pasten',
  '  --lang <taal> lees het bericht in deze taal (bijv. en); zonder deze optie wordt de taal herkend',
  '  --conversation [bestand]  speel een getypt gesprek na (één beurt per regel, uit het bestand of',
  '                van standaardinvoer) en leg per beurt uit wat Wegwijs begreep en waarom',
  '  --help        toon deze uitleg',
].join('\n');

/**
 * Parse the command line (without `node` and the script) with `node:util` parseArgs. Arguments
 * that are not options, everything after `--`, and single-dash words (`-5 graden`) are the text.
 *
 * @throws UsageError for an unknown option, a missing value or text combined with --batch
 */
export function parseArgs(argv: readonly string[]): RouteCliArgs | 'help' {
  const { tokens } = parseArgv({
    args: [...argv],
    options: { batch: { type: 'boolean' }, explain: { type: 'boolean' }, conversation: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const out: RouteCliArgs = { batch: false, explain: false };
  const text: string[] = [];
  const seen = new Set<number>();
  for (const t of tokens) {
    if (t.kind === 'positional') text.push(t.value);
    else if (t.kind === 'option' && !t.rawName.startsWith('--')) {
      if (!seen.has(t.index)) text.push(argv[t.index] ?? '');
      seen.add(t.index);
    } else if (t.kind === 'option') {
      if (t.name === 'help') return 'help';
      if (t.name === 'batch') out.batch = true;
      else if (t.name === 'explain') out.explain = true;
      else if (t.name === 'conversation') out.conversation = true;
      else if (t.name === 'lang') {
        if (t.value === undefined || t.value === '' || (!t.inlineValue && t.value.startsWith('--'))) throw new UsageError('Bij --lang hoort een taalcode, bijvoorbeeld: --lang en');
        out.lang = t.value;
      } else throw new UsageError(`Onbekende optie: ${t.rawName}`);
    }
  }
  if (out.conversation) {
    if (out.batch) throw new UsageError('Kies --batch of --conversation, niet allebei.');
    return text.length > 0 ? { ...out, text: text.join(' ') } : out;
  }
  if (out.batch && text.length > 0) throw new UsageError('Geef bij --batch geen tekst mee; de berichten komen van standaardinvoer.');
  if (!out.batch && text.length === 0) throw new UsageError('Geef een tekst om te routeren, of gebruik --batch.');
  if (text.length > 0) out.text = text.join(' ');
  return out;
}

/** The JSON line for one result, keys in contract order. */
export function formatResult(r: RouteResult, explain: boolean, crisis?: CrisisHit | null): string {
  const obj: Record<string, unknown> = {
    flow: r.flow,
    score: r.score,
    alternatives: r.alternatives.map((a) => ({ flow: a.flow, score: a.score })),
  };
  if (explain) {
    obj['explain'] = r.explain ?? [];
    if (r.reranked) obj['reranked'] = r.reranked;
    if (r.modelOnly) obj['modelOnly'] = r.modelOnly;
    // which crisis phrase, and whether its sentence puts it in the past (then the conversation
    // asks "Is er nu gevaar?" first)
    if (r.flow === 'crisis' && crisis) obj['crisis'] = crisis;
  }
  return JSON.stringify(obj);
}

const ROOT = projectRoot();
let shared: Understanding | undefined;

/**
 * Run the CLI.
 *
 * @param argv - arguments after the script name
 * @param io - streams (process streams by default)
 * @param u - the understanding service (built from flows/synonyms when omitted)
 * @returns the exit code: 0 ok, 2 usage error, 1 could not load the synonym files
 */
export async function main(
  argv: readonly string[],
  io: RouteCliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
  u?: Understanding,
): Promise<number> {
  let args: RouteCliArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.conversation) {
    try {
      return await replayConversation(ROOT, args.text ? createReadStream(args.text) : io.stdin, io.stdout);
    } catch (e) {
      io.stderr.write(`Kan het gesprek niet naspelen: ${(e as Error).message}\n`);
      return 1;
    }
  }
  let service: Understanding;
  try {
    service = u ?? (shared ??= createUnderstanding(loadUnderstanding(ROOT)));
  } catch (e) {
    io.stderr.write(`Kan de synoniemen niet laden: ${(e as Error).message}\n`);
    return 1;
  }
  if (args.lang !== undefined && !service.languages.includes(args.lang)) {
    io.stderr.write(`Onbekende taal '${args.lang}'. Beschikbaar: ${service.languages.join(', ')}\n`);
    return 2;
  }
  const opts = { explain: args.explain, ...(args.lang ? { lang: args.lang } : {}) };
  const one = (text: string): string => formatResult(service.route(text, opts), args.explain, args.explain ? service.crisis(text, { explain: true }) : undefined) + '\n';
  if (!args.batch) {
    io.stdout.write(one(args.text ?? ''));
    return 0;
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!io.stdout.write(one(line))) await new Promise((r) => io.stdout.once('drain', r));
  }
  return 0;
}

const invoked = process.argv[1] ? pathToFileURL(resolve(process.argv[1])).href : '';
if (invoked === import.meta.url) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`Onverwachte fout: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
