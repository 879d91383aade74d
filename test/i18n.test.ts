/**
 * The translator's own filling-in of parameters gives exactly what i18next gives, for every text
 * of every language that has places to fill in (also with a place left out, and with values that
 * look like places or replacement patterns).
 */
import { expect } from 'chai';
import { loadProject } from '../bot/authoring/load.js';
import { createI18n, translator } from '../bot/i18n.js';
import { ROOT } from './support/project.js';

/** Every key (namespace:path) whose text has a place to fill in. */
function keysWithPlaces(tree: unknown, prefix: string, out: string[]): string[] {
  if (typeof tree === 'string') {
    if (tree.includes('{{')) out.push(prefix);
  } else if (tree && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [k, v] of Object.entries(tree)) keysWithPlaces(v, prefix.endsWith(':') ? `${prefix}${k}` : `${prefix}.${k}`, out);
  }
  return out;
}

describe('translator: parameters filled in as i18next does', () => {
  const project = loadProject({ root: ROOT });
  const instance = createI18n(project.resources, project.defaultLanguage);
  const fixedT = (lang: string) => instance.getFixedT(lang);

  it('for every text with places, in every language, with tricky values and a missing one', () => {
    let checked = 0;
    for (const [lang, namespaces] of Object.entries(project.resources)) {
      const t = translator(instance, lang);
      for (const [ns, tree] of Object.entries(namespaces as Record<string, unknown>)) {
        for (const key of keysWithPlaces(tree, `${ns}:`, [])) {
          const raw = String(fixedT(lang)(key, { skipInterpolation: true }));
          const names = [...raw.matchAll(/\{\{-?\s*([^{},]*?)\s*\}\}/g)].map((m) => m[1]!);
          const full = Object.fromEntries(names.map((n, i) => [n, i % 2 ? `$& {{${n}}} $1` : `waarde ${i}`]));
          const partial = Object.fromEntries(names.slice(1).map((n) => [n, 'x']));
          for (const params of [full, partial]) {
            expect(t(key, params), `${lang} ${key} ${JSON.stringify(params)}`).to.equal(String(fixedT(lang)(key, { ...params })));
            expect(t(key, params), 'the second time, from the cache').to.equal(String(fixedT(lang)(key, { ...params })));
          }
          checked++;
        }
      }
    }
    expect(checked).to.be.greaterThan(100);
  });
});
