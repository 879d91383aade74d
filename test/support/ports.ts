/**
 * Ports for the transcript driver: the turn layer in process (what the embedded Direct Line
 * calls, with a real store and lock), and Direct Line over HTTP and its WebSocket stream against a
 * started server (what Web Chat does).
 */
import { randomUUID } from 'node:crypto';
import { WebSocket } from 'ws';
import { toActivities } from '../../bot/channels/activity.js';
import type { State } from '../../bot/engine/types.js';
import { createLogger } from '../../bot/log.js';
import { KeyedMutex } from '../../bot/store/lock.js';
import { MemoryStore } from '../../bot/store/memory-store.js';
import { stateKey, Turns, type ConversationDoc } from '../../bot/turn/pipeline.js';
import type { UserEvent } from '../../bot/turn/converse.js';
import { parseButton } from '../../bot/engine/actions.js';
import { shippedBot } from './project.js';
import { viewOf, type Port, type View } from './transcript.js';

/** The turn layer in process, over a memory store: every event goes through `Turns.run`. */
export function turnPort(gemeente?: string, now?: () => Date): Port {
  const store = new MemoryStore();
  const shipped = shippedBot(gemeente);
  // a fixed today, for time words ("sinds de herfstvakantie") that depend on it
  const bot = now ? { ...shipped, now } : shipped;
  const turns = new Turns({ model: () => bot, store, lock: new KeyedMutex(), logger: createLogger('silent'), ttlMs: 3_600_000 });
  const conversation = randomUUID();
  let n = 0;
  const run = async (event: UserEvent): Promise<View[]> => {
    const r = await turns.run({ channel: 'test', conversation, activityId: `a${++n}`, event });
    return toActivities(r.messages, r.lang, 'u').map(viewOf);
  };
  return {
    start: () => run({ type: 'start' }),
    say: (text) => run({ type: 'text', text }),
    press: (value) => {
      const action = parseButton(value);
      if (!action) throw new Error(`a button whose value does not parse: ${JSON.stringify(value)}`);
      return run({ type: 'action', action });
    },
    async where() {
      const doc = await store.get<ConversationDoc>(stateKey('test', conversation));
      const s: State | undefined = doc?.value.state;
      return s ? { flow: s.flow, step: s.step, done: s.done === true } : undefined;
    },
  };
}

/**
 * Direct Line against a started server, as Web Chat uses it: a token, a conversation with its
 * WebSocket stream, and every message posted; the replies to a message are the activities on the
 * stream that answer its id (the join's replies come with the welcome).
 */
export async function directLinePort(base: string): Promise<Port> {
  const t = (await (await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
  const headers = { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' };
  const started = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers, body: '{}' });
  const { streamUrl } = (await started.json()) as { streamUrl: string };
  const ws = new WebSocket(streamUrl);
  const received: Record<string, unknown>[] = [];
  let wake: (() => void) | undefined;
  ws.on('message', (data) => {
    const text = data.toString();
    if (!text) return;
    received.push(...((JSON.parse(text) as { activities?: Record<string, unknown>[] }).activities ?? []));
    wake?.();
  });
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('error', fail);
  });
  const until = async (ok: () => boolean): Promise<void> => {
    const deadline = Date.now() + 15_000;
    while (!ok()) {
      if (Date.now() > deadline) throw new Error('no reply on the stream');
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 200);
      });
    }
  };
  const fromBot = (a: Record<string, unknown>) => (a.from as { role?: string } | undefined)?.role === 'bot';
  const post = async (activity: Record<string, unknown>): Promise<View[]> => {
    const res = await fetch(`${base}/v3/directline/conversations/${t.conversationId}/activities`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...activity, channelData: { clientActivityID: randomUUID() } }),
    });
    if (!res.ok) throw new Error(`post answered ${res.status}`);
    const { id } = (await res.json()) as { id: string };
    await until(() => received.some((a) => a.replyToId === id));
    return received.filter((a) => a.replyToId === id && fromBot(a)).map(viewOf);
  };
  return {
    async start() {
      await until(() => received.some(fromBot));
      // the welcome is one set; give it its last activity (the menu question) before reading
      await until(() => received.some((a) => fromBot(a) && (a.channelData as { question?: unknown } | undefined)?.question));
      return received.filter(fromBot).map(viewOf);
    },
    say: (text) => post({ type: 'message', text }),
    press: (value, label) => post({ type: 'message', text: label, value }),
    async close() {
      ws.close();
    },
  };
}
