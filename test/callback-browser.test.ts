/**
 * Issue 16 in a real browser: the resident clicks through "Bel mij terug" in Web Chat — the
 * offer after "Praat met een mens", the phone number, a part of the day, the consent screen with
 * exactly what will be sent, "yes" — in Dutch and in Arabic (right to left), and the mail
 * arrives at a real SMTP server. Screenshots go to test-output/screenshots.
 */
import { expect } from 'chai';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULTS } from '../bot/config.js';
import { launch, shot } from './support/browser.js';
import { freePort, inProcess, tempData } from './support/server.js';
import { startMailCatcher, until, type MailCatcher } from './support/smtp.js';

type Running = Awaited<ReturnType<typeof inProcess>>;

describe('Bel mij terug in a real browser', function () {
  this.timeout(120_000);
  let server: Running;
  let mail: MailCatcher;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dir = tempData();
  const data = tempData();

  before(async () => {
    mail = await startMailCatcher(await freePort(), join(dir, 'mails.jsonl'));
    const callback = { ...DEFAULTS.callback, smtpUrl: mail.url, to: 'intake@wijkteam.example', dataKey: Buffer.alloc(32, 9).toString('base64'), pollMs: 100, retryMs: 100 };
    server = await inProcess({ rateLimitPerSecond: 0, callback, dataDir: data });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await mail?.stop();
    for (const d of [dir, data]) rmSync(d, { recursive: true, force: true });
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    page = await context.newPage();
  });
  afterEach(async () => context?.close());

  const bot = (text: string) => page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').filter({ hasText: text }).last();
  const click = async (name: string) => {
    await page.getByRole('button', { name, exact: true }).filter({ visible: true }).last().click();
  };
  const type = async (text: string) => {
    await page.getByRole('textbox').fill(text);
    await page.keyboard.press('Enter');
  };

  it('in Dutch: from "Praat met een mens" to a consented request that arrives', async () => {
    await page.goto(server.base);
    await bot('Waar gaat je vraag over').waitFor({ timeout: 20_000 });
    await click('Praat met een mens');
    await click('Laat Sociaal Wijkteam Dordrecht mij bellen');
    await bot('Op welk telefoonnummer').waitFor();
    await type('06 1234');
    await bot('nog eens nakijken').waitFor();
    await type('06 87654321');
    await bot('Wanneer kun je het best gebeld worden').waitFor();
    await click('In de middag');
    const screen = bot('Mag ik dit versturen?');
    await screen.waitFor();
    const text = await screen.innerText();
    for (const part of ['Alleen Sociaal Wijkteam Dordrecht krijgt dit bericht', 'Het is gratis', 'Telefoon: 06 87654321', 'Beste moment: In de middag', 'Mijn vraag']) expect(text).to.include(part);
    await shot(page, 'callback-toestemming-nl');
    await click('Ja, versturen');
    await bot('Verstuurd.').waitFor();
    await until(() => mail.mails().some((m) => m.text.includes('Telefoon: 06 87654321')), 'the mail arrives');
  });

  it('in Arabic, right to left: the same consent screen, and the request arrives', async () => {
    await page.goto(server.base);
    await bot('Waar gaat je vraag over').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Taal / Language' }).click();
    await click('العربية');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    await click('التكلم مع شخص');
    await click('اطلب من Sociaal Wijkteam Dordrecht الاتصال بي');
    await bot('على أي رقم هاتف').waitFor();
    await type('+31 6 11223344');
    await bot('ما أفضل وقت').waitFor();
    await click('في المساء');
    const screen = bot('هل أرسل هذا؟');
    await screen.waitFor();
    const text = await screen.innerText();
    for (const part of ['الخدمة مجانية', 'هذا ما أرسله إلى Sociaal Wijkteam Dordrecht', '06 11223344', 'في المساء']) expect(text).to.include(part);
    await shot(page, 'callback-toestemming-ar');
    await click('نعم، أرسل');
    await bot('تم الإرسال').waitFor();
    await until(() => mail.mails().some((m) => m.text.includes('06 11223344')), 'the mail arrives');
  });
});
