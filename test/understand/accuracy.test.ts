/**
 * Routing accuracy per category of test/understand/routing-set.yaml, against the targets of
 * issue 4. Prints a table (copied into docs/routing.md).
 */

import { expect } from 'chai';
import { routingSet, understanding, type RoutingCase } from './helpers.js';

interface Tally {
  n: number;
  right: number;
  crisis: number;
  several: number;
  misses: string[];
}

/** Minimum share of first choices right, per category (crisis: 100% and right kind). */
const TARGETS: Record<string, number> = {
  plain_nl: 0.9,
  typo_nl: 0.85,
  english: 0.9,
  buiten: 0.9,
  crisis: 1,
  one_word: 0.8,
  long_story: 0.8,
  several: 0.8,
};

describe('understand: routing accuracy (routing-set.yaml)', () => {
  const u = understanding();
  const tallies = new Map<string, Tally>();
  const cases = routingSet();

  const tally = (c: RoutingCase): Tally => {
    let t = tallies.get(c.category);
    if (!t) {
      t = { n: 0, right: 0, crisis: 0, several: 0, misses: [] };
      tallies.set(c.category, t);
    }
    return t;
  };

  before(() => {
    for (const c of cases) {
      const t = tally(c);
      const r = u.route(c.text);
      t.n++;
      if (r.flow === 'crisis') t.crisis++;
      let ok: boolean;
      if (c.kind) ok = r.flow === 'crisis' && u.crisis(c.text)?.kind === c.kind;
      else ok = c.expected.includes('*') ? r.flow !== 'crisis' : c.expected.includes(r.flow);
      if (ok) t.right++;
      else t.misses.push(`${c.expected.join('|')}${c.kind ? '/' + c.kind : ''} <- ${r.flow} (${r.score}): ${c.text}`);
      if (c.expected.length > 1 && u.problems(r).length >= 2) t.several++;
    }
    const rows = [...tallies.entries()].map(([cat, t]) => {
      const pct = ((100 * t.right) / t.n).toFixed(1);
      const extra = cat === 'several' ? `, problems() >= 2: ${t.several}/${t.n}` : '';
      return `  | ${cat} | ${t.n} | ${t.right} | ${pct}% | ${t.crisis}${extra} |`;
    });
    console.log(['  | categorie | berichten | goed | eerste keuze goed | als crisis |', ...rows].join('\n'));
  });

  it('has at least 300 messages', () => {
    expect(cases.length).to.be.at.least(300);
  });

  for (const [category, target] of Object.entries(TARGETS)) {
    it(`${category}: first choice right >= ${target * 100}%`, () => {
      const t = tallies.get(category);
      expect(t, `category ${category} missing from routing-set.yaml`).to.not.equal(undefined);
      if (!t) return;
      expect(t.right / t.n, `misses:\n${t.misses.join('\n')}`).to.be.at.least(target);
    });
  }

  it('flags at most 2% of ordinary questions as crisis (not_crisis category)', () => {
    const t = tallies.get('not_crisis');
    expect(t).to.not.equal(undefined);
    if (!t) return;
    expect(t.crisis / t.n, t.misses.filter((m) => m.includes('<- crisis')).join('\n')).to.be.at.most(0.02);
  });

  it('flags at most 2% of all non-crisis messages as crisis', () => {
    let n = 0;
    let flagged = 0;
    for (const [cat, t] of tallies) {
      if (cat === 'crisis') continue;
      n += t.n;
      flagged += t.crisis;
    }
    expect(flagged / n).to.be.at.most(0.02);
  });

  it('sees several problems in most several-problem messages', () => {
    const t = tallies.get('several');
    if (!t) return;
    expect(t.several / t.n).to.be.at.least(0.6);
  });
});
