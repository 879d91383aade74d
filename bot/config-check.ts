/**
 * Checking the settings before the server starts: `.env` is read when present (it never
 * overrides a variable already set), every setting is checked with a message in Dutch and English
 * that names it, and names in `.env` that Wegwijs does not know are reported (a typo such as
 * `PROT=8080` would otherwise go unnoticed). {@link readConfig} stays lenient for tests.
 * @packageDocumentation
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { parseTrustedProxies } from './channels/client-address.js';
import { LOG_LEVELS } from './config.js';
import { parseDataKey } from './outbox/crypto.js';

/** A check of one setting's value: undefined when fine, else the reason in Dutch and English. */
type Check = (value: string, env: NodeJS.ProcessEnv) => readonly [nl: string, en: string] | undefined;

const intIn = (min: number, max: number, nl: string, en: string): Check => (v) =>
  /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max ? undefined : [`is geen ${nl} (${min}–${max})`, `is not ${en} (${min}–${max})`];
const positive: Check = (v) => (/^\d+(\.\d+)?$/.test(v) && Number(v) > 0 ? undefined : ['is geen getal groter dan 0', 'is not a number above 0']);
const bool: Check = (v) => (['true', 'false', '1', '0'].includes(v) ? undefined : ['is niet true of false', 'is not true or false']);
const oneOf = (...allowed: readonly string[]): Check => (v) => (allowed.includes(v) ? undefined : [`is niet een van: ${allowed.join(', ')}`, `is not one of: ${allowed.join(', ')}`]);
const pattern = (re: RegExp, nl: string, en: string): Check => (v) => (re.test(v) ? undefined : [nl, en]);
const https: Check = (v) => (/^https:\/\/[^\s"<>]+$/.test(v) && URL.canParse(v) ? undefined : ['is geen https://-adres', 'is not an https:// address']);
const folder: Check = (v) => (existsSync(v) && statSync(v).isDirectory() ? undefined : ['is geen bestaande map', 'is not an existing folder']);
const redis: Check = (v) => (/^rediss?:\/\//.test(v) && URL.canParse(v) ? undefined : ['is geen redis://- of rediss://-adres', 'is not a redis:// or rediss:// URL']);
const secret = (min: number): Check => (v) => (v.length >= min ? undefined : [`is korter dan ${min} tekens`, `is shorter than ${min} characters`]);
const any: Check = () => undefined;

/** Every setting Wegwijs reads (see `.env.example`), with its check. An empty value means "default". */
export const SETTINGS: Readonly<Record<string, Check>> = Object.freeze({
  PORT: intIn(1, 65535, 'poortnummer', 'a port number'),
  HOST: pattern(/^[\w.:[\]-]+$/, 'is geen adres (zoals 0.0.0.0 of 127.0.0.1)', 'is not an address (such as 0.0.0.0 or 127.0.0.1)'),
  GEMEENTE: pattern(/^[a-z0-9-]+$/, 'is geen mapnaam onder content/ (kleine letters, cijfers, -)', 'is not a folder name under content/ (lower case, digits, -)'),
  CONTENT_ROOT: folder,
  DATA_DIR: any,
  CONVERSATION_TTL_HOURS: positive,
  TOKEN_TTL_SECONDS: intIn(60, 86_400, 'aantal seconden', 'a number of seconds'),
  TOKEN_SECRET: secret(16),
  RATE_LIMIT_PER_SECOND: intIn(0, 1_000_000, 'aantal (0 = geen grens)', 'a count (0 = no limit)'),
  TOKEN_RATE_LIMIT_PER_MINUTE: intIn(0, 1_000_000, 'aantal (0 = geen grens)', 'a count (0 = no limit)'),
  MAX_BODY_BYTES: intIn(1024, 100 * 1024 * 1024, 'aantal bytes', 'a number of bytes'),
  MAX_MESSAGE_CHARS: intIn(1, 100_000, 'aantal tekens', 'a number of characters'),
  LOG_LEVEL: oneOf(...LOG_LEVELS),
  MicrosoftAppId: pattern(/^[\w-]+$/, 'is geen App-ID', 'is not an app id'),
  MicrosoftAppPassword: any,
  MicrosoftAppType: oneOf('SingleTenant', 'MultiTenant', 'UserAssignedMSI'),
  MicrosoftAppTenantId: pattern(/^[\w.-]+$/, 'is geen tenant-ID', 'is not a tenant id'),
  REDIS_URL: redis,
  EXIT_URL: https,
  FRAME_ANCESTORS: pattern(/^[\w\s'.:/*-]+$/, "is geen lijst bronnen zoals 'self' https://www.gemeente.nl", "is not a source list such as 'self' https://www.gemeente.nl"),
  FSYNC: bool,
  OPEN_BOT_ENDPOINT: bool,
  // the same parser the server uses: an entry it cannot read ("10.0.0.999") is refused, not skipped
  TRUST_PROXY: (v) => {
    const { invalid } = parseTrustedProxies(v.split(','));
    return invalid.length === 0 ? undefined : [`bevat iets dat geen adres of bereik is: ${invalid.join(', ')} (bijv. loopback, 10.0.0.0/8)`, `holds entries that are no address or range: ${invalid.join(', ')} (e.g. loopback, 10.0.0.0/8)`];
  },
  METRICS: oneOf('on', 'off', 'true', 'false', '1', '0'),
  METRICS_TOKEN: secret(16),
  SHUTDOWN_TIMEOUT_SECONDS: intIn(1, 600, 'aantal seconden', 'a number of seconds'),
  STREAMS_PER_CONVERSATION: intIn(0, 1000, 'aantal (0 = geen grens)', 'a count (0 = no limit)'),
  STREAMS_PER_ADDRESS: intIn(0, 100_000, 'aantal (0 = geen grens)', 'a count (0 = no limit)'),
  // Issue 16 ("Bel mij terug"): bot/outbox/settings.ts reads these.
  SMTP_URL: pattern(/^smtps?:\/\/\S+$/, 'is geen smtp://- of smtps://-adres', 'is not an smtp:// or smtps:// URL'),
  CALLBACK_FROM: pattern(/^[^@\s]+@[^@\s]+$/, 'is geen e-mailadres', 'is not an e-mail address'),
  CALLBACK_TO: pattern(/^[^@\s]+@[^@\s]+$/, 'is geen e-mailadres', 'is not an e-mail address'),
  DATA_KEY: (v) => (parseDataKey(v) ? undefined : ['is geen sleutel van 32 bytes (base64 of 64 hexcijfers)', 'is not a 32-byte key (base64 or 64 hex digits)']),
  CALLBACK_RETRY_MS: intIn(1, 2 ** 31, 'aantal milliseconden', 'a number of milliseconds'),
  CALLBACK_RETRY_MAX_MS: intIn(1, 2 ** 31, 'aantal milliseconden', 'a number of milliseconds'),
  CALLBACK_GIVE_UP_MS: intIn(1, 2 ** 40, 'aantal milliseconden', 'a number of milliseconds'),
  CALLBACK_POLL_MS: intIn(1, 2 ** 31, 'aantal milliseconden', 'a number of milliseconds'),
  CALLBACK_LEASE_MS: intIn(1, 2 ** 31, 'aantal milliseconden', 'a number of milliseconds'),
  SMTP_TIMEOUT_MS: intIn(1, 2 ** 31, 'aantal milliseconden', 'a number of milliseconds'),
});

/** Other variables that may sensibly appear in `.env` (read elsewhere, or by Node itself). */
const ALSO_KNOWN = new Set(['STAFF_PREVIEW', 'CHROMIUM_PATH', 'NODE_ENV', 'NODE_OPTIONS', 'TZ']);

/** Settings that only make sense together. */
function crossChecks(env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
    out.push('Instelling MicrosoftAppPassword: ontbreekt, maar MicrosoftAppId is gezet. / Setting MicrosoftAppPassword: missing while MicrosoftAppId is set.');
  }
  if (env.MicrosoftAppId && (env.MicrosoftAppType ?? 'SingleTenant') === 'SingleTenant' && !env.MicrosoftAppTenantId) {
    out.push('Instelling MicrosoftAppTenantId: ontbreekt, maar is nodig bij SingleTenant. / Setting MicrosoftAppTenantId: missing, required for SingleTenant.');
  }
  return out;
}

/**
 * Every problem with the settings in `env`, one line each, naming the setting, in Dutch and
 * English: `Instelling PORT: "abc" is geen poortnummer (1–65535). / Setting PORT: "abc" is not a
 * port number (1–65535).` Empty when the server may start.
 */
export function configProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  for (const [name, check] of Object.entries(SETTINGS)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const why = check(value, env);
    const shown = /SECRET|PASSWORD|TOKEN|KEY|SMTP_URL/.test(name) ? '…' : value;
    if (why) out.push(`Instelling ${name}: "${shown}" ${why[0]}. / Setting ${name}: "${shown}" ${why[1]}.`);
  }
  return [...out, ...crossChecks(env)];
}

/** Names Wegwijs does not know, each with a warning line (Dutch / English). */
export function unknownSettings(names: Iterable<string>): string[] {
  return [...names]
    .filter((n) => !(n in SETTINGS) && !ALSO_KNOWN.has(n))
    .map((n) => `Onbekende instelling ${n} in .env (genegeerd; zie .env.example). / Unknown setting ${n} in .env (ignored; see .env.example).`);
}

/**
 * Reads `.env` (in the working folder, or `file`) into `env` when it exists, without overriding
 * what is already set (as `process.loadEnvFile` does). Returns the names found in the file, or
 * undefined when there is no file.
 */
export function loadDotEnv(file = resolve('.env'), env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = parseEnv(readFileSync(file, 'utf8'));
  for (const [k, v] of Object.entries(parsed)) if (env[k] === undefined) env[k] = v;
  return Object.keys(parsed);
}
