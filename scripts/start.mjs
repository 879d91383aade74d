#!/usr/bin/env node
// `npm start`: runs the compiled server (dist/bot/cli/serve.js) in this process, building it
// first when dist/ is missing or older than a source file (bot/, tsconfig*.json, package.json).
// Arguments are passed on (`npm start -- --check`). Development commands keep using tsx.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, dist, root } from './build.mjs';

/** The newest modification time under `path` (0 when it does not exist). */
function newest(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const built = newest(join(dist, '.built'));
const sources = Math.max(newest(join(root, 'bot')), ...['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((f) => newest(join(root, f))));
if (built === 0 || built < sources) {
  process.stderr.write(built === 0 ? 'dist/ ontbreekt: bouwen… / dist/ is missing: building…\n' : 'dist/ is ouder dan de bronnen: opnieuw bouwen… / dist/ is older than the sources: rebuilding…\n');
  const code = build();
  if (code !== 0) process.exit(code);
}
await import(pathToFileURL(join(dist, 'bot', 'cli', 'serve.js')).href);
