/** Rule: every resident-facing text exists in every supported language. */
import { diag, type Diagnostic } from '../diagnostic.js';
import { leaves, lookup } from '../locales.js';
import { translationPath } from '../project.js';
import { locate } from '../yaml-source.js';
import type { Rule } from './rule.js';

/** MISSING_TRANSLATION (per text, or FILE_MISSING for a whole missing file) and STALE_TRANSLATION. */
export const translations: Rule = {
  name: 'vertalingen',
  check(project) {
    const out: Diagnostic[] = [];
    const files = new Set(project.translations.map((t) => `${t.lang}/${t.group}`));
    const reportedFiles = new Set<string>();
    for (const lang of project.languages) {
      if (lang.code === project.defaultLanguage) continue;
      for (const t of project.texts) {
        if (t.translate === false) continue;
        const file = translationPath(lang.code, t.group);
        if (!files.has(`${lang.code}/${t.group}`)) {
          if (!reportedFiles.has(file)) {
            reportedFiles.add(file);
            out.push(diag('FILE_MISSING', { file, line: 1, col: 1 }, { what: `met de vertaling in het ${lang.name} van ${t.group}`, file }));
          }
          continue;
        }
        const value = lookup(project.resources, lang.code, t.ns, t.key);
        const ok = Array.isArray(t.value) ? Array.isArray(value) && value.length > 0 : typeof value === 'string' && value.trim() !== '';
        if (!ok) out.push(diag('MISSING_TRANSLATION', { file: t.file, line: t.line, col: t.col }, { key: t.key, language: lang.name, file }));
      }
    }
    const known = new Set(project.texts.map((t) => `${t.ns}:${t.key}`));
    for (const tf of project.translations) {
      for (const leaf of leaves(tf.source.data)) {
        if (!known.has(`${tf.ns}:${leaf.key}`)) {
          out.push(diag('STALE_TRANSLATION', { file: tf.source.file, ...locate(tf.source, leaf.path, { key: true }) }, { key: leaf.key }));
        }
      }
    }
    return out;
  },
};
