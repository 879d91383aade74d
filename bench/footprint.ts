/**
 * `npm run bench:footprint`: what a gemeente's IT department runs.
 *
 * - production install: `npm ci --omit=dev --omit=optional` (the install of README and
 *   docs/deploy.md, see {@link PRODUCTION_OMIT}) of this package.json and lockfile in a temporary
 *   folder, and its size on disk (`--compare <git-ref>` measures that ref's install too);
 * - first visit: bytes over the wire (Accept-Encoding: br, gzip) of the page and every script and
 *   style it refers to, from a started server;
 * - start-up: time from spawn to `/healthz` 200 and resident memory (RSS) after start, for the
 *   sources under tsx and for the compiled server (`npm run build` first), median of `--runs`.
 *
 * `--skip-install` leaves out the install (it downloads from the registry or npm's cache);
 * `--skip-startup` leaves out the start-up comparison.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../test/support/server.js';
import { ROOT } from '../test/support/project.js';
import { decoded, raw, referenced } from '../test/support/wire.js';

const MB = 1024 * 1024;
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' }, compare: { type: 'string' }, 'skip-install': { type: 'boolean' }, 'skip-startup': { type: 'boolean' } } });

/**
 * What a production install leaves out. `optional` too: TypeScript is a devDependency and also an
 * optional peer of i18next, so npm flags it `devOptional` and keeps it with `--omit=dev` alone
 * (23 MB); the other optional packages of the production tree are fallbacks nobody needs (see
 * test/install.test.ts).
 */
const PRODUCTION_OMIT = ['--omit=dev', '--omit=optional'];

/** Bytes on disk under a folder (du -sb: apparent sizes, as npm's tarballs unpack them). */
const diskBytes = (dir: string) => Number(spawnSync('du', ['-sb', dir], { encoding: 'utf8' }).stdout.split('\t')[0]);

/** `npm ci --omit=dev --omit=optional` of the given package.json and lockfile in a temporary folder. */
function productionInstall(pkg: string, lock: string): { bytes: number; disk: number; packages: number; largest: string[]; warnings: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-footprint-'));
  try {
    writeFileSync(join(dir, 'package.json'), pkg);
    writeFileSync(join(dir, 'package-lock.json'), lock);
    const r = spawnSync('npm', ['ci', ...PRODUCTION_OMIT, '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm ci failed: ${r.stderr}`);
    const packages = spawnSync('npm', ['ls', '--all', '--parseable', ...PRODUCTION_OMIT], { cwd: dir, encoding: 'utf8' }).stdout.trim().split('\n').length - 1;
    const largest = spawnSync('sh', ['-c', 'du -sk node_modules/[!@]* node_modules/@*/* 2>/dev/null | sort -rn | head -5'], { cwd: dir, encoding: 'utf8' }).stdout.trim().split('\n').map((l) => { const [kb, name] = l.split('\t'); return `${name!.replace('node_modules/', '')} ${(Number(kb) / 1024).toFixed(0)} MB`; });
    return { bytes: diskBytes(join(dir, 'node_modules')), disk: Number(spawnSync('du', ['-sk', join(dir, 'node_modules')], { encoding: 'utf8' }).stdout.split('\t')[0]) * 1024, packages, largest, warnings: r.stderr.split('\n').filter((l) => l.startsWith('npm warn')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Spawns a server, waits for /healthz 200; returns ms to healthy and RSS, then stops it. */
async function startOnce(args: string[]): Promise<{ ms: number; rssMb: number; base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'wegwijs-footprint-data-'));
  const t0 = performance.now();
  const proc = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: data }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited (${args.join(' ')})`);
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const ms = performance.now() - t0;
  const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
  const rssMb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  const stop = async () => {
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
    rmSync(data, { recursive: true, force: true });
  };
  return { ms, rssMb, base, stop };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function startup(label: string, argv: string[], runs: number): Promise<void> {
  const ms: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = await startOnce(argv);
    ms.push(s.ms);
    rss.push(s.rssMb);
    await s.stop();
  }
  console.log(`| ${label} | ${Math.round(median(ms))} ms | ${median(rss).toFixed(0)} MB |`);
}

if (!args['skip-install']) {
  const now = productionInstall(readFileSync(join(ROOT, 'package.json'), 'utf8'), readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  console.log(`production install (npm ci ${PRODUCTION_OMIT.join(' ')}): ${(now.bytes / MB).toFixed(1)} MB of files (${(now.disk / MB).toFixed(1)} MB on disk), ${now.packages} packages, ${now.warnings.length} npm warnings${now.warnings.length ? `:\n  ${now.warnings.join('\n  ')}` : ''}`);
  console.log(`  largest: ${now.largest.join(', ')}`);
  if (args.compare) {
    const show = (f: string) => spawnSync('git', ['show', `${args.compare}:${f}`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * MB }).stdout;
    const then = productionInstall(show('package.json'), show('package-lock.json'));
    console.log(`production install at ${args.compare}: ${(then.bytes / MB).toFixed(1)} MB of files (${(then.disk / MB).toFixed(1)} MB on disk), ${then.packages} packages, ${then.warnings.length} npm warnings`);
  }
}

if (!existsSync(join(ROOT, 'dist', '.built'))) spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const first = await startOnce([join(ROOT, 'dist', 'bot', 'cli', 'serve.js')]);
try {
  const page = await raw(`${first.base}/`, { 'accept-encoding': 'br, gzip' });
  let total = page.body.length;
  const rows = [`/ ${page.body.length} (${String(page.headers['content-encoding'] ?? 'identity')}; ${decoded(page).length} uncompressed)`];
  for (const u of referenced(decoded(page).toString('utf8'))) {
    const r = await raw(`${first.base}${u}`, { 'accept-encoding': 'br, gzip' });
    total += r.body.length;
    rows.push(`${u.replace(/\.[0-9a-f]{10}\./, '.<hash>.')} ${r.body.length} (${String(r.headers['content-encoding'] ?? 'identity')})`);
  }
  const plain = await raw(`${first.base}/static/webchat.js`);
  console.log(`first visit (br, gzip): ${total} bytes (${(total / MB).toFixed(2)} MB) — ${rows.join(', ')}; webchat.js uncompressed: ${plain.body.length}`);
} finally {
  await first.stop();
}

if (args['skip-startup']) process.exit(0);
const runs = Number(args.runs);
console.log(`\nstart-up to /healthz 200 and RSS after start (median of ${runs}):\n| server | start-up | RSS |\n| --- | ---: | ---: |`);
await startup('`node --import tsx bot/cli/serve.ts` (before)', ['--import', 'tsx', join(ROOT, 'bot', 'cli', 'serve.ts')], runs);
await startup('`node dist/bot/cli/serve.js` (npm start)', [join(ROOT, 'dist', 'bot', 'cli', 'serve.js')], runs);
