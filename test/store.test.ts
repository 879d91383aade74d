/** The stores: optimistic concurrency, expiry, and the file log surviving a crash and compaction. */
import { expect } from 'chai';
import { appendFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FileStore } from '../bot/store/file-store.js';
import { KeyedMutex } from '../bot/store/lock.js';
import { MemoryStore } from '../bot/store/memory-store.js';
import { update, VersionConflict, type Store } from '../bot/store/types.js';
import { tempData } from './support/server.js';

const kinds: [string, (dir: string, now: () => number) => Store][] = [
  ['FileStore', (dir, now) => new FileStore(dir, now)],
  ['MemoryStore', (_dir, now) => new MemoryStore(now)],
];

for (const [name, make] of kinds) {
  describe(name, () => {
    let clock = 1_000;
    const now = () => clock;
    it('writes only on the version it read (optimistic concurrency)', async () => {
      const s = make(tempData(), now);
      const v1 = await s.put('k', { n: 1 }, null, 60_000);
      let first: unknown;
      await s.put('k', { n: 2 }, null, 60_000).catch((e) => (first = e));
      expect(first).to.be.instanceOf(VersionConflict);
      let conflict: unknown;
      await s.put('k', { n: 2 }, 'stale', 60_000).catch((e) => (conflict = e));
      expect(conflict).to.be.instanceOf(VersionConflict);
      const v2 = await s.put('k', { n: 2 }, v1, 60_000);
      expect(await s.get('k')).to.deep.equal({ value: { n: 2 }, version: v2 });
      await s.close();
    });
    it('update() retries on a conflict and keeps both changes', async () => {
      const s = make(tempData(), now);
      await s.put('c', { n: 0 }, null, 60_000);
      await Promise.all(Array.from({ length: 20 }, () => update<{ n: number }, void>(s, 'c', 60_000, (v) => ({ value: { n: (v?.n ?? 0) + 1 }, result: undefined }), 50)));
      expect((await s.get<{ n: number }>('c'))?.value.n).to.equal(20);
      await s.close();
    });
    it('forgets what expired', async () => {
      const s = make(tempData(), now);
      await s.put('old', 1, null, 10);
      clock += 20;
      expect(await s.get('old')).to.equal(undefined);
      expect(await s.sweep()).to.be.at.least(name === 'FileStore' ? 1 : 0);
      await s.close();
    });
  });
}

describe('FileStore on disk', () => {
  it('reads back everything after a restart and skips a torn last line', async () => {
    const dir = tempData();
    const a = new FileStore(dir);
    await a.put('x', { hello: 'wereld' }, null, 60_000);
    const v = await a.put('y', [1, 2, 3], null, 60_000);
    await a.put('y', [4], v, 60_000);
    await a.delete('x');
    // close() writes nothing more (every put was acknowledged) and frees the folder's lock; a real
    // kill -9 is in store-process.test.ts. Then half a line, as a crash in the middle of a write.
    await a.close();
    appendFileSync(join(dir, 'store.log'), '{"k":"z","v":1,"e":99999999999');
    const b = new FileStore(dir);
    expect(await b.get('x')).to.equal(undefined);
    expect((await b.get('y'))?.value).to.deep.equal([4]);
    expect(await b.get('z')).to.equal(undefined);
    await b.put('z', 'fine', null, 60_000);
    await b.close();
  });

  it('when the start-up rewrite fails, cuts a torn last line off so the next write is not glued onto it', async () => {
    const dir = tempData();
    const a = new FileStore(dir);
    await a.put('x', 'eerst', null, 60_000);
    await a.close();
    appendFileSync(join(dir, 'store.log'), '{"k":"torn","v":1,"e":99999999999');
    mkdirSync(join(dir, 'store.log.tmp', 'in-the-way'), { recursive: true });
    const errors: string[] = [];
    const b = new FileStore(dir, { onError: (event) => errors.push(event) });
    expect(errors).to.deep.equal(['store_rewrite_failed']);
    await b.put('y', 'daarna', null, 60_000);
    await b.close();
    rmSync(join(dir, 'store.log.tmp'), { recursive: true });
    const c = new FileStore(dir);
    expect((await c.get('x'))?.value).to.equal('eerst');
    expect((await c.get('y'))?.value).to.equal('daarna');
    await c.close();
    rmSync(dir, { recursive: true });
  });

  it('compacts the log to the live entries', async () => {
    const dir = tempData();
    const s = new FileStore(dir);
    let v: string | null = null;
    for (let i = 0; i < 200; i++) v = await s.put('busy', { i, pad: 'x'.repeat(200) }, v, 60_000);
    const before = readFileSync(join(dir, 'store.log'), 'utf8').split('\n').length;
    await s.compact();
    const after = readFileSync(join(dir, 'store.log'), 'utf8').split('\n').filter(Boolean);
    expect(before).to.be.greaterThan(100);
    expect(after).to.have.length(1);
    await s.close();
    const again = new FileStore(dir);
    expect((await again.get<{ i: number }>('busy'))?.value.i).to.equal(199);
    await again.close();
  });
});

describe('KeyedMutex', () => {
  it('runs turns of one conversation one at a time, others in parallel', async () => {
    const m = new KeyedMutex();
    const log: string[] = [];
    const job = (k: string, id: string, ms: number) =>
      m.run(k, async () => {
        log.push(`start ${id}`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`end ${id}`);
      });
    await Promise.all([job('a', 'a1', 30), job('a', 'a2', 1), job('b', 'b1', 5)]);
    expect(log.indexOf('end a1')).to.be.lessThan(log.indexOf('start a2'));
    expect(log.indexOf('start b1')).to.be.lessThan(log.indexOf('end a1'));
  });
});

describe('FileStore under a stream of big writes', () => {
  it('compacts by itself, so the log stays a small multiple of the live data', async () => {
    const dir = tempData();
    const s = new FileStore(dir);
    const big = 'x'.repeat(200_000);
    let v: string | null = null;
    for (let i = 0; i < 400; i++) v = await s.put('history', { i, big }, v, 60_000);
    const { statSync } = await import('node:fs');
    const size = statSync(join(dir, 'store.log')).size;
    expect(size, 'log size after 80 MB of writes').to.be.lessThan(40 * 1024 * 1024);
    await s.close();
    const again = new FileStore(dir);
    expect((await again.get<{ i: number }>('history'))?.value.i).to.equal(399);
    await again.close();
  });
});
