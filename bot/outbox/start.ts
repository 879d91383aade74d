/**
 * Issue 16: switches call-back requests on for a running server when the mail server and the
 * data key are configured: the outbox on the server's store, the dialogue as a hook of the turn
 * layer, and the delivery worker. Without `SMTP_URL` or a valid `DATA_KEY` nothing is offered.
 * @packageDocumentation
 */
import type { Logger } from '../log.js';
import type { StatsCollector } from '../stats/collector.js';
import type { Store } from '../store/types.js';
import { Callbacks } from '../turn/callback.js';
import type { BotModel } from '../turn/converse.js';
import { parseDataKey, Sealer } from './crypto.js';
import { smtpMailer, type Mailer } from './mail.js';
import { Outbox } from './outbox.js';
import type { CallbackConfig } from './settings.js';
import { OutboxWorker } from './worker.js';

/** Call-backs of a running server. */
export interface RunningCallbacks {
  readonly hook: Callbacks;
  readonly worker: OutboxWorker;
  close(): Promise<void>;
}

/** What call-backs need from the server. */
export interface CallbackWiring {
  readonly config: CallbackConfig;
  readonly store: Store & { compact?: () => Promise<void> };
  readonly model: () => BotModel;
  readonly logger: Logger;
  readonly ttlMs: number;
  readonly stats?: StatsCollector;
  /** A mailer to use instead of SMTP (tests). */
  readonly send?: Mailer;
}

/** Starts call-backs, or returns undefined (and logs why) when they cannot be offered safely. */
export function startCallbacks(w: CallbackWiring): RunningCallbacks | undefined {
  const { logger, store } = w;
  if (!w.config.smtpUrl && !w.send) return undefined;
  const key = parseDataKey(w.config.dataKey);
  if (!key) {
    // Personal data is never kept unencrypted: without a key, no call-backs at all.
    logger.warn('callback_disabled', { reason: w.config.dataKey ? 'data_key_invalid' : 'data_key_missing' });
    return undefined;
  }
  // A lease must outlast one delivery attempt (connect, greeting and send each time out), or a
  // second instance could start the same mail while the first is still sending it.
  const config = w.config.leaseMs >= 4 * w.config.smtpTimeoutMs ? w.config : { ...w.config, leaseMs: 4 * w.config.smtpTimeoutMs };
  const sealer = new Sealer(key);
  const outbox = new Outbox(store);
  const mailer = w.send ? { send: w.send, close: () => undefined } : smtpMailer(config.smtpUrl, config.smtpTimeoutMs);
  const compact = store.compact ? () => store.compact!() : undefined;
  const count = (name: string) => w.stats?.record(new Map([[name, 1]]));
  const hook = new Callbacks({ model: w.model, store, outbox, sealer, config, logger, ttlMs: w.ttlMs, ...(w.stats ? { stats: w.stats } : {}), ...(compact ? { compact } : {}) });
  const worker = new OutboxWorker({ outbox, sealer, send: mailer.send, config, logger, count, ...(compact ? { compact } : {}) });
  worker.start();
  logger.info('callback_enabled', { to: config.to ? 'one_mailbox' : 'pack' });
  return {
    hook,
    worker,
    async close() {
      await worker.stop();
      mailer.close();
    },
  };
}
