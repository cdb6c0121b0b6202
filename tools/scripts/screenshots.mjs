// Screenshots of the portal pages in Chinese and English, for review and for docs/screenshots:
// the sign-in page, each portal's dashboard (signed in as its demo user) and the operator's
// dev mailbox. Usage: with `npm start` running, `node tools/scripts/screenshots.mjs [outDir]`.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots');
const PASSWORD = 'Tradeway-demo-2026'; // the demo users of tools/seed/src/demo-data.ts
const portals = [
  {
    name: 'buyer',
    base: process.env.BUYER_URL ?? 'http://127.0.0.1:4201',
    email: 'buyer.owner@huaxin-food.demo',
  },
  {
    name: 'seller',
    base: process.env.SELLER_URL ?? 'http://127.0.0.1:4202',
    email: 'seller.owner@guitang-sugar.demo',
  },
  {
    name: 'operator',
    base: process.env.OPERATOR_URL ?? 'http://127.0.0.1:4203',
    email: 'ops.admin@tradeway.demo',
  },
];

async function shoot(page, name, lang) {
  // let Ant Design's entrance animations settle
  await page.waitForTimeout(400);
  const file = path.join(outDir, `${name}-${lang}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

async function signIn(page, email) {
  await page.getByTestId('sign-in-form').waitFor();
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('[data-testid="sign-in-form"] button[type="submit"]').click();
  await page.getByTestId('portal-title').waitFor();
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const lang of ['zh-CN', 'en']) {
    for (const portal of portals) {
      // A context per portal: the portals share the host, and so the session cookie.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang });
      await context.addInitScript((l) => localStorage.setItem('tradeway.lang', l), lang);
      const page = await context.newPage();
      await page.goto(`${portal.base}/`);
      if (portal.name === 'buyer') await shoot(page, 'sign-in', lang);
      await signIn(page, portal.email);
      await page.getByTestId('health-status').waitFor();
      await shoot(page, `${portal.name}-dashboard`, lang);
      if (portal.name === 'operator') {
        // An empty mailbox shows nothing worth a picture: have a reset link mailed (it changes no password).
        const box = await page.request.get(`${portal.base}/api/platform/mailbox`);
        if ((await box.json()).items.length === 0) {
          await page.request.post(`${portals[0].base}/api/auth/password-reset`, {
            data: { email: 'buyer.approver@huaxin-food.demo' },
          });
        }
        await page.goto(`${portal.base}/mailbox`);
        await page.getByTestId('mailbox-table').waitFor();
        await page.locator('.ant-table-row').first().click(); // open the newest mail
        await page.getByTestId('mail-text').first().waitFor();
        await shoot(page, 'operator-mailbox', lang);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
