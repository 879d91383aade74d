/**
 * `npm run readability`: the Flesch-Douma score and longest sentence of every Dutch (and easy
 * Dutch) text, hardest first, with the average per language against its threshold.
 * Options: `--lang <code>`, `--top <n>` (default 25), `--gemeente <pack>`.
 */
import { loadProject } from '../authoring/load.js';
import { readability } from '../authoring/readability.js';
import { textsOf } from '../authoring/rules/readability.js';
import { cliArgs, wholeNumber } from './args.js';
import { projectRoot } from './root.js';

const USAGE = `Gebruik: npm run readability -- [opties]

Flesch-Douma per tekst, moeilijkste eerst, met het gemiddelde per taal.

  --lang <code>       alleen deze taal (standaard: elke taal met een leesbaarheidsgrens)
  --top <n>           zoveel teksten per taal (standaard 25)
  --gemeente <naam>   met de content van deze gemeente
  --help              deze uitleg
`;
const { values } = cliArgs(process.argv.slice(2), { lang: { type: 'string' }, top: { type: 'string' }, gemeente: { type: 'string' } }, USAGE);
const only = values.lang as string | undefined;
const project = loadProject({ root: projectRoot(), ...(values.gemeente ? { pack: values.gemeente as string } : {}) });
const top = wholeNumber(values.top, 'top', 25);
const langs = project.languages.filter((l) => (only ? l.code === only : l.readability));
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
