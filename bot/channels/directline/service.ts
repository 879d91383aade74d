/**
 * The embedded Direct Line 3.0 endpoint at `/v3/directline`: tokens, conversations, activities
 * (polling) and the WebSocket stream. A thin door to the turn layer, in process: it builds every
 * activity it keeps itself (channel, ids, from, recipient), so a client cannot pose as another
 * user or conversation, and it keeps only what a button sends in `value`.
 * @packageDocumentation
 */
import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import type { Turns, TurnOutcome } from '../../turn/pipeline.js';
import { eventOf, keptValue, toActivities } from '../activity.js';
import { errorReply, fail, type SayError } from '../errors.js';
import { Conversations, type StoredActivity } from './conversations.js';
import type { Hub } from './hub.js';
import { RateLimiter } from './rate.js';
import { bearer, type TokenClaims, type TokenSigner } from './tokens.js';

/** What the Direct Line service needs. */
export interface DirectLineDeps {
  readonly config: Config;
  readonly conversations: Conversations;
  readonly signer: TokenSigner;
  readonly turns: Turns;
  readonly hub: Hub;
  readonly logger: Logger;
  /** Error texts in the default language (from locales/). */
  readonly say: SayError;
  /** The client address of a request (behind a trusted proxy: from X-Forwarded-For). */
  readonly clientAddress: (req: Request) => string;
}

/** The bot's identity in this channel. */
export const BOT = Object.freeze({ id: 'wegwijs', name: 'Wegwijs', role: 'bot' });
/** The channel id of the embedded Direct Line. */
export const CHANNEL = 'directline';
const BASE = '/v3/directline';
const ACCEPTED_TYPES = new Set(['message', 'event', 'typing']);

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
        const [status, code, key] = errorReply(e);
        if (status >= 500) this.d.logger.error('directline_failed', { error: (e as Error).name, status });
        fail(res, status, code, this.d.say(key));
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
      fail(res, 403, 'TokenInvalid', this.d.say('tokenInvalid'));
      return undefined;
    }
    if (conversationId !== undefined && claims.conv !== conversationId) {
      fail(res, 403, 'TokenNotForConversation', this.d.say('tokenNotForConversation'));
      return undefined;
    }
    return claims;
  }

  private ended(res: Response): void {
    fail(res, 404, 'ConversationNotFound', this.d.say('conversationEnded'));
  }

  private async generate(req: Request, res: Response): Promise<void> {
    if (!this.generateLimit.take(this.d.clientAddress(req))) return fail(res, 429, 'TooManyRequests', this.d.say('tooManyConversations'));
    const conv = await this.d.conversations.create();
    const token = this.d.signer.sign(conv.id, conv.userId, this.d.config.tokenTtlSeconds);
    this.d.logger.info('dl_token_generated');
    res.send(200, { conversationId: conv.id, token, expires_in: this.d.config.tokenTtlSeconds, user: { id: conv.userId } });
  }

  private async refresh(req: Request, res: Response): Promise<void> {
    const c = this.claims(req, res);
    if (!c) return;
    if (!(await this.d.conversations.get(c.conv))) return this.ended(res);
    const token = this.d.signer.sign(c.conv, c.user, this.d.config.tokenTtlSeconds);
    res.send(200, { conversationId: c.conv, token, expires_in: this.d.config.tokenTtlSeconds });
  }

  private async start(req: Request, res: Response): Promise<void> {
    const c = this.claims(req, res);
    if (!c) return;
    const first = await this.ensureStarted(c);
    if (first === undefined) return this.ended(res);
    this.connected(req, res, c, first ? 201 : 200);
  }

  private async reconnect(req: Request, res: Response): Promise<void> {
    const id = String(req.params.id);
    const c = this.claims(req, res, id);
    if (!c) return;
    const first = await this.ensureStarted(c);
    if (first === undefined) return this.ended(res);
    this.connected(req, res, c, 200);
  }

  /**
   * Tells the bot the user joined, once per conversation (also when a client resumes a
   * conversation it never started). True when this call started it; undefined when unknown.
   */
  private async ensureStarted(c: TokenClaims): Promise<boolean | undefined> {
    return this.d.turns.exclusive(CHANNEL, c.conv, async () => {
      const conv = await this.d.conversations.get(c.conv);
      if (!conv) return undefined;
      if (conv.started) return false;
      const outcome = await this.d.turns.runLocked({ channel: CHANNEL, conversation: c.conv, event: { type: 'start' } });
      await this.record(c, undefined, outcome, undefined, true);
      return true;
    });
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
    if (!set) return this.ended(res);
    res.send(200, { activities: set.activities, watermark: String(set.watermark) });
  }

  private async post(req: Request, res: Response): Promise<void> {
    const id = String(req.params.id);
    const c = this.claims(req, res, id);
    if (!c) return;
    if (!req.is('json')) return fail(res, 415, 'UnsupportedMediaType', this.d.say('unsupportedMediaType'));
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return fail(res, 400, 'BadActivity', this.d.say('badActivity'));
    const type = body.type;
    if (typeof type !== 'string' || !ACCEPTED_TYPES.has(type)) return fail(res, 400, 'BadActivity', this.d.say('badActivity'));
    if (body.text !== undefined && typeof body.text !== 'string') return fail(res, 400, 'BadActivity', this.d.say('badActivity'));
    const channelData = body.channelData && typeof body.channelData === 'object' ? (body.channelData as Record<string, unknown>) : {};
    const clientActivityID = typeof channelData.clientActivityID === 'string' ? channelData.clientActivityID.slice(0, 100) : undefined;
    const text = typeof body.text === 'string' ? body.text.slice(0, this.d.config.maxMessageChars) : undefined;
    const value = keptValue(body);
    const activity: Record<string, unknown> = {
      type,
      ...(text !== undefined ? { text, textFormat: 'plain' } : {}),
      ...(type === 'event' && typeof body.name === 'string' ? { name: body.name.slice(0, 64) } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(typeof body.locale === 'string' ? { locale: body.locale.slice(0, 16) } : {}),
      channelData: clientActivityID ? { clientActivityID } : {},
    };
    const activityId = await this.d.turns.exclusive(CHANNEL, id, async () => {
      const conv = await this.d.conversations.get(id);
      if (!conv) return undefined;
      const known = Conversations.known(conv, clientActivityID);
      if (known) return known; // the same activity sent again: answered once
      if (type === 'typing') return `${id}|typing`;
      const event = eventOf(activity, this.d.config.maxMessageChars);
      const outcome = event ? await this.d.turns.runLocked({ channel: CHANNEL, conversation: id, event }) : undefined;
      return this.record(c, activity, outcome, clientActivityID, false);
    });
    if (activityId === undefined) return this.ended(res);
    res.send(200, { id: activityId });
  }

  /**
   * Keeps the resident's activity (the echo Web Chat waits for, with personal data removed) and
   * the bot's replies in the history, in one write, and tells the open streams.
   */
  private async record(c: TokenClaims, activity: Record<string, unknown> | undefined, outcome: TurnOutcome | undefined, clientActivityID: string | undefined, started: boolean): Promise<string> {
    const timestamp = new Date().toISOString();
    const from = { id: c.user, role: 'user' };
    const conversation = { id: c.conv };
    const echo: Record<string, unknown>[] = [];
    if (activity) {
      const text = typeof activity.text === 'string' ? { text: outcome?.kept ?? this.d.turns.model.understanding?.redact(activity.text).text ?? '' } : {};
      echo.push({ ...activity, ...text, channelId: CHANNEL, conversation, from, recipient: BOT, timestamp });
    }
    const messages = outcome?.messages ?? [];
    const lang = outcome?.lang ?? this.d.turns.model.graph.defaultLanguage;
    // Issue 16: a message with `keep` (the call-back consent screen) is kept in the history without
    // the resident's contact details; the open streams get it in full (below).
    const kept = messages.map((m) => (m.keep ? { ...m, ...m.keep } : m));
    const replies = toActivities(kept, lang, c.user).map((r) => ({ ...r, channelId: CHANNEL, conversation, from: BOT, recipient: from, timestamp }));
    const all = [...echo, ...replies];
    if (all.length === 0) {
      if (started) await this.d.conversations.append(c.conv, [], { started });
      return `${c.conv}|join`;
    }
    const saved: StoredActivity[] = await this.d.conversations.append(c.conv, all, { ...(clientActivityID && echo.length > 0 ? { clientActivityId: clientActivityID } : {}), replyTo: echo.length > 0, started });
    const full = toActivities(messages, lang, c.user);
    this.d.hub.publish(c.conv, saved.map((a, i) => (messages[i - echo.length]?.keep ? { ...a, text: full[i - echo.length]!.text, speak: full[i - echo.length]!.speak } : a)));
    return echo.length > 0 ? saved[0]!.id : `${c.conv}|join`;
  }
}
