/**
 * Operations endpoints: `/readyz` (ready for traffic; 503 once draining), `/metrics` (Prometheus
 * text; off unless `METRICS=on` or a `METRICS_TOKEN` is set, then only with that bearer token),
 * and the bookkeeping of turns in flight that a graceful shutdown waits for. `/healthz` (alive,
 * store reachable) stays in server.ts and stays 200 while draining.
 * @packageDocumentation
 */
import { timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Config } from './config.js';
import type { Logger } from './log.js';
import { Metrics } from './stats/metrics.js';
import type { Store } from './store/types.js';

/** Which requests are turns, and of which channel. */
const TURN_ROUTES: readonly (readonly [RegExp, string])[] = Object.freeze([
  [/^\/v3\/directline\/conversations\/[^/]+\/activities\/?(\?|$)/, 'directline'],
  [/^\/api\/messages\/?(\?|$)/, 'botframework'],
] as const);

/** What the operations endpoints give back to the server. */
export interface Ops {
  readonly metrics: Metrics;
  /** Turn requests being handled now. */
  inFlight(): number;
  /** True once draining started: `/readyz` answers 503. */
  readonly draining: boolean;
  /** Stops taking part in load balancing and resolves when no turn is in flight any more. */
  drain(): Promise<void>;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Registers `/readyz`, `/metrics` (when enabled) and the in-flight bookkeeping of turns. */
export function mountOps(server: Server, d: { config: Config; store: Store; logger: Logger }): Ops {
  const metrics = new Metrics();
  let inFlight = 0;
  let draining = false;
  let idle: (() => void)[] = [];
  server.pre((req: Request, res: Response, next: (err?: unknown) => void) => {
    const channel = req.method === 'POST' ? TURN_ROUTES.find(([re]) => re.test(req.url ?? ''))?.[1] : undefined;
    if (!channel) return next();
    inFlight++;
    const end = metrics.turnStarted(channel);
    res.once('close', () => {
      end();
      inFlight--;
      if (inFlight === 0) for (const ok of idle.splice(0)) ok();
    });
    return next();
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    if (draining) {
      res.send(503, { status: 'draining', inFlight });
      return;
    }
    try {
      await d.store.get('healthz');
      res.send(200, { status: 'ready' });
    } catch {
      res.send(503, { status: 'unavailable' });
    }
  });
  if (d.config.metrics) {
    server.get('/metrics', async (req: Request, res: Response) => {
      const auth = req.headers.authorization ?? '';
      if (d.config.metricsToken && !(auth.startsWith('Bearer ') && sameToken(auth.slice(7), d.config.metricsToken))) {
        res.header('WWW-Authenticate', 'Bearer');
        res.send(401, { error: { code: 'Unauthorized', message: 'Bearer token required' } });
        return;
      }
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' });
      res.end(body);
    });
  }
  return {
    metrics,
    inFlight: () => inFlight,
    get draining() {
      return draining;
    },
    drain() {
      if (!draining) d.logger.info('draining', { inFlight });
      draining = true;
      return inFlight === 0 ? Promise.resolve() : new Promise<void>((ok) => (idle = [...idle, ok]));
    },
  };
}
