/**
 * Transcript tests as data: every `test/transcripts/*.yaml` is one conversation, run by this one
 * driver through the same conversation layer the chat and the server use.
 *
 * A transcript has `name`, optionally `gemeente` (the content pack; default dordrecht), and `turns`.
 * A turn is one of:
 * - `user: <text>` — the resident types;   `click: <button label>` — the resident presses a button
 *   of the last messages (a stale button of an earlier question may be named with `clickOld`);
 * - `bot: <text part>` (optionally with `buttons: [labels]`) — the next bot message containing it;
 * - `referral: <service id>` (or `{service, organisation}`), `handoff: <service id>`, `glossary: <entry id>`,
 *   `summary: [<line part>, …]` — the next message with that marker;
 * - `absent: <service id>` — no card of that service among the messages since the last resident turn;
 * - `state: {flow, step, done?}` — where the conversation stands.
 * Expectations search forward through the bot messages since the last resident turn.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { converse, type UserEvent } from '../bot/turn/converse.js';
import type { State } from '../bot/engine/types.js';
import type { Button, Message } from '../bot/render/types.js';
import { ROOT, shippedBot } from './support/project.js';

type Turn = Record<string, unknown>;
interface Transcript {
  name: string;
  gemeente?: string;
  turns: Turn[];
}

const DIR = join(ROOT, 'test', 'transcripts');

/** Runs a transcript; returns nothing, throws (via chai) on the first mismatch. */
function run(t: Transcript): void {
  const bot = shippedBot(t.gemeente);
  let state: State | undefined;
  let batch: readonly Message[] = [];
  let cursor = 0;
  const history: Button[][] = [];
  const send = (event: UserEvent) => {
    const r = converse(bot, state, event);
    expect(JSON.parse(JSON.stringify(r.state)), 'state is plain JSON').to.deep.equal(r.state);
    state = r.state;
    batch = r.messages;
    cursor = 0;
    for (const m of batch) if (m.buttons) history.push([...m.buttons]);
  };
  const shown = () => batch.map((m, i) => `${i === cursor ? '→' : ' '} ${m.text.split('\n')[0]}`).join('\n');
  const next = (what: string, ok: (m: Message) => boolean): Message => {
    for (let i = cursor; i < batch.length; i++) {
      if (ok(batch[i]!)) {
        cursor = i + 1;
        return batch[i]!;
      }
    }
    expect.fail(`expected ${what} among the bot messages:\n${shown()}`);
  };
  send({ type: 'start' });
  t.turns.forEach((turn) => {
    if ('user' in turn) send({ type: 'text', text: String(turn.user) });
    else if ('click' in turn || 'clickOld' in turn) {
      const label = String(turn.click ?? turn.clickOld);
      const pool = 'click' in turn ? batch.flatMap((m) => m.buttons ?? []) : history.flat();
      const button = pool.find((b) => b.label === label);
      expect(button, `button '${label}' among: ${pool.map((b) => b.label).join(' | ')}`).to.not.equal(undefined);
      send({ type: 'action', action: button!.action });
    } else if ('bot' in turn) {
      const part = String(turn.bot);
      const m = next(`a message with "${part}"`, (x) => x.text.includes(part));
      if (Array.isArray(turn.buttons)) expect((m.buttons ?? []).map((b) => b.label)).to.deep.equal(turn.buttons);
    } else if ('referral' in turn) {
      const want = typeof turn.referral === 'string' ? { service: turn.referral } : (turn.referral as { service: string; organisation?: string });
      next(`a referral to ${JSON.stringify(want)}`, (m) => {
        const r = m.markers?.referral;
        return r?.service === want.service && (want.organisation === undefined || r.organisation === want.organisation);
      });
    } else if ('absent' in turn) {
      const shownServices = batch.map((m) => m.markers?.referral?.service ?? m.markers?.handoff?.service);
      expect(shownServices, `no card of ${String(turn.absent)}`).to.not.include(turn.absent);
    } else if ('handoff' in turn) next(`a handoff to ${String(turn.handoff)}`, (m) => m.markers?.handoff?.service === turn.handoff);
    else if ('glossary' in turn) next(`an explanation of ${String(turn.glossary)}`, (m) => m.markers?.glossary === turn.glossary);
    else if ('summary' in turn) {
      const m = next('a summary', (x) => x.markers?.summary === true);
      for (const part of turn.summary as string[]) expect(m.text).to.include(part);
    } else if ('state' in turn) {
      const want = turn.state as Partial<State>;
      const got = { flow: state?.flow, step: state?.step, done: state?.done === true };
      expect({ ...got, ...('done' in want ? {} : { done: got.done }) }).to.deep.include(want);
    } else expect.fail(`unknown turn: ${JSON.stringify(turn)}`);
  });
}

describe('transcripts', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
  it('there are transcripts', () => expect(files.length).to.be.greaterThan(0));
  for (const file of files) {
    const t = parse(readFileSync(join(DIR, file), 'utf8')) as Transcript;
    it(`${file}: ${t.name}`, () => run(t));
  }
});
