/**
 * Wires everything: configuration, the content pack, the store, the Bot Framework shell at
 * `/api/messages`, the embedded Direct Line channel, the chat page, health, readiness, metrics and a
 * graceful shutdown (drain).
 * @packageDocumentation
 */
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response, type Server } from 'restify';
import { formatDiagnostic, hasErrors } from './authoring/diagnostic.js';
import { listPacks } from './authoring/load.js';
import { validate } from './authoring/validate.js';
import { mountBotFramework } from './channels/botframework/endpoint.js';
import { clientAddress } from './channels/client-address.js';
import { Conversations } from './channels/directline/conversations.js';
import { LocalHub, type Hub } from './channels/directline/hub.js';
import { RateLimiter } from './channels/directline/rate.js';
import { RedisHub } from './channels/directline/redis-hub.js';
import { DirectLine } from './channels/directline/service.js';
import { attachStreams } from './channels/directline/stream.js';
import { TokenSigner } from './channels/directline/tokens.js';
import { errorReply, fail, type ErrorKey } from './channels/errors.js';
import { projectRoot } from './cli/root.js';
import type { Config } from './config.js';
import { translator } from './i18n.js';
import { createLogger, type Logger } from './log.js';
import { mountOps } from './ops.js';
import { StatsCollector } from './stats/collector.js';
import { FileStore } from './store/file-store.js';
import { secretBesideStore } from './store/secret.js';
import { KeyedMutex, type Lock } from './store/lock.js';
import { RedisLock } from './store/redis-lock.js';
import { connectRedis, RedisStore } from './store/redis-store.js';
import type { Store } from './store/types.js';
import { createBot, type BotModel } from './turn/converse.js';
import { Turns } from './turn/pipeline.js';
import { mountPage } from './web/page.js';
import { startCallbacks } from './outbox/start.js'; // issue 16

/** A running server. */
export interface Running {
  readonly server: Server;
  readonly port: number;
  readonly store: Store;
  /**
   * Loads flows, content and translations again. A broken edit keeps the last good version
   * running; the diagnostics are returned (and printed).
   */
  reload(): { ok: boolean; diagnostics: string[] };
  /** `/readyz` turns 503, in-flight turns finish (for at most `timeoutMs`), then the server closes. */
  drain(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Loads the content pack; throws with the diagnostics when the flows have errors. */
export function loadModel(root: string, gemeente: string, logger: Logger): BotModel {
  const packs = listPacks(root);
  if (!packs.includes(gemeente)) {
    const line = `GEMEENTE=${gemeente}: deze gemeente heeft geen map content/${gemeente}/ met een pack.yaml. Kies uit: ${packs.join(', ')}.`;
    throw Object.assign(new Error(line), { diagnostics: [line] });
  }
  const { project, diagnostics } = validate({ root, pack: gemeente });
  if (hasErrors(diagnostics)) {
    const lines = diagnostics.filter((x) => x.severity === 'error').map(formatDiagnostic);
    for (const l of lines) process.stderr.write(`${l}\n`);
    throw Object.assign(new Error('De flows of de content bevatten fouten (npm run validate).'), { diagnostics: lines });
  }
  logger.info('content_loaded', { gemeente, flows: project.flows.size, services: project.directory.services.size });
  return createBot(project);
}

/** Starts the server; resolves once it listens. */
/** The store, lock and hub: Redis when `REDIS_URL` is set (several instances), else files (one instance). */
async function backing(config: Config, logger: Logger, store?: Store): Promise<{ store: Store; lock: Lock; hub: Hub; close: () => Promise<void>; kind: string }> {
  if (store) return { store, lock: new KeyedMutex(), hub: new LocalHub(), close: async () => undefined, kind: 'custom' };
  if (config.redisUrl) {
    let last = 0;
    const client = await connectRedis(config.redisUrl, (e) => {
      if (Date.now() - last > 5000) logger.warn('redis_error', { error: e.name });
      last = Date.now();
    });
    const hub = await RedisHub.create(client);
    return { store: new RedisStore(client), lock: new RedisLock(client), hub, close: () => hub.close(), kind: 'redis' };
  }
  return { store: new FileStore(resolve(config.dataDir, 'store'), { fsync: config.fsync, onError: (event, e) => logger.warn(event, { error: e.name }) }), lock: new KeyedMutex(), hub: new LocalHub(), close: async () => undefined, kind: 'file' };
}

/** Starts the server; resolves once it listens. */
export async function startServer(config: Config, opts: { store?: Store; logger?: Logger } = {}): Promise<Running> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const contentRoot = config.contentRoot ? resolve(config.contentRoot) : projectRoot();
  if (config.redisUrl && !config.tokenSecret && !opts.store) {
    throw new Error('REDIS_URL is gezet maar TOKEN_SECRET niet: alle instanties moeten dezelfde geheime sleutel hebben (bijvoorbeeld `openssl rand -base64 32`). / REDIS_URL is set but TOKEN_SECRET is not: every instance needs the same secret.')
  }
  let model = loadModel(contentRoot, config.gemeente, logger);
  const back = await backing(config, logger, opts.store);
  const { store, lock, hub } = back;
  // With files the secret lives beside the store (DATA_DIR/token-secret, 0600), never in the log;
  // several instances on Redis must be given the same TOKEN_SECRET (a secret made by one of them
  // and kept in Redis was lost with Redis's keys, and the others then rejected every new token).
  const secret = back.kind === 'file' ? await secretBesideStore(store, resolve(config.dataDir), config.tokenSecret) : config.tokenSecret;
  const signer = new TokenSigner(secret);
  const server = restify.createServer({ name: 'wegwijs', handleUncaughtExceptions: false });
  let port = config.port;

  const say = (key: ErrorKey) => translator(model.i18n, model.graph.defaultLanguage)(`system:errors.${key}`);
  const addressOf = clientAddress(config.trustProxy);
  const limiter = new RateLimiter(config.rateLimitPerSecond, config.rateLimitPerSecond * 2);
  server.pre((req: Request, res: Response, next: (err?: unknown) => void) => {
    if (!limiter.take(addressOf(req))) {
      fail(res, 429, 'TooManyRequests', say('tooManyRequests'));
      return next(false);
    }
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, mapFiles: false, keepExtensions: false, rejectUnknown: false }));

  const stats = new StatsCollector(store);
  const ops = mountOps(server, { config, store, logger });
  stats.observe((counts) => ops.metrics.count(counts));
  // Issue 16: call-back requests, when SMTP_URL and DATA_KEY are set (the worker delivers outside turns).
  const callbacks = startCallbacks({ config: config.callback, store, model: () => model, logger, ttlMs: config.conversationTtlMs, stats });
  const turns = new Turns({ model: () => model, store, lock, logger, ttlMs: config.conversationTtlMs, stats, ...(callbacks ? { callback: callbacks.hook } : {}) });
  const sorry = (locale: string | undefined) => {
    const lang = model.languages.find((l) => (locale ?? '').toLowerCase().startsWith(l.code))?.code ?? model.graph.defaultLanguage;
    return translator(model.i18n, lang)('common:humanStuck');
  };
  mountBotFramework(server, { config, turns, logger, say, sorry });
  const conversations = new Conversations(store, config.conversationTtlMs);
  // The embedded channel runs only when the bot is not registered with Azure Bot Service (then
  // Azure's own channels, with Web Chat among them, are used).
  const embedded = !config.microsoftAppId;
  if (embedded) new DirectLine({ config, conversations, signer, turns, hub, logger, say, clientAddress: addressOf }).mount(server);
  mountPage(server, { exitUrl: config.exitUrl, frameAncestors: config.frameAncestors, texts: () => model.pageTexts });
  server.get('/healthz', async (_req: Request, res: Response) => {
    try {
      await store.get('healthz');
      res.send(200, { status: 'ok' });
    } catch {
      res.send(503, { status: 'unavailable' });
    }
  });

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, cb: () => void) => {
    const cause = (err as { cause?: () => unknown }).cause?.() ?? err;
    let status = err.statusCode ?? 500;
    let code = err.name?.replace(/Error$/, '') || 'Error';
    let message = status === 404 ? say('notFound') : status < 500 ? say('badRequest') : say('failed');
    if (status >= 500) {
      const [s5, c5, key] = errorReply(cause);
      [status, code, message] = [s5, c5, say(key)];
      logger.error('request_failed', { route: req.getRoute?.()?.path?.toString(), status, error: (cause as Error).name });
    }
    res.status(status);
    err.toJSON = () => ({ error: { code, message } });
    (err as { statusCode?: number }).statusCode = status;
    return cb();
  });

  await new Promise<void>((ok) => server.listen(config.port, config.host, () => ok()));
  port = (server.address() as AddressInfo).port;
  const wss = attachStreams(server.server, { conversations, signer, hub, logger, enabled: embedded, clientAddress: addressOf, limiter, perConversation: config.streamsPerConversation, perAddress: config.streamsPerAddress });
  const sweeper = setInterval(() => void store.sweep().catch(() => undefined), 10 * 60 * 1000);
  sweeper.unref();
  logger.info('listening', { port, gemeente: config.gemeente, store: back.kind, botframework: config.microsoftAppId ? 'jwt' : config.openBotEndpoint ? 'open-local' : 'off' });

  const running: Running = {
    server,
    port,
    store,
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((ok) => (timer = setTimeout(ok, timeoutMs)));
      await Promise.race([ops.drain(), late]);
      clearTimeout(timer);
      if (ops.inFlight() > 0) logger.warn('drain_timeout', { inFlight: ops.inFlight() });
      await running.close();
    },
    reload() {
      try {
        model = loadModel(contentRoot, config.gemeente, logger);
        logger.info('content_reloaded');
        return { ok: true, diagnostics: [] };
      } catch (e) {
        logger.warn('content_reload_failed', { kept: 'previous' });
        return { ok: false, diagnostics: (e as { diagnostics?: string[] }).diagnostics ?? [(e as Error).message] };
      }
    },
    async close() {
      clearInterval(sweeper);
      for (const c of wss.clients) c.close(1001);
      wss.close();
      await new Promise<void>((ok) => server.close(() => ok()));
      await callbacks?.close(); // issue 16
      await stats.close().catch(() => undefined);
      await back.close();
      await store.close();
      logger.info('stopped');
    },
  };
  return running;
}

