/** Rule: every leefgebied has its flow (a warning while flows are still being written). */
import { AUTHORING_DEFAULTS } from '../defaults.js';
import { diag } from '../diagnostic.js';
import type { Rule } from './rule.js';

/** FLOW_MISSING. */
export const leefgebieden: Rule = {
  name: 'leefgebieden',
  check(project) {
    return AUTHORING_DEFAULTS.leefgebieden
      .filter((id) => !project.flows.has(id) && !project.brokenFlows.has(id))
      .map((id) => diag('FLOW_MISSING', { file: `flows/${id}.yaml`, line: 1, col: 1 }, { id }));
  },
};
