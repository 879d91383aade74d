/**
 * `/api/messages`, the Bot Framework door, for a bot registered with Azure Bot Service: only with
 * `MicrosoftAppId` set, and then every request must carry the channel's JWT (checked by
 * `CloudAdapter`); replies go only to the `serviceUrl` of that authenticated channel. Without a
 * registration the route answers 404, from any address: nothing trusts an address.
 *
 * `OPEN_BOT_ENDPOINT=true` is for local tests and benchmarks only: the route then takes
 * activities without authentication, but only with `deliveryMode: expectReplies` (the replies
 * come back in the response; the server never calls out), in a conversation namespace of its own
 * (`open/…`) so it can never reach a Direct Line conversation. It is refused with an app id.
 * @packageDocumentation
 */
import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import type { Turns } from '../../turn/pipeline.js';
import { errorReply, fail, isUnavailable, type SayError } from '../errors.js';
import { createAdapter } from './adapter.js';
import { createTurnHandler } from './bot.js';

/** Dates as `CloudAdapter.process` gives them to a turn (its `validateAndFixActivity`), the text kept beside. */
function withDates(a: Record<string, unknown>): Activity {
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['expiration', 'rawExpiration'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
    if (typeof a[field] === 'string') {
      a[raw] = a[field];
      a[field] = new Date(a[field] as string);
    }
  }
  return a as unknown as Activity;
}

/** Mounts `/api/messages` (or its 404) on the server. */
export function mountBotFramework(server: Server, deps: { config: Config; turns: Turns; logger: Logger; say: SayError; sorry: (locale: string | undefined) => string }): void {
  const { config } = deps;
  const registered = config.microsoftAppId !== '';
  const open = !registered && config.openBotEndpoint;
  if (!registered && !open) {
    server.post('/api/messages', async (_req: Request, res: Response) => fail(res, 404, 'NotFound', deps.say('notFound')));
    return;
  }
  const { adapter, authenticate } = createAdapter(config, deps.logger, deps.sorry);
  const handler = createTurnHandler(deps.turns, config.maxMessageChars, open ? 'open' : undefined);
  // What `CloudAdapter.process` does, without it: it builds its request schemas anew for every
  // request (a twentieth of a turn's CPU) and prints any error with its stack to the console.
  server.post('/api/messages', async (req: Request, res: Response) => {
    const body = req.body as { type?: unknown; conversation?: { id?: unknown }; deliveryMode?: unknown } | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.type !== 'string' || typeof body.conversation?.id !== 'string') {
      return fail(res, 400, 'BadActivity', deps.say('badActivity'));
    }
    if (open && body.deliveryMode !== 'expectReplies') return fail(res, 400, 'BadActivity', deps.say('badActivity'));
    const activity = withDates(body as Record<string, unknown>);
    // Authenticated once, here: a stranger gets a quiet 401 (the adapter would print a stack trace).
    const who = await authenticate(activity, req.headers.authorization);
    if (!who) return fail(res, 401, 'Unauthorized', deps.say('tokenInvalid'));
    let unavailable = false;
    let response: { status?: number; body?: unknown } | undefined;
    try {
      response = await adapter.handle(who, activity, async (context) => {
        try {
          await handler(context);
        } catch (e) {
          if (isUnavailable(e)) {
            unavailable = true;
            return;
          }
          throw e;
        }
      });
    } catch (e) {
      deps.logger.error('turn_failed', { error: (e as Error).name, channel: activity.channelId ?? 'unknown' });
      const [status, code, key] = errorReply(e);
      return fail(res, status, code, deps.say(key));
    }
    if (unavailable) return fail(res, 503, 'Unavailable', deps.say('unavailable'));
    if (response?.body === undefined) res.send(response?.status ?? 200);
    else res.send(response.status ?? 200, response.body);
  });
}
