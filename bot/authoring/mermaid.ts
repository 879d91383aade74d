/**
 * A flow as a Mermaid flowchart, labelled in Dutch, so staff can review a flow by looking at it:
 * questions as rounded boxes with their choices on the arrows, branches as diamonds with their
 * conditions, referrals and handoffs as green end boxes, links to other flows as flags.
 * @packageDocumentation
 */
import { kindOf } from '../engine/steps/index.js';
import type { Condition, Flow, Step } from '../engine/types.js';

/** Turns a text key into its Dutch text. */
export type Dutch = (key: string) => string;

const q = (s: string) => s.replace(/"/g, "'").replace(/[\n\r]+/g, ' ').replace(/[<>]/g, '').slice(0, 90);
const node = (id: string) => `s_${id.replace(/[^a-zA-Z0-9_]/g, '_')}`;

function condition(c: Condition): string {
  if ('is' in c) return `${c.answer} = ${c.is}`;
  if ('in' in c) return `${c.answer} is ${c.in.join(' of ')}`;
  if ('answered' in c) return `${c.answered} beantwoord`;
  if ('visited' in c) return `${c.visited.atLeast}+ leefgebieden`;
  return c.postcode ? 'postcode bekend' : 'geen postcode';
}

function box(step: Step, t: Dutch, serviceName: (id: string) => string): string {
  const id = node(step.id);
  switch (step.kind) {
    case 'question':
      return `${id}("❓ ${q(t(step.text))}")`;
    case 'message':
      return `${id}["💬 ${q(t(step.text))}"]`;
    case 'branch':
      return `${id}{"${q(step.id)}"}`;
    case 'referral':
      return `${id}[["➡️ Verwijzing: ${q(step.services.map(serviceName).join(', '))}"]]`;
    case 'handoff':
      return `${id}[["🙋 Een mens: ${q(serviceName(step.service ?? 'wijkteam'))}"]]`;
    case 'link':
      return `${id}>"↪ naar ${q(step.flow)}${step.step ? ` (${q(step.step)})` : ''}"]`;
    case 'summary':
      return `${id}["📝 Samenvatting: ${q(t(step.text))}"]`;
  }
}

/** The Mermaid source of one flow. */
export function flowToMermaid(flow: Flow, t: Dutch, serviceName: (id: string) => string): string {
  const lines = ['flowchart TD', `  start(((${q(t(flow.title))})))`, `  start --> ${node(flow.start)}`];
  for (const step of flow.steps.values()) {
    lines.push(`  ${box(step, t, serviceName)}`);
    if (step.kind === 'question') {
      for (const c of step.choices) lines.push(`  ${node(step.id)} -- "${q(t(c.label))}" --> ${node(c.next)}`);
      if (step.other) lines.push(`  ${node(step.id)} -. "eigen woorden" .-> ${node(step.other)}`);
    } else if (step.kind === 'branch') {
      for (const c of step.cases) lines.push(`  ${node(step.id)} -- "${q(condition(c.when))}" --> ${node(c.next)}`);
      lines.push(`  ${node(step.id)} -- "anders" --> ${node(step.else)}`);
    } else {
      for (const target of kindOf(step).targets(step)) lines.push(`  ${node(step.id)} --> ${node(target.next)}`);
    }
    if (step.kind === 'referral' || step.kind === 'handoff') lines.push(`  class ${node(step.id)} outcome`);
  }
  lines.push('  classDef outcome fill:#dff5e1,stroke:#2e7d32,color:#1a1a1a');
  return `${lines.join('\n')}\n`;
}
