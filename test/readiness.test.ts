/**
 * "Klaar om live te gaan?" (issue 15): the go-live checklist per pack. The committed
 * docs/gereed-<gemeente>.md must be what `npm run ready -- --docs` writes now, and the list must
 * name what the seeds ask: a direct contact for every independent organisation, a confirmed intake.
 */
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTHORING_DEFAULTS } from '../bot/authoring/defaults.js';
import { addMonths, blocksLive, readiness, readinessMarkdown } from '../bot/authoring/readiness.js';
import { validateAll } from '../bot/authoring/validate.js';
import { ROOT } from './support/project.js';

describe('readiness: klaar om live te gaan?', function () {
  this.timeout(120000);
  const { projects, diagnostics } = validateAll({ root: ROOT });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const byPack = new Map(projects.map((p) => [p.directory.pack.id, p]));

  it('every shipped pack validates without errors', () => {
    expect(errors.map((e) => `${e.file}:${e.line} ${e.code}`)).to.deep.equal([]);
  });

  for (const p of projects) {
    const id = p.directory.pack.id;
    it(`docs/gereed-${id}.md is up to date (npm run ready -- --docs)`, () => {
      const file = join(ROOT, `${AUTHORING_DEFAULTS.readiness.docsPrefix}${id}.md`);
      expect(existsSync(file), `${file} exists`).to.equal(true);
      expect(readFileSync(file, 'utf8')).to.equal(readinessMarkdown(readiness(p, errors)));
    });
    it(`the README links docs/gereed-${id}.md`, () => {
      expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).to.include(`docs/gereed-${id}.md`);
    });
  }

  it('Raalte: Zorgbelang Overijssel without its own number blocks going live; never the loket instead', () => {
    const r = readiness(byPack.get('raalte')!, errors);
    expect(blocksLive(r)).to.equal(true);
    const zorgbelang = r.items.filter((i) => i.blocking && i.text.startsWith('Zorgbelang Overijssel'));
    expect(zorgbelang.map((i) => i.where)).to.include('content/raalte/services.yaml:51');
  });

  it('Leiden: informal support beside the teams is still asked for; ervaringsdeskundigen are filled in (LVvM) and only their facts are to confirm', () => {
    const r = readiness(byPack.get('leiden')!, errors);
    const beside = r.items.filter((i) => i.blocking && i.text.includes('naast de teams')).map((i) => i.text);
    expect(beside.join('\n')).to.include('informele-steun').and.not.to.include('ervaringsdeskundige');
    expect(r.items.some((i) => i.where?.startsWith('content/leiden/organisations.yaml') && /NIET nagekeken|nagekeken/.test(i.text))).to.equal(true);
  });

  it('Dordrecht: every independent organisation offered has a direct contact or is on the list', () => {
    const r = readiness(byPack.get('dordrecht')!, errors);
    expect(r.items.some((i) => i.text.startsWith('Zorgbelang Zuid-Holland Zuid'))).to.equal(true);
    expect(r.items.some((i) => i.text.startsWith('MEEPlus'))).to.equal(false); // meeplus.nl is its own
  });

  it(`a check older than ${AUTHORING_DEFAULTS.readiness.maxAgeMonths} months blocks, judged by the date passed in`, () => {
    const p = byPack.get('dordrecht')!;
    const late = addMonths('2026-11-22', AUTHORING_DEFAULTS.readiness.maxAgeMonths + 1);
    expect(readiness(p, errors, '2026-12-01').items.some((i) => i.text.includes('langer dan'))).to.equal(false);
    expect(readiness(p, errors, late).items.some((i) => i.blocking && i.text.includes('langer dan'))).to.equal(true);
  });

  it('an unconfirmed intake blocks going live', () => {
    for (const p of projects) {
      const r = readiness(p, errors);
      expect(r.items.some((i) => i.blocking && i.text.startsWith('Bevestig hoe onafhankelijke'))).to.equal(p.directory.pack.independentSupport?.confirmed !== true);
    }
  });
});
