/**
 * `npm run --silent route -- --conversation [bestand]`: replays a typed conversation (one resident
 * turn per line, from the file or standard input) through the real turn layer — the same
 * `Turns` pipeline the channels use, over a memory store — and prints per turn, in Dutch for
 * staff, what was understood and why: crisis (and for whom), a clear answer, a command, a
 * language, a topic or a new problem with its route scores and matched words, a fuzzy button
 * match, or the resident's own words; then the feeling heard, what the bot said and where the
 * conversation stands.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { loadProject } from '../authoring/load.js';
import { createLogger } from '../log.js';
import { KeyedMutex } from '../store/lock.js';
import { MemoryStore } from '../store/memory-store.js';
import { createBot, lexiconOf, understand, type BotModel } from '../turn/converse.js';
import { stateKey, Turns, type ConversationDoc } from '../turn/pipeline.js';

/** Replays the lines of `input`; writes the explanation to `out`. Returns the exit code. */
export async function replayConversation(root: string, input: Readable, out: Writable, bot?: BotModel): Promise<number> {
  const model = bot ?? createBot(loadProject({ root }));
  const store = new MemoryStore();
  const turns = new Turns({ model: () => model, store, lock: new KeyedMutex(), logger: createLogger('silent'), ttlMs: 3_600_000 });
  const conversation = 'uitleg';
  let n = 0;
  const say = (s: string) => out.write(s + '\n');
  const run = (event: Parameters<Turns['run']>[0]['event']) => turns.run({ channel: 'cli', conversation, activityId: `t${++n}`, event });
  const shown = (messages: readonly { text: string }[]) => messages.map((m) => `    bot: ${m.text.split('\n')[0]!.slice(0, 160)}`).join('\n');
  say('Gesprek gestart (welkom en menu).');
  await run({ type: 'start' });
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    const line = raw.trim();
    if (line === '') continue;
    const before = (await store.get<ConversationDoc>(stateKey('cli', conversation)))?.value.state;
    const cleaned = model.understanding ? model.understanding.redact(line).text : line;
    const meaning = understand(model, before, { type: 'text', text: cleaned }, true);
    const feeling = model.understanding?.feeling(cleaned, lexiconOf(model, before?.lang ?? model.graph.defaultLanguage)?.negation);
    const r = await run({ type: 'text', text: line });
    const after = (await store.get<ConversationDoc>(stateKey('cli', conversation)))?.value.state;
    say(`\nBeurt ${n - 1}: "${line.length > 120 ? `${line.slice(0, 120)}…` : line}"`);
    if (before) say(`  stond bij: ${before.flow} / ${before.step}${before.pending?.length ? `; agenda: ${before.pending.join(', ')}` : ''}`);
    for (const w of meaning.why ?? []) say(`  - ${w}`);
    if (feeling) say(`  - gevoel gehoord: ${feeling}${before?.felt?.includes(feeling) ? ' (al eerder erkend: niet opnieuw)' : ''}`);
    say(`  begrepen als: ${'input' in meaning ? JSON.stringify(meaning.input) : 'de lijst met talen'}`);
    say(shown(r.messages));
    if (after) say(`  staat nu bij: ${after.flow} / ${after.step}${after.pending?.length ? `; agenda: ${after.pending.join(', ')}` : ''}`);
  }
  return 0;
}
