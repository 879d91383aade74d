/**
 * The Bot Framework adapter: `CloudAdapter` with Bot Framework authentication. With
 * `MicrosoftAppId` set, channel requests must carry a valid channel JWT; without it the route
 * answers 404 (except the open local endpoint for tests and benchmarks, see `endpoint.ts`).
 * @packageDocumentation
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';

type Auth = ConfigurationBotFrameworkAuthentication;
type AuthResult = Awaited<ReturnType<Auth['authenticateRequest']>>;
type Factory = NonNullable<AuthResult['connectorFactory']>;
type Connector = Awaited<ReturnType<Factory['create']>>;
type Claims = Parameters<Auth['createUserTokenClient']>[0];
type TokenClient = Awaited<ReturnType<Auth['createUserTokenClient']>>;

/** Clients kept per bot identity and channel address at most (cleared when full: a new one is then built). */
const CLIENTS_KEPT = 64;

/** The claims that say which bot a request is for (not the token's own: those change per request). */
function identityKey(claims: Claims | undefined): string {
  return (claims?.claims ?? [])
    .filter((c) => ['aud', 'appid', 'azp', 'ver', 'iss'].includes(c.type))
    .map((c) => `${c.type}=${c.value}`)
    .sort()
    .join(';');
}

/** The value of `key`, made once by `make` (a failed one is made again next time). */
function remember<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let p = map.get(key);
  if (!p) {
    if (map.size >= CLIENTS_KEPT) map.clear();
    p = make();
    map.set(key, p);
    p.catch(() => map.get(key) === p && map.delete(key));
  }
  return p;
}

/**
 * Bot Framework authentication that keeps the connector and user-token clients it makes, per bot
 * identity and (for the connector) channel address and audience. `CloudAdapter` builds both for
 * every request, each with a fresh HTTP pipeline: a third of a turn's CPU on `/api/messages`. The
 * request itself is still authenticated every time; replies still go only to the `serviceUrl` of
 * that authenticated request (it is part of the key).
 */
export class CachingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<Connector>>();
  private readonly tokenClients = new Map<string, Promise<TokenClient>>();

  override async authenticateRequest(...args: Parameters<Auth['authenticateRequest']>): Promise<AuthResult> {
    const result = await super.authenticateRequest(...args);
    const inner = result.connectorFactory;
    if (!inner) return result;
    const who = identityKey(result.claimsIdentity);
    const factory: Factory = { create: (serviceUrl: string, audience?: string) => remember(this.connectors, `${who}|${serviceUrl}|${audience ?? ''}`, () => inner.create(serviceUrl, audience)) };
    return { ...result, connectorFactory: factory };
  }

  override createUserTokenClient(claims: Claims): Promise<TokenClient> {
    return remember(this.tokenClients, identityKey(claims), () => super.createUserTokenClient(claims));
  }
}

/** What authenticating a request gives: who sent it, and how to reach that channel. */
export type Authenticated = AuthResult;

/** `CloudAdapter` that runs an activity authenticated beforehand (its `process` would do it again). */
export class Adapter extends CloudAdapter {
  /** Runs `logic` for `activity` sent by `who`; the invoke or `expectReplies` response, if any. */
  handle(who: Authenticated, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<{ status?: number; body?: unknown } | undefined> {
    return this.processActivity(who, activity, logic);
  }
}

/**
 * A configured adapter with a kind error handler (no details to the resident), and a check of the
 * channel's token that answers `undefined` instead of printing a stack trace for every stranger.
 * Its result is what `CloudAdapter.processActivity` takes, so a request is authenticated once.
 */
export function createAdapter(config: Config, logger: Logger, sorry: (lang: string | undefined) => string): { adapter: Adapter; authenticate: (activity: Activity, header: string | undefined) => Promise<Authenticated | undefined> } {
  const registered = config.microsoftAppId !== '';
  const auth = new CachingAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    // Without an app id only MultiTenant is valid (authentication is then disabled).
    MicrosoftAppType: registered ? config.microsoftAppType : 'MultiTenant',
    MicrosoftAppTenantId: config.microsoftAppTenantId,
  });
  const adapter = new Adapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error('turn_failed', { error: error.name, channel: context.activity.channelId });
    try {
      await context.sendActivity({ type: 'message', textFormat: 'plain', text: sorry(context.activity.locale) });
    } catch {
      // the reply could not be sent either; the log line says enough
    }
  };
  const authenticate = async (activity: Activity, header: string | undefined): Promise<Authenticated | undefined> => {
    if (registered && (!header || !/^Bearer\s+\S+$/i.test(header))) return undefined;
    try {
      return await auth.authenticateRequest(activity, header ?? '');
    } catch {
      return undefined;
    }
  };
  return { adapter, authenticate };
}
