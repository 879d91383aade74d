/**
 * The turn layer (`bot/turn/pipeline.ts`) on its own: a repeated activity is answered once and
 * costs no store write; a reload (start of a running conversation) writes it back for its expiry.
 */
import { expect } from 'chai';
import { loadProject } from '../bot/authoring/load.js';
import { createLogger } from '../bot/log.js';
import { KeyedMutex } from '../bot/store/lock.js';
import { MemoryStore } from '../bot/store/memory-store.js';
import { createBot } from '../bot/turn/converse.js';
import { Turns } from '../bot/turn/pipeline.js';
import { ROOT } from './support/project.js';

/** A memory store that counts its writes. */
class CountingStore extends MemoryStore {
  puts = 0;
  override put(...args: Parameters<MemoryStore['put']>): ReturnType<MemoryStore['put']> {
    this.puts++;
    return super.put(...args);
  }
}

describe('turn layer', () => {
  const model = createBot(loadProject({ root: ROOT }));

  it('answers a repeated activity once and does not write the state again', async () => {
    const store = new CountingStore();
    const turns = new Turns({ model: () => model, store, lock: new KeyedMutex(), logger: createLogger('silent'), ttlMs: 60_000 });
    const run = (activityId: string, text: string) => turns.run({ channel: 'test', conversation: 'c1', activityId, event: { type: 'text', text } });
    await turns.run({ channel: 'test', conversation: 'c1', activityId: 's', event: { type: 'start' } });
    const first = await run('a1', 'ik heb schulden');
    expect(first.duplicate).to.equal(false);
    expect(first.messages.length).to.be.greaterThan(0);
    const writes = store.puts;
    const again = await run('a1', 'ik heb schulden');
    expect(again.duplicate).to.equal(true);
    expect(again.messages).to.deep.equal([]);
    expect(store.puts, 'no write for a repeated activity').to.equal(writes);
    // a start of the running conversation (a page reload) is no new turn but moves its expiry on
    const reload = await turns.run({ channel: 'test', conversation: 'c1', activityId: 's2', event: { type: 'start' } });
    expect(reload.duplicate).to.equal(true);
    expect(store.puts, 'a reload refreshes the stored conversation').to.equal(writes + 1);
    const next = await run('a2', 'het speelt al lang');
    expect(next.duplicate).to.equal(false);
    expect(store.puts).to.equal(writes + 2);
  });
});
