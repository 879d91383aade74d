/**
 * `npm run train:danger`: trains the danger model on the example sets in `test/understand/`
 * (never on a held-out set) and writes `flows/synonyms/gevaar-model.json`. `--check` writes
 * nothing and exits 1 when the file is not what the examples give; `--cv` also prints a 5-fold
 * cross-validation per threshold, to choose `DEFAULTS.danger.ask` by.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDangerModel } from '../understand/danger-model.js';
import { loadUnderstanding } from '../authoring/load.js';
import { createUnderstanding } from '../understand/index.js';
import { cliArgs } from './args.js';
import { crossValidate, MODEL_FILE, modelText } from './danger-training.js';
import { projectRoot } from './root.js';

const USAGE = `Gebruik: npm run train:danger -- [--check] [--cv]

Traint het gevaarmodel op de voorbeeldsets in test/understand/ (nooit op een set met
"Niet op afstemmen" bovenin) en schrijft ${MODEL_FILE}.

  --check   schrijf niets; exit 1 als het bestand niet is wat de voorbeelden geven
  --cv      druk ook een kruisvalidatie (5 delen) per drempel af
  --help    deze uitleg
`;

function main(argv: readonly string[]): number {
  const root = projectRoot();
  const args = cliArgs(argv, { check: { type: 'boolean' }, cv: { type: 'boolean' } }, USAGE).values;
  const { text, examples } = modelText(root);
  const file = join(root, MODEL_FILE);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (args.cv === true) {
    const u = createUnderstanding(loadUnderstanding(root));
    process.stdout.write(`${crossValidate(examples, (t) => u.crisis(t) !== null)}\n`);
  }
  if (current === text) {
    process.stdout.write(`${MODEL_FILE} is bij (${examples.length} voorbeelden)\n`);
    return 0;
  }
  if (args.check === true) {
    process.stderr.write(`${MODEL_FILE} is verouderd; draai npm run train:danger\n`);
    return 1;
  }
  if (typeof decodeDangerModel(JSON.parse(text)) === 'string') throw new Error('het nieuwe model is onleesbaar');
  writeFileSync(file, text);
  process.stdout.write(`${MODEL_FILE} geschreven (${examples.length} voorbeelden)\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
