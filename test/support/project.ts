/** Shared test helpers: the real project, loaded once, and fixtures applied as overlays. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject } from '../../bot/authoring/load.js';
import type { Project } from '../../bot/authoring/project.js';
import { validate } from '../../bot/authoring/validate.js';
import { createBot, type BotModel } from '../../bot/turn/converse.js';

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const projects = new Map<string, Project>();
const bots = new Map<string, BotModel>();

/** The shipped project with a gemeente's pack (default Dordrecht), loaded once per pack. */
export function shippedProject(pack = 'dordrecht'): Project {
  let project = projects.get(pack);
  if (!project) projects.set(pack, (project = loadProject({ root: ROOT, pack })));
  return project;
}

/** A bot over the shipped project with a gemeente's pack, built once per pack. */
export function shippedBot(pack = 'dordrecht'): BotModel {
  let bot = bots.get(pack);
  if (!bot) bots.set(pack, (bot = createBot(shippedProject(pack))));
  return bot;
}

/** A fixture: which files it replaces, appends to or removes, and what it expects. */
export interface Fixture {
  readonly overlay: Map<string, string | null>;
  readonly expect: { code: string; where?: string }[];
}

/**
 * Reads a fixture file with `# target:`, `# append:`, `# delete:` and `# expect: CODE [file:line:col]`
 * lines. Lines in `expect` count within the fixture, also when it is appended to a file.
 */
export function readFixture(path: string): Fixture {
  const text = readFileSync(path, 'utf8');
  const overlay = new Map<string, string | null>();
  const expect: { code: string; where?: string }[] = [];
  let shift = 0;
  for (const line of text.split('\n')) {
    const m = /^# (target|append|delete|expect): (.+)$/.exec(line);
    if (!m) continue;
    const [, verb, arg] = m as unknown as [string, string, string];
    if (verb === 'target') overlay.set(arg.trim(), text);
    if (verb === 'append') {
      const base = readFileSync(resolve(ROOT, arg.trim()), 'utf8').replace(/\n*$/, '\n');
      shift = base.split('\n').length - 1;
      overlay.set(arg.trim(), base + text);
    }
    if (verb === 'delete') overlay.set(arg.trim(), null);
    if (verb === 'expect') {
      const [code, where] = arg.trim().split(/\s+/) as [string, string | undefined];
      const shifted = where?.replace(/:(\d+):(\d+)$/, (_, l: string, c: string) => `:${Number(l) + shift}:${c}`);
      expect.push(shifted ? { code, where: shifted } : { code });
    }
  }
  return { overlay, expect };
}

/** Validates the shipped project with a fixture applied. */
export function validateWith(fixture: Fixture) {
  return validate({ root: ROOT, pack: 'dordrecht', overlay: fixture.overlay });
}
