/**
 * The Direct Line history in the store: appended per turn, read from a watermark, a resent client
 * activity answered with its first id, old records deleted, and a conversation stored by an
 * earlier version (records as objects, client ids as activity ids) still read the same.
 */
import { expect } from 'chai';
import { Conversations } from '../bot/channels/directline/conversations.js';
import { MemoryStore } from '../bot/store/memory-store.js';

const TTL = 3_600_000;

describe('Direct Line conversations in the store', () => {
  it('appends turns, reads them from any watermark, and answers a resent client activity with its id', async () => {
    const store = new MemoryStore();
    const convs = new Conversations(store, TTL);
    const c = await convs.create();
    const one = await convs.append(c.id, [{ type: 'message', text: 'a' }, { type: 'message', text: 'b' }], { clientActivityId: 'web-1', replyTo: true });
    const two = await convs.append(c.id, [{ type: 'message', text: 'c' }], { clientActivityId: 'web-2' });
    expect(one.map((a) => a.id)).to.deep.equal([`${c.id}|0000001`, `${c.id}|0000002`]);
    expect(one[1]!.replyToId).to.equal(one[0]!.id);
    expect(two[0]!.id).to.equal(`${c.id}|0000003`);
    const now = (await convs.get(c.id))!;
    expect(Conversations.known(now, 'web-1')).to.equal(one[0]!.id);
    expect(Conversations.known(now, 'web-2')).to.equal(two[0]!.id);
    expect(Conversations.known(now, 'web-3')).to.equal(undefined);
    expect((await convs.since(c.id, 0))!.activities.map((a) => a.text)).to.deep.equal(['a', 'b', 'c']);
    expect((await convs.since(c.id, 1))!.activities.map((a) => a.text)).to.deep.equal(['b', 'c']);
    expect((await convs.since(c.id, 2))!.activities.map((a) => a.text)).to.deep.equal(['c']);
    expect(await convs.since(c.id, 3)).to.deep.equal({ activities: [], watermark: 3 });
  });

  it('keeps the last 30 turns and deletes the records of older ones from the store', async () => {
    const store = new MemoryStore();
    const convs = new Conversations(store, TTL);
    const c = await convs.create();
    for (let i = 1; i <= 35; i++) await convs.append(c.id, [{ type: 'message', text: `t${i}` }]);
    const all = (await convs.since(c.id, 0))!;
    expect(all.activities.map((a) => a.text)).to.deep.equal(Array.from({ length: 30 }, (_, i) => `t${i + 6}`));
    expect(all.watermark).to.equal(35);
    for (let n = 1; n <= 5; n++) expect(await store.get(`dl/turn/${c.id}/${n}`)).to.equal(undefined);
    expect(await store.get(`dl/turn/${c.id}/6`)).to.not.equal(undefined);
  });

  it('reads and extends a conversation stored by an earlier version', async () => {
    const store = new MemoryStore();
    const convs = new Conversations(store, TTL);
    const id = 'old';
    await store.put(`dl/turn/${id}/1`, [{ id: `${id}|0000001`, type: 'message', text: 'a' }, { id: `${id}|0000002`, type: 'message', text: 'b' }], null, TTL);
    await store.put(`dl/conv/${id}`, { id, userId: 'dl_u', started: true, seq: 2, records: [{ n: 1, from: 1, to: 2 }], clientIds: { 'web-1': `${id}|0000001` } }, null, TTL);
    const old = (await convs.get(id))!;
    expect(Conversations.known(old, 'web-1')).to.equal(`${id}|0000001`);
    await convs.append(id, [{ type: 'message', text: 'c' }], { clientActivityId: 'web-2' });
    const now = (await convs.get(id))!;
    expect(now.records).to.deep.equal([1, 3]);
    expect(Conversations.known(now, 'web-1')).to.equal(`${id}|0000001`);
    expect(Conversations.known(now, 'web-2')).to.equal(`${id}|0000003`);
    expect((await convs.since(id, 1))!.activities.map((a) => a.text)).to.deep.equal(['b', 'c']);
  });
});
