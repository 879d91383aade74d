/**
 * Rule: what a choice declares it is about (`about:` on a choice) names leefgebieden. A name that
 * is no leefgebied would never keep a problem off the agenda, and the author would not know.
 */
import { AUTHORING_DEFAULTS } from '../defaults.js';
import { diag, type Diagnostic } from '../diagnostic.js';
import { suggest } from '../yaml-source.js';
import { stepAt, type Rule } from './rule.js';

/** CHOICE_ABOUT_UNKNOWN: an `about:` entry that is not one of the eleven leefgebieden. */
export const choiceAbout: Rule = {
  name: 'waar een keuze over gaat',
  check(project) {
    const out: Diagnostic[] = [];
    const known: readonly string[] = AUTHORING_DEFAULTS.leefgebieden;
    for (const unit of project.flows.values()) {
      for (const step of unit.flow.steps.values()) {
        if (step.kind !== 'question') continue;
        step.choices.forEach((choice, i) => {
          (choice.about ?? []).forEach((name, k) => {
            if (known.includes(name)) return;
            const where = stepAt(unit, step.id, ['choices', i, 'about', k]);
            out.push(diag('CHOICE_ABOUT_UNKNOWN', where, { name, choice: choice.id, suggestion: suggest(name, known), known: known.join(', ') }));
          });
        });
      }
    }
    return out;
  },
};
