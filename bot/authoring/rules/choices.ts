/** Rule: every choice of a question says where it goes — its own `next`, a `flow`, or the question's `next`. */
import { diag, type Diagnostic } from '../diagnostic.js';
import { at } from '../yaml-source.js';
import type { Rule } from './rule.js';

type RawChoice = { readonly id?: unknown; readonly next?: unknown; readonly flow?: unknown };

/** CHOICE_NO_NEXT and CHOICE_NEXT_AND_FLOW, read from the steps as written. */
export const choices: Rule = {
  name: 'keuzes zonder doel',
  check(project) {
    const out: Diagnostic[] = [];
    for (const unit of project.flows.values()) {
      const raw = (unit.source.data as { steps?: readonly Record<string, unknown>[] }).steps ?? [];
      for (const w of unit.written) {
        if (w.implicit || w.kind !== 'question') continue;
        const step = raw[w.path[1] as number] ?? {};
        const list = Array.isArray(step.choices) ? (step.choices as RawChoice[]) : [];
        list.forEach((c, i) => {
          const where = (key: string) => at(unit.source, [...w.path, 'choices', i, key], { flow: unit.flow.id, step: w.id });
          const id = String(c.id);
          if (c.next !== undefined && c.flow !== undefined) out.push(diag('CHOICE_NEXT_AND_FLOW', where('flow'), { id }));
          else if (c.next === undefined && c.flow === undefined && step.next === undefined) out.push(diag('CHOICE_NO_NEXT', where('id'), { id, step: w.id }));
        });
      }
    }
    return out;
  },
};
