/**
 * The shape of the house: only bot/channels/botframework/ imports botbuilder (the archived SDK stays in
 * one thin shell), the engine is pure (no file system, network, clock, botbuilder or restify), and layers
 * only import downwards.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ROOT } from './support/project.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
const bot = files(join(ROOT, 'bot')).map((f) => ({ file: relative(ROOT, f), imports: imports(f) }));

describe('architecture', () => {
  it('only bot/channels/botframework/ imports botbuilder', () => {
    const offenders = bot.filter((f) => !f.file.startsWith('bot/channels/botframework/') && f.imports.some((i) => i.startsWith('botbuilder')));
    expect(offenders.map((f) => f.file)).to.deep.equal([]);
    expect(bot.some((f) => f.file.startsWith('bot/channels/botframework/') && f.imports.includes('botbuilder'))).to.equal(true);
  });

  it('the engine, rendering and conversation layers are pure', () => {
    const pure = bot.filter((f) => /^bot\/(engine|render|understand\/interpret)/.test(f.file));
    expect(pure.length).to.be.greaterThan(10);
    for (const f of pure) {
      const bad = f.imports.filter((i) => /^(node:|fs|path|http|net|botbuilder|restify|redis|ws)/.test(i) || i.includes('/store/') || i.includes('/channels/') || i.includes('/turn/'));
      expect(bad, f.file).to.deep.equal([]);
      expect(readFileSync(join(ROOT, f.file), 'utf8'), `${f.file} reads no clock or randomness`).to.not.match(/Date\.now|new Date\(|Math\.random/);
    }
  });

  it('layers import only downwards', () => {
    const floor: Record<string, number> = { engine: 1, understand: 1, content: 1, store: 1, render: 1, authoring: 2, stats: 2, turn: 2, outbox: 2, channels: 3, web: 3, cli: 4 };
    for (const f of bot) {
      const mine = f.file.split('/')[1]!;
      if (!(mine in floor)) continue;
      for (const i of f.imports.filter((x) => x.startsWith('.'))) {
        const theirs = relative(join(ROOT, 'bot'), resolve(ROOT, dirname(f.file), i)).split(sep)[0]!;
        if (theirs in floor && theirs !== mine) expect(floor[theirs]!, `${f.file} imports ${i}`).to.be.at.most(floor[mine]!);
      }
    }
  });
});
