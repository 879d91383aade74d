/**
 * `npm run report`: the anonymous statistics as `report/rapport.html` (with charts), one SVG per
 * chart and `report/rapport.csv`. Reads the store of `DATA_DIR` (or Redis with `REDIS_URL`).
 * `--days N` (default 90); `--simulate N` first runs N random conversations through the bot in
 * memory (for a demonstration, or a fresh clone without data); `--out <folder>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadProject } from '../authoring/load.js';
import { loadDotEnv } from '../config-check.js';
import { readConfig } from '../config.js';
import { converse, createBot, type UserEvent } from '../turn/converse.js';
import type { State } from '../engine/types.js';
import { translator } from '../i18n.js';
import { StatsCollector, readDays, type DayCounts } from '../stats/collector.js';
import { countTurn } from '../stats/count.js';
import { charts, csv, html, total, type ReportLabels } from '../stats/report.js';
import { FileStore } from '../store/file-store.js';
import { MemoryStore } from '../store/memory-store.js';
import { connectRedis, RedisStore } from '../store/redis-store.js';
import type { Store } from '../store/types.js';
import { cliArgs, wholeNumber } from './args.js';
import { projectRoot } from './root.js';

const USAGE = `Gebruik: npm run report -- [opties]

Anoniem rapport uit de tellers per dag: rapport.html (met grafieken), rapport.csv en een SVG per grafiek.
Leest de opslag van DATA_DIR (of Redis met REDIS_URL).

  --days <n>       zoveel dagen terug (standaard 90)
  --simulate <n>   eerst n gesimuleerde gesprekken in het geheugen (demonstratie, verse clone)
  --out <map>      schrijf hierheen (standaard: report)
  --help           deze uitleg
`;
const { values } = cliArgs(process.argv.slice(2), { days: { type: 'string' }, simulate: { type: 'string' }, out: { type: 'string' } }, USAGE);
const simulated = values.simulate === undefined ? undefined : wholeNumber(values.simulate, 'simulate', 500);
loadDotEnv(); // DATA_DIR and REDIS_URL as the server has them
const config = readConfig();
const project = loadProject({ root: config.contentRoot ? resolve(config.contentRoot) : projectRoot(), pack: config.gemeente });
const bot = createBot(project);
const t = translator(bot.i18n, 'nl');
const labels: ReportLabels = {
  say: (key, params) => t(`system:report.${key}`, params),
  leefgebied: (id) => t(bot.graph.flows.get(id)?.title ?? id),
  organisation: (id) => bot.directory.organisations.get(id)?.name ?? id,
  step: (fs) => {
    const [flow, step] = fs.split('#') as [string, string];
    const s = bot.graph.flows.get(flow)?.steps.get(step);
    const text = s && 'text' in s ? t(s.text) : step;
    return `${t(bot.graph.flows.get(flow)?.title ?? flow)}: ${text.length > 34 ? `${text.slice(0, 33)}…` : text}`;
  },
};

/** Random conversations: buttons mostly, sometimes typed text, sometimes leaving early. */
async function simulate(store: Store, n: number): Promise<void> {
  const stats = new StatsCollector(store, () => new Date().toISOString().slice(0, 10), 0);
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < n; i++) {
    let state: State | undefined;
    let event: UserEvent = { type: 'start' };
    for (let turn = 0; turn < 14; turn++) {
      const r = converse(bot, state, event);
      stats.record(countTurn(state, r.state, r.messages));
      state = r.state;
      if (state.done || rnd() < 0.06) break;
      const buttons = [...r.messages].reverse().find((m) => m.buttons)?.buttons?.filter((b) => b.role === 'choice') ?? [];
      const feedback = r.messages.flatMap((m) => m.feedback ?? []);
      if (buttons.length === 0) break;
      // after a referral most simulated residents answer "Heeft dit geholpen?", mostly yes
      const pickFeedback = feedback.length > 0 && rnd() < 0.6 ? feedback[rnd() < 0.6 ? 0 : rnd() < 0.6 ? 1 : 2] : undefined;
      event = pickFeedback ? { type: 'action', action: pickFeedback.action } : rnd() < 0.03 ? { type: 'text', text: 'English' } : { type: 'action', action: buttons[Math.floor(rnd() * buttons.length)]!.action };
    }
  }
  await stats.close();
}

const store: Store = simulated !== undefined
  ? new MemoryStore()
  : config.redisUrl
    ? new RedisStore(await connectRedis(config.redisUrl))
    : new FileStore(resolve(config.dataDir, 'store'), { readOnly: true }); // beside a running server, which holds the lock
if (simulated !== undefined) await simulate(store, simulated);
const daysBack = wholeNumber(values.days, 'days', 90);
const dayList = Array.from({ length: daysBack }, (_, i) => new Date(Date.now() - i * 86_400_000).toISOString().slice(0, 10));
const days: Map<string, DayCounts> = await readDays(store, dayList);
const out = resolve((values.out as string | undefined) ?? 'report');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'rapport.html'), html(days, labels, project.directory.pack.name));
writeFileSync(join(out, 'rapport.csv'), csv(days, labels));
for (const [name, svg] of Object.entries(charts(total(days), labels))) writeFileSync(join(out, `${name}.svg`), `${svg}\n`);
await store.close();
process.stdout.write(`Rapport geschreven in ${out}: rapport.html, rapport.csv, leefgebieden.svg, verwijzingen.svg, afhaken.svg (${days.size} dagen met gegevens).\n`);
