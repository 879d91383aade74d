/**
 * A second process for the file store tests (run with `node --import tsx`). Prints one JSON
 * object per line on stdout.
 *
 * - `hold <dir> <n>`: opens the store, puts n keys one by one (`{"ack":key}` after each), prints
 *   `{"ready":pid}` and waits to be killed.
 * - `open <dir>`: opens the store like `npm start` does: on failure prints the message on stderr
 *   and exits 1; else prints `{"opened":pid}`, closes and exits 0.
 * - `fill <dir>`: meant to run under `prlimit --fsize=N`: puts in concurrent batches until the
 *   file limit refuses three batches in a row (`{"ack":key}` / `{"fail":key,"code":…}`), prints
 *   `{"full":true}`, waits for a line on stdin, then lets the fill entries expire, sweeps (the
 *   log shrinks), puts `after` (`{"after":…}`) and closes.
 * - `secret <dir>`: prints `{"secret":…}` from `loadOrCreateSecret(dir, '')`.
 */
import { once } from 'node:events';
import { FileStore } from '../../bot/store/file-store.js';
import { loadOrCreateSecret } from '../../bot/store/secret.js';

// Past RLIMIT_FSIZE the kernel sends SIGXFSZ, which kills by default; handled, write fails with EFBIG.
process.on('SIGXFSZ', () => undefined);
const unhandled: string[] = [];
process.on('unhandledRejection', (e) => unhandled.push(String(e)));

const [mode, dir, arg] = process.argv.slice(2) as [string, string, string?];
const say = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);

if (mode === 'hold') {
  const store = new FileStore(dir);
  for (let i = 0; i < Number(arg ?? 20); i++) {
    await store.put(`held/${i}`, { i, text: `bericht ${i}` }, null, 3_600_000);
    say({ ack: `held/${i}` });
  }
  say({ ready: process.pid });
  setInterval(() => undefined, 60_000); // until killed
} else if (mode === 'open') {
  try {
    const store = new FileStore(dir);
    say({ opened: process.pid });
    await store.close();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
} else if (mode === 'fill') {
  let clock = Date.now();
  const errors: string[] = [];
  const store = new FileStore(dir, { now: () => clock, onError: (event) => errors.push(event) });
  await store.put('keep', { note: 'blijft staan' }, null, 10 * 3_600_000);
  say({ ack: 'keep' });
  let refused = 0;
  for (let batch = 0; refused < 3 && batch < 10_000; batch++) {
    const keys = Array.from({ length: 7 }, (_, j) => `fill/${batch}/${j}`);
    const results = await Promise.allSettled(keys.map((k, j) => store.put(k, { k, pad: 'x'.repeat(600 + 97 * j) }, null, 3_600_000)));
    results.forEach((r, j) => say(r.status === 'fulfilled' ? { ack: keys[j] } : { fail: keys[j], code: (r.reason as NodeJS.ErrnoException).code, name: (r.reason as Error).name }));
    refused = results.every((r) => r.status === 'rejected') ? refused + 1 : 0;
  }
  say({ full: true });
  process.stdin.resume();
  await once(process.stdin, 'data');
  clock += 2 * 3_600_000; // the fill entries expire; the sweep's rewrite is small
  await store.sweep();
  await store.put('after', { note: 'na het opruimen' }, null, 10 * 3_600_000);
  say({ after: true, errors, unhandled });
  await store.close();
  process.exit(0);
} else if (mode === 'secret') {
  say({ secret: loadOrCreateSecret(dir, '') });
}
