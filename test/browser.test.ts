/**
 * In a real browser: the chat page with the real Web Chat client, as a resident uses it —
 * typing, clicking, the referral card with a tel: link, the summary, back, language, start over,
 * keyboard only, screen-reader announcements, 200% text, 360 px, quick exit, the embed snippet,
 * and axe-core with zero serious or critical WCAG 2.1 AA violations.
 */
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, launch, shot } from './support/browser.js';
import { inProcess } from './support/server.js';

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
    await bot('Wat speelt er met geld').waitFor();
    await click('Ik heb schulden');
    await bot('Is het dringend').waitFor();
    await click('Terug');
    await bot('we gaan een vraag terug').waitFor();
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
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await bot('Let\'s start again').or(bot('We beginnen opnieuw')).waitFor();
    await shot(page, '06-opnieuw');
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

  it('has no serious or critical WCAG 2.1 AA violations (axe-core) in Dutch and in Arabic (right to left), with a conversation in progress', async () => {
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
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    await page.locator('[dir="rtl"] .webchat__bubble, .webchat__bubble').last().waitFor();
    await page.waitForTimeout(500);
    await shot(page, '10-arabisch-rtl');
    const rtl = await axe(page);
    expect(rtl, JSON.stringify(rtl, null, 1)).to.deep.equal([]);
  });

  it('reads at 360 px wide and with text at 200%, without sideways scrolling', async () => {
    for (const [w, zoom, name] of [[360, 1, '07-360px'], [640, 2, '08-tekst-200']] as const) {
      await context.close();
      context = await browser.newContext({ viewport: { width: w * zoom, height: 800 } });
      page = await context.newPage();
      await open();
      if (zoom > 1) await page.evaluate((z) => ((document.documentElement.style as unknown as { zoom: string }).zoom = String(z)), zoom);
      await click('Geld en schulden');
      await bot('Wat speelt er met geld').waitFor();
      await shot(page, name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll at ${w}px x${zoom}`).to.be.at.most(1);
      expect(await page.getByRole('button', { name: 'Snel weg' }).isVisible()).to.equal(true);
      expect(await page.getByRole('button', { name: 'Ik heb schulden', exact: true }).filter({ visible: true }).count()).to.be.greaterThan(0);
    }
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
