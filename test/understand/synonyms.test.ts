/**
 * Checks on the synonym files themselves, with messages that tell staff what to change.
 */

import { expect } from 'chai';
import { fold, words } from '../../bot/understand/normalise.js';
import { createNormaliser } from '../../bot/understand/normalise.js';
import { loadUnderstanding } from '../../bot/authoring/load.js';
import { LEEFGEBIEDEN } from '../../bot/understand/index.js';
import { ROOT, routingSet } from './helpers.js';

describe('understand: flows/synonyms/*.yaml', () => {
  const data = loadUnderstanding(ROOT);

  it('has nl and en, each with words for all 11 leefgebieden, buiten and every crisis kind', () => {
    for (const lang of ['nl', 'en']) {
      const l = data.languages.find((x) => x.lang === lang);
      expect(l, lang).to.not.equal(undefined);
      if (!l) continue;
      for (const id of [...LEEFGEBIEDEN, 'buiten']) {
        expect(l.topics[id]?.words.length ?? 0, `${lang}.yaml: ${id} heeft te weinig woorden`).to.be.at.least(20);
      }
      for (const kind of ['suicide', 'violence', 'child', 'medical'] as const) {
        expect(l.crisis[kind]?.length ?? 0, `${lang}.yaml: crisis ${kind}`).to.be.at.least(5);
      }
    }
  });

  it('has no common word (gewone_woorden) that hides a synonym', () => {
    const clashes: string[] = [];
    for (const l of data.languages) {
      const norm = createNormaliser(l.lang, l.spelling);
      const stop = new Map<string, string>();
      for (const s of l.stopwords) {
        const t = norm.tokens(s);
        if (t.length === 1 && t[0]) stop.set(t[0].key, s);
      }
      for (const [flow, topic] of Object.entries(l.topics)) {
        for (const w of [...topic.words, ...topic.weak]) {
          const t = norm.tokens(w);
          if (t.length === 1 && t[0] && stop.has(t[0].key)) {
            clashes.push(`${l.source}: '${w}' (${flow}) wordt gelezen als het gewone woord '${stop.get(t[0].key)}'`);
          }
        }
      }
    }
    expect(clashes, clashes.join('\n')).to.deep.equal([]);
  });

  it('does not contain the test sentences (the test set must measure understanding, not memory)', () => {
    const norm = (s: string): string => words(fold(s)).join(' ');
    const inFiles = new Set<string>();
    for (const l of data.languages) {
      for (const t of Object.values(l.topics)) for (const s of [...t.words, ...t.weak, ...t.examples]) inFiles.add(norm(s));
    }
    const copied = routingSet()
      .filter((c) => words(fold(c.text)).length >= 3 && inFiles.has(norm(c.text)))
      .map((c) => c.text);
    expect(copied, copied.join('\n')).to.deep.equal([]);
  });
});
