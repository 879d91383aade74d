/**
 * The embedded Direct Line 3.0 endpoint at `/v3/directline`: tokens, conversations, activities
 * (polling) and the WebSocket stream. Builds every activity it forwards itself (channel, ids,
 * from, recipient), so a client cannot pose as another user or conversation.
 * @packageDocumentation
 */
import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import type { Lock } from '../../store/lock.js';
import { LockTimeout } from '../../store/lock.js';
import { StoreUnavailable } from '../../store/types.js';
import { BotFailed, type BotCall } from './bridge.js';
import type { Conversations, StoredActivity } from './conversations.js';
import type { Hub } from './hub.js';
import { RateLimiter } from './rate.js';
import { bearer, type TokenClaims, type TokenSigner } from './tokens.js';

/** What the Direct Line service needs. */
export interface DirectLineDeps {
  readonly config: Config;
  readonly conversations: Conversations;
  readonly signer: TokenSigner;
  readonly bot: BotCall;
  readonly lock: Lock;
  readonly hub: Hub;
  readonly logger: Logger;
  /** Removes personal data from text before it is kept in the history (the bot gets the text as typed, in memory). */
  readonly redact?: (text: string) => string;
}

/** The bot's identity in this channel. */
export const BOT = Object.freeze({ id: 'wegwijs', name: 'Wegwijs', role: 'bot' });
const BASE = '/v3/directline';
const ACCEPTED_TYPES = new Set(['message', 'event', 'typing']);

/** Status, code and message for an error: 503 when the store or a lock is unavailable, 502 when the bot failed. */
export function errorReply(e: unknown): [number, string, string] {
  if (isUnavailable(e) || (e instanceof BotFailed && e.status === 503)) return [503, 'Unavailable', 'Even niet beschikbaar. Probeer het zo opnieuw.'];
  if (e instanceof BotFailed) return [502, 'BotError', 'The bot could not answer.'];
  return [500, 'Error', 'Er ging iets mis. Probeer het later opnieuw.'];
}

/** True for the errors that mean "the store (or a lock on it) cannot be had right now". */
export function isUnavailable(e: unknown): boolean {
  return e instanceof StoreUnavailable || e instanceof LockTimeout;
}

/** Sends a short JSON error. */
export function fail(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

function clientAddress(req: Request): string {
  return req.socket?.remoteAddress ?? 'unknown';
}

/** The Direct Line service. */
export class DirectLine {
  private readonly generateLimit: RateLimiter;

  constructor(private readonly d: DirectLineDeps) {
    this.generateLimit = new RateLimiter(d.config.tokenRateLimitPerMinute / 60, Math.max(1, d.config.tokenRateLimitPerMinute / 2));
  }

  /** Registers the routes on a restify server. */
  mount(server: Server): void {
    const route = (fn: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
      try {
        await fn.call(this, req, res);
      } catch (e) {
        if (res.headersSent) return;
        const [status, code, message] = errorReply(e);
        if (status >= 500) this.d.logger.error('directline_failed', { error: (e as Error).name, status });
        fail(res, status, code, message);
      }
    };
    server.post(`${BASE}/tokens/generate`, route(this.generate));
    server.post(`${BASE}/tokens/refresh`, route(this.refresh));
    server.post(`${BASE}/conversations`, route(this.start));
    server.get(`${BASE}/conversations/:id`, route(this.reconnect));
    server.get(`${BASE}/conversations/:id/activities`, route(this.poll));
    server.post(`${BASE}/conversations/:id/activities`, route(this.post));
  }

  private streamUrl(req: Request, id: string, token: string): string {
    const host = /^[\w.:[\]-]{1,255}$/.test(String(req.headers.host ?? '')) ? String(req.headers.host) : `127.0.0.1:${this.d.config.port}`;
    const proto = req.headers['x-forwarded-proto'] === 'https' ? 'wss' : 'ws';
    return `${proto}://${host}${BASE}/conversations/${encodeURIComponent(id)}/stream?t=${encodeURIComponent(token)}`;
  }

  private claims(req: Request, res: Response, conversationId?: string): TokenClaims | undefined {
    const claims = this.d.signer.verify(bearer(req.headers.authorization));
    if (!claims) {
      fail(res, 403, 'TokenInvalid', 'Token is missing, expired or not valid.');
      return undefined;
    }
    if (conversationId !== undefined && claims.conv !== conversationId) {
      fail(res, 403, 'TokenNotForConversation', 'This token is not for this conversation.');
      return undefined;
    }
    return claims;
  }

  private async generate(req: Request, res: Response): Promise<void> {
    if (!this.generateLimit.take(clientAddress(req))) return fail(res, 429, 'TooManyRequests', 'Too many new conversations; try again later.');
    const conv = await this.d.conversations.create();
    const token = this.d.signer.sign(conv.id, conv.userId, this.d.config.tokenTtlSeconds);
    this.d.logger.info('dl_token_generated');
    res.send(200, { conversationId: conv.id, token, expires_in: this.d.config.tokenTtlSeconds, user: { id: conv.userId } });
  }

  private async refresh(req: Request, res: Response): Promise<void> {
    const c = this.claims(req, res);
    if (!c) return;
    if (!(await this.d.conversations.get(c.conv))) return fail(res, 404, 'ConversationNotFound', 'This conversation has ended.');
    const token = this.d.signer.sign(c.conv, c.user, this.d.config.tokenTtlSeconds);
    res.send(200, { conversationId: c.conv, token, expires_in: this.d.config.tokenTtlSeconds });
  }

  private async start(req: Request, res: Response): Promise<void> {
    const c = this.claims(req, res);
    if (!c) return;
    if (!(await this.d.conversations.get(c.conv))) return fail(res, 404, 'ConversationNotFound', 'This conversation has ended.');
    const body = req.body as { locale?: unknown } | undefined;
    const first = await this.ensureStarted(c, typeof body?.locale === 'string' ? body.locale.slice(0, 16) : 'nl-NL');
    this.connected(req, res, c, first ? 201 : 200);
  }

  private async reconnect(req: Request, res: Response): Promise<void> {
    const id = String(req.params.id);
    const c = this.claims(req, res, id);
    if (!c) return;
    if (!(await this.d.conversations.get(id))) return fail(res, 404, 'ConversationNotFound', 'This conversation has ended.');
    await this.ensureStarted(c, 'nl-NL');
    this.connected(req, res, c, 200);
  }

  /** Tells the bot the user joined, once per conversation (also when a client resumes a conversation it never started). */
  private async ensureStarted(c: TokenClaims, locale: string): Promise<boolean> {
    const first = await this.d.conversations.markStarted(c.conv);
    if (first) await this.d.lock.run(`dl/${c.conv}`, () => this.toBot(c, { type: 'conversationUpdate', membersAdded: [{ id: c.user }], locale }));
    return first;
  }

  private connected(req: Request, res: Response, c: TokenClaims, status: number): void {
    const token = bearer(req.headers.authorization)!;
    res.send(status, { conversationId: c.conv, token, expires_in: this.d.config.tokenTtlSeconds, streamUrl: this.streamUrl(req, c.conv, token) });
  }

  private async poll(req: Request, res: Response): Promise<void> {
    const id = String(req.params.id);
    if (!this.claims(req, res, id)) return;
    const w = Number.parseInt(String((req.query as Record<string, unknown> | undefined)?.watermark ?? ''), 10);
    const set = await this.d.conversations.since(id, Number.isFinite(w) && w >= 0 ? w : 0);
    if (!set) return fail(res, 404, 'ConversationNotFound', 'This conversation has ended.');
    res.send(200, { activities: set.activities, watermark: String(set.watermark) });
  }

  private async post(req: Request, res: Response): Promise<void> {
    const id = String(req.params.id);
    const c = this.claims(req, res, id);
    if (!c) return;
    if (!req.is('json')) return fail(res, 415, 'UnsupportedMediaType', 'Send the activity as application/json.');
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return fail(res, 400, 'BadActivity', 'The body must be one activity object.');
    const type = body.type;
    if (typeof type !== 'string' || !ACCEPTED_TYPES.has(type)) return fail(res, 400, 'BadActivity', 'Unknown or missing activity type.');
    if (body.text !== undefined && typeof body.text !== 'string') return fail(res, 400, 'BadActivity', 'text must be a string.');
    if (!(await this.d.conversations.get(id))) return fail(res, 404, 'ConversationNotFound', 'This conversation has ended.');
    const channelData = body.channelData && typeof body.channelData === 'object' ? (body.channelData as Record<string, unknown>) : {};
    const clientActivityID = typeof channelData.clientActivityID === 'string' ? channelData.clientActivityID.slice(0, 100) : undefined;
    const activityId = await this.d.lock.run(`dl/${id}`, async () => {
      const known = await this.d.conversations.knownClientId(id, clientActivityID);
      if (known) return known; // the same activity sent again: answered once
      const text = typeof body.text === 'string' ? body.text.slice(0, this.d.config.maxMessageChars) : undefined;
      const userActivity: Record<string, unknown> = {
        type,
        ...(text !== undefined ? { text, textFormat: 'plain' } : {}),
        ...(type === 'event' && typeof body.name === 'string' ? { name: body.name.slice(0, 64) } : {}),
        ...(body.value !== undefined ? { value: body.value } : {}),
        locale: typeof body.locale === 'string' ? body.locale.slice(0, 16) : undefined,
        channelData: clientActivityID ? { clientActivityID } : {},
      };
      if (type === 'typing') return `${id}|typing`;
      return this.toBot(c, userActivity, clientActivityID);
    });
    res.send(200, { id: activityId });
  }

  /** Records the user's activity (the echo Web Chat waits for), sends it to the bot, records the replies. */
  private async toBot(c: TokenClaims, activity: Record<string, unknown>, clientActivityID?: string): Promise<string> {
    const now = () => new Date().toISOString();
    const from = { id: c.user, role: 'user' };
    const conversation = { id: c.conv };
    const base = { channelId: 'directline', conversation, from, recipient: BOT, timestamp: now() };
    const kept = typeof activity.text === 'string' && this.d.redact ? { text: this.d.redact(activity.text) } : {};
    const echo = activity.type === 'message' || activity.type === 'event' ? [{ ...activity, ...kept, ...base }] : [];
    const [stored] = echo.length > 0 ? await this.d.conversations.append(c.conv, echo, clientActivityID) : [];
    if (stored) this.d.hub.publish(c.conv, [stored]);
    const replies = await this.d.bot({ ...activity, ...base, ...(stored ? { id: stored.id } : { id: `${c.conv}|join` }) });
    const outgoing = replies
      .filter((r) => r && typeof r === 'object' && r.type !== 'trace')
      .map((r) => ({ ...r, channelId: 'directline', conversation, from: BOT, recipient: from, timestamp: now(), ...(stored ? { replyToId: stored.id } : {}) }));
    if (outgoing.length > 0) {
      const saved: StoredActivity[] = await this.d.conversations.append(c.conv, outgoing);
      this.d.hub.publish(c.conv, saved);
    }
    return stored?.id ?? `${c.conv}|join`;
  }
}
