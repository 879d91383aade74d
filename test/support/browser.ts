/** Headless Chromium (Debian's package) driven by playwright-core, and axe-core. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './project.js';

const require = createRequire(import.meta.url);

/** Where screenshots of the main states are kept. */
export const SHOTS = join(ROOT, 'test-output', 'screenshots');

/** The browser; fails clearly when Debian's chromium is not installed (.ci/run installs it). */
export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: apt-get install -y chromium`);
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** The README's pictures; tests write there only with UPDATE_DOCS_IMG=1, so a test run leaves the tree clean. */
export const DOCS_IMG = join(ROOT, 'docs', 'img');

/** Saves a screenshot under test-output/screenshots (in CSS pixels, also when zoomed), and as docs/img/<docs>.png when asked. */
export async function shot(page: Page, name: string, docs?: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), scale: 'css' });
  if (docs && process.env.UPDATE_DOCS_IMG === '1') await page.screenshot({ path: join(DOCS_IMG, `${docs}.png`), scale: 'css' });
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) and returns the serious and critical violations. */
export async function axe(page: Page): Promise<{ id: string; impact: string; help: string; nodes: number }[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: unknown[] }[] }> } };
    return w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
}
