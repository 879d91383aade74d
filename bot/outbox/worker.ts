/**
 * Delivers the outbox, outside every turn: on a timer, each instance claims due requests (a
 * compare-and-set lease, so one instance at a time), opens them, sends the mail and deletes the
 * request. A failed attempt is retried with a doubling backoff; a request still undelivered at
 * its give-up time is deleted and counted as `callback:failed`. Logs carry ids of nothing and
 * never content: only events and counts.
 * @packageDocumentation
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../log.js';
import type { CallbackConfig } from './settings.js';
import type { Sealer } from './crypto.js';
import { composeMail, type Mailer } from './mail.js';
import { outboxKey, type Claim, type CallbackRequest, type Outbox } from './outbox.js';

/** What the worker needs. */
export interface WorkerDeps {
  readonly outbox: Outbox;
  readonly sealer: Sealer;
  readonly send: Mailer;
  readonly config: CallbackConfig;
  readonly logger: Logger;
  /** Adds one to an anonymous counter (`callback:sent`, `callback:failed`). */
  readonly count: (name: 'callback:sent' | 'callback:failed') => void;
  /** Rewrites the store's files after a deletion, so no old bytes of a request stay on disk. */
  readonly compact?: () => Promise<void>;
  readonly now?: () => number;
}

/** The backoff before attempt `attempts + 1`: `retryMs` doubled per attempt, at most `retryMaxMs`. */
export function backoff(config: CallbackConfig, attempts: number): number {
  return Math.min(config.retryMaxMs, config.retryMs * 2 ** Math.min(attempts, 30));
}

/** The outbox worker of one instance. */
export class OutboxWorker {
  /** This instance's name on its leases. */
  readonly owner = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly d: WorkerDeps) {}

  private now(): number {
    return this.d.now?.() ?? Date.now();
  }

  /** Starts delivering, every `pollMs`. */
  start(): void {
    this.stopped = false;
    const loop = () => {
      if (this.stopped) return;
      this.running = this.tick()
        .catch((e: Error) => this.d.logger.warn('callback_outbox_unavailable', { error: e.name }))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.timer = setTimeout(loop, this.d.config.pollMs).unref();
        });
    };
    this.timer = setTimeout(loop, 0).unref();
  }

  /** Stops after the current round. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One round: every due request this instance can claim, one after the other. */
  async tick(): Promise<void> {
    for (const id of await this.d.outbox.ids()) {
      if (this.stopped) return;
      const claim = await this.d.outbox.claim(id, this.owner, this.now(), this.d.config.leaseMs);
      if (claim) await this.deliver(claim);
    }
  }

  private async deliver(claim: Claim): Promise<void> {
    const { outbox, logger } = this.d;
    const request = this.d.sealer.open<CallbackRequest>(claim.item.sealed, outboxKey(claim.id));
    if (!request || this.now() >= claim.item.giveUpAt) {
      // Undeliverable (given up, or sealed with another DATA_KEY): the resident's data goes.
      await outbox.remove(claim.id);
      await this.d.compact?.();
      this.d.count('callback:failed');
      logger.warn('callback_failed', { attempts: claim.item.attempts, reason: request ? 'expired' : 'unreadable' });
      return;
    }
    try {
      await this.d.send(composeMail(request, this.d.config.from));
    } catch (e) {
      const next = this.now() + backoff(this.d.config, claim.item.attempts);
      await outbox.later(claim, this.now(), next);
      logger.warn('callback_retry', { attempts: claim.item.attempts + 1, error: (e as Error).name, inMs: next - this.now() });
      return;
    }
    await outbox.remove(claim.id);
    await this.d.compact?.();
    this.d.count('callback:sent');
    logger.info('callback_sent', { attempts: claim.item.attempts + 1 });
  }
}
