/**
 * Settings from the environment, with defaults in one frozen place (see `.env.example`).
 * @packageDocumentation
 */
import { numberSetting } from './number-setting.js';
import { CALLBACK_DEFAULTS, readCallbackConfig, type CallbackConfig } from './outbox/settings.js'; // issue 16

/** Every setting of the server. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** Folder for the embedded store (conversation state, Direct Line history). */
  readonly dataDir: string;
  /** Flush every write of the embedded store to the disk (survives a power loss; slower). */
  readonly fsync: boolean;
  /** Content pack of the gemeente. */
  readonly gemeente: string;
  /** Folder with flows/, content/ and locales/ (default: this project). */
  readonly contentRoot: string;
  /** Idle conversations are deleted after this long. */
  readonly conversationTtlMs: number;
  /** Lifetime of a Direct Line token. */
  readonly tokenTtlSeconds: number;
  /** Secret that signs Direct Line tokens; generated and kept in the store when empty. */
  readonly tokenSecret: string;
  /**
   * Only for local tests and benchmarks: `/api/messages` without a registration, answering in the
   * response only (`expectReplies`), never calling out. Ignored when `microsoftAppId` is set.
   */
  readonly openBotEndpoint: boolean;
  /**
   * Reverse proxies whose `X-Forwarded-For` is believed (addresses, CIDR ranges, `loopback`);
   * empty: none, every limit counts per socket address.
   */
  readonly trustProxy: readonly string[];
  /** Bot Framework registration; when set, `/api/messages` requires a channel JWT. */
  readonly microsoftAppId: string;
  readonly microsoftAppPassword: string;
  readonly microsoftAppType: string;
  readonly microsoftAppTenantId: string;
  /** Largest accepted request body, in bytes. */
  readonly maxBodyBytes: number;
  /** Requests per second per client address (burst is twice this). */
  readonly rateLimitPerSecond: number;
  /** Token generations per minute per client address. */
  readonly tokenRateLimitPerMinute: number;
  /** Open WebSocket streams allowed per conversation and per client address. */
  readonly streamsPerConversation: number;
  readonly streamsPerAddress: number;
  /** Longest message a resident may send, in characters. */
  readonly maxMessageChars: number;
  /** Lowest level logged as JSON lines on stdout (pino); `silent` for tests. */
  readonly logLevel: LogLevel;
  /** When set, state and Direct Line live in Redis (several instances). */
  readonly redisUrl: string;
  /** Where "Snel weg" sends the resident (a neutral site). */
  readonly exitUrl: string;
  /** CSP frame-ancestors: which sites may embed the chat page (e.g. `'self' https://www.dordrecht.nl`). */
  readonly frameAncestors: string;
  /** `/metrics` (Prometheus) is served when this is on or a token is set; off by default. */
  readonly metrics: boolean;
  /** When set, `/metrics` requires `Authorization: Bearer <token>`. */
  readonly metricsToken: string;
  /** On SIGTERM: how long in-flight turns may take before the process stops anyway. */
  readonly shutdownTimeoutMs: number;
  /** Issue 16 ("Bel mij terug"): SMTP, addresses, data key and outbox timings. */
  readonly callback: CallbackConfig;
}

/** The log levels a server accepts. */
export const LOG_LEVELS = Object.freeze(['debug', 'info', 'warn', 'error', 'silent'] as const);
/** A log level. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The defaults. */
export const DEFAULTS: Config = Object.freeze({
  port: 3978,
  host: '0.0.0.0',
  dataDir: 'data',
  fsync: false,
  gemeente: 'dordrecht',
  contentRoot: '',
  conversationTtlMs: 24 * 60 * 60 * 1000,
  tokenTtlSeconds: 1800,
  tokenSecret: '',
  openBotEndpoint: false,
  trustProxy: Object.freeze([]) as readonly string[],
  microsoftAppId: '',
  microsoftAppPassword: '',
  microsoftAppType: 'SingleTenant',
  microsoftAppTenantId: '',
  maxBodyBytes: 64 * 1024,
  rateLimitPerSecond: 20,
  tokenRateLimitPerMinute: 30,
  maxMessageChars: 2000,
  streamsPerConversation: 3,
  streamsPerAddress: 20,
  logLevel: 'info',
  redisUrl: '',
  exitUrl: 'https://www.google.nl/',
  frameAncestors: "'self'",
  metrics: false,
  metricsToken: '',
  shutdownTimeoutMs: 10_000,
  callback: CALLBACK_DEFAULTS, // issue 16
});

const num = (v: string | undefined, fallback: number): number => numberSetting(v, fallback);

/**
 * Reads the configuration from an environment (defaults for what is missing or invalid; use
 * `configProblems` from `config-check.ts` first to refuse invalid settings, as `npm start` does).
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return Object.freeze({
    port: num(env.PORT, DEFAULTS.port),
    host: env.HOST || DEFAULTS.host,
    dataDir: env.DATA_DIR || DEFAULTS.dataDir,
    fsync: env.FSYNC === 'true' || env.FSYNC === '1',
    gemeente: env.GEMEENTE || DEFAULTS.gemeente,
    contentRoot: env.CONTENT_ROOT || DEFAULTS.contentRoot,
    conversationTtlMs: num(env.CONVERSATION_TTL_HOURS, DEFAULTS.conversationTtlMs / 3_600_000) * 3_600_000,
    tokenTtlSeconds: num(env.TOKEN_TTL_SECONDS, DEFAULTS.tokenTtlSeconds),
    tokenSecret: env.TOKEN_SECRET || DEFAULTS.tokenSecret,
    openBotEndpoint: env.OPEN_BOT_ENDPOINT === 'true' || env.OPEN_BOT_ENDPOINT === '1',
    trustProxy: Object.freeze((env.TRUST_PROXY ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '')),
    microsoftAppId: env.MicrosoftAppId || DEFAULTS.microsoftAppId,
    microsoftAppPassword: env.MicrosoftAppPassword || DEFAULTS.microsoftAppPassword,
    microsoftAppType: env.MicrosoftAppType || DEFAULTS.microsoftAppType,
    microsoftAppTenantId: env.MicrosoftAppTenantId || DEFAULTS.microsoftAppTenantId,
    maxBodyBytes: num(env.MAX_BODY_BYTES, DEFAULTS.maxBodyBytes),
    rateLimitPerSecond: num(env.RATE_LIMIT_PER_SECOND, DEFAULTS.rateLimitPerSecond),
    tokenRateLimitPerMinute: num(env.TOKEN_RATE_LIMIT_PER_MINUTE, DEFAULTS.tokenRateLimitPerMinute),
    maxMessageChars: num(env.MAX_MESSAGE_CHARS, DEFAULTS.maxMessageChars),
    streamsPerConversation: num(env.STREAMS_PER_CONVERSATION, DEFAULTS.streamsPerConversation),
    streamsPerAddress: num(env.STREAMS_PER_ADDRESS, DEFAULTS.streamsPerAddress),
    logLevel: (LOG_LEVELS as readonly string[]).includes(env.LOG_LEVEL ?? '') ? (env.LOG_LEVEL as LogLevel) : DEFAULTS.logLevel,
    redisUrl: env.REDIS_URL || DEFAULTS.redisUrl,
    exitUrl: /^https:\/\/[^\s"<>]+$/.test(env.EXIT_URL ?? '') ? env.EXIT_URL! : DEFAULTS.exitUrl,
    frameAncestors: /^[\w\s'.:/*-]+$/.test(env.FRAME_ANCESTORS ?? '') ? env.FRAME_ANCESTORS! : DEFAULTS.frameAncestors,
    metrics: ['on', 'true', '1'].includes(env.METRICS ?? '') || Boolean(env.METRICS_TOKEN),
    metricsToken: env.METRICS_TOKEN || DEFAULTS.metricsToken,
    shutdownTimeoutMs: num(env.SHUTDOWN_TIMEOUT_SECONDS, DEFAULTS.shutdownTimeoutMs / 1000) * 1000,
    callback: readCallbackConfig(env), // issue 16
  });
}
