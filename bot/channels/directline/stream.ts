/**
 * The Direct Line WebSocket stream (`streamUrl`): sends the activities after the watermark, then
 * every new activity set of the conversation. The `t=` token must be valid for the conversation.
 * @packageDocumentation
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../../log.js';
import type { Conversations, StoredActivity } from './conversations.js';
import { seqOf, type Hub } from './hub.js';
import type { TokenSigner } from './tokens.js';

const PATH = /^\/v3\/directline\/conversations\/([^/?]+)\/stream$/;

/** Accepts WebSocket upgrades for conversation streams on an HTTP server. */
export function attachStreams(server: HttpServer, deps: { conversations: Conversations; signer: TokenSigner; hub: Hub; logger: Logger; enabled?: boolean }): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const refuse = (socket: Duplex, status: number) => {
    socket.end(`HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : 'Forbidden'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const m = PATH.exec(url.pathname);
      if (!m || deps.enabled === false) return refuse(socket, 404);
      const id = decodeURIComponent(m[1]!);
      const claims = deps.signer.verify(url.searchParams.get('t') ?? undefined);
      if (!claims || claims.conv !== id) return refuse(socket, 403);
      const w = Number.parseInt(url.searchParams.get('watermark') ?? '', 10);
      const backlog = await deps.conversations.since(id, Number.isFinite(w) && w >= 0 ? w : 0);
      if (!backlog) return refuse(socket, 404);
      wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
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
          unsubscribe();
        });
        ws.on('error', () => ws.close());
        ws.on('message', () => undefined); // clients may send empty keep-alive frames
      });
    })().catch(() => refuse(socket, 404));
  });
  return wss;
}
