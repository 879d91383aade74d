/**
 * The file store keeps residents' words private: its folder and files are readable by the owner
 * only, expired and deleted conversations leave the disk at the next sweep, a failed rewrite is
 * reported and retried (never an unhandled rejection), one folder has one store, and the token
 * secret lives in its own private file, not in the conversation log.
 */
import { expect } from 'chai';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FOREIGN_STALE_MS } from '../bot/store/dir-lock.js';
import { DataDirInUse, FileStore } from '../bot/store/file-store.js';
import { loadOrCreateSecret, secretBesideStore } from '../bot/store/secret.js';

const mode = (p: string) => statSync(p).mode & 0o777;
const NAME = 'Fatima El Amrani';

describe('FileStore privacy on disk', () => {
  let root: string;
  let clock: number;
  const now = () => clock;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'wegwijs-private-'));
    clock = Date.now();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates its folder 0700 and its files 0600, and tightens looser ones', async () => {
    const fresh = join(root, 'data', 'store');
    const a = new FileStore(fresh, { now });
    await a.put('k', 1, null, 60_000);
    await a.compact();
    expect(mode(fresh)).to.equal(0o700);
    expect(mode(join(fresh, 'store.log'))).to.equal(0o600);
    expect(mode(join(fresh, 'LOCK'))).to.equal(0o600);
    await a.close();

    const old = join(root, 'old');
    mkdirSync(old, { mode: 0o755 });
    chmodSync(old, 0o755);
    writeFileSync(join(old, 'store.log'), '{"k":"k","v":1,"e":99999999999999,"d":"oud"}\n', { mode: 0o644 });
    writeFileSync(join(old, 'store.log.tmp'), 'half a compaction', { mode: 0o644 });
    chmodSync(join(old, 'store.log'), 0o644);
    const b = new FileStore(old, { now });
    expect((await b.get('k'))?.value).to.equal('oud');
    expect(mode(old)).to.equal(0o700);
    expect(mode(join(old, 'store.log'))).to.equal(0o600);
    await b.put('k2', 2, null, 60_000);
    await b.compact();
    expect(mode(join(old, 'store.log'))).to.equal(0o600);
    expect(existsSync(join(old, 'store.log.tmp'))).to.equal(false);
    await b.close();
  });

  it('a sweep removes an expired conversation from the file itself; live ones stay', async () => {
    const dir = join(root, 'store');
    const s = new FileStore(dir, { now });
    let v = await s.put('conv/expired', { said: ['Hallo'] }, null, 1_000);
    v = await s.put('conv/expired', { said: ['Hallo', `Ik heet ${NAME}`] }, v, 1_000);
    await s.put('conv/expired', { said: ['Hallo', `Ik heet ${NAME}`, 'Dank je'] }, v, 1_000);
    await s.put('conv/live', { said: ['Ik zoek hulp bij schulden'] }, null, 3_600_000);
    expect(readFileSync(join(dir, 'store.log')).includes(NAME)).to.equal(true);

    clock += 2_000;
    expect(await s.sweep()).to.equal(1);
    const raw = readFileSync(join(dir, 'store.log'));
    expect(raw.includes(NAME), 'the name is gone from store.log').to.equal(false);
    expect(raw.includes('conv/expired')).to.equal(false);
    await s.close();

    const again = new FileStore(dir, { now });
    expect((await again.get('conv/live'))?.value).to.deep.equal({ said: ['Ik zoek hulp bij schulden'] });
    expect(await again.get('conv/expired')).to.equal(undefined);
    await again.close();
  });

  it('a sweep also removes a deleted entry from the file', async () => {
    const dir = join(root, 'store');
    const s = new FileStore(dir, { now });
    await s.put('dl/conv/1', { name: NAME }, null, 3_600_000);
    await s.put('other', 'blijft', null, 3_600_000);
    await s.delete('dl/conv/1');
    expect(await s.sweep()).to.equal(0);
    const raw = readFileSync(join(dir, 'store.log'), 'utf8');
    expect(raw).to.not.include(NAME);
    expect(raw).to.include('blijft');
    await s.close();
  });

  it('a rewrite that fails is reported, does not reject the sweep, and is done at the next sweep', async () => {
    const dir = join(root, 'store');
    const errors: string[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const s = new FileStore(dir, { now, onError: (event) => errors.push(event) });
      await s.put('gone', { name: NAME }, null, 1_000);
      await s.put('live', 'blijft', null, 3_600_000);
      mkdirSync(join(dir, 'store.log.tmp', 'in-the-way'), { recursive: true }); // the tmp file cannot be made
      clock += 2_000;
      expect(await s.sweep()).to.equal(1);
      expect(errors).to.deep.equal(['store_compact_failed']);
      expect(readFileSync(join(dir, 'store.log'), 'utf8'), 'still there: the rewrite failed').to.include(NAME);
      await s.put('meanwhile', 'ok', null, 3_600_000); // the log still takes writes

      rmSync(join(dir, 'store.log.tmp'), { recursive: true });
      expect(await s.sweep()).to.equal(0);
      expect(readFileSync(join(dir, 'store.log'), 'utf8')).to.not.include(NAME);
      await s.close();
      const again = new FileStore(dir, { now });
      expect((await again.get('meanwhile'))?.value).to.equal('ok');
      expect((await again.get('live'))?.value).to.equal('blijft');
      await again.close();
      await new Promise((r) => setImmediate(r));
      expect(unhandled).to.deep.equal([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('one store per folder in a process too; close() frees the folder; a lock of an earlier life of this pid is stale; a read-only reader needs no lock', async () => {
    const dir = join(root, 'store');
    const a = new FileStore(dir, { now });
    expect(() => new FileStore(dir, { now })).to.throw(DataDirInUse, `already in use by process ${process.pid}`);
    await a.close();
    expect(existsSync(join(dir, 'LOCK'))).to.equal(false);
    // e.g. a container restarted: pid 1 again, same host, but this process never took the lock
    writeFileSync(join(dir, 'LOCK'), JSON.stringify({ pid: process.pid, host: hostname(), started: '2020-01-01T00:00:00.000Z' }));
    const b = new FileStore(dir, { now });
    await b.put('k', 'van b', null, 60_000);
    // npm run report reads beside the running server: no lock, no rewrite, no writes
    const reader = new FileStore(dir, { now, readOnly: true });
    expect((await reader.get('k'))?.value).to.equal('van b');
    let refused: unknown;
    await reader.put('x', 1, null, 60_000).catch((e) => (refused = e));
    expect(refused).to.be.instanceOf(Error);
    await reader.close();
    expect(existsSync(join(dir, 'LOCK')), 'the reader left the lock alone').to.equal(true);
    await b.close();
  });

  it('a lock from another host (a shared volume) holds while it is touched, and is stale once it is not', async () => {
    const dir = join(root, 'store');
    mkdirSync(dir);
    writeFileSync(join(dir, 'LOCK'), JSON.stringify({ pid: 1, host: 'andere-container', started: '2026-11-30T12:00:00.000Z' }));
    expect(() => new FileStore(dir, { now })).to.throw(DataDirInUse, 'in use by process 1 on andere-container (started 2026-11-30T12:00:00.000Z)');
    const old = new Date(Date.now() - 2 * FOREIGN_STALE_MS);
    utimesSync(join(dir, 'LOCK'), old, old);
    const s = new FileStore(dir, { now });
    expect(JSON.parse(readFileSync(join(dir, 'LOCK'), 'utf8'))).to.include({ pid: process.pid, host: hostname() });
    await s.close();
  });
});

describe('loadOrCreateSecret', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'wegwijs-secret-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('uses TOKEN_SECRET when set and writes nothing', () => {
    expect(loadOrCreateSecret(root, 'geconfigureerd')).to.equal('geconfigureerd');
    expect(existsSync(join(root, 'token-secret'))).to.equal(false);
  });

  it('makes a private secret file once and reads it back', () => {
    const dir = join(root, 'data');
    const s = loadOrCreateSecret(dir, '');
    expect(s).to.match(/^[\w-]{43}$/);
    expect(mode(dir)).to.equal(0o700);
    expect(mode(join(dir, 'token-secret'))).to.equal(0o600);
    expect(loadOrCreateSecret(dir, '')).to.equal(s);
    expect(readFileSync(join(dir, 'token-secret'), 'utf8').trim()).to.equal(s);
  });

  it('keeps a secret moved from an older store, and tightens a readable secret file', () => {
    expect(loadOrCreateSecret(root, '', 'uit-de-oude-log')).to.equal('uit-de-oude-log');
    chmodSync(join(root, 'token-secret'), 0o644);
    expect(loadOrCreateSecret(root, '', 'een-andere')).to.equal('uit-de-oude-log');
    expect(mode(join(root, 'token-secret'))).to.equal(0o600);
  });

  it('moves a secret an older version kept in store.log into the file, and out of the log', async () => {
    const dir = join(root, 'store');
    const old = new FileStore(dir);
    await old.put('dl/secret', 'oud-geheim-uit-de-log', null, 10 * 365 * 24 * 3600 * 1000);
    await old.put('dl/conv/1', { ok: true }, null, 3_600_000);
    await old.close();
    const s = new FileStore(dir);
    expect(await secretBesideStore(s, root, '')).to.equal('oud-geheim-uit-de-log');
    expect(readFileSync(join(dir, 'store.log'), 'utf8')).to.not.include('oud-geheim-uit-de-log');
    expect(readFileSync(join(root, 'token-secret'), 'utf8').trim()).to.equal('oud-geheim-uit-de-log');
    expect((await s.get('dl/conv/1'))?.value).to.deep.equal({ ok: true });
    expect(await secretBesideStore(s, root, '')).to.equal('oud-geheim-uit-de-log');
    await s.close();
  });
});
