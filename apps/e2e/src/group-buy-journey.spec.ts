import { expect as baseExpect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { PORTALS } from '../playwright.config';
import { sql } from './support/db';

/**
 * Issue 8's journey, on the seeded demo's open sugar pool of 桂糖 (260 t committed by three food
 * factories; 6 000 ¥/t below 300 t, 5 920 from 300 t), in Chinese, each buyer in a browser of its
 * own:
 * 1. 华鑫食品's purchaser (上海) discovers the pool and commits 30 t: 290 t, still the first tier;
 * 2. 林木家具's purchaser (广东) commits 20 t: 310 t — the bar passes the 300 t tier, and 华鑫's page,
 *    live, shows the new price without reloading;
 * 3. time passes (the deadline moved into the past in the database); the worker settles it;
 * 4. both buyers see the campaign succeeded and their order at 5 920 ¥/t.
 */
const PASSWORD = 'Tradeway-demo-2026';
const buyerPortal = `http://127.0.0.1:${PORTALS.buyer.port}`;
const POOL = '华东华南食品厂一级白砂糖集采';

test.describe.configure({ mode: 'serial' });
const expect = baseExpect.configure({ timeout: 20_000 });
test.use({ actionTimeout: 30_000 });

async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${buyerPortal}/sign-in`);
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await expect(page.getByTestId('user-name')).toBeVisible();
  return { context, page };
}

/** Opens the pool from the discover list and commits `quantity` t for the first delivery month. */
async function join(page: Page, quantity: string) {
  await page.goto(`${buyerPortal}/group-buys`);
  const row = page.getByTestId('campaign-row').filter({ hasText: POOL });
  await expect(row).toBeVisible();
  await row.click();
  await expect(page).toHaveURL(/\/group-buys\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('campaign-live')).toHaveAttribute('data-state', 'live');
  const panel = page.getByTestId('campaign-join');
  await panel.getByTestId('join-quantity-input').fill(quantity);
  // the first delivery month offered
  await expect(async () => {
    await panel.getByTestId('join-month-select').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .first()
      .click({ timeout: 3_000 });
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await panel.getByTestId('join-submit').click();
  await expect(page.getByTestId('campaign-mine')).toContainText(quantity);
}

test('two buyers join 桂糖’s sugar pool, the bar passes the next tier live, the deadline settles it into orders at the tier price', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const contexts: BrowserContext[] = [];
  try {
    const huaxin = await signedIn(browser, 'buyer.purchaser@huaxin-food.demo');
    contexts.push(huaxin.context);
    const hp = huaxin.page;
    await join(hp, '30');
    await expect(hp.getByTestId('campaign-total')).toContainText('290');
    await expect(hp.getByTestId('campaign-current-price')).toContainText('6,000');
    await expect(hp.getByTestId('campaign-next-tier')).toContainText('10');
    const bar = hp.getByTestId('campaign-progress-bar');
    const tierBefore = await bar.getAttribute('data-tier');
    const campaignId = hp.url().split('/').pop() as string;

    const linmu = await signedIn(browser, 'buyer.purchaser@linmu-furniture.demo');
    contexts.push(linmu.context);
    const lp = linmu.page;
    await join(lp, '20');
    await expect(lp.getByTestId('campaign-total')).toContainText('310');
    await expect(lp.getByTestId('campaign-current-price')).toContainText('5,920');

    // 华鑫's page moved on by itself: the pushed progress
    await expect(hp.getByTestId('campaign-total')).toContainText('310');
    await expect(hp.getByTestId('campaign-current-price')).toContainText('5,920');
    await expect(bar).not.toHaveAttribute('data-tier', tierBefore ?? '');

    // The deadline passes; the worker's sweep settles the pool.
    await sql(
      `UPDATE group_buy_campaigns SET "lockAt" = now() - interval '2 seconds', deadline = now() - interval '1 second'
       WHERE id = $1`,
      [campaignId],
    );
    for (const page of [hp, lp]) {
      await expect(async () => {
        await page.reload();
        await expect(page.getByTestId('campaign-status')).toHaveText('拼单成功', { timeout: 2_000 });
      }).toPass({ timeout: 90_000 });
      const order = page.getByTestId('campaign-mine-order');
      await expect(order).toBeVisible();
      await order.click();
      await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
      await expect(page.locator('body')).toContainText('5,920');
    }
    const orders = await sql<{ buyer: string; price: string }>(
      `SELECT c.code AS buyer, l."unitPrice"::text AS price FROM orders o
         JOIN companies c ON c.id = o."buyerId" JOIN order_lines l ON l."orderId" = o.id
       WHERE o.source = 'group_buy' AND o."sourceId" = $1 ORDER BY c.code`,
      [campaignId],
    );
    expect(orders).toHaveLength(5);
    expect(new Set(orders.map((o) => Number(o.price)))).toEqual(new Set([5920]));
  } finally {
    for (const c of contexts) await c.close();
  }
});
