/**
 * The loaded project as the validator sees it: every source file with positions, the built flows,
 * the content, every resident-facing text and the translations.
 * @packageDocumentation
 */
import type { UnderstandingData } from '../understand/types.js';
import type { PageTexts } from './page-texts.js';
import type { Directory } from '../content/types.js';
import type { Flow, Graph } from '../engine/types.js';
import type { YamlPath } from '../engine/steps/index.js';
import type { Diagnostic } from './diagnostic.js';
import type { YamlSource } from './yaml-source.js';

/** A supported language. */
export interface Language {
  readonly code: string;
  /** Dutch name, for staff messages ("Engels"). */
  readonly name: string;
  /** The language's own name, for residents ("English"). */
  readonly native: string;
  /** Other names a resident may ask for it by ("english please", "po polsku"). */
  readonly aliases?: readonly string[];
  readonly dir: 'ltr' | 'rtl';
  /** Readability thresholds (checked for Dutch and easy Dutch). */
  readonly readability?: { readonly minScore: number; readonly maxWords: number };
  /** Most words on a service card in this language (CARD_TOO_LONG); default `AUTHORING_DEFAULTS.cardWords`. */
  readonly cardWords?: number;
  /** Where the language is written in `locales/languages.yaml`. */
  readonly line?: number;
  /** The script a translation must contain (a Unicode script name: `Arabic`, `Cyrillic`). */
  readonly script?: string;
}

/** A flow as built from its file. */
export interface FlowUnit {
  readonly flow: Flow;
  readonly source: YamlSource;
  /**
   * Every step as written, in order, with its path (duplicates included); `implicit` for a link
   * step made from a `flow:` choice (its path is that choice).
   */
  readonly written: readonly { readonly id: string; readonly kind: string; readonly path: YamlPath; readonly implicit?: true }[];
}

/** A resident-facing text in Dutch, as written in a flow, content or locale file. */
export interface TextEntry {
  /** i18next namespace: the flow id, `content` or `common`. */
  readonly ns: string;
  /** Translation file group: `flows/geld`, `content/dordrecht`, `common`; files are `locales/<lang>/<group>.yaml`. */
  readonly group: string;
  readonly key: string;
  readonly value: string | readonly string[];
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** False for texts that staff and operators read (server errors, report labels): never translated. */
  readonly translate?: false;
}

/** i18next resources: language → namespace → nested keys. */
export type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** A translation file that was read, for stale-key checks. */
export interface TranslationFile {
  readonly lang: string;
  readonly ns: string;
  readonly group: string;
  readonly source: YamlSource;
}

/** Everything loaded from a project folder. */
export interface Project {
  readonly root: string;
  readonly languages: readonly Language[];
  readonly defaultLanguage: string;
  readonly flows: ReadonlyMap<string, FlowUnit>;
  /** Flows whose file exists but could not be built (syntax or schema errors, already reported). */
  readonly brokenFlows: ReadonlySet<string>;
  readonly directory: Directory;
  /** Where each content item is written: `services/<id>`, `organisations/<id>`, `pack`. */
  readonly contentSources: ReadonlyMap<string, { readonly source: YamlSource; readonly path: YamlPath }>;
  readonly texts: readonly TextEntry[];
  readonly resources: Resources;
  readonly translations: readonly TranslationFile[];
  /** Per language, the hash of the Dutch text each translation was made from (`locales/<lang>/.sources.yaml`). */
  readonly sourceHashes: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>>;
  /** Jargon words per language, which a text must explain when it uses them. */
  readonly jargon: Readonly<Record<string, readonly string[]>>;
  readonly graph: Graph;
  /** The synonym and crisis files, when the project has them (`flows/synonyms/`). */
  readonly understanding?: UnderstandingData;
  /** The chat page's own texts per language (`locales/<lang>/page.yaml`). */
  readonly pageTexts: PageTexts;
  /** Problems found while reading (syntax, schema). */
  readonly diagnostics: readonly Diagnostic[];
}

/** The translation file of a group in a language, e.g. `locales/en/flows/geld.yaml`. */
export function translationPath(lang: string, group: string): string {
  return `locales/${lang}/${group}.yaml`;
}
