/**
 * Static files of the chat page, light on the wire: each file is read once at start, named by a
 * hash of its content (`/static/webchat.3f2a9c1d0b.js`, cached for a year as `immutable`), and
 * compressed once (brotli and gzip, in the background on libuv's thread pool) and then served from
 * memory in the encoding the browser asks for (`Accept-Encoding`). The old, unhashed paths keep
 * working with `no-cache` (a page cached before an update), and the page's HTML is rewritten to
 * the hashed names. The page itself is made per request (its nonce) and compressed per request
 * ({@link compressPerRequest}). Web Chat's prebuilt bundle comes from `bot/web/vendor/` (copied from the
 * `botframework-webchat` package by `npm run vendor:webchat`), so a production install carries no
 * React tree.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Request, Response, Server } from 'restify';

/** How static files are served, in one frozen place. */
export const STATIC_DEFAULTS = Object.freeze({
  /** Cache-Control of a hashed URL: its content never changes. */
  immutable: 'public, max-age=31536000, immutable',
  /** Cache-Control of an unhashed URL: ask the server (ETag) each time. */
  revalidate: 'no-cache',
  /** Hex digits of the content hash in a file name. */
  hashLength: 10,
  /** Brotli quality for files up to `bigFile` bytes (best) and above (quality 11 takes ~20 s for Web Chat). */
  brotliSmall: 11,
  brotliBig: 9,
  bigFile: 512 * 1024,
  gzipLevel: 9,
  /**
   * Brotli quality and gzip level for a body made per request (the page, with its nonce): about a
   * millisecond for the 16 kB page on libuv's thread pool, against ~40 ms at quality 11 for 10% less.
   */
  dynamicBrotli: 5,
  dynamicGzip: 6,
});

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
const here = dirname(fileURLToPath(import.meta.url));

/**
 * The folder with the vendored Web Chat bundle (`webchat.js`, its licence and `webchat.json`).
 * Found beside this module, or — when running compiled from `dist/` — in the source folder.
 */
export function vendorDir(): string {
  const candidates = [join(here, 'vendor'), join(here, '..', '..', '..', 'bot', 'web', 'vendor')];
  const found = candidates.find((d) => existsSync(join(d, 'webchat.js')));
  if (!found) throw new Error('bot/web/vendor/webchat.js ontbreekt: draai `npm run vendor:webchat`. / is missing: run `npm run vendor:webchat`.');
  return found;
}

/** A file the page may load: where it is on disk and its media type. */
export interface StaticFile {
  readonly file: string;
  readonly type: string;
}

/** One served file, with its encodings (filled in the background). */
interface Entry {
  readonly type: string;
  readonly etag: string;
  readonly identity: Buffer;
  /** Undefined when compressing failed (never expected): then the identity goes out. */
  readonly br: Promise<Buffer | undefined>;
  readonly gzip: Promise<Buffer | undefined>;
}

/** The encodings a request accepts, with `q=0` excluded. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name);
  }
  return out;
}

/** The encoding to send for an `Accept-Encoding` header: brotli, else gzip, else none. */
export function chooseEncoding(header: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = acceptedEncodings(header);
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
}

/**
 * Compresses a body made per request (the page) in the encoding the request accepts, on libuv's
 * thread pool. Without an accepted encoding, or if compressing fails (never expected), the body
 * goes out as it is. Only for bodies that reflect nothing from the request (no BREACH).
 */
export async function compressPerRequest(body: Buffer, acceptEncoding: string | undefined): Promise<{ body: Buffer; encoding?: 'br' | 'gzip' }> {
  const encoding = chooseEncoding(acceptEncoding);
  if (!encoding) return { body };
  const packed = await (encoding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: STATIC_DEFAULTS.dynamicBrotli, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipped(body, { level: STATIC_DEFAULTS.dynamicGzip })
  ).catch(() => undefined);
  return packed ? { body: packed, encoding } : { body };
}

/** The hashed URL path of a file (`/static/app.js` → `/static/app.<hash>.js`). */
export function hashedPath(path: string, hash: string): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}.${hash}${ext}`;
}

/** Compressed bodies by content hash: servers in one process (tests, a reload) compress once. */
const compressed = new Map<string, { br: Promise<Buffer | undefined>; gzip: Promise<Buffer | undefined> }>();

function entryOf(f: StaticFile): Entry {
  const identity = readFileSync(f.file);
  const hash = createHash('sha256').update(identity).digest('hex');
  let c = compressed.get(hash);
  if (!c) {
    const quality = identity.length > STATIC_DEFAULTS.bigFile ? STATIC_DEFAULTS.brotliBig : STATIC_DEFAULTS.brotliSmall;
    // A failure to compress (never expected) sends the identity; no unhandled rejection.
    c = {
      br: brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }).catch(() => undefined),
      gzip: gzipped(identity, { level: STATIC_DEFAULTS.gzipLevel }).catch(() => undefined),
    };
    compressed.set(hash, c);
  }
  return { type: f.type, etag: `"${hash.slice(0, 32)}"`, identity, ...c };
}

/** Registered static files. */
export interface StaticSite {
  /** URL path → hashed URL path, for every file under `/static/`. */
  readonly hashed: ReadonlyMap<string, string>;
  /** Replaces every `/static/<name>` in a page with its hashed path. */
  rewrite(html: string): string;
  /** Resolves when every file is compressed (for measurements; requests wait on their own). */
  readonly ready: Promise<void>;
}

/**
 * Registers the files: each under its own path (`no-cache`) and, under `/static/`, also under its
 * hashed path (`immutable`). `headers` adds the page's security headers to every response (per file).
 */
export function serveStatic(server: Server, files: ReadonlyMap<string, StaticFile>, headers: (res: Response, file: StaticFile) => void = () => undefined): StaticSite {
  const hashed = new Map<string, string>();
  const pending: Promise<unknown>[] = [];
  for (const [path, f] of files) {
    const entry = entryOf(f);
    pending.push(entry.br, entry.gzip);
    const send = (cacheControl: string) => async (req: Request, res: Response) => {
      headers(res, f);
      res.header('Cache-Control', cacheControl);
      res.header('Vary', 'Accept-Encoding');
      res.header('ETag', entry.etag);
      if (req.headers['if-none-match'] === entry.etag) {
        res.writeHead(304);
        res.end();
        return;
      }
      const encoding = chooseEncoding(req.headers['accept-encoding'] as string | undefined);
      const packed = encoding === 'br' ? await entry.br : encoding === 'gzip' ? await entry.gzip : undefined;
      const body = packed ?? entry.identity;
      const enc = packed ? { 'Content-Encoding': encoding } : {};
      res.writeHead(200, { 'Content-Type': entry.type, 'Content-Length': body.length, ...enc });
      res.end(body);
    };
    server.get(path, send(STATIC_DEFAULTS.revalidate));
    if (path.startsWith('/static/')) {
      const h = hashedPath(path, entry.etag.slice(1, 1 + STATIC_DEFAULTS.hashLength));
      hashed.set(path, h);
      server.get(h, send(STATIC_DEFAULTS.immutable));
    }
  }
  return {
    hashed,
    rewrite: (html) => html.replace(/(["'])(\/static\/[\w.-]+)\1/g, (m, q: string, p: string) => (hashed.has(p) ? `${q}${hashed.get(p)}${q}` : m)),
    ready: Promise.all(pending).then(() => undefined),
  };
}
