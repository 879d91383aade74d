/** Rule: branches test answers that some question saves, with choices that exist. */
import { answerKey, answerNames } from '../../engine/conditions.js';
import type { QuestionStep } from '../../engine/types.js';
import { diag, type Diagnostic } from '../diagnostic.js';
import { stepAt, type Rule } from './rule.js';

/** UNKNOWN_ANSWER and UNKNOWN_CHOICE. */
export const answers: Rule = {
  name: 'onbekende antwoorden',
  check(project) {
    const out: Diagnostic[] = [];
    const saved = new Map<string, QuestionStep>();
    for (const f of project.graph.flows.values()) {
      for (const s of f.steps.values()) if (s.kind === 'question' && s.save) saved.set(answerKey(f.id, s.save), s);
    }
    const names = [...saved.keys()];
    for (const unit of project.flows.values()) {
      for (const step of unit.flow.steps.values()) {
        if (step.kind !== 'branch') continue;
        step.cases.forEach((c, i) => {
          const where = stepAt(unit, step.id, ['cases', i, 'when']);
          for (const name of answerNames(c.when)) {
            const q = saved.get(answerKey(unit.flow.id, name));
            if (!q) {
              out.push(diag('UNKNOWN_ANSWER', where, { name, known: names.join(', ') || '(geen)' }));
              continue;
            }
            const wanted = 'is' in c.when ? [c.when.is] : 'in' in c.when ? c.when.in : [];
            const ids = q.choices.map((ch) => ch.id);
            for (const choice of wanted) {
              if (!ids.includes(choice)) out.push(diag('UNKNOWN_CHOICE', where, { name, choice, known: ids.join(', ') }));
            }
          }
        });
      }
    }
    return out;
  },
};
