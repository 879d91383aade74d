/**
 * `npm run bench:load`: turns per second and p50/p99 latency of Wegwijs at 50 and 200 concurrent
 * conversations against a plain Bot Framework echo bot in the same run. Wegwijs is measured on
 * the resident's real path — Direct Line with its WebSocket stream, typing free text, a turn
 * ending when the replies arrive on the stream — and on `/api/messages` with typed text (the open
 * local endpoint, `OPEN_BOT_ENDPOINT=true`), with the file store and with Redis; then a soak at
 * 200 conversations, the stored bytes per conversation, and resident memory at 10,000
 * conversations. The echo bot and Wegwijs run side by side and are measured in turn for
 * `BENCH_ROUNDS` rounds (default 3), after `BENCH_WARMUP_SECONDS` (default 10) of uncounted
 * warm-up per server and path; the comparison uses the medians and prints each round's
 * ratio (on a shared machine speed drifts over minutes). Each run prints the server's CPU time
 * per turn and the load generator's. Loopback only, bounded in time. `BENCH_SECONDS` sets the
 * length of each run (default 10), `BENCH_SOAK_SECONDS` the soak (default 60). `--quick` measures
 * only the echo bot and Wegwijs (file store) at 50 conversations, for trying a change.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { cpus } from 'node:os';
import { measureWebSocket, TYPED } from './directline-ws.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SOAK = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const QUICK = process.argv.includes('--quick');
/** Rounds of echo bot and Wegwijs measured in turn (`BENCH_ROUNDS`, default 3). */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
/** Seconds of uncounted warm-up per server and path before the rounds (`BENCH_WARMUP_SECONDS`, default 10). */
const WARMUP = Math.max(1, Number(process.env.BENCH_WARMUP_SECONDS ?? 10));

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => ok(p));
    });
  });

async function up(base: string, proc: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (proc.exitCode !== null) throw new Error('server exited');
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

/** Starts a server script with node as it is: Wegwijs compiled (`scripts/start.mjs`, as `npm start`), the echo bot in plain JavaScript. */
async function start(script: string, env: Record<string, string>): Promise<{ proc: ChildProcess; base: string }> {
  const port = await freePort();
  const proc = spawn(process.execPath, [join(ROOT, script)], { cwd: ROOT, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', RATE_LIMIT_PER_SECOND: '0', TOKEN_RATE_LIMIT_PER_MINUTE: '0', STREAMS_PER_ADDRESS: '0', OPEN_BOT_ENDPOINT: 'true', ...env }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  await up(base, proc);
  return { proc, base };
}

interface Figures {
  name: string;
  tps: number;
  p50: number;
  p99: number;
  errors: number;
  turns: number;
  /** The server process's CPU time (user + system) per turn, in µs: steadier than turns/s on a shared machine. */
  cpuUs?: number;
  /** The load generator's own CPU time per turn, in µs (this process: the residents' side). */
  clientUs?: number;
  /** The load generator's CPU use in the run, as a share of one core (near 1: it, not the server, sets the pace). */
  clientBusy?: number;
}

/** CPU time (user + system) a process has used, in ms (from /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** {@link measure} with the server's CPU time per turn. */
async function measureServer(name: string, server: { proc: ChildProcess; base: string }, connections: number, seconds: number, via: 'api' | 'directline'): Promise<Figures> {
  const before = cpuMs(server.proc.pid!);
  const client = process.cpuUsage();
  const since = performance.now();
  const f = await measure(name, server.base, connections, seconds, via);
  const used = process.cpuUsage(client);
  const clientUs = used.user + used.system;
  return {
    ...f,
    ...(f.turns > 0 ? { cpuUs: Math.round(((cpuMs(server.proc.pid!) - before) * 1000) / f.turns), clientUs: Math.round(clientUs / f.turns) } : {}),
    clientBusy: clientUs / 1000 / (performance.now() - since),
  };
}

type Ctx = Record<string, unknown>;

/**
 * Direct Line over its WebSocket; /api/messages with autocannon: every connection holds
 * conversations of the 12 typed texts in turn (autocannon starts a fresh context, so a fresh
 * conversation, each time it has gone through its list of requests).
 */
async function measure(name: string, base: string, connections: number, seconds: number, via: 'api' | 'directline'): Promise<Figures> {
  if (via === 'directline') return { name, ...(await measureWebSocket(base, connections, seconds)) };
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: TYPED.map((text) => ({
      method: 'POST',
      setupRequest: (req: Record<string, unknown>, context: Ctx) => {
        context.cid ??= `bench-${randomUUID()}`;
        return {
          ...req,
          path: '/api/messages',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', id: randomUUID(), text, channelId: 'bench', conversation: { id: context.cid }, from: { id: `u-${String(context.cid)}` }, recipient: { id: 'bot' }, serviceUrl: 'http://127.0.0.1/', deliveryMode: 'expectReplies' }),
        };
      },
    })),
  } as never);
  const r = result as unknown as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number; timeouts: number };
  return { name, tps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts, turns: r.requests.total };
}

/** Bytes of each conversation's bot state, as the store keeps it (the last entry per key in the log). */
async function storedBytes(dataDir: string): Promise<{ conversations: number; average: number; max: number; logMb: number }> {
  const latest = new Map<string, number>();
  const file = join(dataDir, 'store', 'store.log');
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (!line) continue;
    const l = JSON.parse(line) as { k: string; d?: unknown; x?: 1 };
    if (!l.k.startsWith('bot/')) continue;
    if (l.x) latest.delete(l.k);
    else latest.set(l.k, Buffer.byteLength(JSON.stringify(l.d)));
  }
  const sizes = [...latest.values()];
  return {
    conversations: sizes.length,
    average: Math.round(sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length)),
    max: sizes.reduce((a, b) => Math.max(a, b), 0),
    logMb: Math.round(statSync(file).size / 1024 / 1024),
  };
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:')) ?? '';
  return Math.round(Number(line.replace(/\D/g, '')) / 1024);
}

async function redisServer(): Promise<{ url: string; proc: ChildProcess } | undefined> {
  const port = await freePort();
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  return proc.exitCode === null ? { url: `redis://127.0.0.1:${port}`, proc } : undefined;
}

const row = (f: Figures) => `| ${f.name} | ${f.tps.toFixed(0)} | ${f.p50.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.errors} | ${f.cpuUs ?? ''} | ${f.clientUs ?? ''} (${f.clientBusy === undefined ? '' : `${Math.round(100 * f.clientBusy)} %`}) |`;

async function main(): Promise<void> {
  const out: string[] = [];
  const print = (s: string) => {
    out.push(s);
    process.stdout.write(`${s}\n`);
  };
  const procs: ChildProcess[] = [];
  try {
    print(`Wegwijs load benchmark — ${new Date().toISOString().slice(0, 10)}, ${SECONDS} s per run, loopback, node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
    print('| run | turns/s | p50 ms | p99 ms | errors | server CPU µs/turn | load generator CPU µs/turn (share of a core) |\n|---|---|---|---|---|---|---|');
    // compiled once here, so no server start below waits for a build
    if (spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' }).status !== 0) throw new Error('npm run build failed');
    // Both servers run side by side and are measured in turns, round after round: on a shared
    // machine the speed drifts over minutes, and a ratio of two runs minutes apart measures the drift.
    const echo = await start('bench/echo-bot.mjs', {});
    procs.push(echo.proc);
    const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-'));
    const file = await start('scripts/start.mjs', { DATA_DIR: dataDir });
    procs.push(file.proc);
    const sizes = QUICK ? [50] : [50, 200];
    const runs = new Map<string, Figures[]>();
    const keep = (key: string, f: Figures) => {
      runs.set(key, [...(runs.get(key) ?? []), f]);
      print(row(f));
    };
    // warmed up first (compiled code, caches), both the same way; not counted
    for (const via of ['api', 'directline'] as const) await measure('warm-up', file.base, 50, WARMUP, via);
    await measure('warm-up', echo.base, 50, WARMUP, 'api');
    for (let round = 1; round <= ROUNDS; round++) {
      for (const c of sizes) {
        keep(`echo ${c}`, await measureServer(`round ${round}: echo bot (CloudAdapter + ActivityHandler), /api/messages, ${c}`, echo, c, SECONDS, 'api'));
        keep(`api ${c}`, await measureServer(`round ${round}: Wegwijs, file store, /api/messages, typed text, ${c}`, file, c, SECONDS, 'api'));
        keep(`dl ${c}`, await measureServer(`round ${round}: Wegwijs, file store, Direct Line + WebSocket, typed text, ${c}`, file, c, SECONDS, 'directline'));
      }
    }
    echo.proc.kill();
    const median = (key: string): Figures => {
      const list = [...(runs.get(key) ?? [])].sort((a, b) => a.tps - b.tps);
      return list[Math.floor(list.length / 2)]!;
    };
    const ratios = (key: string, c: number) => (runs.get(`${key} ${c}`) ?? []).map((f, i) => (f.tps / runs.get(`echo ${c}`)![i]!.tps).toFixed(2)).join(', ');
    const e50 = median('echo 50');
    const e200 = median(`echo ${sizes.at(-1)!}`);
    const [api50, api200, dl50, dl200] = [median('api 50'), median(`api ${sizes.at(-1)!}`), median('dl 50'), median(`dl ${sizes.at(-1)!}`)] as [Figures, Figures, Figures, Figures];
    print('');
    print(`Medians over ${ROUNDS} rounds; ratios per round in brackets.`);
    print(`Direct Line (WebSocket, typed text) / echo bot: turns/s ${(dl50.tps / e50.tps).toFixed(2)} at 50 (target ≥ 0.60) [${ratios('dl', 50)}]${QUICK ? '' : `, ${(dl200.tps / e200.tps).toFixed(2)} at 200 [${ratios('dl', 200)}]`}; p99 ${(dl50.p99 / Math.max(0.1, e50.p99)).toFixed(2)}× at 50 (target ≤ 3)${QUICK ? '' : `, ${(dl200.p99 / Math.max(0.1, e200.p99)).toFixed(2)}× at 200`}`);
    print(`/api/messages (typed text) / echo bot: turns/s ${(api50.tps / e50.tps).toFixed(2)} at 50 (target ≥ 0.80) [${ratios('api', 50)}]${QUICK ? '' : `, ${(api200.tps / e200.tps).toFixed(2)} at 200 [${ratios('api', 200)}]`}; p99 ${(api50.p99 / Math.max(0.1, e50.p99)).toFixed(2)}×${QUICK ? '' : ` and ${(api200.p99 / Math.max(0.1, e200.p99)).toFixed(2)}×`}`);
    const perTurn = (f: Figures) => (f.cpuUs && e50.cpuUs ? (e50.cpuUs / f.cpuUs).toFixed(2) : '?');
    print(`Server CPU per turn, echo bot / Wegwijs (the ratio turns/s would have with the server as the only limit): Direct Line ${perTurn(dl50)}, /api/messages ${perTurn(api50)}`);
    if (QUICK) return;

    const redis = await redisServer();
    if (redis) {
      procs.push(redis.proc);
      const rs = await start('scripts/start.mjs', { REDIS_URL: redis.url, TOKEN_SECRET: randomUUID(), DATA_DIR: mkdtempSync(join(tmpdir(), 'wegwijs-bench-')) });
      procs.push(rs.proc);
      for (const [c, via] of [[50, 'api'], [200, 'api'], [50, 'directline'], [200, 'directline']] as const) {
        print(row(await measureServer(`Wegwijs, Redis, ${via === 'api' ? '/api/messages, typed text' : 'Direct Line + WebSocket, typed text'}, ${c}`, rs, c, SECONDS, via)));
      }
      rs.proc.kill();
      redis.proc.kill();
    } else print('| Wegwijs, Redis | (redis-server not installed: skipped) | | | |');

    const soak = await measure(`soak: Wegwijs, file store, /api/messages, 200, ${SOAK} s`, file.base, 200, SOAK, 'api');
    print(`Soak ${SOAK} s at 200 conversations: ${soak.turns} turns, ${soak.tps.toFixed(0)} turns/s, p99 ${soak.p99.toFixed(1)} ms, errors ${soak.errors} (target 0)`);
    const bytes = await storedBytes(dataDir);
    print(`Stored bytes per conversation (bot state): average ${bytes.average} B, largest ${bytes.max} B over ${bytes.conversations} conversations (target ≤ 2048); store log ${bytes.logMb} MB`);
    file.proc.kill();

    const memDir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-'));
    const mem = await start('scripts/start.mjs', { DATA_DIR: memDir });
    procs.push(mem.proc);
    const before = rssMb(mem.proc.pid!);
    await autocannon({
      url: mem.base,
      connections: 50,
      amount: 10_000,
      requests: [
        {
          method: 'POST',
          setupRequest: (req: Record<string, unknown>) => ({
            ...req,
            path: '/api/messages',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ type: 'message', id: randomUUID(), text: 'Geld en schulden', channelId: 'bench', conversation: { id: randomUUID() }, from: { id: 'u' }, recipient: { id: 'bot' }, serviceUrl: 'http://127.0.0.1/', deliveryMode: 'expectReplies' }),
          }),
        },
      ],
    } as never);
    print(`Resident memory: ${before} MB at start, ${rssMb(mem.proc.pid!)} MB with 10,000 active conversations (file store with its memory cache)`);
    mem.proc.kill();
  } finally {
    for (const p of procs) if (p.exitCode === null) p.kill('SIGKILL');
  }
}

await main();
