/**
 * `npm run validate`: checks every flow, the content pack and the translations, prints every
 * problem as `file:line:col severity CODE message — hint`, and exits 1 when there is an error.
 * Options: `--root <folder>` (default: this project), `--gemeente <pack>`, `--json`.
 */
import { resolve } from 'node:path';
import { formatDiagnostic, hasErrors } from '../authoring/diagnostic.js';
import { validate } from '../authoring/validate.js';
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
  const { project, diagnostics } = validate({ root, ...(pack ? { pack } : {}) });
  if (json) {
    process.stdout.write(`${JSON.stringify(diagnostics)}\n`);
  } else {
    for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const summary =
      `${project.flows.size} flows, ${project.directory.services.size} diensten, ${project.languages.length} talen (gemeente ${project.directory.pack.id}): ` +
      `${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}.`;
    process.stdout.write(`${summary}\n`);
  }
  return hasErrors(diagnostics) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
