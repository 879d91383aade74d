/**
 * `npm run translations -- <command>`: translations as a round trip with a translator or agency.
 *
 *   export --lang ar [--out FILE]   every missing or outdated text of a language, as CSV
 *   import FILE                     the filled-in CSV back into locales/<lang>/...yaml
 *   accept --lang en [--key ID]…    record that translations were checked against the Dutch now
 *
 * `--root <folder>` works on another project folder. Exit 1 when an import rejected a row.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listPacks, loadProject } from '../authoring/load.js';
import type { Project } from '../authoring/project.js';
import { acceptTranslations, exportCsv, importCsv } from '../authoring/translation-files.js';
import { projectRoot } from './root.js';

const USAGE = `Gebruik: npm run translations -- <opdracht> [opties]

  export --lang <taal> [--out <bestand>]
        Zet elke tekst die in deze taal ontbreekt of verouderd is in een CSV-bestand voor een
        vertaler (standaard: vertalingen-<taal>.csv). Kolommen: key, source (Nederlands),
        target (vul hier de vertaling in), note (waar de tekst staat), lang, hash (niet aanpassen).
  import <bestand>
        Zet de vertalingen uit het ingevulde bestand in locales/<taal>/...yaml. Een vertaling met
        kapotte plekhouders ({{number}}) wordt niet geschreven en gemeld met haar sleutel.
  accept --lang <taal> [--key <bestand:sleutel>]...
        Je hebt vertalingen met de hand nagekeken: ze horen nu bij het Nederlands van nu
        (weg met OUTDATED_TRANSLATION). Zonder --key: alle vertalingen van de taal.

  --root <map>   een andere projectmap (standaard: deze)
  --help         deze uitleg

Voorbeeld: npm run translations -- export --lang ar --out ar.csv
`;

function projects(root: string): Project[] {
  const packs = listPacks(root);
  return (packs.length > 0 ? packs : [undefined]).map((pack) => loadProject({ root, ...(pack ? { pack } : {}) }));
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        out: { type: 'string' },
        key: { type: 'string', multiple: true },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals } = parsed;
  const [command, file] = positionals;
  if (o.help || !command) {
    process.stdout.write(USAGE);
    return o.help ? 0 : 2;
  }
  const root = o.root ? resolve(o.root) : projectRoot();
  const all = projects(root);
  const langs = all[0]!.languages.filter((l) => l.code !== all[0]!.defaultLanguage).map((l) => l.code);
  const needLang = (): string | undefined => {
    if (o.lang && langs.includes(o.lang)) return o.lang;
    process.stderr.write(`Noem een taal met --lang: ${langs.join(', ')}.\n`);
    return undefined;
  };
  if (command === 'export') {
    const lang = needLang();
    if (!lang) return 2;
    const out = resolve(o.out ?? `vertalingen-${lang}.csv`);
    const { csv, rows } = exportCsv(all, lang);
    writeFileSync(out, csv);
    process.stdout.write(`${rows} ${rows === 1 ? 'tekst' : 'teksten'} om te vertalen naar ${out}.\n`);
    return 0;
  }
  if (command === 'import') {
    if (!file) {
      process.stderr.write(`Noem het bestand: npm run translations -- import <bestand>\n`);
      return 2;
    }
    const r = importCsv(all, readFileSync(resolve(file), 'utf8'), basename(file));
    for (const [f, n] of r.written) process.stdout.write(`${f}: ${n} ${n === 1 ? 'vertaling' : 'vertalingen'} geschreven.\n`);
    for (const w of r.warnings) process.stdout.write(`waarschuwing ${w}\n`);
    for (const x of r.rejected) process.stdout.write(`niet geschreven ${x}\n`);
    if (r.empty > 0) process.stdout.write(`${r.empty} regels zonder vertaling overgeslagen.\n`);
    process.stdout.write(`Draai nu npm run validate.\n`);
    return r.rejected.length > 0 ? 1 : 0;
  }
  if (command === 'accept') {
    const lang = needLang();
    if (!lang) return 2;
    const n = acceptTranslations(all, lang, o.key);
    process.stdout.write(`${n} vertalingen in het ${lang} horen nu bij het Nederlands van nu.\n`);
    return 0;
  }
  process.stderr.write(`Onbekende opdracht '${command}'.\n\n${USAGE}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
