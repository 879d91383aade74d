/**
 * `npm run train:models`: trains the danger, topic and bystander models on the example sets in
 * `test/understand/` (never on a held-out set) and writes `flows/synonyms/gevaar-model.json`,
 * `flows/synonyms/onderwerp-model.json` and `flows/synonyms/omstander-model.json`. `--check` writes
 * nothing and exits 1 when a file is not what the examples give; `--cv` also prints the 5-fold
 * cross-validation of the danger model per threshold (to choose `DEFAULTS.danger.ask` by) and of
 * the bystander model (`DEFAULTS.bystanderModel`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadUnderstanding } from '../authoring/load.js';
import { decodeBystanderModel } from '../understand/bystander-model.js';
import { decodeDangerModel } from '../understand/danger-model.js';
import { createUnderstanding } from '../understand/index.js';
import { decodeTopicModel } from '../understand/topic-model.js';
import { cliArgs } from './args.js';
import { crossValidate, crossValidateBystander, MODEL_FILES, modelTexts, type ModelKind } from './model-training.js';
import { projectRoot } from './root.js';

const USAGE = `Gebruik: npm run train:models -- [--check] [--cv]

Traint het gevaarmodel, het onderwerpmodel en het omstandermodel op de voorbeeldsets in
test/understand/ (nooit op een set met "Niet op afstemmen" bovenin) en schrijft
${MODEL_FILES.danger}, ${MODEL_FILES.topic} en ${MODEL_FILES.bystander}.

  --check   schrijf niets; exit 1 als een bestand niet is wat de voorbeelden geven
  --cv      druk ook een kruisvalidatie (5 delen) van het gevaarmodel en het omstandermodel per
            drempel af
  --help    deze uitleg
`;

const DECODE: Record<ModelKind, (data: unknown) => object | string> = { danger: decodeDangerModel, topic: decodeTopicModel, bystander: decodeBystanderModel };

function main(argv: readonly string[]): number {
  const root = projectRoot();
  const args = cliArgs(argv, { check: { type: 'boolean' }, cv: { type: 'boolean' } }, USAGE).values;
  const texts = modelTexts(root);
  if (args.cv === true) {
    const data = loadUnderstanding(root);
    const u = createUnderstanding(data);
    process.stdout.write(`${crossValidate(texts.examples, (t) => u.crisis(t))}\n\n`);
    // the crisis phrases' own answer to whose danger it is: without the bystander model
    const { bystanderModel: _shipped, ...phrasesOnly } = data;
    const plain = createUnderstanding(phrasesOnly);
    process.stdout.write(`${crossValidateBystander(texts.examples, (t) => plain.crisis(t))}\n`);
  }
  let stale = 0;
  for (const kind of Object.keys(MODEL_FILES) as ModelKind[]) {
    const name = MODEL_FILES[kind];
    const file = join(root, name);
    const text = texts[kind];
    if ((existsSync(file) ? readFileSync(file, 'utf8') : '') === text) {
      process.stdout.write(`${name} is bij\n`);
      continue;
    }
    if (args.check === true) {
      process.stderr.write(`${name} is verouderd; draai npm run train:models\n`);
      stale++;
      continue;
    }
    const back = DECODE[kind](JSON.parse(text));
    if (typeof back === 'string') throw new Error(`het nieuwe model is onleesbaar: ${back}`);
    writeFileSync(file, text);
    process.stdout.write(`${name} geschreven (${texts.examples.length} voorbeelden)\n`);
  }
  return stale > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
