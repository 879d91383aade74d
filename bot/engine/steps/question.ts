/** The `question` step: asks with buttons and waits; free text is always allowed. */
import type { Choice, QuestionStep } from '../types.js';
import { areaToAsk } from '../area.js';
import { questionOutput } from '../question-output.js';
import { optString, str, STEP_REF, TEXT, type StepKind, type Target } from './kind.js';

const CHOICE = {
  type: 'object',
  title: 'keuze',
  description:
    'Een antwoord als knop. `label` is wat op de knop staat. Zonder `next` gaat de keuze naar de `next` van de vraag; met `flow` gaat het gesprek verder in dat leefgebied.',
  additionalProperties: false,
  required: ['id', 'label'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Korte naam van de keuze, uniek binnen de vraag.' },
    label: { ...TEXT, maxLength: 60, description: 'Tekst op de knop: kort, liefst 1 tot 5 woorden.' },
    next: { ...STEP_REF, description: 'Alleen als deze keuze ergens anders heen gaat dan de `next` van de vraag: id van een stap in deze flow.' },
    flow: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', description: 'In plaats van `next`: het gesprek gaat verder aan het begin van deze flow, bijvoorbeeld `geld`.' },
    words: {
      type: 'array',
      items: { type: 'string', minLength: 2 },
      description: 'Woorden of korte zinnen waarmee een inwoner dit antwoord al in zijn verhaal geeft ("deurwaarder", "vandaag"). Dan slaat de bot de vraag over en zegt kort wat hij begreep.',
    },
    about: {
      type: 'array',
      items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
      uniqueItems: true,
      description:
        'Over welke leefgebieden deze knop gaat, naast de flow zelf (`[]`: alleen de flow). Noemt een inwoner bij dit antwoord een ander probleem, dan zet de bot dat op de agenda, behalve als het over een van deze leefgebieden gaat. Zonder `about` leest de bot het uit de knoptekst en de `words`.',
    },
  },
};

/** Asks a question with choices and waits for the resident. */
export const question: StepKind<QuestionStep> = {
  kind: 'question',
  description: 'Een vraag met knoppen. De inwoner mag ook zelf iets typen.',
  properties: {
    text: TEXT,
    next: { ...STEP_REF, description: 'Waar de keuzes heen gaan (een keuze met een eigen `next` of `flow` gaat daarheen).' },
    choices: { type: 'array', minItems: 1, maxItems: 12, items: CHOICE, description: 'De antwoorden als knoppen.' },
    save: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', description: 'Naam waaronder het antwoord bewaard wordt (voor een `branch` en de samenvatting).' },
    summary: { ...TEXT, description: 'Kopje van dit antwoord in de samenvatting "Mijn vraag", bijvoorbeeld "Wat er speelt".' },
    other: { ...STEP_REF, description: 'Stap voor een eigen antwoord dat bij geen knop past. Zonder `other` vraagt de bot het opnieuw met de knoppen.' },
    expect: {
      enum: ['postcode', 'area'],
      description:
        'postcode: het eigen antwoord moet de 4 cijfers van een postcode zijn. Alleen die cijfers worden bewaard. Vraag nooit meer. area: alleen na een postcode die de gemeente niet kent; de wijken uit areas.yaml worden knoppen en gaan naar `other`. Anders slaat de bot de vraag over (naar `other`).',
    },
  },
  dependencies: { expect: ['other'] },
  required: ['text', 'choices'],
  outcome: false,
  build(raw, ctx) {
    const rawChoices = Array.isArray(raw.choices) ? (raw.choices as Record<string, unknown>[]) : [];
    const shared = optString(raw, 'next');
    const choices: Choice[] = rawChoices.map((c, i) => {
      const pos = ctx.pos(['choices', i]);
      const flow = optString(c, 'flow');
      // Own `next` first, then a flow (an implicit link step), then the question's `next`;
      // '' when there is none (reported by the choices rule).
      const own = optString(c, 'next');
      const next = own ?? (flow !== undefined ? ctx.linkTo(flow, ['choices', i]) : (shared ?? ''));
      const via = own !== undefined ? {} : flow !== undefined ? { via: 'flow' as const } : { via: 'question' as const };
      return {
        id: str(c, 'id'),
        label: ctx.text(['choices', i, 'label'], str(c, 'label'), `choices.${str(c, 'id')}`),
        next,
        ...via,
        ...(Array.isArray(c.words) ? { words: c.words.map(String) } : {}),
        ...(Array.isArray(c.about) ? { about: c.about.map(String) } : {}),
        ...(pos ? { pos } : {}),
      };
    });
    const save = optString(raw, 'save');
    const summary = optString(raw, 'summary');
    const other = optString(raw, 'other');
    const expect = raw.expect === 'postcode' || raw.expect === 'area' ? { expect: raw.expect as 'postcode' | 'area' } : {};
    return {
      ...expect,
      kind: 'question',
      id: str(raw, 'id'),
      text: ctx.text(['text'], str(raw, 'text')),
      choices,
      ...(save ? { save } : {}),
      ...(summary ? { summary: ctx.text(['summary'], summary) } : {}),
      ...(other ? { other } : {}),
    };
  },
  targets(step) {
    const t: Target[] = step.choices.map((c, i) => ({ next: c.next, at: c.via === 'question' ? ['next'] : ['choices', i, c.via === 'flow' ? 'flow' : 'next'] }));
    if (step.other) t.push({ next: step.other, at: ['other'] });
    return t;
  },
  enter: (step, ctx) =>
    step.other && ((step.expect === 'postcode' && !ctx.graph.postcodeAreas) || (step.expect === 'area' && !areaToAsk(ctx.graph, ctx.state)))
      ? { outputs: [], go: step.other }
      : { outputs: [questionOutput(ctx.graph, ctx.state, ctx.flow, step)], wait: true },
};
