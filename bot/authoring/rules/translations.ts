/** Rule: every resident-facing text exists in every supported language, made from the Dutch text as it is now. */
import { I18N_DEFAULTS } from '../../i18n.js';
import { diag, type Diagnostic } from '../diagnostic.js';
import { leaves } from '../locales.js';
import { translationPath } from '../project.js';
import { translationTodos } from '../translation-status.js';
import { locate } from '../yaml-source.js';
import type { Rule } from './rule.js';

/**
 * MISSING_TRANSLATION (per text, also when the whole translation file is missing: a warning, the
 * bot shows the Dutch text), OUTDATED_TRANSLATION (the Dutch text changed after it was
 * translated) and STALE_TRANSLATION.
 */
export const translations: Rule = {
  name: 'vertalingen',
  check(project) {
    const out: Diagnostic[] = [];
    const names = new Map(project.languages.map((l) => [l.code, l.name]));
    for (const todo of translationTodos(project)) {
      const t = todo.text;
      const language = names.get(todo.lang) ?? todo.lang;
      const file = translationPath(todo.lang, t.group);
      if (todo.state === 'missing') {
        out.push(diag('MISSING_TRANSLATION', { file: t.file, line: t.line, col: t.col }, { key: t.key, language, file, lang: todo.lang }));
        continue;
      }
      const tf = project.translations.find((x) => x.lang === todo.lang && x.group === t.group)!;
      out.push(
        diag('OUTDATED_TRANSLATION', { file, ...locate(tf.source, t.key.split('.')) }, { key: t.key, id: `${t.group}:${t.key}`, language, source: `${t.file}:${t.line}`, lang: todo.lang }),
      );
    }
    // The note after a text shown in Dutch is a translation of nothing: each language has its own.
    const known = new Set([...project.texts.map((t) => `${t.ns}:${t.key}`), I18N_DEFAULTS.untranslatedNote]);
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
