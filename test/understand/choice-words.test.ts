/**
 * Typed answers in the words staff wrote on a choice (`words:` in the flow YAML): one choice named
 * is that answer, two named is no answer, and what a message says beyond those words can be read
 * on its own.
 */
import { expect } from 'chai';
import type { QuestionStep, State } from '../../bot/engine/types.js';
import { choiceByWords, choicesNamed, withoutChoiceWords } from '../../bot/understand/choice-words.js';
import { lexicon, readText, withoutTimeClauses } from '../../bot/understand/interpret.js';
import { momentDays, pastYear } from '../../bot/understand/time-words.js';
import { shippedBot } from '../support/project.js';

describe('understand: answers in the words of a choice', () => {
  const graph = shippedBot().graph;
  const question = (flow: string, step: string) => graph.flows.get(flow)!.steps.get(step) as QuestionStep;
  const state = (flow: string) => ({ flow }) as unknown as State;

  it('words of exactly one choice are that choice, in any place of the message', () => {
    const haast = question('geld', 'haast');
    expect(choiceByWords(readText('dit speelt al jaren eigenlijk'), haast, state('geld'))).to.deep.equal({ type: 'choice', flow: 'geld', step: 'haast', choice: 'al-lang' });
    expect(choiceByWords(readText('sinds kort'), haast, state('geld'))).to.include({ choice: 'net' });
    expect(choiceByWords(readText('blabla'), haast, state('geld'))).to.equal(undefined);
    expect(choiceByWords(readText(''), haast, state('geld'))).to.equal(undefined);
  });

  it('words are compared as they sound: a spelling of the table or a typo the spelling rules fold', () => {
    const u = shippedBot().understanding!;
    const heard = (text: string) => ({ keys: u.wordKeys(text), of: (w: string) => u.wordKeys(w) });
    const wat = question('wonen', 'wat');
    // as written, "mn" is not "mijn"; as it sounds, it is
    expect(choiceByWords(readText('moet uit mn huis'), wat, state('wonen'))).to.equal(undefined);
    expect(choiceByWords(readText('moet uit mn huis'), wat, state('wonen'), heard('moet uit mn huis'))).to.include({ choice: 'uit-huis' });
    const haast = question('geld', 'haast');
    expect(choiceByWords(readText('al jaare'), haast, state('geld'), heard('al jaare'))).to.include({ choice: 'al-lang' });
    expect(choiceByWords(readText('blabla'), haast, state('geld'), heard('blabla'))).to.equal(undefined);
  });

  it('words of two choices are no answer', () => {
    const haast = question('geld', 'haast');
    const n = readText('het speelt al jaren maar sinds kort is het erger').n;
    expect(choicesNamed(n, haast).map((c) => c.id)).to.have.members(['al-lang', 'net']);
    expect(choiceByWords(readText('het speelt al jaren maar sinds kort is het erger'), haast, state('geld'))).to.equal(undefined);
  });

  it('what a message says beyond a choice\'s words', () => {
    const choice = question('opvoeden', 'wat').choices.find((c) => c.id === 'scheiden')!;
    expect(withoutChoiceWords(readText('mijn vrouw en ik gaan uit elkaar, hoe moet dat').n, choice)).to.equal('mijn vrouw en ik gaan hoe moet dat');
    expect(withoutChoiceWords('', choice)).to.equal('');
  });

  it('every word staff wrote on a choice is found when a resident types it (same normalising on both sides)', () => {
    for (const flow of graph.flows.values()) {
      for (const step of flow.steps.values()) {
        if (step.kind !== 'question') continue;
        for (const c of step.choices) for (const w of c.words ?? []) expect(choicesNamed(readText(w).n, step).length, `${flow.id}/${step.id}: "${w}"`).to.be.at.least(1);
      }
    }
  });

  it('a clause of time ends at a comma or a boundary word; in Turkish it is what comes before the word', () => {
    const nl = lexicon({ since: ['sinds'], bounds: ['en', 'maar'] });
    expect(withoutTimeClauses(readText('pas sinds hij naar de nieuwe school gaat, een week of drie'), nl)).to.equal('pas een week of drie');
    expect(withoutTimeClauses(readText('sinds mijn scheiding maar niet dringend'), nl)).to.equal('maar niet dringend');
    expect(withoutTimeClauses(readText('al heel lang'), nl)).to.equal('al heel lang');
    const tr = lexicon({ since: ['… beri'], bounds: ['ama'] });
    expect(withoutTimeClauses(readText('ama işimi kaybettiğimden beri çok acil'), tr)).to.equal('ama cok acil');
  });

  it('a year gone by after a word of time dates an answer; a year alone, this year or a sum of money does not', () => {
    const nl = lexicon({ since: ['sinds', 'vanaf'] });
    expect(pastYear(readText('sinds 2019'), nl, 2026)).to.equal(true);
    expect(pastYear(readText('al vanaf 2020 ongeveer'), nl, 2026)).to.equal(true);
    expect(pastYear(readText('sinds 2026'), nl, 2026)).to.equal(false);
    expect(pastYear(readText('ik heb 2000 euro schuld'), nl, 2026)).to.equal(false);
    expect(pastYear(readText('sinds 1200'), nl, 2026)).to.equal(false);
    expect(pastYear(readText('2019dan beri'), lexicon({ since: ['… beri'] }), 2026)).to.equal(true);
  });

  it('a negation drops a choice\'s words also when it is the only choice named', () => {
    const haast = question('geld', 'haast');
    const negation = ['geen', 'niet'];
    expect(choiceByWords(readText('oke maar geen haast'), haast, state('geld'), undefined, negation)).to.equal(undefined);
    expect(choiceByWords(readText('oke maar wel haast'), haast, state('geld'), undefined, negation)).to.include({ choice: 'heel-dringend' });
  });
});
