/**
 * Wires everything: configuration, the content pack, the store, the Bot Framework shell at
 * `/api/messages`, the embedded Direct Line channel, the chat page, health and shutdown.
 * @packageDocumentation
 */
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response, type Server } from 'restify';
import { formatDiagnostic, hasErrors } from './authoring/diagnostic.js';
import { validate } from './authoring/validate.js';
import { createAdapter } from './channel/adapter.js';
import { createTurnHandler } from './channel/bot.js';
import { projectRoot } from './cli/root.js';
import type { Config } from './config.js';
import { createBot, type BotModel } from './conversation/converse.js';
import { BotFailed, loopbackBot } from './directline/bridge.js';
import { Conversations } from './directline/conversations.js';
import { LocalHub } from './directline/hub.js';
import { RateLimiter } from './directline/rate.js';
import { DirectLine, fail } from './directline/service.js';
import { attachStreams } from './directline/stream.js';
import { TokenSigner } from './directline/tokens.js';
import { translator } from './i18n.js';
import { createLogger, type Logger } from './log.js';
import { FileStore } from './store/file-store.js';
import { KeyedMutex, LockTimeout } from './store/lock.js';
import { StoreUnavailable, type Store } from './store/types.js';
import { mountPage } from './web/page.js';

/** A running server. */
export interface Running {
  readonly server: Server;
  readonly port: number;
  readonly store: Store;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

async function tokenSecret(store: Store, configured: string): Promise<string> {
  if (configured) return configured;
  const existing = await store.get<string>('dl/secret');
  if (existing) return existing.value;
  const secret = TokenSigner.newSecret();
  try {
    await store.put('dl/secret', secret, null, 10 * 365 * 24 * 3600 * 1000);
    return secret;
  } catch {
    return (await store.get<string>('dl/secret'))?.value ?? secret; // another instance was first
  }
}

/** Loads the content pack; throws with the diagnostics when the flows have errors. */
export function loadModel(root: string, gemeente: string, logger: Logger): BotModel {
  const { project, diagnostics } = validate({ root, pack: gemeente });
  if (hasErrors(diagnostics)) {
    for (const d of diagnostics.filter((x) => x.severity === 'error')) process.stderr.write(`${formatDiagnostic(d)}\n`);
    throw new Error('De flows of de content bevatten fouten (npm run validate).');
  }
  logger.info('content_loaded', { gemeente, flows: project.flows.size, services: project.directory.services.size });
  return createBot(project);
}

/** Starts the server; resolves once it listens. */
export async function startServer(config: Config, opts: { store?: Store; logger?: Logger } = {}): Promise<Running> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const model = loadModel(config.contentRoot ? resolve(config.contentRoot) : projectRoot(), config.gemeente, logger);
  const store = opts.store ?? new FileStore(resolve(config.dataDir, 'store'));
  const lock = new KeyedMutex();
  const signer = new TokenSigner(await tokenSecret(store, config.tokenSecret));
  const server = restify.createServer({ name: 'wegwijs', handleUncaughtExceptions: false });
  let port = config.port;

  const limiter = new RateLimiter(config.rateLimitPerSecond, config.rateLimitPerSecond * 2);
  server.pre((req: Request, res: Response, next: (err?: unknown) => void) => {
    const loopback = LOOPBACK.has(req.socket?.remoteAddress ?? '');
    if (!loopback && !limiter.take(req.socket?.remoteAddress ?? '?')) {
      fail(res, 429, 'TooManyRequests', 'Too many requests; slow down.');
      return next(false);
    }
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, mapFiles: false, keepExtensions: false, rejectUnknown: false }));

  const adapter = createAdapter(config, logger, (locale) => {
    const lang = (locale ?? '').toLowerCase().startsWith('en') ? 'en' : model.graph.defaultLanguage;
    return translator(model.i18n, lang)('common:humanStuck');
  });
  const handler = createTurnHandler({ model: () => model, store, lock, logger, ttlMs: config.conversationTtlMs, maxChars: config.maxMessageChars });
  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!config.microsoftAppId && !LOOPBACK.has(req.socket?.remoteAddress ?? '')) {
      return fail(res, 403, 'Forbidden', 'This endpoint only accepts the embedded channel.');
    }
    const body = req.body as { type?: unknown; conversation?: { id?: unknown } } | undefined;
    if (!body || typeof body !== 'object' || typeof body.type !== 'string' || typeof body.conversation?.id !== 'string') {
      return fail(res, 400, 'BadActivity', 'The body must be an activity with a type and a conversation id.');
    }
    await adapter.process(req, res as never, handler);
  });

  const conversations = new Conversations(store, config.conversationTtlMs);
  const hub = new LocalHub();
  new DirectLine({ config, conversations, signer, bot: loopbackBot(() => port), lock, hub, logger }).mount(server);
  mountPage(server, { exitUrl: config.exitUrl, frameAncestors: config.frameAncestors });
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number; body?: unknown; toJSON?: () => unknown }, cb: () => void) => {
    const cause = (err as { cause?: () => unknown }).cause?.() ?? err;
    let status = err.statusCode ?? 500;
    let code = err.name?.replace(/Error$/, '') || 'Error';
    let message = status < 500 ? (err.message || 'Bad request').slice(0, 120) : 'Er ging iets mis. Probeer het later opnieuw.';
    if (cause instanceof BotFailed) [status, code, message] = [502, 'BotError', 'The bot could not answer.'];
    if (cause instanceof StoreUnavailable || cause instanceof LockTimeout) [status, code, message] = [503, 'Unavailable', 'Even niet beschikbaar. Probeer het zo opnieuw.'];
    if (status >= 500) logger.error('request_failed', { route: req.getRoute?.()?.path?.toString(), status, error: (cause as Error).name });
    res.status(status);
    err.toJSON = () => ({ error: { code, message } });
    (err as { statusCode?: number }).statusCode = status;
    return cb();
  });

  await new Promise<void>((ok) => server.listen(config.port, config.host, () => ok()));
  port = (server.address() as AddressInfo).port;
  const wss = attachStreams(server.server, { conversations, signer, hub, logger });
  const sweeper = setInterval(() => void store.sweep().catch(() => undefined), 10 * 60 * 1000);
  sweeper.unref();
  logger.info('listening', { port, gemeente: config.gemeente, store: opts.store ? 'custom' : 'file', auth: config.microsoftAppId ? 'jwt' : 'loopback' });

  return {
    server,
    port,
    store,
    async close() {
      clearInterval(sweeper);
      for (const c of wss.clients) c.close(1001);
      wss.close();
      await new Promise<void>((ok) => server.close(() => ok()));
      await store.close();
      logger.info('stopped');
    },
  };
}

