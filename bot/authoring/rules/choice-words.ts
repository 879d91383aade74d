/**
 * Rule: the words with which a story already answers a question (`words:` on a choice) point to
 * one choice only. A word on two choices of one question would never fill either in.
 */
import { diag, type Diagnostic } from '../diagnostic.js';
import { normalise } from '../../understand/interpret.js';
import type { Rule } from './rule.js';

/** CHOICE_WORDS_OVERLAP: the same word (after normalising) on two choices of one question. */
export const choiceWords: Rule = {
  name: 'woorden bij keuzes',
  check(project) {
    const out: Diagnostic[] = [];
    for (const [flowId, unit] of project.flows) {
      for (const step of unit.flow.steps.values()) {
        if (step.kind !== 'question') continue;
        const owner = new Map<string, string>();
        for (const choice of step.choices) {
          for (const word of choice.words ?? []) {
            const n = normalise(word);
            const first = owner.get(n);
            if (first !== undefined && first !== choice.id) {
              const pos = choice.pos;
              out.push(diag('CHOICE_WORDS_OVERLAP', { file: pos?.file ?? unit.flow.file ?? `flows/${flowId}.yaml`, line: pos?.line ?? 1, col: pos?.col ?? 1, flow: flowId, step: step.id }, { word, first, second: choice.id, step: step.id }));
            } else owner.set(n, choice.id);
          }
        }
      }
    }
    return out;
  },
};
