/**
 * The danger, topic and bystander models: the files in flows/synonyms/ are what the example sets
 * give (never a held-out set), a broken file is a Dutch sentence for staff, scoring is bounded for
 * any text, the topic model weighs in on routing (route --explain says when it changed the order),
 * and the bystander model only overrules the crisis phrases on whose danger it is when it is sure.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplesOf, trainingExamples, isHeldOut, MODEL_FILES, modelTexts, type ModelKind } from '../../bot/cli/model-training.js';
import { bystanderOf, decodeBystanderModel, encodeBystanderModel, trainBystanderModel } from '../../bot/understand/bystander-model.js';
import { DEFAULTS } from '../../bot/understand/defaults.js';
import { dangerFeatures, dangerScore, decodeDangerModel, encodeDangerModel, textHashes, trainDangerModel } from '../../bot/understand/danger-model.js';
import { decodeTopicModel, encodeTopicModel, topicScores, trainTopicModel } from '../../bot/understand/topic-model.js';
import { shippedBot, ROOT } from '../support/project.js';

describe('danger model', () => {
  it('the shipped model files are what npm run train:models makes from the example sets', function () {
    // it trains all three models from every development list (~36,000 examples): work that grows
    // with the lists, so not the suite's default guard of 20 s (it took 16–19 s before it ran out)
    this.timeout(180_000);
    const texts = modelTexts(ROOT);
    for (const kind of Object.keys(MODEL_FILES) as ModelKind[]) {
      expect(readFileSync(join(ROOT, MODEL_FILES[kind]), 'utf8') === texts[kind], `${MODEL_FILES[kind]} is verouderd: draai npm run train:models`).to.equal(true);
    }
  });

  it('never learns from a held-out set', () => {
    const { files, heldOut } = trainingExamples(join(ROOT, 'test', 'understand'));
    expect(heldOut).to.include.members(['fresh-set-4.yaml', 'fresh-set-5.yaml', 'fresh-set-8.yaml', 'fresh-set-9.yaml', 'fresh-set-10.yaml', 'fresh-set-11.yaml', 'fresh-set-12.yaml', 'fresh-set-13.yaml', 'fresh-set-14.yaml', 'fresh-set-15.yaml', 'fresh-set-16.yaml', 'fresh-set-17.yaml', 'fresh-set-18.yaml', 'fresh-set-19.yaml', 'fresh-set-20.yaml', 'fresh-set-21.yaml', 'fresh-set-22.yaml']);
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

  it('a topic model learns one model per leefgebied, reads back what it wrote, and refuses a broken file', () => {
    const examples = [
      { text: 'ik heb schulden bij de energie', topic: 'geld' },
      { text: 'de deurwaarder staat voor de deur', topic: 'geld' },
      { text: 'er zit schimmel in de badkamer', topic: 'wonen' },
      { text: 'de buren maken herrie', topic: 'wonen' },
    ];
    const model = trainTopicModel(examples, ['geld', 'wonen'], { bits: 10 });
    const back = decodeTopicModel(JSON.parse(JSON.stringify(encodeTopicModel(model, { messages: 4, files: [] }))));
    if (typeof back === 'string') throw new Error(back);
    expect(topicScores(back, textHashes('schulden bij de energie'))[0]!.topic).to.equal('geld');
    expect(topicScores(back, textHashes('schimmel in huis'))[0]!.topic).to.equal('wonen');
    expect(decodeTopicModel({ format: 'wegwijs-onderwerp-1', bits: 10, classes: {} })).to.match(/classes/);
    expect(decodeTopicModel({ format: 'wegwijs-onderwerp-1', bits: 10, classes: { geld: { bias: 0, scale: 1, weights: 'AA==' } } })).to.match(/^geld: .*1024 gewichten/);
  });

  it('the shipped topic model weighs in: route --explain names the order it changed, and keeps the synonyms\' scores', () => {
    const u = shippedBot().understanding!;
    const samples = ['ik heb schulden en mijn zoon spijbelt', 'mijn moeder heeft dementie en ik kan niet meer', 'ik snap de brief van de gemeente niet', 'ik zit de hele dag alleen thuis sinds mijn man dood is', 'mijn dochter wordt gepest en ik weet niet wat ik moet doen'];
    const changed = samples.map((t) => u.route(t, { explain: true })).filter((r) => r.reranked);
    expect(changed.length, 'at least one sample where the model changed the order').to.be.greaterThan(0);
    for (const r of changed) {
      expect(r.flow).to.not.equal(r.reranked!.from);
      expect(r.alternatives.map((a) => a.flow)).to.include(r.reranked!.from);
      expect(r.alternatives.every((a) => a.score <= r.score)).to.equal(true);
    }
    // without explain the result has no extra field (the route CLI's JSON stays as it was)
    for (const t of samples) expect(Object.keys(u.route(t))).to.have.members(['flow', 'score', 'alternatives', 'lang']);
  });

  it('the bystander model learns whose danger it is from the labels (never medical, never the routing set\'s crisis/ labels)', () => {
    const sorted = examplesOf(
      ['crisis:', '  - [suicide, "ik wil niet meer leven"]', '  - [omstander/violence, "de buurman slaat zijn vrouw"]', '  - [medical, "ik krijg geen lucht"]', '  - [crisis/child, "mijn vader slaat me"]'].join('\n'),
    );
    expect(sorted.map((e) => e.bystander)).to.deep.equal([false, true, undefined, undefined]);
    const examples = [
      { text: 'mijn buurman slaat zijn vrouw', bystander: true },
      { text: 'mijn zus wil niet meer leven', bystander: true },
      { text: 'hij slaat me', bystander: false },
      { text: 'ik wil niet meer leven', bystander: false },
    ];
    const model = trainBystanderModel(examples, { bits: 10 });
    const back = decodeBystanderModel(JSON.parse(JSON.stringify(encodeBystanderModel(model, { bystander: 2, own: 2, files: [] }))));
    if (typeof back === 'string') throw new Error(back);
    expect(bystanderOf(back, textHashes('mijn buurman slaat zijn vrouw'), false).p).to.be.greaterThan(bystanderOf(back, textHashes('hij slaat me'), false).p);
    expect(decodeBystanderModel({ format: 'wegwijs-gevaar-1', bits: 10, bias: 0, scale: 1, weights: '' })).to.match(/omstandermodel/);
    expect(decodeBystanderModel({ format: 'wegwijs-omstander-1', bits: 10, bias: 0, scale: 1, weights: 'AA==' })).to.match(/1024 gewichten/);
  });

  it('the bystander model overrules the crisis phrases only when it is sure, in both directions', () => {
    const { above, below } = DEFAULTS.bystanderModel;
    // a model that gives every text the same probability: its bias alone
    const fixed = (p: number) => ({ bits: 8, bias: Math.log(p / (1 - p)), weights: new Float32Array(256) });
    const h = textHashes('iets');
    expect(bystanderOf(fixed(above + 0.01), h, false).bystander).to.equal(true);
    expect(bystanderOf(fixed(above - 0.01), h, false).bystander).to.equal(false);
    expect(bystanderOf(fixed(below + 0.01), h, true).bystander).to.equal(true);
    expect(bystanderOf(fixed(below / 2), h, true).bystander).to.equal(false);
  });

  it('the shipped bystander model: crisis explain gives its probability, and a medical emergency is left as the phrases say', () => {
    const u = shippedBot().understanding!;
    const hit = u.crisis('er loopt een man met een mes op straat bij ons voor de deur en hij gaat achter een meisje aan', { explain: true });
    expect(hit?.bystander).to.equal(true);
    expect(hit?.bystanderP).to.be.at.least(DEFAULTS.bystanderModel.above);
    expect(u.crisis('er loopt een man met een mes op straat bij ons voor de deur en hij gaat achter een meisje aan')).to.deep.equal({ kind: 'violence', bystander: true });
    const medical = u.crisis('mijn vader is gevallen en ademt niet', { explain: true });
    expect(medical?.kind).to.equal('medical');
    expect(medical).to.not.have.property('bystanderP');
  });
});
