/** Test helpers: a real server in this process or as a child process, and the official Direct Line client. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULTS, type Config } from '../../bot/config.js';
import { startServer, type Running } from '../../bot/server.js';
import { ROOT } from './project.js';

const require = createRequire(import.meta.url);
// botframework-directlinejs runs in browsers; in Node it needs XMLHttpRequest and WebSocket.
(globalThis as Record<string, unknown>).XMLHttpRequest ??= require('xhr2');
(globalThis as Record<string, unknown>).WebSocket ??= require('ws');

/** The official client (CommonJS bundle). */
export const { DirectLine, ConnectionStatus } = require('botframework-directlinejs') as typeof import('botframework-directlinejs');

/** A fresh data folder. */
export const tempData = () => mkdtempSync(join(tmpdir(), 'wegwijs-data-'));

/** A test configuration: random port, its own data folder, no logs. */
export function testConfig(over: Partial<Config> = {}): Config {
  return { ...DEFAULTS, port: 0, host: '127.0.0.1', dataDir: tempData(), logLevel: 'silent', contentRoot: process.env.CONTENT_ROOT ?? '', rateLimitPerSecond: 0, tokenRateLimitPerMinute: 0, ...over };
}

/** Starts a server in this process. */
export async function inProcess(over: Partial<Config> = {}): Promise<Running & { base: string }> {
  const running = await startServer(testConfig(over));
  return Object.assign(running, { base: `http://127.0.0.1:${running.port}` });
}

/**
 * Starts the server as a child process on a port and waits until it is healthy: by default the
 * TypeScript sources under tsx, or `args` for node (e.g. `['scripts/start.mjs']`, the compiled one).
 */
export async function childServer(env: Record<string, string>, args: readonly string[] = ['--import', 'tsx', join(ROOT, 'bot', 'cli', 'serve.ts')]): Promise<{ proc: ChildProcess; base: string; output: () => string }> {
  // node itself with the tsx loader: one process, so a kill -9 really kills the server (the tsx
  // command would run it as a child that outlives its killed parent).
  const proc = spawn(process.execPath, [...args], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', RATE_LIMIT_PER_SECOND: '0', TOKEN_RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const base = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited: ${out}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { proc, base, output: () => out };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  proc.kill('SIGKILL');
  throw new Error(`server did not start: ${out}`);
}

/** A free port, picked by the OS. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** Raw Direct Line over HTTP. */
export class RawClient {
  token = '';
  conversationId = '';
  watermark = 0;
  constructor(readonly base: string) {}

  async generate(): Promise<this> {
    const r = (await (await fetch(`${this.base}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    this.token = r.token;
    this.conversationId = r.conversationId;
    return this;
  }

  headers(json = true): Record<string, string> {
    return { Authorization: `Bearer ${this.token}`, ...(json ? { 'content-type': 'application/json' } : {}) };
  }

  async start(): Promise<Response> {
    return fetch(`${this.base}/v3/directline/conversations`, { method: 'POST', headers: this.headers(), body: '{}' });
  }

  async post(activity: Record<string, unknown>): Promise<Response> {
    return fetch(`${this.base}/v3/directline/conversations/${this.conversationId}/activities`, { method: 'POST', headers: this.headers(), body: JSON.stringify(activity) });
  }

  /** New activities since the last call. */
  async poll(): Promise<Record<string, unknown>[]> {
    const r = await fetch(`${this.base}/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, { headers: this.headers(false) });
    const body = (await r.json()) as { activities: Record<string, unknown>[]; watermark: string };
    this.watermark = Number(body.watermark);
    return body.activities;
  }

  /** Sends a message and returns the bot's replies. */
  async say(text: string, clientActivityID = `c-${Math.random()}`): Promise<Record<string, unknown>[]> {
    await this.post({ type: 'message', text, from: { id: 'x' }, channelData: { clientActivityID } });
    return (await this.poll()).filter((a) => (a.from as { role?: string }).role === 'bot');
  }
}
