/**
 * `npm run validate`: checks every flow with every gemeente's content pack, and the translations;
 * prints every problem as `file:line:col severity CODE message — hint`, and exits 1 when there is
 * an error. Options: `--root <folder>` (default: this project), `--gemeente <pack>` (only that
 * one), `--json`.
 */
import { resolve } from 'node:path';
import { formatDiagnostic, hasErrors } from '../authoring/diagnostic.js';
import { validateAll } from '../authoring/validate.js';
import { projectRoot } from './root.js';

function main(argv: readonly string[]): number {
  let root = projectRoot();
  let pack: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--root' && argv[i + 1]) root = resolve(argv[++i]!);
    else if (a === '--gemeente' && argv[i + 1]) pack = argv[++i];
    else if (a === '--json') json = true;
    else {
      process.stderr.write(`Onbekende optie '${a ?? ''}'. Gebruik: npm run validate -- [--root map] [--gemeente naam] [--json]\n`);
      return 2;
    }
  }
  const { projects, diagnostics } = validateAll({ root, ...(pack ? { packs: [pack] } : {}) });
  if (json) {
    process.stdout.write(`${JSON.stringify(diagnostics)}\n`);
  } else {
    for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const first = projects[0]!;
    const packs = projects.map((p) => `${p.directory.pack.id} (${[...p.directory.services.values()].filter((s) => !p.directory.pack.unavailable?.includes(s.id)).length} diensten)`);
    const summary =
      `${first.flows.size} flows, ${first.languages.length} talen, ${projects.length === 1 ? 'gemeente' : 'gemeenten'} ${packs.join(', ')}: ` +
      `${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}.`;
    process.stdout.write(`${summary}\n`);
  }
  return hasErrors(diagnostics) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
