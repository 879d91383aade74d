/**
 * Rule: calm cards. A service card says what a service does and how to reach them in at most about
 * 40 words (20 in easy Dutch); for whom and when are behind "Meer". The words are counted on the
 * lines the renderer itself builds (bot/render/card.ts), per language, for the service as this
 * gemeente's pack fills it in.
 */
import { resolveService } from '../../content/types.js';
import { createI18n, translator } from '../../i18n.js';
import { cardFace, cardWords, countWords, type CardLine } from '../../render/card.js';
import { AUTHORING_DEFAULTS } from '../defaults.js';
import { diag, type At, type Diagnostic } from '../diagnostic.js';
import type { Language, Project } from '../project.js';
import { locate } from '../yaml-source.js';
import type { Rule } from './rule.js';

/** The most words a card may have in a language. */
export function cardBudget(lang: Pick<Language, 'cardWords'>): number {
  return lang.cardWords ?? AUTHORING_DEFAULTS.cardWords;
}

/** A field on a card in one language: its words, and whether the language has its own text for it. */
export interface CardFieldMeasure {
  readonly field: NonNullable<CardLine['field']>;
  readonly key: string;
  readonly words: number;
  /** False when the field is shown in Dutch because its translation is missing. */
  readonly own: boolean;
}

/** One service's card in one language, measured. */
export interface CardMeasure {
  readonly service: string;
  /** The service's name in Dutch, for staff. */
  readonly name: string;
  readonly lang: string;
  readonly words: number;
  readonly max: number;
  readonly fields: readonly CardFieldMeasure[];
}

/** Every card of the project's pack in every language, with its word count (services the pack marked unavailable left out). */
export function measureCards(project: Project): CardMeasure[] {
  const instance = createI18n(project.resources, project.defaultLanguage);
  const dutch = translator(instance, project.defaultLanguage);
  const out: CardMeasure[] = [];
  for (const lang of project.languages) {
    const t = translator(instance, lang.code);
    for (const id of project.directory.services.keys()) {
      const r = resolveService(project.directory, id);
      if (!r) continue;
      const { lines } = cardFace(r.service, t);
      const fields = lines.flatMap((l) =>
        l.field && l.key ? [{ field: l.field, key: l.key, words: countWords(t(l.key)), own: lang.code === project.defaultLanguage || t.has?.(l.key) !== false }] : [],
      );
      out.push({ service: id, name: dutch(r.service.name), lang: lang.code, words: cardWords(lines), max: cardBudget(lang), fields });
    }
  }
  return out;
}

/** Where the text of `key` is written in a language: the Dutch source, or that language's translation file. */
function written(project: Project, lang: string, key: string): At | undefined {
  const i = key.indexOf(':');
  const ns = key.slice(0, i);
  const k = key.slice(i + 1);
  if (lang === project.defaultLanguage) {
    const entry = project.texts.find((x) => x.ns === ns && x.key === k);
    return entry ? { file: entry.file, line: entry.line, col: entry.col } : undefined;
  }
  const tf = project.translations.find((x) => x.lang === lang && x.ns === ns);
  return tf ? { file: tf.source.file, ...locate(tf.source, k.split('.')) } : undefined;
}

/**
 * CARD_TOO_LONG, at the longest field on the card as this language shows it (the pack's file for
 * a gemeente's own text, the national file, or the translation). A card whose longest field is
 * shown in Dutch because it is not translated yet is left to MISSING_TRANSLATION.
 */
export const cardLength: Rule = {
  name: 'rustige kaarten',
  check(project) {
    const out: Diagnostic[] = [];
    const names = new Map(project.languages.map((l) => [l.code, l.name]));
    for (const card of measureCards(project)) {
      if (card.words <= card.max) continue;
      const longest = card.fields.reduce<CardFieldMeasure | undefined>((best, f) => (!best || f.words > best.words ? f : best), undefined);
      if (!longest?.own) continue;
      const where = written(project, card.lang, longest.key);
      if (!where) continue;
      out.push(
        diag('CARD_TOO_LONG', where, {
          service: card.name,
          id: card.service,
          language: names.get(card.lang) ?? card.lang,
          // a card made only of national texts is the same in every gemeente: reported once
          pack: card.fields.some((f) => f.key.startsWith('gemeente:')) ? ` (gemeente ${project.directory.pack.name})` : '',
          count: card.words,
          max: card.max,
          field: longest.field,
          words: longest.words,
        }),
      );
    }
    return out;
  },
};
