import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { turnPort } from '../../test/support/ports.js';
import { loadSet, scoreSet, summarise, table, type ItemResult } from '../../test/support/conversation-set.js';
const dir = join(process.cwd(), 'test', 'understand');
const args = process.argv.slice(2);
const out = args.find((a) => a.startsWith('--out='))?.slice(6) ?? '/tmp/all.txt';
const fresh = args.includes('--fresh');
const filters = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'routing-set.yaml')
  .filter((f) => fresh ? f.startsWith('fresh-set') : !readFileSync(join(dir, f), 'utf8').slice(0, 600).includes('Niet op afstemmen'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
const all: ItemResult[] = [];
const lines: string[] = [];
for (const f of files) {
  let items;
  try { items = loadSet(join(dir, f)); } catch (e) { console.error('skip', f, String(e).slice(0, 100)); continue; }
  const res = await scoreSet(items, async () => turnPort());
  all.push(...res);
  for (const r of res) {
    const wrongText = r.item.kind === 'crisis' && r.crisis && r.item.expect !== 'omstander/medical' && r.item.expect.startsWith('omstander/') !== r.bystander;
    if (r.ok && !wrongText) continue;
    lines.push(`MISS${(r as { taken?: boolean }).taken ? "(taken)" : ""} ${f} [${r.item.group}] ${r.item.at.join(' > ')} | want ${r.item.expect || '-'} | got ${r.got} | ${r.item.text}`);
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(files.length, 'files', all.length, 'items');
console.log(table(summarise(all)));
