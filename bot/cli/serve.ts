/**
 * `npm start`: the bot with its chat page at http://localhost:3978 (or `PORT`), the embedded
 * Direct Line channel and the file store in `data/`. Stops cleanly on SIGTERM and SIGINT.
 */
import { readConfig } from '../config.js';
import { guardProcess } from '../process-guards.js';
import { startServer } from '../server.js';

guardProcess();

try {
  const running = await startServer(readConfig());
  if (process.stdout.isTTY) process.stdout.write(`Wegwijs draait op http://localhost:${running.port}\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    void running.close().then(() => {
      process.stdout.write(`${JSON.stringify({ t: new Date().toISOString(), level: 'info', event: 'shutdown', signal })}\n`);
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
