/**
 * `npm run bench:understanding`: the evaluation set `test/understand/conversation-set.yaml`, every
 * message typed in its own conversation over Direct Line (token, WebSocket stream) against a
 * started server, as Web Chat does. Prints the table of the targets and the misses. Options:
 * `--slice N` (every Nth message per group), `--misses` (list every miss), `--set FILE` (another
 * set of the same shape, e.g. one written after tuning, to see whether the tuning generalises).
 */
import { directLinePort } from '../test/support/ports.js';
import { inProcess } from '../test/support/server.js';
import { loadSet, scoreSet, sliceOf, summarise, table } from '../test/support/conversation-set.js';
import { cpus } from 'node:os';

const args = process.argv.slice(2);
const n = Number(args[args.indexOf('--slice') + 1] ?? 1);
const setFile = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const all = setFile ? loadSet(setFile) : loadSet();
const items = args.includes('--slice') && n > 1 ? sliceOf(all, n) : all;
const server = await inProcess();
try {
  const results = await scoreSet(items, () => directLinePort(server.base), (done) => {
    if (done % 50 === 0) process.stderr.write(`${done}/${items.length}\n`);
  });
  console.log(`Wegwijs, begrip in het gesprek — ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? '?'} (${cpus().length} kernen), ${items.length} berichten over Direct Line\n`);
  console.log(table(summarise(results)));
  if (args.includes('--misses')) {
    console.log('\nMisses:');
    for (const r of results) {
      const wrongText = r.item.kind === 'crisis' && r.crisis && r.item.expect !== 'omstander/medical' && r.item.expect.startsWith('omstander/') !== r.bystander;
      if (r.ok && !wrongText) continue;
      console.log(`- [${r.item.group}] verwacht ${r.item.expect || 'geen crisis'}, kreeg ${r.got}: ${r.item.text}`);
    }
  }
} finally {
  await server.close();
}
