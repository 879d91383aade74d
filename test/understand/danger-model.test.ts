/**
 * The danger model: the file in flows/synonyms/ is what the example sets give (never a held-out
 * set), a broken file is a diagnostic, and scoring is bounded for any text.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dangerExamples, isHeldOut, MODEL_FILES, modelTexts } from '../../bot/cli/model-training.js';
import { dangerFeatures, dangerScore, decodeDangerModel, encodeDangerModel, trainDangerModel } from '../../bot/understand/danger-model.js';
import { ROOT } from '../support/project.js';

describe('danger model', () => {
  it('the shipped model files are what npm run train:models makes from the example sets', () => {
    const texts = modelTexts(ROOT);
    for (const kind of ['danger', 'topic'] as const) {
      expect(readFileSync(join(ROOT, MODEL_FILES[kind]), 'utf8') === texts[kind], `${MODEL_FILES[kind]} is verouderd: draai npm run train:models`).to.equal(true);
    }
  });

  it('never learns from a held-out set', () => {
    const { files, heldOut } = dangerExamples(join(ROOT, 'test', 'understand'));
    expect(heldOut).to.include.members(['fresh-set-4.yaml', 'fresh-set-5.yaml', 'fresh-set-8.yaml', 'fresh-set-9.yaml']);
    expect(files.filter((f) => heldOut.includes(f))).to.deep.equal([]);
    for (const f of heldOut) expect(isHeldOut(readFileSync(join(ROOT, 'test', 'understand', f), 'utf8'))).to.equal(true);
  });

  it('learns the same model from the same examples, and reads back what it wrote', () => {
    const examples = [
      { text: 'de pillen liggen klaar voor vannacht', danger: true },
      { text: 'hij staat met een mes voor de deur', danger: true },
      { text: 'ik heb schulden bij de energie', danger: false },
      { text: 'mijn zoon wil niet naar school', danger: false },
    ];
    const a = trainDangerModel(examples, { bits: 10 });
    const b = trainDangerModel(examples, { bits: 10 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).to.equal(true);
    const back = decodeDangerModel(JSON.parse(JSON.stringify(encodeDangerModel(a, { danger: 2, ordinary: 2, files: [] }))));
    if (typeof back === 'string') throw new Error(back);
    expect(dangerScore(back, 'de pillen liggen klaar voor vannacht')).to.be.greaterThan(dangerScore(back, 'ik heb schulden bij de energie'));
  });

  it('a broken model file gives a Dutch sentence for staff, not a model', () => {
    expect(decodeDangerModel(null)).to.be.a('string');
    expect(decodeDangerModel({ format: 'wegwijs-gevaar-1', bits: 10, bias: 0, scale: 1, weights: 'AAAA' })).to.match(/moet 1024 gewichten hebben/);
    expect(decodeDangerModel({ format: 'wegwijs-gevaar-1', bits: 40, bias: 0, scale: 1, weights: '' })).to.match(/bits/);
  });

  it('reads a bounded number of words of any text', () => {
    const long = 'pillen '.repeat(5000) + 'touw';
    const few = dangerFeatures(long, 12).length;
    expect(few).to.be.lessThan(200);
    expect(dangerFeatures('', 12)).to.deep.equal([]);
    expect(dangerFeatures('🙂🙂', 12)).to.deep.equal([]);
  });
});
