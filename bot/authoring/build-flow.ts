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
    };
    const built = STEP_KINDS[kind].build(rawStep, ctx) as Step;
    steps.set(id, { ...built, pos: ctx.pos([]) } as Step);
  });
  const title = register('title', raw.title, ['title']);
  const flow: Flow = {
    id: raw.id,
    title,
    start: raw.start,
    ...(raw.afterFlow ? { afterFlow: raw.afterFlow } : {}),
    steps,
    file: source.file,
  };
  return { flow, source, written };
}
