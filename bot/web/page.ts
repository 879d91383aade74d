/**
 * The chat page and its files, served from a fixed list (never from a folder path the client
 * names). Web Chat's prebuilt bundle is vendored in `bot/web/vendor/` (see `static.ts`): no CDN.
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import type { PageTexts } from '../authoring/page-texts.js';
import { compressPerRequest, serveStatic, vendorDir } from './static.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The files the page may load, by URL path. */
function staticFiles(): Map<string, { file: string; type: string }> {
  const webchatDir = vendorDir();
  return new Map([
    ['/static/webchat.js', { file: join(webchatDir, 'webchat.js'), type: 'application/javascript; charset=utf-8' }],
    ['/static/texts.js', { file: join(here, 'texts.js'), type: 'application/javascript; charset=utf-8' }],
    ['/static/pictograms.js', { file: join(here, 'pictograms.js'), type: 'application/javascript; charset=utf-8' }],
    ['/static/app.js', { file: join(here, 'app.js'), type: 'application/javascript; charset=utf-8' }],
    ['/static/app.css', { file: join(here, 'app.css'), type: 'text/css; charset=utf-8' }],
    ['/embed.js', { file: join(here, 'embed.js'), type: 'application/javascript; charset=utf-8' }],
    ['/embed-demo.html', { file: join(here, 'embed-demo.html'), type: 'text/html; charset=utf-8' }],
  ]);
}

/** Page settings: where "Snel weg" goes, and which sites may embed the chat. */
export interface PageOptions {
  readonly exitUrl: string;
  readonly frameAncestors: string;
  /** The page's own texts per language (from the loaded project; a reload gives new ones). */
  readonly texts: () => PageTexts;
}

/** Security headers for every page response. */
function securityHeaders(res: Response, opts: PageOptions, nonce?: string): void {
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  if (nonce) {
    res.header(
      'Content-Security-Policy',
      [
        "default-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        `frame-ancestors ${opts.frameAncestors}`,
        // 'self' covers ws: and wss: to this host (CSP 3); no other host is reachable.
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "media-src 'self' blob:",
        `script-src 'nonce-${nonce}' 'self'`,
        // Web Chat sets style attributes at run time, which a nonce cannot cover.
        "style-src 'self' 'unsafe-inline'",
      ].join('; '),
    );
  }
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeAttr(v: string): string {
  return v.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** Registers `/` and the static files. Files are read once, at start. */
export function mountPage(server: Server, opts: PageOptions): void {
  const assets = serveStatic(server, staticFiles(), (res, f) => {
    securityHeaders(res, opts);
    // An HTML file (the embed demo) gets a policy of its own: its scripts and the chat frame from here only.
    if (f.type.startsWith('text/html')) res.header('Content-Security-Policy', "default-src 'none'; base-uri 'none'; form-action 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; frame-ancestors 'self'");
  });
  // The page's texts in every language and the pictograms go into the page itself: no second request.
  const template = assets.rewrite(readFileSync(join(here, 'index.html'), 'utf8')).replace('__ICONS__', () => readFileSync(join(here, 'icons.svg'), 'utf8').replace(/<!--[\s\S]*?-->\s*/g, '').trim());
  let cached: { texts: PageTexts; html: string } | undefined;
  const page = (): string => {
    const texts = opts.texts();
    if (cached?.texts !== texts) cached = { texts, html: template.replace('__PAGE_TEXTS__', () => scriptJson(texts)) };
    return cached.html;
  };
  // Compressed per request (it carries a fresh nonce): it reflects nothing from the request.
  server.get('/', async (req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    const html = Buffer.from(page().replaceAll('__NONCE__', nonce).replace('<html lang="nl">', `<html lang="nl" data-exit-url="${escapeAttr(opts.exitUrl)}">`), 'utf8');
    const { body, encoding } = await compressPerRequest(html, req.headers['accept-encoding'] as string | undefined);
    securityHeaders(res, opts, nonce);
    res.header('Cache-Control', 'no-store');
    res.header('Vary', 'Accept-Encoding');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, ...(encoding ? { 'Content-Encoding': encoding } : {}) });
    res.end(body);
  });
  server.get('/favicon.ico', async (_req: Request, res: Response) => {
    res.writeHead(204);
    res.end();
  });
}
