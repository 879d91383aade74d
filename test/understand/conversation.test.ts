/**
 * The evaluation set "het hele verhaal", scored the way residents meet the bot: every message in
 * its own conversation over Direct Line against a started server. This test scores a slice (every 2nd
 * message of each group, small groups whole) with the targets of issue 14 as thresholds; `npm run
 * bench:understanding` scores the whole set and prints the table. No timing is asserted.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/project.js';
import { directLinePort } from '../support/ports.js';
import { inProcess } from '../support/server.js';
import { loadSet, meets, scoreSet, sliceOf, summarise, table, type ItemResult } from '../support/conversation-set.js';

/**
 * Targets of issue 14 NOT met yet (measured 2026-11-30 on the whole set, see README "Getypte tekst
 * begrijpen"): for these rows the test holds the floor measured on this slice instead of the
 * target, so the suite guards against going back without pretending the target is reached.
 * Remove a row here as soon as its target is met; never lower a floor to make the test pass.
 */
const NOT_YET_MET: Readonly<Record<string, number>> = {};

describe('understanding in the conversation (evaluation set over Direct Line)', function () {
  this.timeout(300_000);
  let results: ItemResult[] = [];
  let server: Awaited<ReturnType<typeof inProcess>> | undefined;
  before(async () => {
    server = await inProcess();
    const base = server.base;
    results = await scoreSet(sliceOf(loadSet(), 2), () => directLinePort(base));
  });
  after(async () => {
    await server?.close();
  });

  it('the set has at least 600 messages in all seven languages', () => {
    const all = loadSet();
    expect(all.length).to.be.at.least(600);
    for (const l of ['nl', 'en', 'tr', 'ar', 'pl', 'uk']) expect(all.some((i) => i.group === `first_${l}`), l).to.equal(true);
  });

  it('no sentence of the set stands in a synonym file (it must measure, not be learnt; answers are button words)', () => {
    const strings = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.add(v.toLowerCase().trim());
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    const dir = join(ROOT, 'flows', 'synonyms');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) walk(parse(readFileSync(join(dir, f), 'utf8')));
    const leaked = loadSet().filter((i) => i.kind !== 'answer' && i.text.split(' ').length >= 3 && strings.has(i.text.toLowerCase().trim()));
    expect(leaked.map((i) => i.text)).to.deep.equal([]);
  });

  it('every acute danger, own or of someone else, in any language, is recognised', () => {
    const missed = results.filter((r) => r.item.kind === 'crisis' && !r.crisis).map((r) => r.item.text);
    expect(missed).to.deep.equal([]);
  });

  it('a bystander gets the text for a bystander, a resident in danger does not', () => {
    const wrong = results.filter((r) => r.item.kind === 'crisis' && r.item.expect !== 'omstander/medical' && r.crisis && r.item.expect.startsWith('omstander/') !== r.bystander);
    expect(wrong.map((r) => r.item.text)).to.deep.equal([]);
  });

  it('meets the targets on the slice (the rows not yet met may not fall below their floor)', () => {
    const rows = summarise(results);
    const missed = rows.filter((r) => !meets(r) && !(r.name in NOT_YET_MET && r.right / r.total >= NOT_YET_MET[r.name]!));
    expect(missed.map((r) => r.name), `\n${table(rows)}`).to.deep.equal([]);
  });
});
