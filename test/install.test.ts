/**
 * The production install (issue 18): `npm ci --omit=dev --omit=optional`, or `npm prune` with the
 * same flags after a build. `--omit=optional` is there for TypeScript, a devDependency that is also
 * an optional peer of i18next: npm flags it `devOptional` and keeps it with `--omit=dev` alone.
 * These tests keep that flag honest: the optional packages it leaves out of production are known
 * ones that the server does without, and every production install command carries it.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/project.js';

/** Optional packages of the production tree, and why the server does not miss them. */
const LEFT_OUT: Readonly<Record<string, string>> = {
  typescript: 'optional peer of i18next (its types only); dist/ is built before the prune',
  'dtrace-provider': "optional dependency of restify; its native build is not allowed (allowScripts), so it is restify's own no-op stub either way",
  nan: 'only for the native build of dtrace-provider',
  'safe-json-stringify': "optional dependency of restify-errors, for its bunyan serializer, which restify 11 (pino) does not use",
};

interface LockEntry {
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly devOptional?: boolean;
}

describe('production install', () => {
  it('leaves out only known optional packages with --omit=optional', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const optional = Object.entries(lock.packages)
      .filter(([path, e]) => path !== '' && !e.dev && (e.optional || e.devOptional))
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect([...new Set(optional)].sort(), 'a new optional production package: check the server works without it, then add it here').to.deep.equal(Object.keys(LEFT_OUT).sort());
  });

  it('every production install command in the docs, the build script and the benchmark omits dev and optional', () => {
    for (const file of ['README.md', 'docs/deploy.md', 'scripts/build.mjs']) {
      const commands = readFileSync(join(ROOT, file), 'utf8').match(/npm (?:ci|prune|install)\b[^`\n'"]*--omit=dev[^`\n'"]*/g) ?? [];
      for (const c of commands) expect(c, file).to.include('--omit=optional');
    }
    expect(readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8')).to.include('npm prune --omit=dev --omit=optional');
    expect(readFileSync(join(ROOT, 'bench/footprint.ts'), 'utf8')).to.include("const PRODUCTION_OMIT = ['--omit=dev', '--omit=optional'];");
  });
});
