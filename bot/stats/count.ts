/**
 * Anonymous statistics: what one turn adds to the day's counters. Counter names come only from
 * fixed vocabularies (leefgebied, organisation, step and language ids) — never from anything a
 * resident typed, and never an id of a person or conversation.
 * @packageDocumentation
 */
import type { State } from '../engine/types.js';
import type { Message } from '../render/types.js';

/** Changes to counters: name → amount (may be negative for the "where people stop" gauge). */
export type Counts = Map<string, number>;

function add(c: Counts, key: string, n = 1): void {
  c.set(key, (c.get(key) ?? 0) + n);
}

const place = (s: State | undefined) => (s && !s.done ? `${s.flow}#${s.step}` : undefined);

/**
 * The counters of one turn:
 * `started`, `leefgebied:<id>`, `referral:<organisation>`, `handoff`, `crisis`, `safetyQuestion`
 * ("Is er nu gevaar?" asked), `safe` (answered "no"), `language:<code>`,
 * `easy`, `finished`, `untranslated:<lang>` (one per message shown in Dutch because a translation is
 * missing), and `at:<flow#step>` (+1 where the conversation now waits, −1 where it waited
 * before), so the sum over days shows where conversations stop.
 */
export function countTurn(before: State | undefined, after: State, messages: readonly Message[]): Counts {
  const c: Counts = new Map();
  if (!before) {
    add(c, 'started');
    add(c, `language:${after.lang}`);
  }
  for (const flow of after.visited) if (!before?.visited.includes(flow)) add(c, `leefgebied:${flow}`);
  const orgs = new Set(messages.flatMap((m) => (m.markers?.referral ? [m.markers.referral.organisation] : [])));
  for (const org of orgs) add(c, `referral:${org}`);
  if (messages.some((m) => m.markers?.handoff)) add(c, 'handoff');
  for (const m of messages) {
    const f = m.markers?.feedback;
    if (!f) continue;
    add(c, `helped:${f.value}`);
    add(c, `helped:${f.value}:leefgebied:${f.leefgebied}`);
    for (const org of f.organisations) add(c, `helped:${f.value}:referral:${org}`);
  }
  if (messages.some((m) => m.markers?.crisis)) add(c, 'crisis');
  if (messages.some((m) => m.markers?.safetyQuestion)) add(c, 'safetyQuestion');
  if (after.safeSaid && !before?.safeSaid) add(c, 'safe');
  const dutch = messages.filter((m) => m.markers?.untranslated).length;
  if (dutch > 0) add(c, `untranslated:${after.lang}`, dutch);
  if (before && before.lang !== after.lang) {
    add(c, `language:${after.lang}`);
    if (after.lang === 'nl-x-simple') add(c, 'easy');
  }
  if (after.done && !before?.done) add(c, 'finished');
  const was = place(before);
  const now = place(after);
  if (was !== now) {
    if (was) add(c, `at:${was}`, -1);
    if (now) add(c, `at:${now}`, 1);
  }
  return c;
}
