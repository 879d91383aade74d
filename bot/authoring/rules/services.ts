/** Rule: referrals and handoffs name services that exist; services name organisations that exist. */
import { diag, type Diagnostic } from '../diagnostic.js';
import { at, suggest } from '../yaml-source.js';
import { stepAt, type Rule } from './rule.js';

/** UNKNOWN_SERVICE and UNKNOWN_ORGANISATION. */
export const services: Rule = {
  name: 'onbekende diensten en organisaties',
  check(project) {
    const out: Diagnostic[] = [];
    const dir = project.directory;
    const known = [...dir.services.keys()];
    const args = (id: string) => ({ id, pack: dir.pack.id, suggestion: suggest(id, known), known: known.join(', ') });
    for (const unit of project.flows.values()) {
      for (const step of unit.flow.steps.values()) {
        if (step.kind === 'referral') {
          step.services.forEach((id, i) => {
            if (!dir.services.has(id)) out.push(diag('UNKNOWN_SERVICE', stepAt(unit, step.id, ['services', i]), args(id)));
          });
        }
        if (step.kind === 'handoff' && step.service && !dir.services.has(step.service)) {
          out.push(diag('UNKNOWN_SERVICE', stepAt(unit, step.id, ['service']), args(step.service)));
        }
      }
    }
    const pack = project.contentSources.get('pack');
    if (pack) {
      for (const field of ['handoff', 'general', 'areaService'] as const) {
        const id = dir.pack[field];
        if (id && !dir.services.has(id)) out.push(diag('UNKNOWN_SERVICE', at(pack.source, [field]), args(id)));
      }
    }
    if (pack) {
      for (const field of ['areaAlso', 'unavailable'] as const) {
        (dir.pack[field] ?? []).forEach((id, i) => {
          if (!dir.services.has(id)) out.push(diag('UNKNOWN_SERVICE', at(pack.source, [field, i]), args(id)));
        });
      }
    }
    const crisis = project.contentSources.get('crisis');
    if (crisis) {
      for (const [kind, ids] of Object.entries(dir.crisis)) {
        ids.forEach((id, i) => {
          if (!dir.services.has(id)) out.push(diag('UNKNOWN_SERVICE', at(crisis.source, [...crisis.path, kind, i]), args(id)));
        });
      }
    }
    const seenPostcodes = new Map<string, string>();
    dir.areas.forEach((area) => {
      const src = project.contentSources.get(`areas/${area.id}`);
      if (!src) return;
      if (!dir.services.has(area.service)) out.push(diag('UNKNOWN_SERVICE', at(src.source, [...src.path, 'service']), args(area.service)));
      area.postcodes.forEach((p, i) => {
        const other = seenPostcodes.get(p);
        if (other) out.push(diag('DUPLICATE_ID', at(src.source, [...src.path, 'postcodes', i]), { id: p, what: `de wijken (ook bij ${other})` }));
        seenPostcodes.set(p, area.id);
      });
    });
    const orgs = [...dir.organisations.keys()];
    for (const s of dir.services.values()) {
      if (!s.organisation || dir.organisations.has(s.organisation)) continue;
      const src = project.contentSources.get(`services/${s.id}`);
      if (!src) continue;
      out.push(
        diag('UNKNOWN_ORGANISATION', at(src.source, [...src.path, 'organisation']), {
          id: s.organisation,
          suggestion: suggest(s.organisation, orgs),
          known: orgs.join(', '),
        }),
      );
    }
    return out;
  },
};
