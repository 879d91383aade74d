/**
 * How the embedded channel reaches the bot: a loopback POST to `/api/messages` with
 * `deliveryMode: expectReplies`, so the replies come back in the response (no callback URL).
 * @packageDocumentation
 */

/** Sends one activity to the bot and returns its replies. */
export type BotCall = (activity: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** Thrown when the bot did not answer properly. */
export class BotFailed extends Error {
  constructor(readonly status: number) {
    super(`bot answered ${status}`);
    this.name = 'BotFailed';
  }
}

/** A bot call over loopback HTTP to the given port. */
export function loopbackBot(port: () => number, timeoutMs = 15_000): BotCall {
  return async (activity) => {
    const res = await fetch(`http://127.0.0.1:${port()}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies', serviceUrl: `http://127.0.0.1:${port()}/` }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.status === 503) throw new BotFailed(503);
    if (!res.ok) throw new BotFailed(res.status);
    const text = await res.text();
    if (!text) return [];
    const body = JSON.parse(text) as { activities?: Record<string, unknown>[] };
    return Array.isArray(body.activities) ? body.activities : [];
  };
}
