// Screenshots of the portal pages in Chinese and English, for review and for docs/screenshots:
// the sign-in page, each portal's dashboard (signed in as its demo user), the operator's dev
// mailbox, and the pricing and catalog screens (issue 4): the seller's price lists, a list's
// SKU prices and delivery rules, customer grades, imports (a finished one), the price
// debugger with a result and the offers; the buyer's catalog (all of it, and one category
// with its filters), a product page with a quote breakdown, my quotes and the comparison.
// Usage: with `npm start` running, `node tools/scripts/screenshots.mjs [outDir]`. On a fresh
// demo database it adds what a picture needs and the seed has not: one price-list import
// (the public list exported and imported back unchanged, plus one row for a SKU the mill does
// not have, so the report shows a rejection) and one saved quote of 华鑫食品.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import ExcelJS from 'exceljs';

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

/** The pricing screens of the seller portal (the Chongzuo mill's owner). */
async function sellerPricing(page, base, lang) {
  const zh = lang === 'zh-CN';
  const api = async (url) => {
    const res = await page.request.get(`${base}${url}`);
    if (!res.ok()) throw new Error(`GET ${url}: ${res.status()}`);
    return res;
  };
  const publicList = (await (await api('/api/pricing/lists?q=GT-LIST-2026')).json()).items[0];

  await page.goto(`${base}/price-lists`);
  await page.locator('.ant-table-row').first().waitFor();
  await shoot(page, 'pricing-price-lists', lang);

  await page.goto(`${base}/price-lists/${publicList.id}`);
  await page.getByTestId('list-name').waitFor();
  await page.getByTestId('price-items-table').locator('.ant-table-row').first().waitFor();
  await shoot(page, 'pricing-price-list-items', lang);
  await page.goto(`${base}/price-lists/${publicList.id}?tab=delivery`);
  await page.getByTestId('list-name').waitFor();
  await page.getByTestId('zone-row').first().waitFor();
  await shoot(page, 'pricing-price-list-delivery', lang);

  await page.goto(`${base}/grades`);
  await page.getByTestId('customers-table').locator('.ant-table-row').first().waitFor();
  await shoot(page, 'pricing-grades', lang);

  // Imports: one finished import with a rejection, made once.
  let latest = (await (await api('/api/catalog/imports?page=1&pageSize=1')).json()).items[0];
  if (!latest) {
    const exported = await api(`/api/pricing/lists/${publicList.id}/export?format=xlsx&locale=zh-CN`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await exported.body());
    const sheet = workbook.worksheets[0];
    const bad = sheet.addRow([]);
    bad.getCell(1).value = 'white-sugar-gx-g3'; // sku_code is the first column of the export
    bad.getCell(2).value = 5600;
    await page.goto(`${base}/catalog-imports`);
    const form = page.getByTestId('import-form');
    await form.locator('.ant-radio-button-wrapper').nth(1).click(); // price list
    await form.locator('.ant-select').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'GT-LIST-2026' })
      .click();
    await form.getByRole('switch').click(); // lenient: the valid rows are applied
    await form.locator('input[type=file]').setInputFiles({
      name: zh ? '2026年公开价（修订）.xlsx' : 'list-prices-2026-revised.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    await form.getByTestId('start-import').click();
    await page.waitForURL(/import=/);
    latest = { id: new URL(page.url()).searchParams.get('import') };
  }
  await page.goto(`${base}/catalog-imports?import=${latest.id}`);
  await page
    .locator('[data-testid="import-status"][data-status="done"]')
    .first()
    .waitFor({ timeout: 30_000 });
  await page.getByTestId('imports-table').locator('.ant-table-row').first().waitFor();
  await shoot(page, 'pricing-imports', lang);

  // The price debugger: 华鑫食品 (strategic), 一级 white sugar, 320 t, net 60, to Shandong.
  await page.goto(`${base}/price-debugger`);
  const form = page.getByTestId('debugger-form');
  await form.locator('#buyerId').fill(zh ? '华鑫食品' : 'Huaxin Food');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', {
      hasText: zh ? '华鑫食品集团' : 'Huaxin Food Group',
    })
    .first()
    .click();
  await form.locator('#skuId').fill(zh ? '白砂糖' : 'cane sugar');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'white-sugar-gx' })
    .first()
    .click();
  await form.getByTestId('sku-picker').locator('.ant-select').nth(1).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'white-sugar-gx-g1' })
    .click();
  await form.locator('#quantity').fill('320');
  await form.locator('#paymentTerm').click({ force: true });
  await page.locator('.ant-select-item-option[title="' + (zh ? '账期 60 天' : 'Net 60') + '"]').click();
  await form.locator('#region').fill(zh ? '山东' : 'Shandong');
  await page.locator('.ant-select-item-option[title="' + (zh ? '山东' : 'Shandong') + '"]').click();
  await form.getByTestId('quote-request-submit').click();
  await page.getByTestId('explanation').waitFor();
  await shoot(page, 'pricing-price-debugger', lang);

  await page.goto(`${base}/offers`);
  await page.getByTestId('offers-table').locator('.ant-table-row').first().waitFor();
  await shoot(page, 'pricing-offers', lang);
}

/** The catalog screens of the buyer portal (华鑫食品's owner: a strategic customer of the mill). */
async function buyerCatalog(page, base, lang) {
  const zh = lang === 'zh-CN';
  await page.goto(`${base}/catalog`);
  await page.getByTestId('product-row').first().waitFor();
  await page.getByTestId('price-from').first().waitFor();
  await shoot(page, 'catalog-browse', lang);
  // One category: its specification filters, and the mills' sugar at my prices.
  const categories = await (await page.request.get(`${base}/api/catalog/categories`)).json();
  const sugar = categories.items.find((c) => c.code === 'food-sugar');
  await page.goto(`${base}/catalog?category=${sugar.id}`);
  await page.getByTestId('attribute-filters').waitFor();
  await page.getByTestId('price-from').first().waitFor();
  await shoot(page, 'catalog-category', lang);

  await page
    .getByTestId('catalog-search')
    .getByRole('searchbox')
    .fill(zh ? '白砂糖' : 'cane sugar');
  await page.waitForURL(/q=/);
  await page.getByTestId('product-row').filter({ hasText: '桂糖' }).click();
  await page.getByTestId('sku-card').filter({ hasText: 'white-sugar-gx-g1' }).click();
  await page.waitForURL(/sku=/);
  const builder = page.getByTestId('quote-builder');
  await builder.getByTestId('quote-quantity').fill('320');
  await builder.getByText(zh ? '60天账期' : 'Net 60', { exact: true }).click();
  await builder.getByTestId('breakdown').locator('[data-testid="line-payment_terms"]').waitFor();
  await builder.getByTestId('preview-updating').waitFor({ state: 'detached' });
  await shoot(page, 'catalog-product-quote', lang);

  const quotes = await (await page.request.get(`${base}/api/quotes?page=1&pageSize=1`)).json();
  if (quotes.total === 0) {
    await builder.getByTestId('save-quote').click();
    await page.waitForURL(/\/quotes\/[0-9a-f-]{36}$/);
    await page.getByTestId('breakdown').waitFor();
    await page.goBack();
    await page.getByTestId('quote-builder').waitFor();
  }
  await page.getByTestId('compare-sellers').click();
  await page.waitForURL(/\/compare\?/);
  await page.getByTestId('compare-row').first().waitFor();
  await shoot(page, 'catalog-compare', lang);

  await page.goto(`${base}/quotes`);
  await page.getByTestId('quote-row').first().waitFor();
  await shoot(page, 'catalog-quotes', lang);
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
    // Pricing and catalog: the buyer first, whose saved quote the seller's offers then show.
    for (const [portal, pages] of [
      [portals[0], buyerCatalog],
      [portals[1], sellerPricing],
    ]) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang });
      await context.addInitScript((l) => localStorage.setItem('tradeway.lang', l), lang);
      const page = await context.newPage();
      await page.goto(`${portal.base}/`);
      await signIn(page, portal.email);
      await pages(page, portal.base, lang);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
