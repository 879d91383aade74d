/**
 * Wegwijs understanding module: routing free text to a leefgebied, the crisis tripwire, the
 * personal-data guard and free-text answers to choices.
 *
 * @example
 * ```ts
 * import { loadUnderstanding } from './bot/authoring/load.js';
 * import { createUnderstanding } from './bot/understand/index.js';
 * const u = createUnderstanding(loadUnderstanding(process.cwd()));
 * u.route('ik heb shulde'); // { flow: 'geld', score: 0.6, alternatives: [], lang: 'nl' }
 * ```
 *
 * See docs/routing.md for how it works and how staff edit the synonym files.
 */

export type {
  ChoiceMatch,
  ChoiceOption,
  CrisisHit,
  CrisisKind,
  ExplainItem,
  LanguageData,
  PersonalDataKind,
  Redaction,
  RouteAlternative,
  RouteFlow,
  RouteOptions,
  RouteResult,
  SenseMatch,
  SenseOption,
  TopicData,
  Understanding,
  UnderstandingData,
} from './types.js';
export { createUnderstanding, OUTCOMES } from './understanding.js';
export { BUITEN, CRISIS, DEFAULTS, LEEFGEBIEDEN, ONBEKEND, TOPICS, type Leefgebied } from './defaults.js';
export { elfproef, ibanValid } from './checks.js';
