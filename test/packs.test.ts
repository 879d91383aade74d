/**
 * More gemeenten: every folder in content/ with a pack.yaml is a gemeente. The same flows run with
 * each pack; a pack fills in the national service templates with its own organisations, and may
 * mark roles it does not have as unavailable. `GEMEENTE` chooses the pack.
 */
import { expect } from 'chai';
import { hasErrors, formatDiagnostic } from '../bot/authoring/diagnostic.js';
import { listPacks } from '../bot/authoring/load.js';
import { validate, validateAll } from '../bot/authoring/validate.js';
import { readConfig } from '../bot/config.js';
import { resolveService } from '../bot/content/types.js';
import { converse, createBot } from '../bot/turn/converse.js';
import { serviceCard } from '../bot/render/render.js';
import { createI18n, translator } from '../bot/i18n.js';
import { ROOT, shippedProject } from './support/project.js';
import { inProcess, RawClient } from './support/server.js';

const PACKS = listPacks(ROOT);

/** A made-up gemeente written as an overlay: only organisations and fill-ins, no texts of its own. */
const TESTDORP = new Map<string, string | null>([
  ['content/testdorp/pack.yaml', 'id: testdorp\nname: Testdorp\nhandoff: wijkteam\ngeneral: gemeente\nunavailable: [hulplijn, meldpunt-jeugd, informele-steun, ervaringsdeskundige]\n'],
  [
    'content/testdorp/organisations.yaml',
    'organisations:\n  - id: team-testdorp\n    name: Team Testdorp\n    description: Het team.\n    source: {checked: 2026-11-22}\n' +
      '  - id: steun-testdorp\n    name: Steunpunt Testdorp\n    description: Het steunpunt.\n    independent: true\n    phones: [{number: "0123 45 67 89"}]\n    source: {checked: 2026-11-22}\n',
  ],
  [
    'content/testdorp/services.yaml',
    'services:\n' +
      ['wijkteam', 'wijkteam-geld', 'ok-coach', 'mantelzorg-steun', 'wlz-clientondersteuning', 'bijstand', 'werk', 'gemeente', 'thuisadministratie', 'sociaal-makelaar']
        .map((id) => `  - {id: ${id}, organisation: team-testdorp, source: {checked: 2026-11-22}}\n`)
        .join('') +
      '  - {id: clientondersteuning, organisation: steun-testdorp, source: {checked: 2026-11-22}}\n',
  ],
  // Organisation descriptions are the pack's own texts, so they are translated like any other.
  ...['nl-x-simple', 'en', 'tr', 'ar', 'pl', 'uk'].map(
    (lang): [string, string] => [`locales/${lang}/content/testdorp.yaml`, `organisations:\n  team-testdorp: {description: "(${lang}) team"}\n  steun-testdorp: {description: "(${lang}) steunpunt"}\n`],
  ),
]);

describe('gemeente packs', function () {
  this.timeout(60_000);

  it('ships Dordrecht, Leiden and Raalte', () => {
    expect(PACKS).to.include.members(['dordrecht', 'leiden', 'raalte']);
  });

  it('the validator checks the flows with every pack, and all pass', () => {
    const { projects, diagnostics } = validateAll({ root: ROOT });
    expect(projects.map((p) => p.directory.pack.id)).to.deep.equal(PACKS);
    expect(diagnostics.map(formatDiagnostic)).to.deep.equal([]);
  });

  it('the validator reports a problem of one pack, naming that pack', () => {
    const overlay = new Map([['content/raalte/pack.yaml', 'id: raalte\nname: Raalte\nhandoff: wijkteam\ngeneral: gemeente\nunavailable: [wijkteam]\n']]);
    const { diagnostics } = validateAll({ root: ROOT, overlay });
    const printed = diagnostics.map(formatDiagnostic);
    expect(printed.some((l) => l.startsWith('content/raalte/pack.yaml:5:') && l.includes('SERVICE_UNAVAILABLE'))).to.equal(true);
    expect(printed.filter((l) => l.includes('REFERRAL_EMPTY')).every((l) => l.includes('gemeente raalte'))).to.equal(true);
    expect(printed.some((l) => l.includes('dordrecht') || l.includes('leiden')), printed.join('\n')).to.equal(false);
  });

  for (const pack of PACKS) {
    describe(pack, () => {
      it('every referral on every path shows at least one card, and "talk to a person" one card', () => {
        const project = shippedProject(pack);
        const t = translator(createI18n(project.resources, project.defaultLanguage), project.defaultLanguage);
        const ctx = { graph: project.graph, directory: project.directory, t };
        for (const flow of project.graph.flows.values()) {
          for (const step of flow.steps.values()) {
            if (step.kind !== 'referral') continue;
            const cards = step.services.map((id) => serviceCard(id, ctx)).filter(Boolean);
            expect(cards.length, `${flow.id}#${step.id} in ${pack}`).to.be.greaterThan(0);
            for (const c of cards) expect(c!.title, `${flow.id}#${step.id}`).to.match(/\S/);
          }
        }
        expect(serviceCard(project.graph.handoffService, ctx)?.subtitle ?? serviceCard(project.graph.handoffService, ctx)?.title).to.match(/\S/);
      });

      it('every service shown is its own gemeente\'s or national, never another gemeente\'s', () => {
        const dir = shippedProject(pack).directory;
        const others = PACKS.filter((p) => p !== pack);
        for (const s of dir.services.values()) {
          const r = resolveService(dir, s.id);
          if (!r) continue;
          expect(r.organisation, `${s.id} has an organisation`).to.not.equal(undefined);
          for (const other of others) expect(r.organisation!.id, `${s.id} in ${pack}`).to.not.include(other);
        }
      });
    });
  }

  it('Raalte: independent client support is Zorgbelang Overijssel', () => {
    const dir = shippedProject('raalte').directory;
    for (const id of ['clientondersteuning', 'wlz-clientondersteuning']) {
      const r = resolveService(dir, id);
      expect(r?.organisation?.name, id).to.equal('Zorgbelang Overijssel');
      expect(r?.service.independent).to.equal(true);
    }
  });

  it('Leiden: the neighbourhood team and the youth team', () => {
    const dir = shippedProject('leiden').directory;
    expect(resolveService(dir, 'wijkteam')?.organisation?.name).to.equal('Sociaal Wijkteam Leiden');
    expect(resolveService(dir, 'ok-coach')?.organisation?.name).to.match(/Jeugdteam/);
  });

  describe('a pack that writes only organisations and fill-ins', () => {
    const { project, diagnostics } = validate({ root: ROOT, pack: 'testdorp', overlay: TESTDORP });

    it('needs no texts of its own: the national texts are used', () => {
      expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).to.deep.equal([]);
      const s = project.directory.services.get('clientondersteuning')!;
      expect(s.name).to.equal('landelijk:services.clientondersteuning.name');
      expect(s.organisation).to.equal('steun-testdorp');
      expect(resolveService(project.directory, 'clientondersteuning')?.contact.phones[0]?.number).to.equal('0123 45 67 89');
    });

    it('leaves an unavailable service out of a referral, in every language', () => {
      const bot = createBot(project);
      const steps = [...project.graph.flows.get('meedoen')!.steps.values()];
      const services = steps.flatMap((s) => (s.kind === 'referral' && s.services.includes('hulplijn') ? [s.services] : []))[0];
      expect(services, 'a referral that names hulplijn').to.not.equal(undefined);
      for (const lang of project.languages.map((l) => l.code)) {
        const ctx = { graph: project.graph, directory: project.directory, t: translator(createI18n(project.resources, project.defaultLanguage), lang) };
        const cards = services!.map((id) => serviceCard(id, ctx));
        expect(cards.map((c) => c?.service)).to.deep.equal(services!.map((id) => (id === 'hulplijn' ? undefined : id)));
        expect(cards.filter(Boolean).every((c) => !/^landelijk:|^gemeente:/.test(c!.title)), `${lang}: translated titles`).to.equal(true);
      }
      expect(converse(bot, undefined, { type: 'start' }).messages.length).to.be.greaterThan(0);
    });

    it('is reported until it fills in every template it does not mark unavailable', () => {
      const partial = new Map(TESTDORP);
      partial.set('content/testdorp/pack.yaml', 'id: testdorp\nname: Testdorp\nhandoff: wijkteam\ngeneral: gemeente\n');
      const { diagnostics: found } = validate({ root: ROOT, pack: 'testdorp', overlay: partial });
      const incomplete = found.filter((d) => d.code === 'SERVICE_INCOMPLETE');
      expect(incomplete.map((d) => d.message).join('\n')).to.match(/'hulplijn'/).and.to.match(/'meldpunt-jeugd'/);
      expect(incomplete.every((d) => d.file === 'content/testdorp/pack.yaml')).to.equal(true);
      expect(hasErrors(found)).to.equal(true);
    });
  });

  it('GEMEENTE chooses the pack the server runs with', async () => {
    expect(readConfig({ GEMEENTE: 'raalte' }).gemeente).to.equal('raalte');
    const server = await inProcess({ gemeente: 'raalte' });
    try {
      const client = await new RawClient(server.base).generate();
      await client.start();
      const replies = await client.say('Ik wil met een mens praten');
      const handoff = replies.find((a) => (a.channelData as { handoff?: unknown } | undefined)?.handoff);
      expect(handoff, JSON.stringify(replies.map((a) => a.text))).to.not.equal(undefined);
      expect(JSON.stringify(handoff)).to.include('Sociaal loket').and.include('0572 34 77 99');
      expect(JSON.stringify(replies)).to.not.include('Dordrecht');
    } finally {
      await server.close();
    }
  });

  it('an unknown GEMEENTE stops the server with the packs that exist', async () => {
    let error: Error | undefined;
    try {
      await (await inProcess({ gemeente: 'atlantis' })).close();
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).to.include('atlantis').and.include('dordrecht, leiden, raalte');
  });
});
