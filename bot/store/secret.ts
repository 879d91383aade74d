/**
 * The Direct Line signing secret, kept out of the conversation log: `TOKEN_SECRET` when set,
 * else a private file `<dir>/token-secret` (0600) made once and read at every start.
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DIR_MODE, FILE_MODE } from './log-file.js';
import type { Store } from './types.js';

/** Name of the secret's file in the data folder. */
export const SECRET_FILE = 'token-secret';
/** Where older versions kept the secret: in the store, among the conversations. */
export const LEGACY_KEY = 'dl/secret';

function read(file: string): string | undefined {
  try {
    const text = readFileSync(file, 'utf8').trim();
    if (text) chmodSync(file, FILE_MODE); // an older or hand-made file may be readable by others
    return text || undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Returns `configured` when set; else the secret in `<dir>/token-secret`, creating it when
 * missing. Creation is atomic and never replaces a secret another process made first: the
 * value is written to a private temporary file, flushed, and hard-linked into place (a link,
 * unlike a rename, fails when the name exists; then the other process's secret is returned).
 * @param dir - the data folder (created 0700 when missing)
 * @param configured - `TOKEN_SECRET`; empty when not configured
 * @param initial - the value to store when there is no file yet (e.g. a secret moved out of an
 *   older store, so tokens already handed out stay valid); random (32 bytes) when absent
 */
export function loadOrCreateSecret(dir: string, configured: string, initial?: string): string {
  if (configured) return configured;
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  const file = join(dir, SECRET_FILE);
  const existing = read(file);
  if (existing) return existing;
  const secret = initial || randomBytes(32).toString('base64url');
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx', FILE_MODE);
  try {
    writeSync(fd, `${secret}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, file);
    return secret;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const theirs = read(file); // another process was first
    if (!theirs) throw new Error(`${file} exists but is empty; remove it or set TOKEN_SECRET`);
    return theirs;
  } finally {
    unlinkSync(tmp);
  }
}

/**
 * The secret for a server on the file store: {@link loadOrCreateSecret} in `dir`, after moving a
 * secret that an older version kept in the store ({@link LEGACY_KEY}) into the file, so tokens
 * already handed out stay valid. The key is then deleted and the log rewritten at once, so the
 * secret's bytes leave `store.log`.
 */
export async function secretBesideStore(store: Store & { compact?: () => Promise<void> }, dir: string, configured: string): Promise<string> {
  const legacy = await store.get<string>(LEGACY_KEY);
  const secret = loadOrCreateSecret(dir, configured, legacy?.value);
  if (legacy) {
    await store.delete(LEGACY_KEY);
    await store.compact?.();
  }
  return secret;
}
