/** Rule: step ids and choice ids are unique. */
import { diag, type Diagnostic } from '../diagnostic.js';
import { at } from '../yaml-source.js';
import type { Rule } from './rule.js';

/** DUPLICATE_STEP and DUPLICATE_CHOICE. */
export const duplicates: Rule = {
  name: 'dubbele ids',
  check(project) {
    const out: Diagnostic[] = [];
    for (const unit of project.flows.values()) {
      const first = new Map<string, number>();
      for (const w of unit.written) {
        if (w.implicit) continue;
        const p = at(unit.source, [...w.path, 'id'], { flow: unit.flow.id, step: w.id });
        const seen = first.get(w.id);
        if (seen !== undefined) out.push(diag('DUPLICATE_STEP', p, { id: w.id, first: seen }));
        else first.set(w.id, p.line);
      }
      for (const step of unit.flow.steps.values()) {
        if (step.kind !== 'question') continue;
        const ids = new Set<string>();
        for (const c of step.choices) {
          if (ids.has(c.id) && c.pos) out.push(diag('DUPLICATE_CHOICE', { ...c.pos, flow: unit.flow.id, step: step.id }, { id: c.id }));
          ids.add(c.id);
        }
      }
    }
    return out;
  },
};
