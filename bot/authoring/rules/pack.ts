/**
 * Rule: the gemeente's pack fills in every service it needs. National services without an
 * organisation are templates that each gemeente fills in or marks `unavailable`; a service that
 * must always be there (the human, the crisis lines) cannot be unavailable, and no referral may
 * end up empty.
 * @packageDocumentation
 */
import { SERVICE_REQUIRED } from '../content.js';
import { AUTHORING_DEFAULTS } from '../defaults.js';
import { diag, type Diagnostic } from '../diagnostic.js';
import { at } from '../yaml-source.js';
import { stepAt, type Rule } from './rule.js';

/** SERVICE_INCOMPLETE, SERVICE_UNAVAILABLE and REFERRAL_EMPTY. */
export const packRule: Rule = {
  name: 'gemeentepakket compleet',
  check(project) {
    const out: Diagnostic[] = [];
    const dir = project.directory;
    const pack = dir.pack.id;
    const packSrc = project.contentSources.get('pack');
    if (!packSrc) return out; // a missing or broken pack.yaml is reported already
    const unavailable = dir.pack.unavailable ?? [];
    const off = new Set(unavailable);

    for (const s of dir.services.values()) {
      if (off.has(s.id)) continue;
      const missing = SERVICE_REQUIRED.filter((f) => !s[f]);
      if (missing.length === 0) continue;
      const src = project.contentSources.get(`services/${s.id}`);
      const own = src && !src.source.file.startsWith(`content/${AUTHORING_DEFAULTS.sharedPack}/`);
      const where = own ? at(src.source, [...src.path, 'id']) : at(packSrc.source, ['id']);
      out.push(diag('SERVICE_INCOMPLETE', where, { id: s.id, pack, missing: missing.join(', ') }));
    }

    if (off.size > 0) {
      const needed = new Map<string, string>();
      const need = (id: string | undefined, why: string) => id && !needed.has(id) && needed.set(id, why);
      need(dir.pack.handoff, "'praat met een mens' (handoff in pack.yaml)");
      need(dir.pack.general, "de gemeente zelf (general in pack.yaml)");
      need(dir.pack.areaService, 'het wijkteam per postcode (areaService in pack.yaml)');
      for (const [kind, ids] of Object.entries(dir.crisis)) for (const id of ids) need(id, `de crisishulp (${kind} in crisis.yaml)`);
      for (const unit of project.flows.values()) {
        for (const step of unit.flow.steps.values()) {
          if (step.kind === 'handoff' && step.service) need(step.service, `de stap '${step.id}' in flows/${unit.flow.id}.yaml`);
        }
      }
      unavailable.forEach((id, i) => {
        const why = needed.get(id);
        if (why) out.push(diag('SERVICE_UNAVAILABLE', at(packSrc.source, ['unavailable', i]), { id, why, pack }));
      });
    }

    for (const unit of project.flows.values()) {
      for (const step of unit.flow.steps.values()) {
        if (step.kind !== 'referral' || step.services.length === 0) continue;
        if (step.services.every((id) => off.has(id))) {
          out.push(diag('REFERRAL_EMPTY', stepAt(unit, step.id, ['services']), { pack, ids: step.services.join(', ') }));
        }
      }
    }
    return out;
  },
};
