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
import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import type { Turns } from '../../turn/pipeline.js';
import { fail, isUnavailable, type SayError } from '../errors.js';
import { createAdapter } from './adapter.js';
import { createTurnHandler } from './bot.js';

/** A response that holds what CloudAdapter writes, so a failed turn can still become a 503. */
function bufferedResponse(res: Response) {
  let status = 200;
  let body: unknown;
  return {
    socket: res.socket,
    status(code: number) {
      status = code;
      return this;
    },
    header(name: string, value: unknown) {
      res.header(name, value as string);
      return this;
    },
    send(b?: unknown) {
      if (b !== undefined) body = b;
      return this;
    },
    end() {
      return this;
    },
    flush() {
      if (body === undefined) res.send(status);
      else res.send(status, body);
    },
  };
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
  const { adapter, authenticates } = createAdapter(config, deps.logger, deps.sorry);
  const handler = createTurnHandler(deps.turns, config.maxMessageChars, open ? 'open' : undefined);
  server.post('/api/messages', async (req: Request, res: Response) => {
    const body = req.body as { type?: unknown; conversation?: { id?: unknown }; deliveryMode?: unknown } | undefined;
    if (!body || typeof body !== 'object' || typeof body.type !== 'string' || typeof body.conversation?.id !== 'string') {
      return fail(res, 400, 'BadActivity', deps.say('badActivity'));
    }
    if (open && body.deliveryMode !== 'expectReplies') return fail(res, 400, 'BadActivity', deps.say('badActivity'));
    // Checked here first, so a stranger gets a quiet 401 (the adapter would print a stack trace).
    if (registered && !(await authenticates(body, req.headers.authorization))) return fail(res, 401, 'Unauthorized', deps.say('tokenInvalid'));
    let unavailable = false;
    const buffered = bufferedResponse(res);
    await adapter.process(req, buffered as never, async (context) => {
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
    if (unavailable) return fail(res, 503, 'Unavailable', deps.say('unavailable'));
    buffered.flush();
  });
}
