/**
 * Builds the typed, immutable flow from a schema-checked YAML source, registering every Dutch text.
 * @packageDocumentation
 */
import { STEP_KINDS, type BuildContext, type YamlPath } from '../engine/steps/index.js';
import type { Flow, Step, StepKindName } from '../engine/types.js';
import type { FlowUnit, TextEntry } from './project.js';
import { locate, type YamlSource } from './yaml-source.js';

interface RawFlow {
  id: string;
  title: string;
  start: string;
  afterFlow?: string;
  supportEarly?: string;
  steps: Record<string, unknown>[];
}

/** Builds a flow; `texts` receives its Dutch texts (namespace = flow id). */
export function buildFlow(source: YamlSource, texts: TextEntry[]): FlowUnit {
  const raw = source.data as RawFlow;
  const ns = raw.id;
  const register = (key: string, value: string, path: YamlPath) => {
    const p = locate(source, path);
    texts.push({ ns, group: `flows/${ns}`, key, value, file: source.file, ...p });
    return `${ns}:${key}`;
  };
  const steps = new Map<string, Step>();
  const written: FlowUnit['written'][number][] = [];
  const taken = new Set(raw.steps.map((s) => String(s.id)));
  const links = new Map<string, Step>(); // implicit link steps, by target flow
  let linksAfter: string | undefined; // the last step with a `flow:` choice
  raw.steps.forEach((rawStep, i) => {
    const id = String(rawStep.id);
    const kind = String(rawStep.kind) as StepKindName;
    const path: YamlPath = ['steps', i];
    written.push({ id, kind, path });
    if (steps.has(id)) return; // reported by the duplicate-step rule
    const ctx: BuildContext = {
      flowId: ns,
      path,
      text: (rel, dutch, key) => register(`${id}.${key ?? rel.map(String).join('.')}`, dutch, [...path, ...rel]),
      pos: (rel) => ({ file: source.file, ...locate(source, [...path, ...rel]) }),
      linkTo: (flow, rel) => {
        linksAfter = id;
        const known = links.get(flow);
        if (known) return known.id;
        let linkId = `naar-${flow}`;
        for (let n = 2; taken.has(linkId); n++) linkId = `naar-${flow}-${n}`;
        taken.add(linkId);
        const linkPath = [...path, ...rel];
        written.push({ id: linkId, kind: 'link', path: linkPath, implicit: true });
        links.set(flow, { kind: 'link', id: linkId, flow, pos: { file: source.file, ...locate(source, linkPath) } });
        return linkId;
      },
    };
    const built = STEP_KINDS[kind].build(rawStep, ctx) as Step;
    steps.set(id, { ...built, pos: ctx.pos([]) } as Step);
  });
  const ordered = linksAfter === undefined ? steps : withLinks(steps, linksAfter, links.values());
  const title = register('title', raw.title, ['title']);
  const flow: Flow = {
    id: raw.id,
    title,
    start: raw.start,
    ...(raw.afterFlow ? { afterFlow: raw.afterFlow } : {}),
    ...(raw.supportEarly ? { supportEarly: raw.supportEarly } : {}),
    steps: ordered,
    file: source.file,
  };
  return { flow, source, written };
}

/**
 * The steps with the implicit link steps placed after the last step that has a `flow:` choice
 * (after the menus, as a flow with written link steps reads), so a picture reads the same.
 */
function withLinks(steps: ReadonlyMap<string, Step>, after: string, links: Iterable<Step>): Map<string, Step> {
  const out = new Map<string, Step>();
  for (const [id, step] of steps) {
    out.set(id, step);
    if (id === after) for (const link of links) out.set(link.id, link);
  }
  return out;
}
