/**
 * `npm run validate`: checks every flow with every gemeente's content pack, and the translations;
 * prints every problem as `file:line:col severity CODE message — hint`, then per language how many
 * texts are not translated yet or outdated (the go-live checklist), and exits 1 when there is an
 * error. A missing or outdated translation is a warning (the bot shows the Dutch text); with
 * `--strict` it is an error, for a CI that demands complete translations.
 *
 * `--ready` (or `npm run ready`): per gemeente the go-live checklist (what is missing or not
 * verified, see bot/authoring/readiness.ts); exits 1 while anything blocks going live. With
 * `--docs` it also writes each list to `docs/gereed-<gemeente>.md`.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../authoring/diagnostic.js';
import { summarise, translationTodos, type TranslationTodo } from '../authoring/translation-status.js';
import { AUTHORING_DEFAULTS } from '../authoring/defaults.js';
import { blocksLive, readiness, readinessMarkdown } from '../authoring/readiness.js';
import { validateAll } from '../authoring/validate.js';
import { projectRoot } from './root.js';

const USAGE = `Gebruik: npm run validate -- [opties]

  --root <map>        een andere projectmap (standaard: deze)
  --gemeente <naam>   alleen deze gemeente (standaard: elke map in content/ met een pack.yaml)
  --strict            ontbrekende en verouderde vertalingen zijn fouten (voor CI)
  --json              de meldingen als JSON
  --ready             klaar om live te gaan? Per gemeente wat nog ontbreekt of niet is nagekeken;
                      stopt met een fout zolang iets het live gaan tegenhoudt (ook: npm run ready)
  --docs              met --ready: schrijf de lijsten ook naar docs/gereed-<gemeente>.md
  --help              deze uitleg
`;

/** Codes that `--strict` turns into errors. */
const STRICT = new Set(['MISSING_TRANSLATION', 'OUTDATED_TRANSLATION']);

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { root: { type: 'string' }, gemeente: { type: 'string' }, strict: { type: 'boolean' }, json: { type: 'boolean' }, ready: { type: 'boolean' }, docs: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }).values;
  } catch (e) {
    process.stderr.write(`Onbekende optie: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const root = args.root ? resolve(args.root) : projectRoot();
  const { projects, diagnostics: found } = validateAll({ root, ...(args.gemeente ? { packs: [args.gemeente] } : {}) });
  const diagnostics: Diagnostic[] = args.strict ? found.map((d) => (STRICT.has(d.code) ? { ...d, severity: 'error' } : d)) : found;
  if (args.ready) return ready(root, projects, diagnostics, args.docs === true);
  if (args.json) {
    process.stdout.write(`${JSON.stringify(diagnostics)}\n`);
    return hasErrors(diagnostics) ? 1 : 0;
  }
  for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  const first = projects[0]!;
  const todos = new Map<string, TranslationTodo>();
  for (const p of projects) for (const t of translationTodos(p)) todos.set(`${t.lang}/${t.text.group}/${t.text.key}`, t);
  const perLanguage = summarise(first, [...todos.values()]).filter((s) => s.missing + s.outdated > 0);
  if (perLanguage.length > 0) {
    process.stdout.write('Nog te vertalen (de bot toont zolang het Nederlands):\n');
    for (const s of perLanguage) {
      process.stdout.write(`  ${s.name} (${s.lang}): ${s.missing} ontbreken, ${s.outdated} verouderd — npm run translations -- export --lang ${s.lang}\n`);
    }
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const packs = projects.map((p) => `${p.directory.pack.id} (${[...p.directory.services.values()].filter((s) => !p.directory.pack.unavailable?.includes(s.id)).length} diensten)`);
  const summary =
    `${first.flows.size} flows, ${first.languages.length} talen, ${projects.length === 1 ? 'gemeente' : 'gemeenten'} ${packs.join(', ')}: ` +
    `${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}.`;
  process.stdout.write(`${summary}\n`);
  return hasErrors(diagnostics) ? 1 : 0;
}

/** Prints the go-live checklist per gemeente; 1 while anything blocks going live. */
function ready(root: string, projects: ReturnType<typeof validateAll>['projects'], diagnostics: readonly Diagnostic[], docs: boolean): number {
  const today = new Date().toISOString().slice(0, 10);
  let blocked = false;
  for (const p of projects) {
    const errors = diagnostics.filter((d) => d.severity === 'error' && (!d.file.startsWith('content/') || d.file.startsWith(`content/${p.directory.pack.id}/`) || d.file.startsWith(`content/${AUTHORING_DEFAULTS.sharedPack}/`)));
    const r = readiness(p, errors, today);
    const must = r.items.filter((i) => i.blocking);
    blocked ||= blocksLive(r);
    process.stdout.write(`\n${r.name}: ${must.length === 0 ? 'klaar om live te gaan' : `${must.length} ${must.length === 1 ? 'punt moet' : 'punten moeten'} eerst`}, ${r.items.length - must.length} na te kijken.\n`);
    for (const i of r.items) process.stdout.write(`  ${i.blocking ? '[moet eerst]' : '[nakijken]  '} ${i.text}${i.where ? ` (${i.where})` : ''}\n`);
    if (docs) {
      const file = `${AUTHORING_DEFAULTS.readiness.docsPrefix}${r.pack}.md`;
      writeFileSync(join(root, file), readinessMarkdown(readiness(p, errors)));
      process.stdout.write(`  → ${file}\n`);
    }
  }
  return blocked ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
