/** Rules: Dutch and easy-Dutch texts are easy to read, and jargon is explained. */
import { diag, type Diagnostic } from '../diagnostic.js';
import { leaves } from '../locales.js';
import type { Project } from '../project.js';
import { readability, unexplainedJargon, wordsOf } from '../readability.js';
import { locate } from '../yaml-source.js';
import type { Rule } from './rule.js';

/** A text of one language with where it is written. */
export interface LocatedText {
  readonly key: string;
  readonly text: string;
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

const SKIP = /(^|\.)(choices|title|name|buttons|card|commands|kinds|terms|phones)(\.|$)/;

/** The running texts residents read in a language (sentences of at least 4 words; no button labels or names; not the staff's system texts). */
export function textsOf(project: Project, lang: string): LocatedText[] {
  const keep = (key: string, value: unknown) => typeof value === 'string' && !SKIP.test(key) && wordsOf(value).length >= 4;
  if (lang === project.defaultLanguage) {
    return project.texts
      .filter((t) => t.translate !== false && keep(t.key, t.value))
      .map((t) => ({ key: `${t.ns}:${t.key}`, text: t.value as string, file: t.file, line: t.line, col: t.col }));
  }
  return project.translations
    .filter((tf) => tf.lang === lang)
    .flatMap((tf) =>
      leaves(tf.source.data)
        .filter((l) => keep(l.key, l.value))
        .map((l) => ({ key: `${tf.ns}:${l.key}`, text: l.value as string, file: tf.source.file, ...locate(tf.source, l.path) })),
    );
}

/** READABILITY (per text), SENTENCE_TOO_LONG, READABILITY_AVERAGE (per language) and JARGON. */
export const readabilityRule: Rule = {
  name: 'leesbaarheid',
  check(project) {
    const out: Diagnostic[] = [];
    for (const lang of project.languages) {
      const texts = textsOf(project, lang.code);
      const jargon = project.jargon[lang.code] ?? [];
      for (const t of texts) {
        for (const word of unexplainedJargon(t.text, jargon)) out.push(diag('JARGON', t, { word }));
      }
      const limits = lang.readability;
      if (!limits || texts.length === 0) continue;
      let total = 0;
      for (const t of texts) {
        const r = readability(t.text);
        total += r.score;
        if (r.score < limits.minScore) out.push(diag('READABILITY', t, { language: lang.name, score: r.score, min: limits.minScore }));
        if (r.longest > limits.maxWords) out.push(diag('SENTENCE_TOO_LONG', t, { language: lang.name, longest: r.longest, max: limits.maxWords }));
      }
      const average = Math.round((total / texts.length) * 10) / 10;
      if (average < limits.minScore) {
        out.push(diag('READABILITY_AVERAGE', { file: 'locales/languages.yaml', line: lang.line ?? 1, col: 5 }, { language: lang.name, score: average, min: limits.minScore }));
      }
    }
    return out;
  },
};
