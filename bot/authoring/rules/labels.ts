/** Rule: every choice has a label (a missing `label` key is already caught by the schema). */
import { diag } from '../diagnostic.js';
import type { Rule } from './rule.js';

/** CHOICE_NO_LABEL for labels that are only white space. */
export const labels: Rule = {
  name: 'knoppen zonder tekst',
  check(project) {
    return project.texts
      .filter((t) => project.flows.has(t.ns) && /\.choices\.[^.]+$/.test(t.key) && typeof t.value === 'string' && t.value.trim() === '')
      .map((t) => diag('CHOICE_NO_LABEL', { file: t.file, line: t.line, col: t.col, flow: t.ns }, { id: t.key.split('.').pop() ?? '?' }));
  },
};
