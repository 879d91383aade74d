/**
 * `npm run graph`: every flow as a picture in docs/flows/ — Mermaid source (`<flow>.mmd`, which
 * GitHub and many editors show as a diagram) and an SVG drawn by Mermaid in Debian's Chromium
 * (`apt-get install chromium`; without it only the .mmd files are written). `--out <folder>` writes elsewhere.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { loadProject } from '../authoring/load.js';
import { flowToMermaid } from '../authoring/mermaid.js';
import { createBot } from '../turn/converse.js';
import { translator } from '../i18n.js';
import { cliArgs } from './args.js';
import { projectRoot } from './root.js';

const USAGE = `Gebruik: npm run graph -- [--out <map>]

Tekent elke flow: Mermaid-bron en (met Debian's chromium) SVG.

  --out <map>   schrijf hierheen (standaard: docs/flows)
  --help        deze uitleg
`;
const { values } = cliArgs(process.argv.slice(2), { out: { type: 'string' } }, USAGE);
const root = projectRoot();
const project = loadProject({ root });
const bot = createBot(project);
const t = translator(bot.i18n, 'nl');
const serviceName = (id: string) => {
  const s = project.directory.services.get(id);
  return s ? t(s.name) : id;
};
const out = values.out ? resolve(values.out as string) : join(root, 'docs', 'flows');
mkdirSync(out, { recursive: true });
const sources = new Map<string, string>();
for (const flow of project.graph.flows.values()) {
  const src = flowToMermaid(flow, t, serviceName);
  sources.set(flow.id, src);
  writeFileSync(join(out, `${flow.id}.mmd`), src);
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  process.stdout.write(`${sources.size} flows als Mermaid in docs/flows/. Voor SVG's: apt-get install chromium en draai opnieuw.\n`);
} else {
  const { chromium: pw } = await import('playwright-core');
  const require = createRequire(import.meta.url);
  const mermaid = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
  const browser = await pw.launch({ executablePath: chromium, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: mermaid });
    await page.evaluate(() => (window as unknown as { mermaid: { initialize(o: unknown): void } }).mermaid.initialize({ startOnLoad: false, theme: 'default', htmlLabels: false, flowchart: { htmlLabels: false } }));
    for (const [id, src] of sources) {
      const svg = await page.evaluate(
        async ([name, text]) => (await (window as unknown as { mermaid: { render(id: string, t: string): Promise<{ svg: string }> } }).mermaid.render(`g_${name}`, text)).svg,
        [id.replace(/\W/g, '_'), src] as const,
      );
      writeFileSync(join(out, `${id}.svg`), svg);
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`${sources.size} flows als Mermaid en SVG in docs/flows/.\n`);
}
