/**
 * The validator: loads a project and runs every named semantic rule, collecting all problems.
 * @packageDocumentation
 */
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from './diagnostic.js';
import { listPacks, loadProject, type LoadOptions } from './load.js';
import type { Project } from './project.js';
import { answers } from './rules/answers.js';
import { cardLength } from './rules/card-length.js';
import { choices } from './rules/choices.js';
import { choiceAbout } from './rules/choice-about.js';
import { choiceWords } from './rules/choice-words.js';
import { duplicates } from './rules/duplicates.js';
import { labels } from './rules/labels.js';
import { leefgebieden } from './rules/leefgebieden.js';
import { independentRule } from './rules/independent.js';
import { outcomes } from './rules/outcomes.js';
import { packRule } from './rules/pack.js';
import { reachability } from './rules/reachability.js';
import { readabilityRule } from './rules/readability.js';
import type { Rule } from './rules/rule.js';
import { services } from './rules/services.js';
import { sharedTexts } from './rules/shared-texts.js';
import { targets } from './rules/targets.js';
import { translationQuality } from './rules/translation-quality.js';
import { translations } from './rules/translations.js';

/** The semantic rules, in the order they run. */
export const RULES: readonly Rule[] = Object.freeze([
  duplicates,
  targets,
  choices,
  reachability,
  outcomes,
  services,
  packRule,
  independentRule,
  sharedTexts,
  answers,
  labels,
  choiceWords,
  choiceAbout,
  translations,
  translationQuality,
  readabilityRule,
  cardLength,
  leefgebieden,
]);

/** Runs every rule on a loaded project and returns all problems, sorted by file and line. */
export function checkProject(project: Project): Diagnostic[] {
  const found: Diagnostic[] = [...project.diagnostics];
  for (const rule of RULES) found.push(...rule.check(project));
  return sortDiagnostics(found);
}

/** Loads and checks a project folder. */
export function validate(opts: LoadOptions): { project: Project; diagnostics: Diagnostic[] } {
  const project = loadProject(opts);
  return { project, diagnostics: checkProject(project) };
}

/**
 * Checks the flows with every gemeente's pack (each folder in `content/` with a `pack.yaml`).
 * A problem found with several packs (a flow or a national text) is reported once. `packs` limits
 * the check to those packs.
 */
export function validateAll(opts: Omit<LoadOptions, 'pack'> & { readonly packs?: readonly string[] }): { projects: Project[]; diagnostics: Diagnostic[] } {
  const { packs: only, ...load } = opts;
  const packs = only ?? listPacks(load.root, load.overlay);
  const projects: Project[] = [];
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const pack of packs.length > 0 ? packs : [undefined]) {
    const { project, diagnostics: found } = validate({ ...load, ...(pack ? { pack } : {}) });
    projects.push(project);
    for (const d of found) {
      const key = formatDiagnostic(d);
      if (!seen.has(key)) diagnostics.push(d);
      seen.add(key);
    }
  }
  return { projects, diagnostics: sortDiagnostics(diagnostics) };
}
