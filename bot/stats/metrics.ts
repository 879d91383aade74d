/**
 * Prometheus metrics (prom-client): the anonymous turn counters as labelled counters, a histogram
 * of turn latency, turns in flight, and Node's process metrics. Label values come only from the
 * fixed vocabularies of the counters (leefgebied, organisation, language and step ids) and from
 * channel names — never from anything a resident typed. Each server has its own registry.
 * @packageDocumentation
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Counts } from './count.js';

/** Counter name prefixes (`<kind>:<id>`) and the metric with the label each one feeds. */
const KINDS: Readonly<Record<string, { name: string; help: string; label: string }>> = Object.freeze({
  leefgebied: { name: 'wegwijs_leefgebied_total', help: 'Conversations that entered a leefgebied (flow).', label: 'leefgebied' },
  referral: { name: 'wegwijs_referrals_total', help: 'Referrals shown, per organisation.', label: 'organisation' },
  language: { name: 'wegwijs_language_total', help: 'Conversations started in or switched to a language.', label: 'language' },
  untranslated: { name: 'wegwijs_untranslated_messages_total', help: 'Messages shown in Dutch because a translation is missing.', label: 'language' },
});

/** Latency buckets of a turn, in seconds. */
const TURN_BUCKETS = Object.freeze([0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]);

/** Label values are ids from fixed vocabularies; anything else is cut short and cleaned. */
const clean = (v: string) => v.replace(/[^\w#.:-]/g, '_').slice(0, 80);

/** The metrics of one server. */
export class Metrics {
  /** The registry to serve at `/metrics`. */
  readonly registry = new Registry();
  private readonly events: Counter<'event'>;
  private readonly byKind = new Map<string, Counter<string>>();
  private readonly waiting: Gauge<'step'>;
  private readonly latency: Histogram<'channel'>;
  private readonly inFlight: Gauge<'channel'>;

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.events = new Counter({ name: 'wegwijs_conversation_events_total', help: 'Conversation events: started, finished, handoff, crisis, safetyQuestion ("Is er nu gevaar?" asked), safe (answered no), easy (Makkelijk Nederlands).', labelNames: ['event'], registers });
    for (const [kind, m] of Object.entries(KINDS)) this.byKind.set(kind, new Counter({ name: m.name, help: m.help, labelNames: [m.label], registers }));
    this.waiting = new Gauge({ name: 'wegwijs_conversations_waiting', help: 'Conversations of this process now waiting at a step (flow#step), since it started.', labelNames: ['step'], registers });
    this.latency = new Histogram({ name: 'wegwijs_turn_duration_seconds', help: 'Time from a turn request to its answer, per channel.', labelNames: ['channel'], buckets: [...TURN_BUCKETS], registers });
    this.inFlight = new Gauge({ name: 'wegwijs_turns_in_flight', help: 'Turn requests being handled now.', labelNames: ['channel'], registers });
  }

  /** Adds the counts of one turn (the map `StatsCollector.record` receives). */
  count(counts: Counts): void {
    for (const [name, n] of counts) {
      const i = name.indexOf(':');
      const kind = i < 0 ? name : name.slice(0, i);
      const id = clean(i < 0 ? '' : name.slice(i + 1));
      if (kind === 'at') this.waiting.inc({ step: id }, n);
      else if (n <= 0) continue;
      else if (i < 0) this.events.inc({ event: clean(kind) }, n);
      else this.byKind.get(kind)?.inc({ [KINDS[kind]!.label]: id }, n);
    }
  }

  /** Marks a turn request as started; call the returned function when it is answered. */
  turnStarted(channel: string): () => void {
    this.inFlight.inc({ channel });
    const end = this.latency.startTimer({ channel });
    let done = false;
    return () => {
      if (done) return;
      done = true;
      end();
      this.inFlight.dec({ channel });
    };
  }
}
