/**
 * Issue 20, "publish in Dutch first": a flow change in Dutch only goes live with warnings; a
 * resident in another language sees the new texts in Dutch with a short note, and the statistics
 * count it; `npm run translations` takes the missing texts out to a translator and back in.
 * Works on a copy of the project in a temporary folder, through the real commands.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readCsv, writeCsv } from '../bot/authoring/csv.js';
import type { Diagnostic } from '../bot/authoring/diagnostic.js';
import { loadProject } from '../bot/authoring/load.js';
import { validate } from '../bot/authoring/validate.js';
import { converse, createBot, type BotModel } from '../bot/turn/converse.js';
import type { ButtonInput } from '../bot/engine/actions.js';
import type { State } from '../bot/engine/types.js';
import type { Message } from '../bot/render/types.js';
import { countTurn } from '../bot/stats/count.js';
import { directLinePort } from './support/ports.js';
import { ROOT } from './support/project.js';
import { inProcess } from './support/server.js';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const EDIT = parse(readFileSync(join(ROOT, 'test', 'fixtures', 'dutch-first', 'toeslag.yaml'), 'utf8')) as {
  file: string;
  after: string;
  choice: string;
  steps: string;
  note: Record<string, string | null>;
};

function cli(script: string, args: string[]): { code: number | null; out: string } {
  const r = spawnSync(TSX, [join(ROOT, 'bot', 'cli', script), ...args], { encoding: 'utf8', cwd: ROOT, timeout: 120_000 });
  return { code: r.status, out: r.stdout + r.stderr };
}

const diagnosticsOf = (dir: string, ...extra: string[]): Diagnostic[] => JSON.parse(cli('validate.ts', ['--root', dir, '--json', ...extra]).out) as Diagnostic[];

/** A conversation that picks `geld` and then the new choice, in a language. */
function toNewQuestion(bot: BotModel, lang: string): { messages: readonly Message[]; before: State; after: State } {
  let state: State | undefined;
  const act = (action: ButtonInput) => {
    const before = state!;
    const r = converse(bot, state, { type: 'action', action });
    state = r.state;
    return { messages: r.messages, before, after: r.state };
  };
  state = converse(bot, undefined, { type: 'start' }).state;
  act({ type: 'language', lang });
  act({ type: 'choice', flow: 'start', step: 'menu', choice: 'geld' });
  return act({ type: 'choice', flow: 'geld', step: 'wat', choice: 'toeslag' });
}

describe('publish in Dutch first (issue 20)', function () {
  this.timeout(300_000);
  let dir = '';

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wegwijs-dutch-first-'));
    for (const d of ['flows', 'content', 'locales', 'schema']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    const file = join(dir, EDIT.file);
    const text = readFileSync(file, 'utf8').replace(`${EDIT.after}\n`, `${EDIT.after}\n${EDIT.choice}`);
    writeFileSync(file, `${text.replace(/\n*$/, '\n')}${EDIT.steps}`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a new question with two choices and a referral, in Dutch only, passes validate with warnings', () => {
    const r = cli('validate.ts', ['--root', dir]);
    expect(r.code, r.out).to.equal(0);
    expect(r.out).to.match(/0 fouten, \d+ waarschuwingen/);
    expect(r.out).to.include(`${EDIT.file}:`).and.include('warning MISSING_TRANSLATION');
    expect(r.out).to.match(/Arabisch \(ar\): 6 ontbreken, 0 verouderd/);
    const strict = cli('validate.ts', ['--root', dir, '--strict']);
    expect(strict.code, 'the strict flag demands every translation').to.equal(1);
    expect(strict.out).to.include('error MISSING_TRANSLATION');
  });

  it('a resident in Arabic sees the new question in Dutch with a note, and the statistics count it', () => {
    const bot = createBot(loadProject({ root: dir, pack: 'dordrecht' }));
    const { messages, before, after } = toNewQuestion(bot, 'ar');
    const question = messages.find((m) => m.markers?.question?.step === 'toeslag-wat')!;
    expect(question.text).to.equal(`Gaat het om huurtoeslag of zorgtoeslag?\n\n${EDIT.note.ar}`);
    expect(question.markers?.untranslated).to.equal(true);
    expect(question.buttons?.map((b) => b.label).slice(0, 2)).to.deep.equal(['Huurtoeslag', 'Zorgtoeslag']);
    expect(question.buttons?.[2]?.label, 'the fixed buttons are still in Arabic').to.not.match(/[a-z]/i);
    expect(countTurn(before, after, messages).get('untranslated:ar')).to.equal(1);
  });

  it('over Direct Line, a resident in Arabic gets the new question in Dutch with the note (marked untranslated)', async () => {
    const server = await inProcess({ contentRoot: dir });
    try {
      const port = await directLinePort(server.base);
      await port.start();
      const press = (wegwijs: ButtonInput) => port.press({ wegwijs }, '');
      await press({ type: 'language', lang: 'ar' });
      await press({ type: 'choice', flow: 'start', step: 'menu', choice: 'geld' });
      const views = await press({ type: 'choice', flow: 'geld', step: 'wat', choice: 'toeslag' });
      const question = views.find((v) => v.markers.question?.step === 'toeslag-wat');
      expect(question?.text).to.equal(`Gaat het om huurtoeslag of zorgtoeslag?\n\n${EDIT.note.ar}`);
      expect(question?.markers.untranslated).to.equal(true);
      await port.close?.();
    } finally {
      await server.close();
    }
  });

  it('easy Dutch falls back to Dutch without a note', () => {
    const bot = createBot(loadProject({ root: dir, pack: 'dordrecht' }));
    const { messages } = toNewQuestion(bot, 'nl-x-simple');
    const question = messages.find((m) => m.markers?.question?.step === 'toeslag-wat')!;
    expect(EDIT.note['nl-x-simple']).to.equal(null);
    expect(question.text).to.equal('Gaat het om huurtoeslag of zorgtoeslag?');
    expect(question.markers?.untranslated).to.equal(true);
  });

  it('export, a translator fills in, import: the warnings for that language are gone', () => {
    const csv = join(dir, 'ar.csv');
    expect(cli('translations.ts', ['export', '--lang', 'ar', '--out', csv, '--root', dir]).code).to.equal(0);
    const [head, ...rows] = readCsv(readFileSync(csv, 'utf8'));
    expect(head).to.deep.equal(['key', 'source', 'target', 'note', 'lang', 'hash']);
    expect(rows.map((r) => r[0])).to.have.members([
      'flows/geld:wat.choices.toeslag',
      'flows/geld:toeslag-wat.text',
      'flows/geld:toeslag-wat.summary',
      'flows/geld:toeslag-wat.choices.huur',
      'flows/geld:toeslag-wat.choices.zorg',
      'flows/geld:toeslag-hulp.text',
    ]);
    expect(rows.find((r) => r[0] === 'flows/geld:toeslag-wat.text')![3]).to.match(/^flows\/geld\.yaml:\d+:\d+$/);
    const filled = rows.map((r) => [r[0]!, r[1]!, `ترجمة ${r[0]!.split('.').pop()!}`, r[3]!, r[4]!, r[5]!]);
    writeFileSync(csv, writeCsv([head!, ...filled]));
    const before = readFileSync(join(dir, 'locales', 'ar', 'flows', 'geld.yaml'), 'utf8');
    const r = cli('translations.ts', ['import', csv, '--root', dir]);
    expect(r.code, r.out).to.equal(0);
    const after = readFileSync(join(dir, 'locales', 'ar', 'flows', 'geld.yaml'), 'utf8');
    expect(after.startsWith(before.replace(/\n$/, '').split('\nwat:')[0]!), 'the file is edited, not rewritten').to.equal(true);
    expect(diagnosticsOf(dir).filter((d) => d.message.includes('Arabisch'))).to.deep.equal([]);
    const bot = createBot(loadProject({ root: dir, pack: 'dordrecht' }));
    const question = toNewQuestion(bot, 'ar').messages.find((m) => m.markers?.question?.step === 'toeslag-wat')!;
    expect(question.text).to.equal('ترجمة text');
    expect(question.markers?.untranslated).to.equal(undefined);
  });

  it('a broken placeholder in an imported file is reported with its key, and that entry is not written', () => {
    const csv = join(dir, 'broken.csv');
    const common = join(dir, 'locales', 'ar', 'common.yaml');
    const before = readFileSync(common, 'utf8');
    writeFileSync(csv, writeCsv([['key', 'source', 'target', 'note', 'lang', 'hash'], ['common:card.call', 'Bel {{number}}', 'اتصل بالرقم', '', 'ar', '']]));
    const r = cli('translations.ts', ['import', csv, '--root', dir]);
    expect(r.code).to.equal(1);
    expect(r.out).to.include("broken.csv:2: sleutel 'common:card.call' (ar): de plekhouders kloppen niet — verwacht {{number}}, gevonden geen");
    expect(readFileSync(common, 'utf8')).to.equal(before);
  });

  it('a changed Dutch text makes its translations outdated until they are translated again', () => {
    const file = join(dir, 'flows', 'geld.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('text: Wat speelt er met geld?', 'text: Wat is er aan de hand met geld?'));
    const outdated = diagnosticsOf(dir).filter((d) => d.code === 'OUTDATED_TRANSLATION');
    expect(outdated.map((d) => d.file).sort()).to.deep.equal(['ar', 'en', 'nl-x-simple', 'pl', 'tr', 'uk'].map((l) => `locales/${l}/flows/geld.yaml`));
    const csv = join(dir, 'en.csv');
    cli('translations.ts', ['export', '--lang', 'en', '--out', csv, '--root', dir]);
    const [head, ...rows] = readCsv(readFileSync(csv, 'utf8'));
    const row = rows.find((r) => r[0] === 'flows/geld:wat.text')!;
    expect(row[2], 'prefilled with the translation to check').to.equal('What is going on with money?');
    expect(row[3]).to.include('verouderd');
    writeFileSync(csv, writeCsv([head!, ...rows.map((r) => (r[0] === 'flows/geld:wat.text' ? [r[0], r[1]!, 'What is the matter with money?', r[3]!, r[4]!, r[5]!] : r))]));
    expect(cli('translations.ts', ['import', csv, '--root', dir]).code).to.equal(0);
    const left = diagnosticsOf(dir).filter((d) => d.code === 'OUTDATED_TRANSLATION');
    expect(left.map((d) => d.file)).to.not.include('locales/en/flows/geld.yaml');
  });

  it('prints its usage with --help', () => {
    const r = cli('translations.ts', ['--help']);
    expect(r.code).to.equal(0);
    expect(r.out).to.include('export --lang').and.include('import <bestand>');
  });
});

describe('publish in Dutch first: a whole translation file missing', () => {
  it('is a warning per text, not an error (import makes the file)', () => {
    const { diagnostics } = validate({ root: ROOT, pack: 'dordrecht', overlay: new Map([['locales/ar/flows/geld.yaml', null]]) });
    expect(diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
    const missing = diagnostics.filter((d) => d.code === 'MISSING_TRANSLATION');
    expect(missing.length).to.be.greaterThan(10);
    expect(missing.every((d) => d.file === 'flows/geld.yaml' && d.hint.includes('locales/ar/flows/geld.yaml'))).to.equal(true);
  });
});
