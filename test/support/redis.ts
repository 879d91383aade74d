/** A real redis-server (Debian's package) on a free port, with its data on disk so a restart keeps it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tempData } from './server.js';

/** A running Redis. */
export interface RedisProcess {
  readonly port: number;
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

async function ping(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const s = createConnection({ port, host: '127.0.0.1' }, () => s.write('PING\r\n'));
    s.on('data', (d) => {
      ok(d.toString().startsWith('+PONG'));
      s.destroy();
    });
    s.on('error', () => ok(false));
    setTimeout(() => {
      s.destroy();
      ok(false);
    }, 500);
  });
}

/** Starts redis-server; fails clearly when it is not installed (.ci/run installs it). */
export async function startRedis(port: number): Promise<RedisProcess> {
  const bin = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
  if (!existsSync(bin)) throw new Error(`${bin} is missing: apt-get install -y redis-server`);
  const dir = tempData();
  let proc: ChildProcess | undefined;
  const start = async () => {
    proc = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (await ping(port)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('redis-server did not start');
  };
  const stop = async () => {
    if (!proc || proc.exitCode !== null) return;
    const p = proc;
    p.kill('SIGTERM');
    await new Promise((r) => p.once('exit', r));
  };
  await start();
  return { port, url: `redis://127.0.0.1:${port}`, start, stop };
}
