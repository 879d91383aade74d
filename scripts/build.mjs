#!/usr/bin/env node
// `npm run build`: compiles bot/ to dist/ with tsc (tsconfig.build.json) and copies the files the
// server reads at run time beside their modules (bot/web/*.html|css|js|svg → dist/bot/web/). Web
// Chat's vendored bundle is found in bot/web/vendor/ from dist/ too (see bot/web/static.ts).
// Writes dist/.built when done, which `npm start` compares with the sources.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const dist = join(root, 'dist');
/** Non-TypeScript files the server reads at run time, by folder. */
const ASSETS = { 'bot/web': /\.(html|css|js|svg)$/ };

/** Builds dist/; returns the exit code (1 when TypeScript is not installed or tsc fails). */
export function build() {
  let tsc;
  try {
    // TypeScript alone can be in a production install made with `--omit=dev` only (it is an
    // optional peer of i18next); the build also needs the type packages, which only a full install has.
    const require = createRequire(join(root, 'package.json'));
    require.resolve('@types/restify/package.json');
    tsc = require.resolve('typescript/bin/tsc');
  } catch {
    process.stderr.write('dist/ moet gebouwd worden, maar TypeScript en de types zijn niet geïnstalleerd: draai `npm ci && npm run build` (daarna mag `npm prune --omit=dev --omit=optional`). / dist/ needs a build but TypeScript and the types are not installed: run `npm ci && npm run build` first.\n');
    return 1;
  }
  rmSync(dist, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (r.status !== 0) return r.status ?? 1;
  for (const [folder, re] of Object.entries(ASSETS)) {
    mkdirSync(join(dist, folder), { recursive: true });
    for (const f of readdirSync(join(root, folder)).filter((n) => re.test(n))) copyFileSync(join(root, folder, f), join(dist, folder, f));
  }
  writeFileSync(join(dist, '.built'), `${new Date().toISOString()}\n`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = build();
