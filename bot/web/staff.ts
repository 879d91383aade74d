/**
 * The staff preview: a page for gemeente staff editing flows with `npm run dev`. It shows the
 * validator's diagnostics and one flow as its picture (the Mermaid source, drawn in the browser
 * when the `mermaid` package is installed, and the list of steps), and refreshes on save (the page
 * polls a JSON endpoint every 2 seconds). Only mounted when `STAFF_PREVIEW=1`: never in production
 * by default. All file content reaches the page as JSON and is shown with `textContent`.
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import type { Diagnostic } from '../authoring/diagnostic.js';
import { flowToMermaid } from '../authoring/mermaid.js';
import { summarise, translationTodos } from '../authoring/translation-status.js';
import { validateAll } from '../authoring/validate.js';
import { kindOf } from '../engine/steps/index.js';
import { createI18n, translator } from '../i18n.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Staff preview settings, in one frozen place. */
export const STAFF_DEFAULTS = Object.freeze({
  /** The environment variable that turns the page on, and its value. */
  env: 'STAFF_PREVIEW',
  on: '1',
  /** How often the page asks whether something changed. */
  pollMs: 2000,
  /** The URL path of the page; the JSON is at `<path>/status`. */
  path: '/staff',
});

/** True when the environment asks for the staff preview (`STAFF_PREVIEW=1`). */
export function staffPreviewEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[STAFF_DEFAULTS.env] === STAFF_DEFAULTS.on;
}

/** Where the preview reads from. */
export interface StaffPreviewOptions {
  /** The project folder (with flows/, content/, locales/). */
  readonly root: string;
  /** The gemeente whose content is checked with the flows. */
  readonly pack: string;
}

/** What the JSON endpoint gives for one flow. */
export interface StaffStatus {
  readonly version: number;
  readonly summary: { readonly errors: number; readonly warnings: number };
  readonly diagnostics: readonly Pick<Diagnostic, 'file' | 'line' | 'col' | 'severity' | 'code' | 'message' | 'hint'>[];
  readonly translations: readonly { readonly lang: string; readonly name: string; readonly missing: number; readonly outdated: number }[];
  readonly flows: readonly string[];
  readonly flow?: string;
  readonly mermaid?: string;
  readonly steps?: readonly { readonly id: string; readonly kind: string; readonly text?: string; readonly next: readonly string[] }[];
}

function securityHeaders(res: Response, nonce: string): void {
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('Cache-Control', 'no-store');
  res.header(
    'Content-Security-Policy',
    [
      "default-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
      "connect-src 'self'",
      "img-src 'self' data:",
      `script-src 'nonce-${nonce}' 'self'`,
      // Mermaid sets styles in the SVG it draws.
      "style-src 'self' 'unsafe-inline'",
    ].join('; '),
  );
}

/** Computes the status of the project; cached until `refresh()`. */
function statusOf(opts: StaffPreviewOptions, version: number) {
  const { projects, diagnostics } = validateAll({ root: opts.root, packs: [opts.pack] });
  const project = projects[0]!;
  const t = translator(createI18n(project.resources, project.defaultLanguage), project.defaultLanguage);
  const serviceName = (id: string) => {
    const s = project.directory.services.get(id);
    return s ? t(s.name) : id;
  };
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const base = {
    version,
    summary: { errors, warnings: diagnostics.length - errors },
    diagnostics: diagnostics.map(({ file, line, col, severity, code, message, hint }) => ({ file, line, col, severity, code, message, hint })),
    translations: summarise(project, translationTodos(project)),
    flows: [...project.graph.flows.keys()],
  };
  return (flowId: string | undefined): StaffStatus => {
    const flow = project.graph.flows.get(flowId ?? '') ?? project.graph.flows.get(project.graph.entry);
    if (!flow) return base;
    const steps = [...flow.steps.values()].map((s) => ({
      id: s.id,
      kind: s.kind,
      ...('text' in s ? { text: t(s.text) } : {}),
      next: s.kind === 'link' ? [`${s.flow}${s.step ? `#${s.step}` : ''}`] : [...new Set(kindOf(s).targets(s).map((x) => x.next))],
    }));
    return { ...base, flow: flow.id, mermaid: flowToMermaid(flow, t, serviceName), steps };
  };
}

/**
 * Registers the staff preview on a restify server: `GET /staff` (the page), `GET /staff/status?flow=<id>`
 * (JSON) and, when the `mermaid` package is installed, `GET /staff/mermaid.js`. Call `refresh()`
 * after a file changed (the dev watcher does); the next request validates again.
 */
export function mountStaffPreview(server: Server, opts: StaffPreviewOptions): { refresh(): void } {
  const html = readFileSync(join(here, 'staff.html'), 'utf8');
  let mermaidJs: Buffer | undefined;
  try {
    mermaidJs = readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'));
  } catch {
    mermaidJs = undefined; // a production install has no mermaid: the page shows the source
  }
  let version = 1;
  let cached: { version: number; of: ReturnType<typeof statusOf> } | undefined;
  const base = STAFF_DEFAULTS.path;
  server.get(base, async (_req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    securityHeaders(res, nonce);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html.replaceAll('__NONCE__', nonce).replace('__POLL_MS__', String(STAFF_DEFAULTS.pollMs)).replace('__MERMAID__', mermaidJs ? 'yes' : 'no'));
  });
  server.get(`${base}/status`, async (req: Request, res: Response) => {
    securityHeaders(res, randomBytes(8).toString('base64'));
    if (cached?.version !== version) cached = { version, of: statusOf(opts, version) };
    const query = new URL(req.url ?? '', 'http://localhost').searchParams;
    // The page asks with the version it shows: nothing changed, nothing to send.
    res.send(200, query.get('since') === String(version) ? { version, unchanged: true } : cached.of(query.get('flow') ?? undefined));
  });
  if (mermaidJs) {
    const body = mermaidJs;
    server.get(`${base}/mermaid.js`, async (_req: Request, res: Response) => {
      res.header('X-Content-Type-Options', 'nosniff');
      res.writeHead(200, { 'Content-Type': 'application/javascript; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'public, max-age=3600' });
      res.end(body);
    });
  }
  return {
    refresh() {
      version++;
    },
  };
}
