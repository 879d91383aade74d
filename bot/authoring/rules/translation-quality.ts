/** Rule: a translation keeps the placeholders of its Dutch text, is not far longer, and is in its language's script. */
import { diag, type Diagnostic } from '../diagnostic.js';
import { leaves } from '../locales.js';
import { checkTranslation } from '../translation-check.js';
import { locate } from '../yaml-source.js';
import type { Rule } from './rule.js';

/** TRANSLATION_PLACEHOLDER, TRANSLATION_LENGTH and TRANSLATION_SCRIPT, at the translation. */
export const translationQuality: Rule = {
  name: 'kwaliteit van vertalingen',
  check(project) {
    const out: Diagnostic[] = [];
    const dutch = new Map(project.texts.map((t) => [`${t.ns}:${t.key}`, t]));
    const langs = new Map(project.languages.map((l) => [l.code, l]));
    for (const tf of project.translations) {
      const lang = langs.get(tf.lang);
      if (!lang) continue;
      for (const leaf of leaves(tf.source.data)) {
        const source = dutch.get(`${tf.ns}:${leaf.key}`);
        if (!source) continue; // STALE_TRANSLATION
        for (const p of checkTranslation(source.value, leaf.value, lang)) {
          out.push(diag(p.code, { file: tf.source.file, ...locate(tf.source, leaf.path) }, { ...p.args, key: leaf.key, language: lang.name }));
        }
      }
    }
    return out;
  },
};
