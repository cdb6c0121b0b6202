import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { PORTALS } from '../playwright.config';
import { chooseOption } from './support/antd';

/**
 * Issue 4's remaining journeys on the seeded demo (tools/seed/src/demo-data.ts):
 * - the Chongzuo mill's owner keeps its stock on the inventory page: changes on hand at one
 *   location, is refused below what orders have reserved at another, in Chinese and English;
 * - 林木家具's purchaser asks for a quote in kilograms for sugar priced per tonne: an inexact
 *   quantity is refused on the field with the nearest valid ones, an exact one is converted
 *   and priced in tonnes.
 */
const PASSWORD = 'Tradeway-demo-2026';
const seller = `http://127.0.0.1:${PORTALS.seller.port}`;
const buyer = `http://127.0.0.1:${PORTALS.buyer.port}`;
const SELLER = { email: 'seller.owner@guitang-sugar.demo', name: '黄志强' };
const PURCHASER = { email: 'buyer.purchaser@linmu-furniture.demo', name: '罗敏' };
const MILL = '广西崇左桂糖制糖有限公司';
const SKU = 'white-sugar-gx-g1'; // 一级 white sugar: MOQ 10 t, increment 1 t

test.describe.configure({ mode: 'serial' });

async function signedIn(
  browser: Browser,
  origin: string,
  user: { email: string; name: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/sign-in`);
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await page.getByLabel('邮箱').fill(user.email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await expect(page.getByTestId('user-name')).toHaveText(user.name);
  return { context, page };
}

const nav = (page: Page, label: string) =>
  page.getByRole('navigation').getByText(label, { exact: true }).click();

/** A decimal as the page prints it ("1,200" or "1,200.5"), from a text such as "1,200 吨". */
const numberIn = (text: string | null) => Number((text ?? '').replace(/[^0-9.]/g, ''));

/** The inventory row of the SKU at a location code of the Chongzuo warehouse. */
const stockRow = (page: Page, location: string): Locator =>
  page
    .getByTestId('inventory-table')
    .locator('tbody tr')
    .filter({ has: page.getByTestId('sku-code').getByText(SKU, { exact: true }) })
    .filter({ has: page.getByTestId('location').getByText(location) });

async function editOnHand(row: Locator, value: string) {
  await row.getByTestId('edit-on-hand').click();
  const input = row.getByTestId('on-hand-input');
  await input.fill(value);
  await row.getByTestId('on-hand-save').click();
}

test('the mill changes its stock on hand, never below what orders reserved, in Chinese and English', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { context, page } = await signedIn(browser, seller, SELLER);
  try {
    await nav(page, '库存');
    await expect(page).toHaveURL(`${seller}/inventory`);
    const search = page.getByTestId('inventory-search').locator('input');
    await search.fill(SKU);
    await search.press('Enter');
    await expect(page).toHaveURL(/q=white-sugar-gx-g1/);

    // A2 holds nothing reserved: on hand goes from what it is to 50 t more; available follows.
    const a2 = stockRow(page, 'A2');
    await expect(a2).toHaveCount(1);
    const before = numberIn(await a2.getByTestId('on-hand').textContent());
    const reservedA2 = numberIn(await a2.getByTestId('reserved').textContent());
    const raised = before + 50;
    await editOnHand(a2, String(raised));
    await expect(page.locator('.ant-message')).toContainText(`${SKU}`);
    await expect(page.locator('.ant-message')).toContainText(`${raised.toLocaleString('en-US')} 吨`);
    await expect(a2.getByTestId('on-hand')).toContainText(raised.toLocaleString('en-US'));
    await expect(a2.getByTestId('available')).toContainText((raised - reservedA2).toLocaleString('en-US'));

    // A1 has stock reserved for orders: less than that is refused on the field, nothing changes.
    const a1 = stockRow(page, 'A1');
    const onHandA1 = (await a1.getByTestId('on-hand').textContent())?.trim();
    const reservedA1 = numberIn(await a1.getByTestId('reserved').textContent());
    expect(reservedA1).toBeGreaterThan(0);
    await editOnHand(a1, String(reservedA1 - 1));
    const form = a1.getByTestId('on-hand-form');
    await expect(form.locator('.ant-form-item-explain-error')).toContainText('不能少于');
    await expect(form.locator('.ant-form-item-explain-error')).toContainText(
      reservedA1.toLocaleString('en-US'),
    );
    await a1.getByTestId('on-hand-cancel').click();
    await expect(a1.getByTestId('on-hand')).toHaveText(onHandA1 ?? '');

    // In English: the same table, the change put back, with the English confirmation.
    await page.getByTestId('lang-switch').getByText('English').click();
    await expect(page.getByRole('heading', { name: 'Inventory' })).toBeVisible();
    await expect(page.getByTestId('inventory-table').locator('thead')).toContainText('Reserved');
    await editOnHand(a2, String(before));
    await expect(page.locator('.ant-message')).toContainText(
      `on hand is now ${before.toLocaleString('en-US')} t`,
    );
    await expect(a2.getByTestId('on-hand')).toContainText(before.toLocaleString('en-US'));
    await editOnHand(a1, String(reservedA1 - 1));
    await expect(a1.getByTestId('on-hand-form').locator('.ant-form-item-explain-error')).toContainText(
      'Cannot be less than',
    );
  } finally {
    await context.close();
  }
});

test('林木家具 asks for sugar in kilograms: an inexact quantity is refused, an exact one is priced in tonnes', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { context, page } = await signedIn(browser, buyer, PURCHASER);
  try {
    await nav(page, '商品目录');
    await page.getByTestId('catalog-search').getByRole('searchbox').fill('白砂糖');
    const row = page.getByTestId('product-row').filter({ hasText: MILL });
    await expect(row).toHaveCount(1);
    await row.click();
    await page.getByTestId('sku-card').filter({ hasText: SKU }).click();
    await expect(page).toHaveURL(/sku=/);

    const builder = page.getByTestId('quote-builder');
    const unit = builder.getByTestId('quote-unit');
    await chooseOption(page, unit, '千克');

    // 50 500 kg is 50.5 t: sugar is sold in whole tonnes, so the field names the nearest
    // valid quantities, in the tonnes the seller sells.
    const quantity = builder.getByTestId('quote-quantity');
    await quantity.fill('50500');
    const quantityError = builder.locator('.ant-form-item-explain-error').first();
    await expect(quantityError).toContainText('最接近的是 50 吨 或 51 吨');
    await expect(builder.getByTestId('quote-preview').getByTestId('breakdown')).toHaveCount(0);

    // 50 000 kg = 50 t: converted beside the field, and the breakdown prices 50 t.
    await quantity.fill('50000');
    await expect(builder.locator('.ant-form-item-explain-error')).toHaveCount(0);
    await expect(builder.getByTestId('quote-converted')).toHaveText('= 50 吨');
    const preview = builder.getByTestId('quote-preview');
    await expect(preview.getByTestId('preview-updating')).toHaveCount(0);
    await expect(preview.getByTestId('breakdown').getByTestId('line-base')).toContainText('× 50 吨');

    // In English, the same conversion in English units.
    await page.getByTestId('lang-switch').getByText('English').click();
    await expect(builder.getByTestId('quote-converted')).toHaveText('= 50 t');
    await quantity.fill('50500');
    await expect(builder.locator('.ant-form-item-explain-error').first()).toContainText('50 t or 51 t');
  } finally {
    await context.close();
  }
});
