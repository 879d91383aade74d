/**
 * One vocabulary of button inputs: every button the bot renders, in every flow and language,
 * goes through the channel's activity mapping and comes back as the same engine input; anything
 * else a client sends is refused.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { toActivities } from '../bot/channels/activity.js';
import { BUTTON_KINDS, parseButton } from '../bot/engine/actions.js';
import { initialState } from '../bot/engine/step.js';
import type { Output } from '../bot/engine/types.js';
import { translator } from '../bot/i18n.js';
import { render } from '../bot/render/render.js';
import { converse } from '../bot/turn/converse.js';
import { shippedBot } from './support/project.js';

describe('button inputs (one vocabulary for render, channels and the turn)', () => {
  const bot = shippedBot();

  it('every question of every flow, with topic buttons, survives the activity mapping', () => {
    const t = translator(bot.i18n, 'nl');
    const state = { ...initialState(bot.graph), trail: [{ f: 'start', s: 'menu', v: 0 }] };
    let seen = 0;
    const kinds = new Set<string>();
    for (const flow of bot.graph.flows.values()) {
      for (const step of flow.steps.values()) {
        if (step.kind !== 'question') continue;
        const out: Output = { kind: 'question', flow: flow.id, step: step.id, text: step.text, choices: step.choices.map((c) => ({ id: c.id, label: c.label })), canGoBack: true, topics: ['geld', 'wonen'] };
        const messages = render([out], state, { graph: bot.graph, directory: bot.directory, t });
        const withButtons = messages.filter((m) => m.buttons);
        for (const [k, activity] of toActivities(withButtons, 'nl', 'u').entries()) {
          const actions = (activity.suggestedActions as { actions: { value: unknown }[] }).actions;
          for (const [i, a] of actions.entries()) {
            const want = withButtons[k]!.buttons![i]!.action;
            expect(parseButton(JSON.parse(JSON.stringify(a.value)))).to.deep.equal(want);
            kinds.add(want.type);
            seen++;
          }
        }
      }
    }
    expect(seen).to.be.greaterThan(200);
    expect([...kinds].sort()).to.deep.equal(['back', 'choice', 'human', 'topic']);
  });

  it('the several-topics offer and the language list give buttons that come back as topic and language inputs', () => {
    const start = converse(bot, undefined, { type: 'start' });
    const offer = converse(bot, start.state, { type: 'text', text: 'ik heb schulden en mijn zoon spijbelt' });
    const lang = converse(bot, start.state, { type: 'text', text: 'taal' });
    for (const r of [offer, lang]) {
      for (const activity of toActivities(r.messages, 'nl', 'u')) {
        for (const a of (activity.suggestedActions as { actions: { value: unknown }[] } | undefined)?.actions ?? []) {
          expect(parseButton(JSON.parse(JSON.stringify(a.value)))).to.not.equal(undefined);
        }
      }
    }
    const topics = offer.messages.flatMap((m) => m.buttons ?? []).filter((b) => b.action.type === 'topic');
    expect(topics.length).to.be.greaterThan(1);
  });

  it('knows every kind a button can carry', () => {
    expect([...BUTTON_KINDS].sort()).to.deep.equal(['back', 'callback', 'choice', 'explain', 'feedback', 'human', 'language', 'more', 'restart', 'resume', 'safety', 'start', 'topic']);
  });

  it('refuses what no button sends: unknown kinds, malformed fields, prototype keys, any other value', () => {
    for (const bad of [
      undefined, null, 'x', 1, [], {}, { wegwijs: null }, { wegwijs: [] }, { wegwijs: { type: 'text', text: 'hi' } }, { wegwijs: { type: 'crisis', kind: 'suicide' } },
      { wegwijs: { type: 'choice', flow: 'geld', step: 'wat' } }, { wegwijs: { type: 'choice', flow: 'x'.repeat(65), step: 'a', choice: 'b' } },
      { wegwijs: { type: 'topic', flow: 'geld', also: 'wonen' } }, { wegwijs: { type: 'topic', flow: 'geld', also: Array(20).fill('a') } },
      { wegwijs: { type: '__proto__' } }, { wegwijs: { type: 'constructor' } }, { wegwijs: { type: 'toString' } }, { wegwijs: { type: 'language', lang: '<script>' } },
      { wegwijs: { type: 'callback', op: 'send' } }, { wegwijs: { type: 'callback', op: 'start', value: '../x y' } }, { wegwijs: { type: 'callback', op: '__proto__' } },
    ]) {
      expect(parseButton(bad), JSON.stringify(bad)).to.equal(undefined);
    }
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = parseButton({ wegwijs: v });
        return r === undefined || BUTTON_KINDS.includes(r.type);
      }),
    );
  });
});
