/**
 * `npm run dev`: the server, plus hot reload. A saved change in flows/, content/ or locales/ is
 * live within a second without a restart; a broken edit keeps the last good version running and
 * prints the diagnostics (file:line:col). With `STAFF_PREVIEW=1` also a page for staff at /staff:
 * the validator's messages and each flow as a picture, refreshed on save.
 */
import { resolve } from 'node:path';
import { watchContent } from '../authoring/watch.js';
import { configProblems, loadDotEnv, unknownSettings } from '../config-check.js';
import { readConfig } from '../config.js';
import { startServer } from '../server.js';
import { mountStaffPreview, staffPreviewEnabled, STAFF_DEFAULTS } from '../web/staff.js';
import { cliArgs } from './args.js';
import { projectRoot } from './root.js';

const USAGE = `Gebruik: npm run dev

Zoals npm start, en wijzigingen in flows/, content/ en locales/ zijn binnen een seconde live.
Met STAFF_PREVIEW=1 ook een pagina voor medewerkers op /staff. Instellingen: .env en .env.example.

  --help   deze uitleg
`;
cliArgs(process.argv.slice(2), {}, USAGE);
for (const line of unknownSettings(loadDotEnv() ?? [])) process.stderr.write(`${line}\n`);
const problems = configProblems(process.env);
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\nWegwijs start niet. / Wegwijs does not start.\n`);
  process.exit(1);
}
const config = readConfig();
const running = await startServer(config).catch((e: Error) => {
  process.stderr.write(`${e.message}\n`); // e.g. DATA_DIR already in use by \`npm start\`: say so, no stack trace
  process.exit(1);
});
const root = config.contentRoot ? resolve(config.contentRoot) : projectRoot();
process.stdout.write(`Wegwijs (dev) draait op http://localhost:${running.port} — wijzigingen in flows/, content/ en locales/ worden meteen geladen.\n`);
const preview = staffPreviewEnabled() ? mountStaffPreview(running.server, { root, pack: config.gemeente }) : undefined;
if (preview) process.stdout.write(`Voorbeeld voor medewerkers: http://localhost:${running.port}${STAFF_DEFAULTS.path}\n`);
const stop = watchContent(root, (file) => {
  preview?.refresh();
  const r = running.reload();
  if (r.ok) process.stdout.write(`Herladen na wijziging in ${file}.\n`);
  else process.stdout.write(`Niet herladen: ${file} bevat fouten. De vorige versie blijft draaien.\n${r.diagnostics.join('\n')}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stop();
    void running.close().then(() => process.exit(0));
  });
}
