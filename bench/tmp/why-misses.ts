// Replays MISS lines (from all-dev.ts) in-process and prints why, for the last turn.
import { readFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { loadProject } from '../../bot/authoring/load.js';
import { createBot } from '../../bot/turn/converse.js';
import { replayConversation } from '../../bot/cli/route-conversation.js';
const [file, filter] = process.argv.slice(2);
const bot = createBot(loadProject({ root: process.cwd() }));
const lines = readFileSync(file!, 'utf8').split('\n').filter((l) => l.startsWith('MISS') && (!filter || l.includes(filter)));
for (const l of lines) {
  const parts = l.split(' | ');
  const head = parts[0]!; const text = parts.slice(3).join(' | ');
  const at = head.includes('] ') ? head.slice(head.indexOf('] ') + 2).split(' > ').filter(Boolean) : [];
  let out = '';
  const w = new Writable({ write(c, _e, cb) { out += String(c); cb(); } });
  await replayConversation(process.cwd(), Readable.from([...at, text].join('\n') + '\n'), w, bot);
  const last = out.slice(out.lastIndexOf('\nBeurt '));
  console.log('==== ' + l.slice(0, 400));
  console.log(last.trim().split('\n').slice(1).join('\n'));
}
