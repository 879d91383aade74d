/**
 * `npm run readability`: the Flesch-Douma score and longest sentence of every Dutch (and easy
 * Dutch) text, hardest first, with the average per language against its threshold.
 * Options: `--lang <code>`, `--top <n>` (default 25), `--gemeente <pack>`.
 */
import { loadProject } from '../authoring/load.js';
import { readability } from '../authoring/readability.js';
import { textsOf } from '../authoring/rules/readability.js';
import { projectRoot } from './root.js';

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const project = loadProject({ root: projectRoot(), ...(opt('--gemeente') ? { pack: opt('--gemeente')! } : {}) });
const top = Number(opt('--top') ?? 25);
const langs = project.languages.filter((l) => (opt('--lang') ? l.code === opt('--lang') : l.readability));
for (const lang of langs) {
  const rows = textsOf(project, lang.code).map((t) => ({ ...t, r: readability(t.text) }));
  if (rows.length === 0) continue;
  const avg = rows.reduce((n, x) => n + x.r.score, 0) / rows.length;
  const limits = lang.readability;
  process.stdout.write(
    `\n${lang.name} (${lang.code}): ${rows.length} teksten, gemiddelde leesbaarheid ${avg.toFixed(1)}` +
      (limits ? ` (grens ${limits.minScore}, zinnen hoogstens ${limits.maxWords} woorden) — ${avg >= limits.minScore ? 'in orde' : 'TE MOEILIJK'}` : '') +
      '\nMoeilijkste eerst:\n',
  );
  for (const x of rows.sort((a, b) => a.r.score - b.r.score).slice(0, top)) {
    process.stdout.write(`${x.r.score.toFixed(1).padStart(6)}  ${String(x.r.longest).padStart(2)} w  ${x.file}:${x.line}  ${x.text.replace(/\s+/g, ' ').slice(0, 90)}\n`);
  }
}
