/**
 * A mail catcher for trying "Bel mij terug" locally (issue 16): an SMTP server on loopback that
 * accepts every mail and prints it to the terminal (or, with `--jsonl <file>`, appends each as
 * one JSON line: what the tests read). `npm run mailcatcher` then, in another terminal:
 * `SMTP_URL=smtp://127.0.0.1:2525 CALLBACK_TO=intake@example.nl DATA_KEY=$(openssl rand -base64 32) npm start`.
 * Only for development: it needs the dev dependency `smtp-server`.
 * @packageDocumentation
 */
import { appendFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';

const args = process.argv.slice(2);
const port = Number(args.find((a) => /^\d+$/.test(a)) ?? process.env.MAILCATCHER_PORT ?? 2525);
const jsonl = args.includes('--jsonl') ? args[args.indexOf('--jsonl') + 1] : undefined;
/** `--fail <n>`: answer the first n mails with a temporary error (for tests of the retries). */
let failures = args.includes('--fail') ? Number(args[args.indexOf('--fail') + 1]) : 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onAuth: (_auth, _session, cb) => cb(null, { user: 'dev' }),
  onData(stream, session, cb) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      if (failures > 0) {
        failures--;
        return cb(Object.assign(new Error('Probeer het later nog eens'), { responseCode: 451 }));
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      const to = session.envelope.rcptTo.map((r) => r.address);
      if (jsonl) appendFileSync(jsonl, `${JSON.stringify({ to, raw })}\n`);
      else process.stdout.write(`\n----- mail aan ${to.join(', ')} -----\n${raw}\n`);
      cb();
    });
  },
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`mailcatcher luistert op smtp://127.0.0.1:${port}\n`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
