/**
 * The synonym and crisis files (`flows/synonyms/<taal>.yaml`) are flow content like any other:
 * read with positions, checked against their JSON Schema (`schema/synonyms.schema.json`), every
 * problem collected as a diagnostic with file:line:col, then turned into the plain data the
 * understanding layer indexes. The language of a file is its name: `nl.yaml` is `nl`,
 * `nl-x-simple.yaml` is `nl-x-simple`.
 * @packageDocumentation
 */
import { LEEFGEBIEDEN } from '../leefgebieden.js';
import { decodeDangerModel } from '../understand/danger-model.js';
import { decodeTopicModel } from '../understand/topic-model.js';
import { decodeBystanderModel } from '../understand/bystander-model.js';
import { DEFAULTS } from '../understand/defaults.js';
import { createNormaliser } from '../understand/normalise.js';
import type { CrisisKind, LanguageData, TopicData, UnderstandingData } from '../understand/types.js';
import { diag, formatDiagnostic, hasErrors, type Diagnostic } from './diagnostic.js';
import type { SchemaChecker } from './schema-check.js';
import { at, type YamlSource } from './yaml-source.js';

/** The folder of the synonym files. */
export const SYNONYMS_DIR = 'flows/synonyms';
/** The danger model's file in {@link SYNONYMS_DIR}. */
export const DANGER_MODEL_FILE = 'gevaar-model.json';
/** The topic model's file in {@link SYNONYMS_DIR}. */
export const TOPIC_MODEL_FILE = 'onderwerp-model.json';
/** The bystander model's file in {@link SYNONYMS_DIR}. */
export const BYSTANDER_MODEL_FILE = 'omstander-model.json';
const DEFAULT_LANGUAGE = DEFAULTS.defaultLanguage;
const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
const CRISIS_KINDS: readonly CrisisKind[] = ['suicide', 'violence', 'child', 'medical'];

/** The feelings the bot acknowledges, as named in a synonym file (`gevoelens:`). */
export const FEELINGS = ['verlies', 'eenzaamheid', 'schaamte', 'angst', 'boosheid'] as const;

const WORDS = { type: ['array', 'null'], items: { type: ['string', 'number'] } };
const TOPIC = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: {
    woorden: { ...WORDS, description: 'Woorden of korte woordgroepen die duidelijk bij dit onderwerp horen.' },
    zwakke_woorden: { ...WORDS, description: 'Woorden die er een beetje bij horen; tellen half.' },
    voorbeelden: { ...WORDS, description: 'Zinnen zoals inwoners ze schrijven; tellen licht mee.' },
    patronen: {
      ...WORDS,
      description:
        'Woorden die samen meer zeggen dan elk apart, met dezelfde schrijfwijze als crisiszinnen: "moeder/vader ... dementie/kanker" (in deze volgorde; "a/b" = één van beide; "..." = tot 8 woorden ertussen, anders tot 3). Telt zwaarder dan een woordgroep.',
    },
  },
};

/** JSON Schema of a synonym file. */
export function synonymsSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'synonyms.schema.json',
    title: 'Synoniemen en crisiszinnen van één taal',
    type: 'object',
    additionalProperties: false,
    properties: {
      taal: { type: 'string', description: 'De taalcode; gelijk aan de bestandsnaam.' },
      naam: { type: 'string' },
      basis: { type: 'string', description: 'Taal waarvan dit bestand alles overneemt (bijvoorbeeld nl voor nl-x-simple).' },
      schrijfwijzen: { type: ['object', 'null'], additionalProperties: { type: ['string', 'number', 'null'] }, description: 'Afkortingen en chattaal: getypt woord → bedoeld woord.' },
      gewone_woorden: WORDS,
      ja: WORDS,
      nee: WORDS,
      rangtelwoorden: WORDS,
      laatste: { ...WORDS, description: 'Woorden voor de laatste knop ("de laatste", "onderste").' },
      leefgebieden: { type: ['object', 'null'], additionalProperties: false, properties: Object.fromEntries(LEEFGEBIEDEN.map((id) => [id, TOPIC])) },
      buiten: TOPIC,
      crisis: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          ...Object.fromEntries(CRISIS_KINDS.map((k) => [k, WORDS])),
          omstander: {
            type: ['object', 'null'],
            additionalProperties: false,
            properties: Object.fromEntries(CRISIS_KINDS.map((k) => [k, WORDS])),
            description: 'Gevaar voor iemand anders (de buurman, een zus, kinderen op straat): de inwoner krijgt de tekst voor een omstander.',
          },
          zelf: { ...WORDS, description: 'Woorden waarmee de inwoner over zichzelf praat (ik, me, mij): dan gaat het eigen gevaar voor.' },
          signalen: {
            ...WORDS,
            description:
              'Woorden die op gevaar kunnen wijzen maar het niet zeker zeggen ("pillen", "mes", "bewusteloos"). Past geen crisiszin, maar staat zo\'n woord er (buiten een geen_crisis-zin), dan zegt Wegwijs eerst kort: is er nu gevaar? Bel 112; denk je aan zelfdoding? Bel 113. Daarna gaat het gesprek gewoon verder.',
          },
          verleden: {
            ...WORDS,
            description:
              'Woorden die zeggen dat het voorbij is ("jaren geleden", "vroeger", "toen ik klein was"). Staat zo\'n woord in dezelfde zin als een crisiszin, en geen woord uit crisis.nu, dan vraagt Wegwijs eerst "Is er nu gevaar?" in plaats van meteen het crisisbericht te geven.',
          },
          nu: {
            ...WORDS,
            description: 'Woorden die zeggen dat het nu speelt ("nu", "vanavond", "vandaag"): in hetzelfde zinsdeel (tot de komma) als de crisiszin gaan ze boven crisis.verleden; "vroeger sloeg hij me, nu woon ik veilig" blijft verleden.',
          },
          weer: {
            ...WORDS,
            description: 'Woorden die zeggen dat het weer gebeurt of nog steeds ("weer", "opnieuw", "nog steeds", "elke dag"): in de hele zin gaan ze boven crisis.verleden ("hij sloeg me vroeger, nu doet hij het weer").',
          },
          anderen: {
            ...WORDS,
            description:
              'Woorden voor iemand anders (hij, zij, zoon, vriendin, buurman): is zo\'n woord het dichtstbijzijnde persoonswoord vóór een eigen zelfdodingszin ("mijn dochter schreef dat ze dood wil"), dan gaat het om die ander en krijgt de inwoner de tekst voor een omstander. Alleen voor talen die het onderwerp uitschrijven (niet voor Turks, Arabisch, Pools, Oekraïens: daar zit de persoon in het werkwoord).',
          },
        },
      },
      gevoelens: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: Object.fromEntries(FEELINGS.map((f) => [f, WORDS])),
        description: 'Woorden voor gevoelens; Wegwijs zegt er één keer kort iets warms over (tekst in common.yaml, feelings.<gevoel>).',
      },
      geen_crisis: WORDS,
      wensen: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          woorden: { ...WORDS, description: 'Woorden waarmee een inwoner zegt wat hij wil of zoekt ("ik wil", "is er", "ik zoek"). De eerste woorden daarna tellen zwaarder bij het kiezen van het leefgebied.' },
          grenzen: { ...WORDS, description: 'Woorden die een zinsdeel afsluiten ("en", "maar", "want"): daar houdt het zwaarder tellen op.' },
          niet_dit: { ...WORDS, description: 'Woorden die zeggen dat hun eigen zinsdeel niet de vraag is ("is geen probleem", "heb ik op orde"): dat zinsdeel telt bijna niet mee.' },
          niet_dat: { ...WORDS, description: 'Woorden die zeggen dat de zin ervoor niet de vraag is ("daar gaat het niet om"): die zin telt bijna niet mee.' },
          niet_om: { ...WORDS, description: 'Woorden die zeggen dat wat erna komt niet de vraag is ("het gaat niet om"): tot het eind van het zinsdeel telt dat bijna niet mee.' },
        },
        description: 'Wat de inwoner vraagt, weegt zwaarder dan wat hij erbij vertelt: "ik zit in de bijstand en wil aan het werk" gaat over werk.',
      },
      verwijzers: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          wie: { ...WORDS, description: 'Wie een inwoner hierheen stuurt (jobcoach, huisarts, juf). Met een woord van zeggen erna, of na via, telt zo\'n woord bijna niet mee bij het kiezen van het leefgebied.' },
          zeggen: { ...WORDS, description: 'Woorden waarmee die iemand hem stuurde ("zei", "stuurde", "doorgestuurd"), tot drie woorden na wie.' },
          via: { ...WORDS, description: 'Woorden vlak voor wie die hetzelfde zeggen ("via").' },
        },
        description: 'Wie de inwoner stuurde, zegt niet waar de vraag over gaat: "mijn jobcoach zei dat ik eerst iets aan mijn angst moet doen" gaat over gezondheid, niet over werk.',
      },
    },
  };
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** `wensen` of a synonym file as the understanding layer reads it. */
function wishOf(w: Record<string, unknown>): NonNullable<LanguageData['wish']> {
  return { cues: list(w.woorden), bounds: list(w.grenzen), notThis: list(w.niet_dit), notThat: list(w.niet_dat), notAbout: list(w.niet_om) };
}

function topic(v: unknown): TopicData {
  const t = (v ?? {}) as Record<string, unknown>;
  return { words: list(t.woorden), weak: list(t.zwakke_woorden), examples: list(t.voorbeelden), ...(t.patronen ? { patterns: list(t.patronen) } : {}) };
}

/** The plain data of one checked synonym file. */
function languageData(source: YamlSource, lang: string): LanguageData {
  const d = (source.data ?? {}) as Record<string, unknown>;
  const topics: Record<string, TopicData> = {};
  for (const [id, v] of Object.entries((d.leefgebieden ?? {}) as Record<string, unknown>)) topics[id] = topic(v);
  if (d.buiten !== undefined) topics.buiten = topic(d.buiten);
  const crisisMap = (d.crisis ?? {}) as Record<string, unknown>;
  const crisis: Partial<Record<CrisisKind, string[]>> = {};
  for (const k of CRISIS_KINDS) crisis[k] = list(crisisMap[k]);
  const others = (crisisMap.omstander ?? {}) as Record<string, unknown>;
  const bystander: Partial<Record<CrisisKind, string[]>> = {};
  for (const k of CRISIS_KINDS) bystander[k] = list(others[k]);
  const feelingMap = (d.gevoelens ?? {}) as Record<string, unknown>;
  const feelings: Record<string, string[]> = {};
  for (const f of FEELINGS) feelings[f] = list(feelingMap[f]);
  const spelling: Record<string, string> = {};
  for (const [from, to] of Object.entries((d.schrijfwijzen ?? {}) as Record<string, unknown>)) spelling[from] = to == null ? '' : String(to);
  return {
    lang,
    source: source.file,
    topics,
    crisis,
    bystander,
    self: list(crisisMap.zelf),
    others: list(crisisMap.anderen),
    signals: list(crisisMap.signalen),
    past: list(crisisMap.verleden),
    now: list(crisisMap.nu),
    again: list(crisisMap.weer),
    feelings,
    notCrisis: list(d.geen_crisis),
    stopwords: list(d.gewone_woorden),
    ...(d.wensen ? { wish: wishOf(d.wensen as Record<string, unknown>) } : {}),
    ...(d.verwijzers ? { referrers: { who: list((d.verwijzers as Record<string, unknown>).wie), said: list((d.verwijzers as Record<string, unknown>).zeggen), via: list((d.verwijzers as Record<string, unknown>).via) } } : {}),
    spelling,
    yes: list(d.ja),
    no: list(d.nee),
    ordinals: list(d.rangtelwoorden),
    last: list(d.laatste),
    ...(d.naam !== undefined ? { name: String(d.naam) } : {}),
    ...(d.basis !== undefined ? { base: String(d.basis) } : {}),
  };
}

/** What reading the synonym files needs from the loader. */
export interface SynonymAccess {
  /** The file names in a folder with an extension. */
  list(dir: string, ext: string): string[];
  exists(file: string): boolean;
  /** The text of a file. */
  read(file: string): string;
  /** Reads and schema-checks a file; problems go to the diagnostics, a broken file gives undefined. */
  readChecked(file: string, checker: SchemaChecker, required: boolean): YamlSource | undefined;
}

/**
 * Reads every synonym file; adds every problem to `diagnostics`. Undefined when the project has
 * no synonym folder (then the bot only understands buttons and exact words).
 */
export function loadSynonyms(files: SynonymAccess, checker: SchemaChecker, diagnostics: Diagnostic[]): UnderstandingData | undefined {
  const names = files.list(SYNONYMS_DIR, '.yaml');
  if (names.length === 0) {
    if (files.list(SYNONYMS_DIR, '').length > 0) {
      const file = `${SYNONYMS_DIR}/nl.yaml`;
      diagnostics.push(diag('FILE_MISSING', { file, line: 1, col: 1 }, { what: 'met de synoniemen', file }));
    }
    return undefined;
  }
  const languages: LanguageData[] = [];
  const sources = new Map<string, YamlSource>();
  for (const name of names) {
    const file = `${SYNONYMS_DIR}/${name}`;
    const lang = name.replace(/\.yaml$/, '');
    if (!LANG_TAG.test(lang)) {
      diagnostics.push(diag('SYNONYM_LANGUAGE', { file, line: 1, col: 1 }, { detail: `de bestandsnaam '${name}' is geen taalcode` }));
      continue;
    }
    const source = files.readChecked(file, checker, true);
    if (!source) continue;
    const taal = (source.data as { taal?: unknown } | null)?.taal;
    if (taal !== undefined && String(taal) !== lang) {
      diagnostics.push(diag('SYNONYM_LANGUAGE', at(source, ['taal']), { detail: `'taal: ${String(taal)}' past niet bij de bestandsnaam ${name}` }));
      continue;
    }
    sources.set(lang, source);
    const data = languageData(source, lang);
    languages.push(data);
    diagnostics.push(...hiddenSynonyms(source, data));
  }
  for (const l of languages) {
    if (l.base && !languages.some((b) => b.lang === l.base)) {
      diagnostics.push(diag('SYNONYM_LANGUAGE', at(sources.get(l.lang)!, ['basis']), { detail: `basis '${l.base}' bestaat niet (er is geen ${l.base}.yaml)` }));
    }
  }
  // the default language first (it is the fallback), then the others by name
  languages.sort((a, b) => (a.lang === DEFAULT_LANGUAGE ? -1 : b.lang === DEFAULT_LANGUAGE ? 1 : a.lang < b.lang ? -1 : 1));
  const dangerModel = readModel(files, DANGER_MODEL_FILE, decodeDangerModel, diagnostics);
  const topicModel = readModel(files, TOPIC_MODEL_FILE, decodeTopicModel, diagnostics);
  const bystanderModel = readModel(files, BYSTANDER_MODEL_FILE, decodeBystanderModel, diagnostics);
  return { languages, ...(dangerModel ? { dangerModel } : {}), ...(topicModel ? { topicModel } : {}), ...(bystanderModel ? { bystanderModel } : {}) };
}

/** A model file next to the synonym files, when there is one (`npm run train:models` makes them). */
function readModel<M>(files: SynonymAccess, name: string, decode: (data: unknown) => M | string, diagnostics: Diagnostic[]): M | undefined {
  const file = `${SYNONYMS_DIR}/${name}`;
  if (!files.exists(file)) return undefined;
  let model: M | string;
  try {
    model = decode(JSON.parse(files.read(file)));
  } catch (e) {
    model = `geen geldige JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  if (typeof model !== 'string') return model;
  diagnostics.push(diag('MODEL_FILE', { file, line: 1, col: 1 }, { detail: `${name}: ${model}` }));
  return undefined;
}

/** Thrown by {@link requireSynonyms} when the files have errors; the message holds every diagnostic line. */
export class SynonymFileError extends Error {
  override name = 'SynonymFileError';
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}

/** The synonym data of a loaded project, or an error listing every problem in the synonym files. */
export function requireSynonyms(data: UnderstandingData | undefined, diagnostics: readonly Diagnostic[]): UnderstandingData {
  const own = diagnostics.filter((d) => d.file.startsWith(`${SYNONYMS_DIR}/`));
  if (hasErrors(own) || !data) throw new SynonymFileError(own.length > 0 ? own : [diag('FILE_MISSING', { file: `${SYNONYMS_DIR}/nl.yaml`, line: 1, col: 1 }, { what: 'met de synoniemen', file: `${SYNONYMS_DIR}/nl.yaml` })]);
  return data;
}

/**
 * Common words that sound like a single-word synonym of a leefgebied (the same key): as a common
 * word it is never evidence, so that synonym would count nowhere ("gelden" silences "geld").
 */
function hiddenSynonyms(source: YamlSource, data: LanguageData): Diagnostic[] {
  const norm = createNormaliser(data.lang, data.spelling);
  const single = (w: string) => {
    const toks = norm.tokens(w);
    return toks.length === 1 ? toks[0]!.key : undefined;
  };
  const synonyms = new Map<string, { synonym: string; flow: string }>();
  for (const [flow, t] of Object.entries(data.topics)) {
    for (const w of [...t.words, ...(t.weak ?? [])]) {
      const k = single(w);
      if (k && !synonyms.has(k)) synonyms.set(k, { synonym: w, flow });
    }
  }
  const out: Diagnostic[] = [];
  data.stopwords.forEach((word, i) => {
    const k = single(word);
    const hit = k ? synonyms.get(k) : undefined;
    if (hit) out.push(diag('COMMON_WORD_HIDES_SYNONYM', at(source, ['gewone_woorden', i]), { word, synonym: hit.synonym, flow: hit.flow }));
  });
  return out;
}
