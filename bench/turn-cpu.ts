/**
 * `npm run bench:turn`: CPU time of the turn layer alone (no HTTP, memory store): 50 conversations
 * typing the texts of `bench/directline-ws.ts` in turn, measured for `BENCH_SECONDS` (default 5)
 * after a warm-up. Prints the process's CPU time (user + system, so other work on the machine
 * counts less than in wall time) in microseconds per turn: understanding a typed text, the whole
 * `converse` (understand, step, render) and the whole turn (lock, load, converse, save, count).
 */
import { loadProject } from '../bot/authoring/load.js';
import { createLogger } from '../bot/log.js';
import { KeyedMutex } from '../bot/store/lock.js';
import { MemoryStore } from '../bot/store/memory-store.js';
import { converse, createBot, understand } from '../bot/turn/converse.js';
import { Turns } from '../bot/turn/pipeline.js';
import { ROOT } from '../test/support/project.js';
import { TYPED } from './directline-ws.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const model = createBot(loadProject({ root: ROOT }));
const turns = new Turns({ model: () => model, store: new MemoryStore(), lock: new KeyedMutex(), logger: createLogger('silent'), ttlMs: 3_600_000 });

async function run(seconds: number): Promise<number> {
  const end = performance.now() + seconds * 1000;
  let n = 0;
  for (let turn = 0; performance.now() < end; turn++) {
    await Promise.all(Array.from({ length: 50 }, (_, c) => turns.run({ channel: 'bench', conversation: `c${c}`, activityId: `a${turn}`, event: { type: 'text', text: TYPED[(turn + c) % TYPED.length]! } })));
    n += 50;
  }
  return n;
}

/** CPU microseconds of this process since `from`. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return d.user + d.system;
};

function time(label: string, fn: () => void): void {
  const end = performance.now() + SECONDS * 1000;
  let n = 0;
  const c0 = process.cpuUsage();
  while (performance.now() < end) {
    fn();
    n++;
  }
  console.log(`${label}: ${(cpuSince(c0) / n).toFixed(0)} µs CPU`);
}

await run(1);
const c0 = process.cpuUsage();
const n = await run(SECONDS);
console.log(`whole turn (memory store): ${(cpuSince(c0) / n).toFixed(0)} µs CPU per turn, ${n} turns`);
// one state per position in the conversation, to understand each text where it is typed
const states = [undefined as Parameters<typeof converse>[1]];
for (const text of TYPED) states.push(converse(model, states.at(-1), { type: 'text', text }).state);
let i = 0;
time('understand one typed text', () => {
  const k = i++ % TYPED.length;
  understand(model, states[k], { type: 'text', text: TYPED[k]! });
});
time('converse one typed text (understand, step, render)', () => {
  const k = i++ % TYPED.length;
  converse(model, states[k], { type: 'text', text: TYPED[k]! });
});
