// Screenshots of every portal page in Chinese and English, for review and for docs/screenshots.
// Usage: with `npm start` running, `node tools/scripts/screenshots.mjs [outDir]`.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots');
const pages = [
  ['buyer', process.env.BUYER_URL ?? 'http://127.0.0.1:4201', '/'],
  ['seller', process.env.SELLER_URL ?? 'http://127.0.0.1:4202', '/'],
  ['operator', process.env.OPERATOR_URL ?? 'http://127.0.0.1:4203', '/'],
];
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const lang of ['zh-CN', 'en']) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang });
    await context.addInitScript((l) => localStorage.setItem('tradeway.lang', l), lang);
    const page = await context.newPage();
    for (const [name, base, route] of pages) {
      await page.goto(base + route);
      await page.getByTestId('health-status').waitFor();
      const file = path.join(outDir, `${name}-${route === '/' ? 'dashboard' : route.slice(1)}-${lang}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
