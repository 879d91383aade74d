/**
 * In a real browser: the chat page with the real Web Chat client, as a resident uses it —
 * typing, clicking, the referral card with a tel: link, the summary, back, language, start over,
 * keyboard only, screen-reader announcements, the typing indicator, 320 px, 200 % text and 400 %
 * zoom in four languages, the page in the resident's language and direction, pictograms in easy
 * Dutch, quick exit, the embed snippet, and axe-core with zero serious or critical WCAG 2.1 AA
 * violations. Screenshots go to test-output/screenshots; UPDATE_DOCS_IMG=1 also renews the README's
 * pictures in docs/img.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, launch, shot } from './support/browser.js';
import { ROOT, shippedProject } from './support/project.js';
import { inProcess } from './support/server.js';

/** The page's texts per language (locales/<lang>/page.yaml), as the page gets them. */
const pageTexts = shippedProject().pageTexts;
const pageText = (lang: string, key: string): string => {
  const v = pageTexts.languages[lang]?.texts[key] ?? pageTexts.languages.nl?.texts[key];
  return typeof v === 'string' ? v : '';
};

type Running = Awaited<ReturnType<typeof inProcess>>;

describe('in a real browser', function () {
  this.timeout(120_000);
  let server: Running;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    server = await inProcess({ rateLimitPerSecond: 0 });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1024, height: 900 }, bypassCSP: false, acceptDownloads: true });
    await context.route('https://www.google.nl/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutraal</title><p>Het weer</p>' }));
    page = await context.newPage();
  });
  afterEach(async () => context?.close());

  const bot = (text: string) => page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').filter({ hasText: text }).last();
  const open = async (path = '/') => {
    await page.goto(`${server.base}${path}`);
    await bot('Waar gaat je vraag over').waitFor({ timeout: 20_000 });
  };
  // Web Chat also keeps hidden copies of the buttons in its screen-reader live region: use the visible ones.
  const click = async (name: string) => {
    await page.getByRole('button', { name, exact: true }).filter({ visible: true }).last().click();
  };
  const type = async (text: string) => {
    await page.getByRole('textbox').fill(text);
    await page.keyboard.press('Enter');
  };

  it('a whole conversation: type, click, referral card with tel:, summary, back, language, start over', async () => {
    await open();
    await shot(page, '01-welkom');
    await type('ik heb schulden');
    // the story already says it: no "Wat speelt er met geld?" with "Ik heb schulden" as a button
    await bot('Dat heb ik al begrepen: Ik heb schulden').waitFor();
    await bot('Is het dringend').waitFor();
    await click('Terug');
    await bot('we gaan een vraag terug').waitFor();
    await bot('Wat speelt er met geld').waitFor();
    await click('Ik heb schulden');
    await click('Het speelt al lang');
    await click('Nog niets');
    await click('Ja');
    await shot(page, '02-vragen');
    await click('Van mijn schulden af');
    const tel = page.locator('a[href^="tel:"]').filter({ visible: true }).first();
    await tel.waitFor();
    await tel.scrollIntoViewIfNeeded();
    await shot(page, '03-verwijzing');
    expect(await tel.getAttribute('href'), 'a working tel: link on the referral card').to.match(/^tel:\d+$/);
    expect(await tel.innerText()).to.include('14 078');
    await click('Nee, dank je');
    await bot('Mijn vraag').waitFor();
    const summary = await bot('Mijn vraag').innerText();
    expect(summary).to.include('Wat er speelt: Ik heb schulden').and.include('Wat ik wil: Van mijn schulden af');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.webchat__fileContent__fileName').filter({ hasText: 'mijn-vraag.txt' }).click()]);
    expect(download.suggestedFilename()).to.equal('mijn-vraag.txt');
    await shot(page, '04-samenvatting');
    await page.getByRole('button', { name: 'Taal / Language' }).click();
    await bot('Kies je taal').waitFor();
    await click('English');
    await bot('I will talk English with you now').waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await shot(page, '05-english');
    // The page follows: its own buttons are in English now too.
    expect(await page.locator('#ww-exit').innerText()).to.equal(pageText('en', 'exit'));
    await page.getByRole('button', { name: pageText('en', 'restart') }).click();
    await bot('Let\'s start again').waitFor();
    await shot(page, '06-opnieuw');
  });

  it('the safety question: danger without a crisis phrase asks "Is er nu gevaar?" with 112 and four buttons; "Nee" goes on, "iemand anders" gives the bystander text', async () => {
    await open();
    await type('er staat een touw in de schuur');
    await bot('Is er nu gevaar, voor jou of voor iemand anders?').waitFor();
    expect(await bot('Is er nu gevaar').innerText()).to.include('112');
    for (const label of ['Ja, ik denk aan zelfdoding', 'Ja, ik ben in gevaar', 'Ja, iemand anders is in gevaar', 'Nee, er is geen gevaar']) {
      expect(await page.getByRole('button', { name: label, exact: true }).filter({ visible: true }).count(), label).to.be.greaterThan(0);
    }
    await shot(page, '07-gevaarvraag');
    await click('Nee, er is geen gevaar');
    await bot('Fijn. Dan gaan we verder.').waitFor();
    await type('er staat een touw in de schuur');
    // after "no" the question does not come back: a safety line with 112 and 113 instead
    await bot('Denk je aan zelfdoding? Bel 113').waitFor();
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await bot('We beginnen opnieuw').waitFor();
    await type('er staat een touw in de schuur');
    await bot('Is er nu gevaar, voor jou of voor iemand anders?').waitFor();
    await click('Ja, iemand anders is in gevaar');
    await bot('Veilig Thuis geeft advies aan iedereen die zich zorgen maakt').waitFor();
    const tel = page.locator('a[href="tel:112"]').filter({ visible: true }).first();
    await tel.waitFor();
  });

  it('a problem noted beside an answer is a card with its own "Nu: …" button that stays in the history: the flow goes on, and the button still leads there later', async () => {
    await open();
    await click('Geld en schulden');
    await bot('Wat speelt er met geld').waitFor();
    await type('ik heb schulden bij de energie en mijn zoon wil ook niet meer naar school gaan');
    await bot('Ik schrijf ook op: School en leren').waitFor();
    await bot('Is het dringend').waitFor();
    // the answer was taken: the next question has its own buttons, the note keeps its button
    await click('Het speelt al lang');
    await bot('Heb je zelf al iets geprobeerd').waitFor();
    await shot(page, '08-genoteerd-met-knop');
    await click('Nu: School en leren');
    await bot('Wat speelt er met school of leren').waitFor();
  });

  it('offers "lees voor" on every bot message, with the browser\'s own speech', async () => {
    await open();
    await page.locator('button.ww-read').first().waitFor();
    const bubbles = await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').count();
    expect(await page.locator('button.ww-read').count()).to.equal(bubbles);
    await page.evaluate(() => {
      (window as unknown as { spoken: string[] }).spoken = [];
      window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => (window as unknown as { spoken: string[] }).spoken.push(u.text);
    });
    await page.locator('button.ww-read').first().click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken[0]).to.include('Ik ben een computer');
  });

  it('works with the keyboard only, and announces new messages', async () => {
    await open();
    const live = await page.locator('[aria-live]').count();
    expect(live, "Web Chat's live region").to.be.greaterThan(0);
    // Tab (or Shift+Tab) to the answer buttons — a toolbar with one tab stop — then arrow keys to the answer.
    const focused = () => page.evaluate(() => ({ label: (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '', inToolbar: !!document.activeElement?.closest('[role="toolbar"]') }));
    const focusButton = async (name: string) => {
      for (const key of ['Shift+Tab', 'Tab']) {
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press(key);
          const f = await focused();
          if (f.label === name) return;
          if (!f.inToolbar) continue;
          for (const arrow of ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft']) {
            for (let j = 0; j < 10; j++) {
              await page.keyboard.press(arrow);
              if ((await focused()).label === name) return;
            }
          }
        }
      }
      expect.fail(`could not reach "${name}" with the keyboard`);
    };
    for (const [name, next] of [
      ['Geld en schulden', 'Wat speelt er met geld'],
      ['Ik heb schulden', 'Is het dringend'],
      ['Het is net begonnen', 'Heb je zelf al iets geprobeerd'],
      ['Nog niets', 'Is er iemand die je helpt'],
      ['Soms', 'Wat wil je het liefst'],
      ['Overzicht in mijn geld', 'Is er nog iets anders'],
    ] as const) {
      await focusButton(name);
      await page.keyboard.press('Enter');
      await bot(next).waitFor();
    }
  });

  it('has no serious or critical WCAG 2.1 AA violations (axe-core) in Dutch, Arabic (right to left) and Ukrainian, with a conversation in progress', async () => {
    await open();
    await click('Geld en schulden');
    await bot('Wat speelt er met geld').waitFor();
    await click('Ik heb schulden');
    await bot('Is het dringend').waitFor();
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 1)).to.deep.equal([]);
    // and in Arabic, right to left, with the same conversation in progress
    await page.getByRole('button', { name: 'Taal / Language' }).click();
    await click('العربية');
    await page.waitForFunction((exit) => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar' && document.getElementById('ww-exit')?.innerText.trim() === exit, pageText('ar', 'exit'));
    await page.locator('.webchat__bubble__content[lang="ar"]').last().waitFor();
    await shot(page, '10-arabisch-rtl', 'arabisch-rtl');
    const rtl = await axe(page);
    expect(rtl, JSON.stringify(rtl, null, 1)).to.deep.equal([]);
    // and in Ukrainian (Cyrillic, and the longest quick-exit label)
    await type('Українська');
    await page.waitForFunction((exit) => document.documentElement.dir === 'ltr' && document.documentElement.lang === 'uk' && document.getElementById('ww-exit')?.innerText.trim() === exit, pageText('uk', 'exit'));
    await page.locator('.webchat__bubble__content[lang="uk"]').last().waitFor();
    await shot(page, '11-oekraiens');
    const uk = await axe(page);
    expect(uk, JSON.stringify(uk, null, 1)).to.deep.equal([]);
  });

  // Reflow and enlarged text (WCAG 1.4.4, 1.4.10), in four of the languages. How each view is made:
  // - 320 px: a 320 × 568 CSS px viewport (a small phone).
  // - 200 % text: a 360 × 740 phone with the browser's text size at 200 %: Chromium's default font
  //   size 16 → 32 px (CDP Page.setFontSizes; it is what the browser's text-size setting changes, so
  //   rem, em and em-based media queries all grow, while the viewport stays 360 CSS px). Not a device
  //   scale factor (that enlarges everything and keeps the layout) and not CSS zoom on the page.
  // - 400 % zoom on a 1280 × 1024 window: browser zoom makes the CSS viewport 320 × 256 px with 4 device
  //   pixels per CSS px; that is exactly what this context is.
  type View = { id: string; viewport: { width: number; height: number }; deviceScaleFactor: number; fontSize: number };
  const VIEWS: readonly View[] = [
    { id: '320px', viewport: { width: 320, height: 568 }, deviceScaleFactor: 1, fontSize: 0 },
    { id: 'tekst-200', viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, fontSize: 32 },
    { id: 'zoom-400', viewport: { width: 320, height: 256 }, deviceScaleFactor: 4, fontSize: 0 },
  ];
  // The language and what a resident types to get it (the native names in locales/languages.yaml).
  const LANGUAGES = [
    { lang: 'nl', say: '' },
    { lang: 'nl-x-simple', say: 'Makkelijk Nederlands' },
    { lang: 'ar', say: 'العربية' },
    { lang: 'uk', say: 'Українська' },
  ] as const;

  /**
   * Web Chat scrolls to the newest message with an animation: waits until (a line of) it is in view
   * and no further message came in since the previous look (a reply of several messages can still
   * be arriving when the first is in view). It must get there.
   */
  const latestInView = () =>
    page.waitForFunction(() => {
      const bots = document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)');
      // Settled: the same number of messages, and the latest one and the scroll position where they were
      // 100 ms ago (Web Chat scrolls to a new message smoothly; a measurement mid-scroll is not the page).
      const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
      const last = bots[bots.length - 1]?.getBoundingClientRect();
      const box = scroller?.getBoundingClientRect();
      const now = `${bots.length} ${last?.top} ${last?.bottom} ${scroller?.scrollTop} ${box?.bottom} ${innerHeight}`;
      const seen = window as unknown as { wwSettle?: string };
      const settled = seen.wwSettle === now;
      seen.wwSettle = now;
      const line = parseFloat(getComputedStyle(document.body).fontSize) * 1.2;
      return settled && !!last && !!box && Math.min(last.bottom, box.bottom, innerHeight) - Math.max(last.top, box.top, 0) >= Math.min(last.height, line);
    }, undefined, { polling: 100 });
  /** A fresh browser context for a view. */
  const useView = async (view: View) => {
    await context.close();
    context = await browser.newContext({ viewport: view.viewport, deviceScaleFactor: view.deviceScaleFactor });
    page = await context.newPage();
    if (view.fontSize) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: view.fontSize, fixed: Math.round(view.fontSize * 0.8125) } });
    }
  };
  /** Switches language as a resident does (typing its name), and waits until the page follows. */
  const speak = async (lang: string, say: string) => {
    if (say) await type(say);
    const attr = lang === 'nl-x-simple' ? 'nl' : lang;
    await page.waitForFunction(([l, exit]) => document.documentElement.lang === l && document.getElementById('ww-exit')?.innerText.trim() === exit, [attr, pageText(lang, 'exit')] as const);
    await page.locator(`.webchat__bubble__content[lang="${attr}"]`).last().waitFor();
  };

  for (const view of VIEWS) {
    for (const { lang, say } of LANGUAGES) {
      it(`${view.id}, ${lang}: no sideways scroll, quick exit in reach, the latest message and the input visible, the header in the language`, async () => {
        await useView(view);
        await open();
        await speak(lang, say);
        await latestInView();
        await shot(page, `reflow-${view.id}-${lang}`, `reflow-${view.id}-${lang}`);
        // (No named functions inside evaluate: the test runner's compiler would wrap them in a helper the page lacks.)
        const m = await page.evaluate(() => {
          const bots = document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)');
          const [exit, language, restart, input, lastBot, transcript] = [
            document.getElementById('ww-exit'),
            document.getElementById('ww-language'),
            document.getElementById('ww-restart'),
            document.querySelector('.webchat__send-box [placeholder]'),
            bots[bots.length - 1] ?? null,
            document.querySelector('.webchat__basic-transcript__scrollable'),
          ].map((el) => {
            if (!el) return null;
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height, onTop: !!hit && (el === hit || el.contains(hit)) };
          });
          return {
            scrollWidth: document.documentElement.scrollWidth,
            bodyScrollWidth: document.body.scrollWidth,
            innerWidth,
            innerHeight,
            exit, language, restart, input, lastBot, transcript,
            lineHeight: parseFloat(getComputedStyle(document.body).fontSize) * 1.2,
            dir: document.documentElement.dir,
            title: document.title,
            placeholder: document.querySelector('.webchat__send-box [placeholder]')?.getAttribute('placeholder'),
            restartName: document.getElementById('ww-restart')?.textContent?.trim(),
          };
        });
        const where = `${view.id} ${lang}`;
        expect(m.scrollWidth, `sideways scroll (${where})`).to.be.at.most(m.innerWidth);
        expect(m.bodyScrollWidth, `sideways scroll in the body (${where})`).to.be.at.most(m.innerWidth);
        const inside = (b: typeof m.exit, name: string) => {
          expect(b, name).to.not.equal(null);
          expect(b!.left, `${name} left edge (${where})`).to.be.at.least(0);
          expect(b!.right, `${name} right edge (${where})`).to.be.at.most(m.innerWidth);
          expect(b!.top, `${name} top (${where})`).to.be.at.least(0);
          expect(b!.bottom, `${name} bottom (${where})`).to.be.at.most(m.innerHeight);
          expect(b!.onTop, `${name} not covered (${where})`).to.equal(true);
        };
        inside(m.exit, 'Snel weg');
        inside(m.input, 'the input');
        inside(m.language, 'the language button');
        inside(m.restart, 'start over');
        // The header is one line: its buttons share a row.
        const row = [m.exit!, m.language!, m.restart!];
        expect(Math.max(...row.map((b) => b.top)), `header buttons on one line (${where})`).to.be.below(Math.min(...row.map((b) => b.bottom)));
        // The latest bot message: in the viewport and in the visible part of the conversation, at least a line of it.
        const bot = m.lastBot!;
        const visible = Math.min(bot.bottom, m.transcript!.bottom, m.innerHeight) - Math.max(bot.top, m.transcript!.top, 0);
        expect(visible, `the latest bot message is visible (${where})`).to.be.at.least(Math.min(bot.height, m.lineHeight));
        expect(bot.left, `the latest bot message fits (${where})`).to.be.at.least(0);
        expect(bot.right, `the latest bot message fits (${where})`).to.be.at.most(m.innerWidth);
        // The page speaks the conversation's language.
        expect(m.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(m.title).to.equal(pageText(lang, 'title'));
        expect(m.placeholder).to.equal(pageText(lang, 'placeholder'));
        expect(m.restartName).to.equal(pageText(lang, 'restart'));
      });
    }
  }

  it('reads each message in its own language and direction: Dutch and English history in an Arabic page', async () => {
    // a conversation of its own (an earlier test may have left this tab's conversation in another language)
    await page.goto(`${server.base}/healthz`);
    await page.evaluate(() => sessionStorage.clear());
    await open();
    await type('English');
    await bot('I will talk English with you now').waitFor();
    await type('العربية');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    await page.locator('.webchat__bubble__content[lang="ar"]').first().waitFor();
    const english = page.locator('.webchat__bubble__content').filter({ hasText: 'I will talk English with you now' });
    expect(await english.getAttribute('lang')).to.equal('en');
    expect(await english.getAttribute('dir')).to.equal('ltr');
    const dutch = page.locator('.webchat__bubble__content').filter({ hasText: 'Ik ben een computer' }).first();
    expect(await dutch.getAttribute('lang')).to.equal('nl');
    expect(await dutch.getAttribute('dir')).to.equal('ltr');
    const arabic = page.locator('.webchat__bubble__content[lang="ar"]').first();
    expect(await arabic.getAttribute('dir')).to.equal('rtl');
    // Every page text in Arabic, the title too.
    expect(await page.title()).to.equal(pageText('ar', 'title'));
    expect(await page.locator('.ww-sub').innerText()).to.equal(pageText('ar', 'intro'));
    expect(await page.locator('#ww-exit').getAttribute('title')).to.equal(pageText('ar', 'exitHelp'));
    expect(await page.locator('#webchat').getAttribute('aria-label')).to.equal(pageText('ar', 'chat'));
    // After a reload the page starts in the conversation's language, before any message is back.
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.getElementById('ww-exit')?.innerText.trim()])).to.deep.equal(['ar', 'rtl', pageText('ar', 'exit')]);
    // and the conversation comes back, each message still in its own language
    await page.locator('.webchat__bubble__content[lang="en"][dir="ltr"]').filter({ hasText: 'I will talk English with you now' }).waitFor();
    await page.locator('.webchat__bubble__content[lang="ar"][dir="rtl"]').first().waitFor();
  });

  it('falls back to Dutch per text, and Dutch says "je"', async () => {
    expect(pageText('nl', 'placeholder')).to.equal('Typ je bericht');
    for (const lang of ['nl', 'nl-x-simple']) {
      for (const key of Object.keys(pageTexts.languages[lang]!.texts)) {
        const v = pageTexts.languages[lang]!.texts[key];
        if (typeof v === 'string') expect(v, `${lang} ${key}`).to.not.match(/\b(u|uw)\b/i);
      }
    }
    // Every language has every text the Dutch page has (so the fallback is the exception).
    for (const [lang, l] of Object.entries(pageTexts.languages)) {
      for (const key of Object.keys(pageTexts.languages.nl!.texts)) {
        if (key !== 'icons') expect(l.texts[key], `${lang}: ${key}`).to.be.a('string');
      }
    }
    await open();
    expect(await page.getByRole('textbox').getAttribute('placeholder')).to.equal('Typ je bericht');
    // A text missing in one language shows in Dutch, the others stay in that language (texts.js on its own).
    const blank = await context.newPage();
    const uk = pageTexts.languages.uk!;
    const partial = { ...pageTexts, languages: { ...pageTexts.languages, uk: { ...uk, texts: { ...uk.texts, restart: undefined } } } };
    await blank.setContent(`<script type="application/json" id="ww-page-texts">${JSON.stringify(partial).replace(/</g, '\\u003c')}</script>
      <button id="r" data-ww-text="restart">?</button><button id="e" data-ww-text="exit">?</button>`);
    await blank.addScriptTag({ content: readFileSync(join(ROOT, 'bot', 'web', 'texts.js'), 'utf8') });
    await blank.evaluate(() => (window as unknown as { WegwijsTexts: { apply: (l: string) => void } }).WegwijsTexts.apply('uk'));
    expect(await blank.locator('#r').innerText()).to.equal(pageText('nl', 'restart'));
    expect(await blank.locator('#e').innerText()).to.equal(pageText('uk', 'exit'));
    const [lang, title] = await blank.evaluate(() => [document.documentElement.lang, document.title]);
    expect([lang, title]).to.deep.equal(['uk', pageText('uk', 'title')]);
  });

  it('in easy Dutch every answer button has an SVG pictogram (no emoji font needed), and labels carry no emoji', async () => {
    await open();
    await type('Makkelijk Nederlands');
    await page.waitForFunction(() => document.documentElement.lang === 'nl' && document.querySelectorAll('.webchat__suggested-actions button.webchat__suggested-action .ww-icon').length > 0);
    const check = async () => {
      const buttons = page.locator('.webchat__suggested-actions button.webchat__suggested-action').filter({ visible: true });
      await buttons.first().waitFor();
      await page.waitForFunction(() => Array.from(document.querySelectorAll('.webchat__suggested-actions button.webchat__suggested-action')).every((b) => b.querySelector('svg.ww-icon use')));
      const found = await buttons.evaluateAll((bs) => bs.map((b) => {
        const use = b.querySelector('svg.ww-icon use');
        const id = use?.getAttribute('href')?.slice(1) ?? '';
        const symbol = document.getElementById(id);
        return { label: (b as HTMLElement).innerText.trim(), id, drawn: !!symbol && symbol.children.length > 1, title: symbol?.querySelector('title')?.textContent ?? '', hidden: b.querySelector('svg.ww-icon')?.getAttribute('aria-hidden'), width: b.querySelector('svg.ww-icon')!.getBoundingClientRect().width };
      }));
      for (const f of found) {
        expect(f.drawn, `a pictogram on "${f.label}"`).to.equal(true);
        expect(f.title, `a text alternative for ${f.id}`).to.not.equal('');
        expect(f.hidden, 'decorative next to its label').to.equal('true');
        expect(f.width).to.be.greaterThan(8);
        expect(f.label, 'no emoji in the label').to.not.match(/\p{Extended_Pictographic}/u);
      }
      return found;
    };
    const menu = await check();
    expect(menu.find((f) => f.label === 'Geld en schulden')?.id).to.equal('ww-i-money');
    await click('Geld en schulden');
    await bot('Wat is er met je geld').waitFor();
    const next = await check();
    expect(next.find((f) => f.label === 'Terug')?.id).to.equal('ww-i-back');
    await latestInView();
    await shot(page, 'pictogrammen', 'makkelijk-pictogrammen');
    // Back in Dutch the pictograms go.
    await type('Nederlands');
    await bot('Ik praat nu Nederlands met je').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.webchat__suggested-actions .ww-icon').length === 0);
  });

  it('"lees voor" is a small pictogram button that does not stretch, also at 360 px', async () => {
    await useView({ id: '360px', viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, fontSize: 0 });
    await open();
    const read = page.locator('button.ww-read').last();
    await read.waitFor();
    expect(await read.getAttribute('title')).to.equal('Lees voor');
    expect(await read.locator('svg.ww-icon use').getAttribute('href')).to.equal('#ww-i-speaker');
    const size = await read.evaluate((b) => ({ w: b.getBoundingClientRect().width, h: b.getBoundingClientRect().height, bubble: b.parentElement!.querySelector('.webchat__bubble')!.getBoundingClientRect().height, name: (b as HTMLElement).innerText.trim() }));
    expect(size.name).to.equal('Lees voor');
    expect(size.w).to.be.at.least(24).and.below(80);
    expect(size.h).to.be.at.least(24).and.below(50);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).to.equal(true);
  });

  it('shows the typing indicator from sending until the reply, and announces each bot message once', async () => {
    await open();
    // Hold the resident's message on its way to the server, to see what the page shows meanwhile.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await context.route('**/v3/directline/conversations/*/activities', async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    await click('Geld en schulden');
    const typing = page.locator('.webchat__typing-indicator');
    await typing.waitFor();
    release();
    await bot('Wat speelt er met geld').waitFor();
    await typing.waitFor({ state: 'detached' });
    await context.unroute('**/v3/directline/conversations/*/activities');
    // Web Chat's polite live region has each new message once; nothing else reads it (or the buttons) again.
    const text = await bot('Wat speelt er met geld').innerText();
    const label = 'Ik heb schulden';
    await page.waitForFunction((t) => Array.from(document.querySelectorAll('[aria-live="polite"]')).some((r) => (r.textContent ?? '').includes(t)), text);
    const counts = await page.evaluate(([t, l]) => {
      const regions = Array.from(document.querySelectorAll('[aria-live]')).filter((r) => r.getAttribute('aria-live') !== 'off' && !r.parentElement?.closest('[aria-live]:not([aria-live="off"])'));
      const [text, label] = [t, l].map((s) => regions.reduce((n, r) => n + (r.textContent ?? '').split(s).length - 1, 0));
      return { text, label, assertive: regions.filter((r) => r.getAttribute('aria-live') === 'assertive').length };
    }, [text, label] as const);
    expect(counts.text, 'the new message in the live regions').to.equal(1);
    expect(counts.label, 'a new button in the live regions').to.equal(1);
    expect(counts.assertive).to.equal(0);
  });

  for (const how of ['button', 'Escape twice'] as const) {
    it(`quick exit (${how}) replaces the page and clears the chat from the tab`, async () => {
      await open();
      await click('Geld en schulden');
      await bot('Wat speelt er met geld').waitFor();
      expect(await page.evaluate(() => sessionStorage.length)).to.be.greaterThan(0);
      if (how === 'button') await page.getByRole('button', { name: 'Snel weg' }).click();
      else {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
      }
      await page.waitForURL('https://www.google.nl/**');
      expect(await page.title()).to.equal('Neutraal');
      await page.goBack().catch(() => undefined);
      expect(page.url()).to.not.include(server.base);
    });
  }

  it('the embed snippet adds a chat button and panel to a gemeente page', async () => {
    await page.goto(`${server.base}/embed-demo.html`);
    const launcher = page.locator('button.wegwijs-launcher');
    expect(await launcher.innerText()).to.equal('Chat: waar vind ik hulp?');
    await launcher.click();
    expect(await launcher.getAttribute('aria-expanded')).to.equal('true');
    const frame = page.frameLocator('iframe[title="Chat met Wegwijs"]');
    await frame.locator('.webchat__bubble').filter({ hasText: 'Waar gaat je vraag over' }).waitFor({ timeout: 20_000 });
    await shot(page, '09-embed');
    const primary = await frame.locator('html').evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ww-color-primary').trim());
    expect(primary).to.equal('#00689e');
  });
});
