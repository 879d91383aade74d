/**
 * The file store against real processes and real limits: one writer per data folder (a second
 * process refuses, naming the first; a lock left by a killed process is taken over), writes on
 * a full file (RLIMIT_FSIZE via prlimit) never leave half a record, and the token secret is made
 * once even when several processes start together.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStore } from '../bot/store/file-store.js';
import { ROOT } from './support/project.js';
import { childServer, freePort } from './support/server.js';

const CHILD = join(ROOT, 'test', 'support', 'store-child.ts');
const LIMIT = 256 * 1024;

interface Run {
  proc: ChildProcess;
  lines: Record<string, unknown>[];
  stderr: () => string;
  /** Resolves with the first line that has `key`. */
  line: (key: string) => Promise<Record<string, unknown>>;
  exit: Promise<number | null>;
}

describe('FileStore across processes', function () {
  this.timeout(60_000);
  const children: ChildProcess[] = [];
  const dirs: string[] = [];
  const temp = () => {
    const d = mkdtempSync(join(tmpdir(), 'wegwijs-store-'));
    dirs.push(d);
    return d;
  };
  afterEach(async () => {
    for (const c of children.splice(0)) {
      if (c.exitCode === null && c.signalCode === null) {
        c.kill('SIGKILL');
        await once(c, 'exit');
      }
    }
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  function run(args: string[], prefix: string[] = []): Run {
    const [cmd, ...rest] = [...prefix, process.execPath, '--import', 'tsx', CHILD, ...args];
    const proc = spawn(cmd!, rest, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    children.push(proc);
    const lines: Record<string, unknown>[] = [];
    const waiting: [string, (l: Record<string, unknown>) => void][] = [];
    let out = '';
    let err = '';
    const exit = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
    proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const l = JSON.parse(out.slice(0, nl)) as Record<string, unknown>;
        out = out.slice(nl + 1);
        lines.push(l);
        for (const [i, [key, resolve]] of [...waiting.entries()].reverse()) {
          if (key in l) {
            waiting.splice(i, 1);
            resolve(l);
          }
        }
      }
    });
    const line = (key: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const seen = lines.find((l) => key in l);
        if (seen) return resolve(seen);
        waiting.push([key, resolve]);
        void exit.then((code) => reject(new Error(`child exited (${code}) before "${key}": ${err}`)));
      });
    return { proc, lines, stderr: () => err, line, exit };
  }

  it('a second process on the same folder refuses to start, naming the first; nothing acknowledged is lost', async () => {
    const dir = join(temp(), 'store');
    const first = run(['hold', dir, '40']);
    const { ready: pid } = await first.line('ready');
    expect(pid).to.equal(first.proc.pid);

    const second = run(['open', dir]);
    expect(await second.exit).to.equal(1);
    expect(second.stderr()).to.include(`DATA_DIR ${dir} wordt al gebruikt door proces ${pid} (gestart `);
    expect(second.stderr()).to.include(`is already in use by process ${pid}`);
    expect(second.lines).to.deep.equal([]);

    // the first one dies without closing (its lock file stays); a new process takes over
    first.proc.kill('SIGKILL');
    await first.exit;
    const acked = first.lines.filter((l) => 'ack' in l).map((l) => l.ack as string);
    expect(acked).to.have.length(40);
    const store = new FileStore(dir);
    try {
      for (const [i, key] of acked.entries()) expect((await store.get<{ i: number }>(key))?.value.i, key).to.equal(i);
    } finally {
      await store.close();
    }
    const third = run(['open', dir]);
    expect(await third.exit, third.stderr()).to.equal(0);
  });

  it('npm run dev beside npm start on one DATA_DIR exits 1 with the message, and the running server keeps serving', async () => {
    const env = { DATA_DIR: temp(), LOG_LEVEL: 'silent', ...(process.env.CONTENT_ROOT ? { CONTENT_ROOT: process.env.CONTENT_ROOT } : {}) };
    const server = await childServer({ ...env, PORT: String(await freePort()) });
    children.push(server.proc);
    const dev = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bot', 'cli', 'dev.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...env, PORT: String(await freePort()) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(dev);
    let err = '';
    dev.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const [code] = (await once(dev, 'exit')) as [number | null];
    expect(code, err).to.equal(1);
    expect(err).to.include(`wordt al gebruikt door proces ${server.proc.pid} (gestart `);
    expect(err).to.include(`already in use by process ${server.proc.pid}`);
    expect(err, 'a message, not a stack trace').to.not.match(/\n\s+at /);
    expect((await fetch(`${server.base}/healthz`)).ok).to.equal(true);
  });

  it('on a full file (RLIMIT_FSIZE) refuses whole batches, keeps every acknowledged put and a readable log; works again once space is free', async () => {
    const dir = join(temp(), 'store');
    const child = run(['fill', dir], ['prlimit', `--fsize=${LIMIT}`]);
    await child.line('full');

    const acked = new Set(child.lines.filter((l) => 'ack' in l).map((l) => l.ack as string));
    const failed = child.lines.filter((l) => 'fail' in l);
    expect(failed.length, 'puts refused by the file limit').to.be.at.least(3 * 7);
    expect(new Set(failed.map((l) => l.code))).to.deep.equal(new Set(['EFBIG']));
    expect(new Set(failed.map((l) => l.name)), 'answered as 503').to.deep.equal(new Set(['StoreUnavailable']));
    const raw = readFileSync(join(dir, 'store.log'));
    expect(raw.length).to.be.at.most(LIMIT);
    expect(raw.at(-1), 'the log ends with a whole line').to.equal(0x0a);
    const keys = raw
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((text) => (JSON.parse(text) as { k: string }).k); // every line parses
    expect(new Set(keys)).to.deep.equal(acked, 'on disk: exactly the acknowledged puts');
    expect(acked.size).to.be.greaterThan(100);

    child.proc.stdin!.write('go\n');
    const done = await child.line('after');
    expect(await child.exit).to.equal(0);
    expect(done).to.deep.include({ errors: [], unhandled: [] });
    expect(statSync(join(dir, 'store.log')).size).to.be.lessThan(1024);
    const store = new FileStore(dir);
    try {
      expect((await store.get('keep'))?.value).to.deep.equal({ note: 'blijft staan' });
      expect((await store.get('after'))?.value).to.deep.equal({ note: 'na het opruimen' });
    } finally {
      await store.close();
    }
  });

  it('several processes starting together get one and the same token secret', async () => {
    const dir = temp();
    const runs = Array.from({ length: 4 }, () => run(['secret', dir]));
    const secrets = await Promise.all(runs.map(async (r) => (await r.line('secret')).secret));
    expect(new Set(secrets).size).to.equal(1);
    expect(readFileSync(join(dir, 'token-secret'), 'utf8').trim()).to.equal(secrets[0]);
    expect(statSync(join(dir, 'token-secret')).mode & 0o777).to.equal(0o600);
  });
});
