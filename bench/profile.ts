/**
 * `npm run bench:profile`: where a typed-text turn spends its time. Starts the compiled server with the
 * inspector on a loopback port and the file store, warms it up, then profiles (Chrome DevTools
 * protocol, `Profiler.start`/`stop`) while it is driven for `BENCH_SECONDS` (default 10) by 50 residents
 * typing over Direct Line and its WebSocket (`--via directline`, the default) or on the open local
 * `/api/messages` (`--via api`), stops it, and prints the functions and files with the most
 * self time. `--top N` sets the length of the lists (default 25); `--save FILE` also writes the
 * profile (`.cpuprofile`, for DevTools). Loopback only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { childServer, freePort } from '../test/support/server.js';
import { ROOT } from '../test/support/project.js';
import { WebSocket } from 'ws';
import { measureWebSocket, TYPED } from './directline-ws.js';

const { values: args } = parseArgs({ options: { via: { type: 'string', default: 'directline' }, top: { type: 'string', default: '25' }, save: { type: 'string' } } });
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** POSTs typed text to /api/messages (expectReplies), `connections` conversations in turn. */
async function driveApi(base: string, connections: number, seconds: number): Promise<number> {
  const end = performance.now() + seconds * 1000;
  let turns = 0;
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      for (let turn = 0; performance.now() < end; turn++) {
        const res = await fetch(`${base}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', id: `p-${c}-${turn}`, text: TYPED[turn % TYPED.length], channelId: 'bench', conversation: { id: `profile-${c}` }, from: { id: `u-${c}` }, recipient: { id: 'bot' }, serviceUrl: 'http://127.0.0.1/', deliveryMode: 'expectReplies' }),
        });
        await res.arrayBuffer();
        if (res.ok) turns++;
      }
    }),
  );
  return turns;
}

function summarise(profile: Profile, top: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const where = f.url ? relative(ROOT, f.url.replace('file://', '')).replace(/^dist\//, '') : '(native)';
    const name = `${f.functionName || '(anonymous)'} ${where}:${f.lineNumber + 1}`;
    fn.set(name, (fn.get(name) ?? 0) + dt);
    const group = where.includes('node_modules/') ? `node_modules/${where.split('node_modules/').pop()!.split('/').slice(0, where.includes('node_modules/@') ? 2 : 1).join('/')}` : where;
    file.set(group, (file.get(group) ?? 0) + dt);
  });
  const print = (title: string, m: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [k, v] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
  };
  print('Self time per function', fn);
  print('Self time per file or package', file);
}

/** A minimal Chrome DevTools protocol client over the inspector's WebSocket. */
async function inspector(port: number): Promise<{ send: (method: string) => Promise<unknown>; close: () => void }> {
  const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const ws = new WebSocket(list[0]!.webSocketDebuggerUrl);
  await new Promise((ok, fail) => (ws.once('open', ok), ws.once('error', fail)));
  let next = 1;
  const waiting = new Map<number, (r: unknown) => void>();
  ws.on('message', (d) => {
    const m = JSON.parse(d.toString()) as { id?: number; result?: unknown };
    if (m.id !== undefined) waiting.get(m.id)?.(m.result);
  });
  return {
    send: (method) => new Promise((ok) => { const id = next++; waiting.set(id, ok); ws.send(JSON.stringify({ id, method })); }),
    close: () => ws.close(),
  };
}

const port = await freePort();
const inspectPort = await freePort();
const dir = mkdtempSync(join(tmpdir(), 'wegwijs-profile-'));
// the compiled server, as `npm start` runs it (built first when stale)
if (spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' }).status !== 0) throw new Error('npm run build failed');
// started and awaited like the tests' child servers (test/support/server.ts)
const { proc, base } = await childServer(
  { PORT: String(port), LOG_LEVEL: 'silent', STREAMS_PER_ADDRESS: '0', OPEN_BOT_ENDPOINT: 'true', DATA_DIR: join(dir, 'data') },
  [`--inspect=127.0.0.1:${inspectPort}`, join(ROOT, 'scripts/start.mjs')],
).catch((e: unknown) => {
  rmSync(dir, { recursive: true, force: true });
  throw e;
});
const drive = async (seconds: number) => (args.via === 'api' ? await driveApi(base, 50, seconds) : (await measureWebSocket(base, 50, seconds)).turns);
try {
  await drive(3);
  const cdp = await inspector(inspectPort);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  const turns = await drive(SECONDS);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  cdp.close();
  console.log(`${turns} turns in ${SECONDS} s via ${args.via} (${(turns / SECONDS).toFixed(0)} turns/s, profiler on)`);
  summarise(profile, Number(args.top));
  if (args.save) writeFileSync(args.save, JSON.stringify(profile));
} finally {
  proc.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
