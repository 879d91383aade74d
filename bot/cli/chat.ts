/**
 * `npm run chat`: talk to Wegwijs in the terminal. Choices are numbered: type the number, or type
 * anything in your own words. When stdin is not a terminal, every line is one turn and the bot's
 * messages are printed, so a conversation can be scripted:
 * `printf '1\n1\n' | npm run --silent chat`.
 * Options: `--gemeente <pack>`, `--lang <code>`.
 */
import { createInterface } from 'node:readline';
import { formatDiagnostic, hasErrors } from '../authoring/diagnostic.js';
import { validate } from '../authoring/validate.js';
import { converse, createBot, type BotModel, type UserEvent } from '../turn/converse.js';
import type { ButtonInput } from '../engine/actions.js';
import type { State } from '../engine/types.js';
import type { Button, Message } from '../render/types.js';
import { cliArgs } from './args.js';
import { projectRoot } from './root.js';

/** Formats messages for the terminal; buttons are numbered from 1. */
export function formatMessages(messages: readonly Message[]): string {
  const out: string[] = [];
  for (const m of messages) {
    const lines = m.text.split('\n');
    out.push(`Wegwijs: ${lines[0] ?? ''}`, ...lines.slice(1).map((l) => `  ${l}`));
    m.buttons?.forEach((b, i) => out.push(`  ${i + 1}. ${b.label}`));
  }
  return out.join('\n');
}

/** A terminal session: keeps the state and the buttons last shown. */
export class TerminalChat {
  private state: State | undefined;
  private buttons: readonly Button[] = [];

  constructor(private readonly bot: BotModel) {}

  /** Runs one turn; a number picks a button of the last question. */
  turn(line: string | undefined): string {
    if (line === undefined) return this.run({ type: 'start' });
    const n = /^\s*(\d{1,2})\s*$/.exec(line);
    const button = n ? this.buttons[Number(n[1]) - 1] : undefined;
    return this.run(button ? { type: 'action', action: button.action } : { type: 'text', text: line });
  }

  /** Runs one turn for a button or command given directly (such as a language). */
  action(action: ButtonInput): string {
    return this.run({ type: 'action', action });
  }

  private run(event: UserEvent): string {
    const result = converse(this.bot, this.state, event);
    this.state = result.state;
    this.buttons = [...result.messages].reverse().find((m) => m.buttons && m.buttons.length > 0)?.buttons ?? [];
    return formatMessages(result.messages);
  }

  /** True when the conversation came to its end. */
  get done(): boolean {
    return this.state?.done === true;
  }
}

const USAGE = `Gebruik: npm run chat -- [opties]

Een gesprek met Wegwijs in de terminal: typ een nummer of iets in je eigen woorden.
Zonder terminal is elke regel van standaardinvoer één beurt: printf '1\\n1\\n' | npm run --silent chat

  --gemeente <naam>   de verwijsgids van deze gemeente (standaard: dordrecht)
  --lang <code>       begin in deze taal (bijv. en, ar, nl-x-simple)
  --help              deze uitleg
`;

async function main(argv: readonly string[]): Promise<number> {
  const { values } = cliArgs(argv, { gemeente: { type: 'string' }, lang: { type: 'string' } }, USAGE);
  const pack = values.gemeente as string | undefined;
  const lang = values.lang as string | undefined;
  const { project, diagnostics } = validate({ root: projectRoot(), ...(pack ? { pack } : {}) });
  if (hasErrors(diagnostics)) {
    for (const d of diagnostics.filter((x) => x.severity === 'error')) process.stderr.write(`${formatDiagnostic(d)}\n`);
    process.stderr.write('De flows bevatten fouten; los ze op en probeer het opnieuw (npm run validate).\n');
    return 1;
  }
  const chat = new TerminalChat(createBot(project));
  const interactive = process.stdin.isTTY === true;
  const print = (s: string) => process.stdout.write(`${s}\n`);
  print(chat.turn(undefined));
  if (lang) print(chat.action({ type: 'language', lang }));
  const rl = createInterface({ input: process.stdin, terminal: interactive });
  if (interactive) {
    print('(Typ een nummer of iets in je eigen woorden. Stoppen: Ctrl+D.)');
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (!interactive) print(`> ${line}`);
    print(chat.turn(line));
    if (interactive) rl.prompt();
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
