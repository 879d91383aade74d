/** Issue 16: a real SMTP server (the `npm run mailcatcher` script, smtp-server) as a child process on loopback. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './project.js';

/** One received mail: recipients, headers and the decoded text. */
export interface ReceivedMail {
  readonly to: readonly string[];
  readonly raw: string;
  readonly messageId: string;
  readonly text: string;
}

/** A running mail catcher. */
export interface MailCatcher {
  readonly port: number;
  readonly url: string;
  mails(): ReceivedMail[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

const open = (port: number) =>
  new Promise<boolean>((ok) => {
    const s = createConnection({ port, host: '127.0.0.1' }, () => {
      s.destroy();
      ok(true);
    });
    s.on('error', () => ok(false));
  });

/** The text part of a simple mail, decoded (quoted-printable or base64). */
function decode(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => `%${h}`);
    try {
      return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
    } catch {
      return bytes;
    }
  }
  return body;
}

/**
 * Starts the mail catcher on `port`, writing mails to `file` (JSON lines); `failFirst` mails are
 * answered with a temporary error. `stop` and `start` again keep the same port and file.
 */
export async function startMailCatcher(port: number, file: string, failFirst = 0): Promise<MailCatcher> {
  let proc: ChildProcess | undefined;
  const start = async () => {
    proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bot', 'cli', 'mailcatcher.ts'), String(port), '--jsonl', file, '--fail', String(failFirst)], { cwd: ROOT, stdio: 'ignore' });
    failFirst = 0;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (await open(port)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the mail catcher did not start');
  };
  const stop = async () => {
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const p = proc;
    p.kill('SIGKILL');
    await new Promise((r) => p.once('exit', r));
  };
  await start();
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    start,
    stop,
    mails: () =>
      existsSync(file)
        ? readFileSync(file, 'utf8')
            .split('\n')
            .filter((l) => l.trim() !== '')
            .map((l) => {
              const { to, raw } = JSON.parse(l) as { to: string[]; raw: string };
              return { to, raw, messageId: /^message-id:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? '', text: decode(raw) };
            })
        : [],
  };
}

/** Waits until `ok()` holds (no timing assertion: fails only after a generous deadline). */
export async function until(ok: () => boolean | Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`waited in vain: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
