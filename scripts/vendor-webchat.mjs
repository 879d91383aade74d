#!/usr/bin/env node
// `npm run vendor:webchat`: copies Web Chat's prebuilt bundle (dist/webchat.js and its licence
// notice) from the installed botframework-webchat package into bot/web/vendor/, with a record of
// the version and hash (webchat.json). The server serves only that one file, so production
// installs need not carry Web Chat's ~500 MB React dependency tree; a test checks that the copy
// matches the installed (devDependency) version. Run it after updating botframework-webchat.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'node_modules', 'botframework-webchat');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const out = join(root, 'bot', 'web', 'vendor');
mkdirSync(out, { recursive: true });
for (const name of ['webchat.js', 'webchat.js.LICENSE.txt']) copyFileSync(join(pkgDir, 'dist', name), join(out, name));
const body = readFileSync(join(out, 'webchat.js'));
const record = { package: pkg.name, version: pkg.version, license: pkg.license, repository: pkg.repository?.url ?? pkg.repository, file: 'dist/webchat.js', bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') };
writeFileSync(join(out, 'webchat.json'), `${JSON.stringify(record, null, 2)}\n`);
process.stdout.write(`bot/web/vendor/webchat.js: ${pkg.name}@${pkg.version}, ${body.length} bytes\n`);
