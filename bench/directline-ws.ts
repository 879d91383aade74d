/**
 * The resident's real path, for `npm run bench:load`: each virtual resident opens a Direct Line
 * conversation with its WebSocket stream (as Web Chat does), then types free text; a turn ends
 * when the bot's replies to that message arrive on the stream. Loopback only, bounded in time.
 * The posts go through `node:http` with a keep-alive agent, not `fetch`: on a 2-core machine the
 * load generator shares the CPU with the server, and `fetch` cost it three times the CPU per turn.
 */
import { Agent, request } from 'node:http';
import { WebSocket } from 'ws';

/** What residents type: stories, short answers, typos, commands; never button labels only. */
export const TYPED = [
  'ik heb schulden en de huur is achter',
  'het speelt al een paar maanden',
  'nee nog niks gedaan',
  'mijn zus helpt soms',
  'ik wil graag overzicht',
  'nee dank je',
  'mijn zoon spijbelt steeds',
  'ja heel dringend eigenlijk',
  'ik voel me zo alleen sinds mijn vrouw dood is',
  'wat is een keukentafelgesprek?',
  'ik snap de brief van de gemeente niet',
  'opnieuw beginnen',
];

/** Figures of one run. */
export interface WsFigures {
  turns: number;
  tps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** `"replyToId":"<id>"` in an activity set as the server sends it. */
const REPLY_TO = /"replyToId":"([^"\\]+)"/g;

interface Resident {
  token: string;
  id: string;
  ws: WebSocket;
  /** Ids of the resident's messages the bot has replied to (replies can arrive before the POST answers). */
  answered: Set<string>;
  waiting?: { id: string; done: () => void };
}

async function open(base: string): Promise<Resident> {
  const t = (await (await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
  const c = (await (await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' }, body: '{}' })).json()) as { streamUrl: string };
  const ws = new WebSocket(c.streamUrl);
  const r: Resident = { token: t.token, id: t.conversationId, ws, answered: new Set() };
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('error', fail);
  });
  ws.on('message', (data) => {
    const text = data.toString();
    if (!text) return;
    // Only the ids the replies answer matter here: read them without parsing the whole set (a
    // full JSON.parse of every activity set was a third of this load generator's CPU, on the
    // same two cores as the server it measures). The server writes them as plain JSON strings.
    for (const m of text.matchAll(REPLY_TO)) r.answered.add(m[1]!);
    if (r.waiting && r.answered.has(r.waiting.id)) r.waiting.done();
  });
  return r;
}

/** POSTs JSON with a keep-alive agent; the status and the body as text. */
function post(agent: Agent, url: string, token: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((ok, fail) => {
    const req = request(url, { method: 'POST', agent, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, text }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(body);
  });
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs `connections` residents typing for `seconds` against a started server. */
export async function measureWebSocket(base: string, connections: number, seconds: number): Promise<WsFigures> {
  const residents: Resident[] = [];
  for (let i = 0; i < connections; i++) residents.push(await open(base));
  const latencies: number[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const loop = async (r: Resident, offset: number) => {
    for (let turn = offset; performance.now() < end; turn++) {
      const since = performance.now();
      try {
        const res = await post(agent, `${base}/v3/directline/conversations/${r.id}/activities`, r.token, JSON.stringify({ type: 'message', text: TYPED[turn % TYPED.length], channelData: { clientActivityID: `b-${turn}-${offset}` } }));
        if (res.status !== 200) throw new Error(`status ${res.status}`);
        const { id } = JSON.parse(res.text) as { id: string };
        if (!r.answered.has(id)) {
          await new Promise<void>((done, fail) => {
            const timer = setTimeout(() => fail(new Error('no reply')), 15_000);
            r.waiting = { id, done: () => (clearTimeout(timer), done()) };
          });
        }
        r.answered.clear();
        latencies.push(performance.now() - since);
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(residents.map((r, i) => loop(r, i)));
  const elapsed = (performance.now() - started) / 1000;
  for (const r of residents) r.ws.close();
  agent.destroy();
  const sorted = [...latencies].sort((a, b) => a - b);
  return { turns: latencies.length, tps: latencies.length / elapsed, p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors };
}
