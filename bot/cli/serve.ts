/**
 * `npm start`: the bot with its chat page at http://localhost:3978 (or `PORT`), the embedded
 * Direct Line channel and the file store in `data/`. Reads `.env` when present (never over a
 * variable already set), refuses invalid settings with a message that names them, warns about
 * unknown names in `.env`. On SIGTERM or SIGINT it drains: `/readyz` answers 503, turns in
 * flight finish (at most `SHUTDOWN_TIMEOUT_SECONDS`), then the server closes.
 * `--check` only checks the settings; `--help` explains.
 */
import { parseArgs } from 'node:util';
import { configProblems, loadDotEnv, unknownSettings } from '../config-check.js';
import { readConfig } from '../config.js';
import { createLogger } from '../log.js';
import { guardProcess } from '../process-guards.js';
import { startServer } from '../server.js';

const USAGE = `Gebruik: npm start [-- opties]   (of: node dist/bot/cli/serve.js [opties])

Start Wegwijs: de chatpagina, Direct Line en /api/messages op PORT (standaard 3978).
Instellingen komen uit de omgeving en uit .env (zie .env.example).

  --check   controleer alleen de instellingen (exit 1 bij een fout)
  --help    deze uitleg
`;

function main(argv: string[]): Promise<number> | number {
  let args;
  try {
    args = parseArgs({ args: argv, options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const fromFile = loadDotEnv();
  for (const line of unknownSettings(fromFile ?? [])) process.stderr.write(`${line}\n`);
  const problems = configProblems(process.env);
  for (const line of problems) process.stderr.write(`${line}\n`);
  if (problems.length > 0) {
    process.stderr.write('Wegwijs start niet: pas de instelling(en) hierboven aan. / Wegwijs does not start: fix the setting(s) above.\n');
    return 1;
  }
  if (args.check) {
    process.stdout.write('Instellingen in orde. / Settings are fine.\n');
    return 0;
  }
  return serve();
}

async function serve(): Promise<number> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  guardProcess((event, name) => logger.error(event, { error: name }));
  try {
    const running = await startServer(config, { logger });
    if (process.stdout.isTTY) process.stdout.write(`Wegwijs draait op http://localhost:${running.port}\n`);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info('shutdown', { signal });
      const force = setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 5000);
      force.unref();
      void running.drain(config.shutdownTimeoutMs).then(() => process.exit(0));
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
    return 0;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
if (code !== 0) process.exit(code);
