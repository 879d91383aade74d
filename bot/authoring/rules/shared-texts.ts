/**
 * Rule: texts shared by every gemeente (flows, national content, fixed texts) do not name one
 * gemeente's organisations or the gemeente itself. "A cliëntondersteuner of MEEPlus" is right in
 * Dordrecht and wrong in Raalte; the referral cards below a text name the local organisation.
 * @packageDocumentation
 */
import { diag, type Diagnostic } from '../diagnostic.js';
import type { Rule } from './rule.js';

/** A case-insensitive whole-word pattern for a name. */
function wordPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

/** PACK_NAME_IN_FLOW. */
export const sharedTexts: Rule = {
  name: 'gedeelde teksten noemen geen gemeente',
  check(project) {
    const out: Diagnostic[] = [];
    const pack = project.directory.pack;
    const own = `content/${pack.id}/`;
    const names = new Set<string>([pack.name]);
    for (const org of project.directory.organisations.values()) {
      if (project.contentSources.get(`organisations/${org.id}`)?.source.file.startsWith(own)) names.add(org.name);
    }
    const patterns = [...names].filter((n) => n.trim().length > 2).map((name) => ({ name, re: wordPattern(name) }));
    for (const t of project.texts) {
      if (t.group === `content/${pack.id}`) continue;
      const values = Array.isArray(t.value) ? t.value : [t.value as string];
      const hit = patterns.find((p) => values.some((v) => p.re.test(v)));
      if (hit) out.push(diag('PACK_NAME_IN_FLOW', { file: t.file, line: t.line, col: t.col }, { name: hit.name, pack: pack.id }));
    }
    return out;
  },
};
