/** Rule: every `next`, `start`, `afterFlow`, `supportEarly` and link points to something that exists. */
import { kindOf } from '../../engine/steps/index.js';
import { diag, type Diagnostic } from '../diagnostic.js';
import { at, suggest } from '../yaml-source.js';
import { stepAt, type Rule } from './rule.js';

/** UNKNOWN_TARGET, UNKNOWN_FLOW and SUPPORT_NOT_REFERRAL. */
export const targets: Rule = {
  name: 'onbekende doelen',
  check(project) {
    const out: Diagnostic[] = [];
    const flowIds = [...project.graph.flows.keys()];
    for (const unit of project.flows.values()) {
      const f = unit.flow;
      const known = [...f.steps.keys()];
      const unknown = (target: string, where: ReturnType<typeof stepAt>) =>
        diag('UNKNOWN_TARGET', where, { target, flow: f.id, suggestion: suggest(target, known), known: known.join(', ') });
      for (const field of ['start', 'afterFlow', 'supportEarly'] as const) {
        const target = f[field];
        if (target !== undefined && !f.steps.has(target)) out.push(unknown(target, at(unit.source, [field], { flow: f.id })));
      }
      const support = f.supportEarly ? f.steps.get(f.supportEarly) : undefined;
      if (support && support.kind !== 'referral') out.push(diag('SUPPORT_NOT_REFERRAL', at(unit.source, ['supportEarly'], { flow: f.id }), { target: support.id, kind: support.kind }));
      for (const step of f.steps.values()) {
        const said = new Set<string>(); // choices sharing the question's `next` report it once
        for (const t of kindOf(step).targets(step)) {
          // '' is a choice without any target: reported by the choices rule.
          if (t.next === '' || f.steps.has(t.next) || said.has(t.at.join('/'))) continue;
          said.add(t.at.join('/'));
          out.push(unknown(t.next, stepAt(unit, step.id, t.at)));
        }
        if (step.kind !== 'link') continue;
        const other = project.graph.flows.get(step.flow);
        if (!other && project.brokenFlows.has(step.flow)) continue; // its own errors are reported
        if (!other) {
          out.push(diag('UNKNOWN_FLOW', stepAt(unit, step.id, ['flow']), { target: step.flow, suggestion: suggest(step.flow, flowIds), known: flowIds.join(', ') }));
        } else if (step.step !== undefined && !other.steps.has(step.step)) {
          const otherKnown = [...other.steps.keys()];
          out.push(
            diag('UNKNOWN_TARGET', stepAt(unit, step.id, ['step']), {
              target: step.step,
              flow: other.id,
              suggestion: suggest(step.step, otherKnown),
              known: otherKnown.join(', '),
            }),
          );
        }
      }
    }
    return out;
  },
};
