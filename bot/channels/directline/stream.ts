/**
 * The Direct Line WebSocket stream (`streamUrl`): sends the activities after the watermark, then
 * every new activity set of the conversation. The `t=` token must be valid for the conversation;
 * the stream closes when that token expires (the page reconnects with a fresh one). An upgrade
 * counts against the client's rate limit, and there are at most a few streams per conversation
 * and per client address.
 * @packageDocumentation
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../../log.js';
import type { Conversations, StoredActivity } from './conversations.js';
import { seqOf, type Hub } from './hub.js';
import type { TokenSigner } from './tokens.js';
import type { RateLimiter } from './rate.js';
import type { ClientAddress } from '../client-address.js';

const PATH = /^\/v3\/directline\/conversations\/([^/?]+)\/stream$/;

/** Accepts WebSocket upgrades for conversation streams on an HTTP server. */
/** What the streams need. */
export interface StreamDeps {
  readonly conversations: Conversations;
  readonly signer: TokenSigner;
  readonly hub: Hub;
  readonly logger: Logger;
  readonly enabled?: boolean;
  /** The client address of a request (behind a trusted proxy: from X-Forwarded-For). */
  readonly clientAddress?: ClientAddress;
  /** The server's rate limit: an upgrade takes one token like any request. */
  readonly limiter?: RateLimiter;
  /** Open streams allowed per conversation and per client address (0: no cap). */
  readonly perConversation?: number;
  readonly perAddress?: number;
  /** The clock in seconds (tokens expire in seconds since the epoch). */
  readonly nowSeconds?: () => number;
}

const REASONS: Readonly<Record<number, string>> = { 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests' };

/** Accepts WebSocket upgrades for conversation streams on an HTTP server. */
export function attachStreams(server: HttpServer, deps: StreamDeps): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const refuse = (socket: Duplex, status: number) => {
    socket.end(`HTTP/1.1 ${status} ${REASONS[status] ?? 'Forbidden'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
  const byConversation = new Map<string, number>();
  const byAddress = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string, by: number) => {
    const n = (map.get(key) ?? 0) + by;
    if (n <= 0) map.delete(key);
    else map.set(key, n);
  };
  const perConversation = deps.perConversation ?? 3;
  const perAddress = deps.perAddress ?? 20;
  const now = deps.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const m = PATH.exec(url.pathname);
      if (!m || deps.enabled === false) return refuse(socket, 404);
      const address = deps.clientAddress ? deps.clientAddress(req) : (req.socket.remoteAddress ?? 'unknown');
      if (deps.limiter && !deps.limiter.take(address)) return refuse(socket, 429);
      const id = decodeURIComponent(m[1]!);
      const claims = deps.signer.verify(url.searchParams.get('t') ?? undefined);
      if (!claims || claims.conv !== id) return refuse(socket, 403);
      const full = (n: number, cap: number) => cap > 0 && n >= cap; // 0: no cap (like a rate limit of 0)
      if (full(byConversation.get(id) ?? 0, perConversation) || full(byAddress.get(address) ?? 0, perAddress)) return refuse(socket, 429);
      const w = Number.parseInt(url.searchParams.get('watermark') ?? '', 10);
      const backlog = await deps.conversations.since(id, Number.isFinite(w) && w >= 0 ? w : 0);
      if (!backlog) return refuse(socket, 404);
      wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
        bump(byConversation, id, 1);
        bump(byAddress, address, 1);
        // The stream lives as long as its token: then it closes, and the page reconnects with a new one.
        const expiry = setTimeout(() => ws.close(4001, 'token expired'), Math.max(0, (claims.exp - now()) * 1000));
        let last = backlog.watermark;
        const send = (activities: readonly StoredActivity[]) => {
          const fresh = activities.filter((a) => seqOf(a.id) > last);
          if (fresh.length === 0 || ws.readyState !== ws.OPEN) return;
          last = Math.max(last, ...fresh.map((a) => seqOf(a.id)));
          ws.send(JSON.stringify({ activities: fresh, watermark: String(last) }));
        };
        if (backlog.activities.length > 0) ws.send(JSON.stringify({ activities: backlog.activities, watermark: String(backlog.watermark) }));
        const unsubscribe = deps.hub.subscribe(id, send);
        const ping = setInterval(() => ws.readyState === ws.OPEN && ws.send(''), 30_000);
        ws.on('close', () => {
          clearInterval(ping);
          clearTimeout(expiry);
          unsubscribe();
          bump(byConversation, id, -1);
          bump(byAddress, address, -1);
        });
        ws.on('error', () => ws.close());
        ws.on('message', () => undefined); // clients may send empty keep-alive frames
      });
    })().catch(() => refuse(socket, 404));
  });
  return wss;
}
