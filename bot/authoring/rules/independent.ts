/**
 * Rule: independent support as the gemeente must offer it (issue 15). Every independent service a
 * flow offers can be reached directly, not only through a gemeente desk; a pack says how its
 * gemeente organises independent support; what the gemeente wants beside the teams is there.
 * A gap the pack lists under `independentSupport.open` is known: no warning, but `npm run ready`
 * keeps it on the checklist (it still blocks going live).
 * @packageDocumentation
 */
import { AUTHORING_DEFAULTS } from '../defaults.js';
import { diag, type Diagnostic } from '../diagnostic.js';
import { hasDirectContact, offeredIndependent, referredServices } from '../independent.js';
import { at } from '../yaml-source.js';
import type { Rule } from './rule.js';

/** INDEPENDENT_NO_DIRECT_CONTACT, INDEPENDENT_SUPPORT_UNDECLARED and INDEPENDENT_BESIDE_MISSING. */
export const independentRule: Rule = {
  name: 'onafhankelijke steun',
  check(project) {
    const out: Diagnostic[] = [];
    const dir = project.directory;
    const pack = dir.pack.id;
    const packSrc = project.contentSources.get('pack');
    if (!packSrc) return out;
    const decl = dir.pack.independentSupport;
    const known = new Set(decl?.open ?? []);
    for (const id of offeredIndependent(project.graph, dir)) {
      if (hasDirectContact(dir, id) || known.has(id)) continue;
      const s = dir.services.get(id)!;
      const src = project.contentSources.get(`services/${id}`);
      const own = src && !src.source.file.startsWith(`content/${AUTHORING_DEFAULTS.sharedPack}/`);
      const org = project.contentSources.get(`organisations/${s.organisation}`);
      const where = own ? at(src.source, [...src.path, 'id']) : org ? at(org.source, [...org.path, 'id']) : at(packSrc.source, ['id']);
      out.push(diag('INDEPENDENT_NO_DIRECT_CONTACT', where, { id, organisation: s.organisation, pack }));
    }
    if (!decl) {
      out.push(diag('INDEPENDENT_SUPPORT_UNDECLARED', at(packSrc.source, ['id']), { pack }));
      return out;
    }
    const offered = new Set(referredServices(project.graph));
    (decl.beside ?? []).forEach((id, i) => {
      const off = dir.pack.unavailable?.includes(id) || !dir.services.has(id);
      if ((off || !offered.has(id)) && !known.has(id)) out.push(diag('INDEPENDENT_BESIDE_MISSING', at(packSrc.source, ['independentSupport', 'beside', i]), { id, pack }));
    });
    return out;
  },
};
