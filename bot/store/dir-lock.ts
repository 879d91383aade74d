/**
 * One writer per data folder. A lock file (`LOCK`) is created atomically (written in full to a
 * private temporary file, then hard-linked into place, which fails when the name exists) and
 * names its holder: pid, host, boot, the process's own start tick and the start time. A second
 * process on the same folder refuses to start, naming the first. A lock left by a process that
 * died (`kill -9`, a power loss) is taken over:
 *
 * - same host and boot: the pid is no longer alive, or it now belongs to another process (its
 *   start tick in `/proc` differs, or it is our own pid but not held by us: a container restart
 *   that reused pid 1);
 * - another boot of the same host: always stale;
 * - another host (another container on a shared volume): the holder touches the file every
 *   {@link HEARTBEAT_MS}; a lock untouched for {@link FOREIGN_STALE_MS} is stale.
 * @packageDocumentation
 */
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** How often the holder touches its lock file. */
export const HEARTBEAT_MS = 15_000;
/** A lock from another host untouched this long is stale. */
export const FOREIGN_STALE_MS = 4 * HEARTBEAT_MS;

/** Who holds a lock. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO time the holder took the lock. */
  readonly started: string;
  /** `/proc/sys/kernel/random/boot_id`, when known. */
  readonly boot?: string;
  /** Start tick of the process (`/proc/<pid>/stat` field 22), when known. */
  readonly tick?: string;
}

/** Thrown when another live process holds the data folder. The message is in Dutch and English. */
export class DataDirInUse extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    const where = holder.host === hostname() ? '' : ` op ${holder.host}`;
    const whereEn = holder.host === hostname() ? '' : ` on ${holder.host}`;
    super(
      `DATA_DIR ${dir} wordt al gebruikt door proces ${holder.pid}${where} (gestart ${holder.started}). Stop dat proces eerst, of kies een andere DATA_DIR. / ` +
        `DATA_DIR ${dir} is already in use by process ${holder.pid}${whereEn} (started ${holder.started}). Stop that process first, or choose another DATA_DIR.`,
    );
    this.name = 'DataDirInUse';
  }
}

/** Lock files held by this process (a pid check cannot tell two stores in one process apart). */
const held = new Set<string>();

const readOr = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
};
const bootId = () => readOr('/proc/sys/kernel/random/boot_id');
/** Field 22 of /proc/<pid>/stat (after the parenthesised command name, which may hold spaces). */
const startTick = (pid: number | 'self') => readOr(`/proc/${pid}/stat`)?.split(') ')[1]?.split(' ')[19];

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(text: string): LockHolder {
  try {
    return JSON.parse(text) as LockHolder;
  } catch {
    return { pid: 0, host: '?', started: '?' };
  }
}

/** Whether the holder recorded in `file` (with contents `text`) is gone. */
function stale(file: string, text: string): boolean {
  let h: LockHolder;
  try {
    h = JSON.parse(text) as LockHolder;
  } catch {
    return true; // never written by a lock holder: files are linked into place complete
  }
  if (h.host !== hostname()) {
    try {
      return Date.now() - statSync(file).mtimeMs > FOREIGN_STALE_MS;
    } catch {
      return true;
    }
  }
  const boot = bootId();
  if (boot && h.boot && boot !== h.boot) return true;
  if (h.pid === process.pid) return !held.has(file);
  if (!alive(h.pid)) return true;
  const tick = startTick(h.pid);
  return Boolean(tick && h.tick && tick !== h.tick);
}

/** An exclusive lock on a folder, for the life of one store. */
export class DirLock {
  private readonly file: string;
  private readonly text: string;
  private timer: NodeJS.Timeout | undefined;

  /** Takes the lock on `dir` (which must exist); throws {@link DataDirInUse} when it is held. */
  constructor(readonly dir: string) {
    this.file = join(dir, 'LOCK');
    const boot = bootId();
    const tick = startTick('self');
    const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), ...(boot ? { boot } : {}), ...(tick ? { tick } : {}) };
    this.text = JSON.stringify(me);
    for (let attempt = 0; ; attempt++) {
      if (this.tryCreate()) break;
      const theirs = readOr(this.file);
      if (theirs === undefined) continue; // released meanwhile
      if (attempt >= 3 || !stale(this.file, theirs)) throw new DataDirInUse(dir, holderOf(theirs));
      this.takeAway(theirs);
    }
    held.add(this.file);
    this.timer = setInterval(() => this.touch(), HEARTBEAT_MS);
    this.timer.unref();
  }

  /** Links a complete private lock file into place; false when the name is taken. */
  private tryCreate(): boolean {
    const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, this.text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(tmp, this.file);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    } finally {
      unlinkSync(tmp);
    }
  }

  /**
   * Removes a stale lock. It is first renamed aside (atomic: one process wins), then checked: if
   * what was moved is not the stale lock that was judged (a racing process had already replaced
   * it), it is put back.
   */
  private takeAway(judged: string): void {
    const aside = `${this.file}.stale.${process.pid}`;
    try {
      renameSync(this.file, aside);
    } catch {
      return; // gone already: someone else took it away
    }
    if (readOr(aside) === judged) unlinkSync(aside);
    else {
      try {
        linkSync(aside, this.file);
      } catch {
        // a third process took the name meanwhile; theirs stands
      }
      unlinkSync(aside);
    }
  }

  /** Tells processes on other hosts that the holder is alive. */
  private touch(): void {
    try {
      const t = new Date();
      utimesSync(this.file, t, t);
    } catch {
      // the folder went away; the store's own writes will report that
    }
  }

  /** Gives the lock up (only if the file is still ours). */
  release(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (!held.delete(this.file)) return;
    if (readOr(this.file) === this.text) unlinkSync(this.file);
  }
}
