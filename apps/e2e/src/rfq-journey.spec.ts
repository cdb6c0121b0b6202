import { expect as baseExpect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { PORTALS } from '../playwright.config';
import { chooseOption } from './support/antd';
import { apiSignedIn, okJson } from './support/api';
import { sql } from './support/db';

/**
 * Issue 6's journey of one sealed RFQ, on the seeded demo (tools/seed/src/demo-data.ts), in
 * Chinese, each person in a browser context of their own:
 * 1. 华鑫食品's owner (through the API) makes awards pass the purchasing manager — removed at
 *    the end;
 * 2. the purchaser 张伟 writes a sealed RFQ for two grades of sugar to three mills and publishes it;
 * 3. the three mills quote in the seller portal; before the deadline the buyer sees "sealed";
 * 4. the deadline passes (moved into the past in the database: time, not a user, does that) and
 *    the worker closes the RFQ;
 * 5. the buyer compares landed costs and sends 南宁糖业 a counter-offer on 优级; 南宁糖业 answers
 *    with a revised quote;
 * 6. the buyer awards split (the computed best split), the approver 刘洋 approves, and the two
 *    purchase orders appear for the buyer and for each winning mill.
 */
const PASSWORD = 'Tradeway-demo-2026';
const buyerPortal = `http://127.0.0.1:${PORTALS.buyer.port}`;
const sellerPortal = `http://127.0.0.1:${PORTALS.seller.port}`;
const MILLS = {
  guitang: { email: 'seller.sales@guitang-sugar.demo', name: '广西崇左桂糖制糖有限公司' },
  nanning: { email: 'seller2.sales@nanning-sugar.demo', name: '南宁糖业股份有限公司' },
  hengtong: { email: 'seller.sales@hengtong-trade.demo', name: '天津恒通钢化贸易有限公司' },
} as const;
type Mill = keyof typeof MILLS;
/** Unit prices per item (一级, 优级): 桂糖 cheapest on 一级, 南宁 on 优级 once it has negotiated. */
const PRICES: Record<Mill, [string, string]> = {
  guitang: ['5850', '6450'],
  nanning: ['6050', '6300'],
  hengtong: ['6000', '6280'],
};
const NANNING_REVISED = '6150';

test.describe.configure({ mode: 'serial' });
const expect = baseExpect.configure({ timeout: 20_000 });
test.use({ actionTimeout: 30_000 });

async function signedIn(
  browser: Browser,
  origin: string,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/sign-in`);
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await expect(page.getByTestId('user-name')).toBeVisible();
  return { context, page };
}

test('华鑫食品 runs a sealed RFQ for sugar with three mills: quotes, the deadline, a counter-offer, a split award through approval', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const contexts: BrowserContext[] = [];
  const owner = await apiSignedIn('buyer.owner@huaxin-food.demo', PASSWORD);
  const title = `白砂糖采购 E2E ${Date.now().toString(36)}`;
  let policyId: string | null = null;
  try {
    const policy = await okJson<{ id: string }>(
      await owner.post('/api/approval/policies', {
        data: {
          subjectType: 'rfq_award',
          name: `E2E 询价授标 ${title}`,
          priority: 1,
          levels: [{ order: 1, mode: 'any', approverRoles: ['approver'] }],
        },
      }),
      'creating the rfq_award policy',
    );
    policyId = policy.id;

    // 2. The purchaser writes the RFQ: two items, sealed, three mills invited.
    const purchaser = await signedIn(browser, buyerPortal, 'buyer.purchaser@huaxin-food.demo');
    contexts.push(purchaser.context);
    const bp = purchaser.page;
    await bp.goto(`${buyerPortal}/rfqs/new`);
    const form = bp.getByTestId('rfq-form');
    await form.getByTestId('rfq-title-input').fill(title);
    await form.getByTestId('item-description').first().fill('白砂糖 一级');
    await form.getByTestId('item-quantity').first().fill('100');
    await form.getByTestId('item-add').click();
    await form.getByTestId('item-description').nth(1).fill('白砂糖 优级');
    await form.getByTestId('item-quantity').nth(1).fill('40');
    await form.getByTestId('rfq-sealed-switch').click();
    for (const mill of Object.values(MILLS))
      await chooseOption(bp, form.getByTestId('rfq-sellers'), mill.name);
    await form.getByTestId('rfq-save').click();
    await expect(bp).toHaveURL(/\/rfqs\/[0-9a-f-]{36}$/);
    const rfqId = bp.url().split('/').pop() as string;
    await expect(bp.getByTestId('rfq-status')).toHaveText('草稿');
    await bp.getByTestId('rfq-submit').click();
    await bp
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: '发 布' })
      .or(bp.locator('.ant-modal-confirm').getByRole('button', { name: '发布' }))
      .click();
    await expect(bp.getByTestId('rfq-status')).toHaveText('报价中');
    await expect(bp.getByTestId('rfq-sealed')).toBeVisible();

    // 3. Each mill finds it in its inbox and quotes both items.
    for (const [key, mill] of Object.entries(MILLS) as Array<[Mill, (typeof MILLS)[Mill]]>) {
      const seller = await signedIn(browser, sellerPortal, mill.email);
      contexts.push(seller.context);
      const sp = seller.page;
      await sp.goto(`${sellerPortal}/rfq-inbox`);
      const row = sp.getByTestId('inbox-table').getByRole('row').filter({ hasText: title });
      await expect(row).toBeVisible();
      await row.getByRole('link').first().click();
      await expect(sp).toHaveURL(`${sellerPortal}/rfqs/${rfqId}`);
      const quote = sp.getByTestId('quote-form');
      for (const [i, price] of PRICES[key].entries()) {
        await quote.getByTestId('line-unit-price').nth(i).fill(price);
        await quote.getByTestId('line-tax-rate').nth(i).fill('13');
      }
      await quote.getByTestId('quote-submit').click();
      await expect(sp.getByTestId('quote-history')).toBeVisible();
    }
    // Sealed: the buyer sees that quotes are sealed, not how many or what.
    await bp.reload();
    await expect(bp.getByTestId('quotes-sealed')).toBeVisible();
    await expect(bp.getByTestId('comparison')).toHaveCount(0);

    // 4. Time passes: the deadline is moved into the past; the worker's sweep closes the RFQ.
    await sql(`UPDATE rfqs SET deadline = now() - interval '1 second' WHERE id = $1`, [rfqId]);
    await expect(async () => {
      await bp.reload();
      await expect(bp.getByTestId('rfq-status')).toHaveText('已截止', { timeout: 2_000 });
    }).toPass({ timeout: 60_000 });

    // 5. The comparison: 桂糖 cheapest on 一级, 恒通 on 优级 (before negotiating).
    const comparison = bp.getByTestId('comparison');
    await expect(comparison).toBeVisible();
    const item1 = comparison.getByTestId('comparison-item').nth(0);
    await expect(item1.getByTestId('offer-cheapest')).toHaveCount(1);
    await expect(item1.getByRole('row').filter({ has: bp.getByTestId('offer-cheapest') })).toContainText(
      MILLS.guitang.name,
    );
    const item2 = comparison.getByTestId('comparison-item').nth(1);
    await expect(item2.getByRole('row').filter({ has: bp.getByTestId('offer-cheapest') })).toContainText(
      MILLS.hengtong.name,
    );

    // … a counter-offer to 南宁糖业 on 优级, which answers with a revised quote.
    await bp.getByTestId('rfq-counter-offer').click();
    const counter = bp.getByTestId('counter-offer-modal');
    await chooseOption(bp, counter.getByTestId('counter-sellers'), MILLS.nanning.name);
    await counter.getByTestId('counter-message').fill('优级糖请按 6 150 元/吨报价');
    await bp.getByRole('button', { name: '发出议价' }).click();
    await expect(counter).toBeHidden();

    const nanning = contexts[2];
    if (!nanning) throw new Error('南宁糖业 has no browser context');
    const np = nanning.pages()[0] as Page;
    await np.reload();
    await expect(np.getByTestId('open-round')).toContainText('优级糖请按 6 150 元/吨报价');
    const quote = np.getByTestId('quote-form');
    await quote.getByTestId('line-unit-price').nth(1).fill(NANNING_REVISED);
    await quote.getByTestId('quote-submit').click();
    await expect(np.getByTestId('open-round')).toHaveCount(0);

    // 6. The buyer awards the best split: 一级 to 桂糖, 优级 to 南宁糖业 (now cheapest).
    await bp.reload();
    await expect(item2.getByRole('row').filter({ has: bp.getByTestId('offer-cheapest') })).toContainText(
      MILLS.nanning.name,
    );
    await bp.getByTestId('use-best-split').click();
    const drawer = bp.getByTestId('award-drawer');
    await expect(drawer.getByTestId('award-item')).toHaveCount(2);
    await drawer
      .getByTestId('award-justification')
      .fill('分项授标：一级糖桂糖最低，优级糖南宁糖业议价后最低');
    await drawer.getByTestId('award-submit').click();
    await expect(bp.getByTestId('award-pending')).toBeVisible();

    const approver = await signedIn(browser, buyerPortal, 'buyer.approver@huaxin-food.demo');
    contexts.push(approver.context);
    const ap = approver.page;
    await ap.goto(`${buyerPortal}/approvals`);
    const inboxRow = ap.getByTestId('inbox-row').filter({ hasText: title });
    await expect(inboxRow).toBeVisible();
    await inboxRow.click();
    await ap.getByLabel('审批意见').fill('同意分项授标');
    await ap.getByTestId('approve').click();
    await expect(ap.getByTestId('request-status')).toHaveText('已通过');

    await bp.reload();
    await expect(bp.getByTestId('rfq-status')).toHaveText('已定标');
    await expect(bp.getByTestId('award-order-link')).toHaveCount(2);

    // Purchase orders in both portals: the buyer's list, and each winning mill's.
    const orders = await sql<{ number: string; seller: string }>(
      `SELECT o.number, c.name AS seller FROM orders o JOIN companies c ON c.id = o."sellerId"
        WHERE o."sourceId" = $1 ORDER BY c.name`,
      [rfqId],
    );
    expect(orders.map((o) => o.seller).sort()).toEqual([MILLS.guitang.name, MILLS.nanning.name].sort());
    await bp.goto(`${buyerPortal}/orders`);
    for (const o of orders) await expect(bp.getByText(o.number)).toBeVisible();
    for (const [i, key] of (['guitang', 'nanning'] as const).entries()) {
      const page = contexts[i + 1]?.pages()[0];
      if (!page) throw new Error(`${key} has no page`);
      await page.goto(`${sellerPortal}/orders`);
      const mine = orders.find((o) => o.seller === MILLS[key].name);
      await expect(page.getByText(mine?.number ?? '—')).toBeVisible();
    }
    // 恒通 lost: no order for it, and its RFQ page says so in its timeline.
    const hp = contexts[3]?.pages()[0];
    if (!hp) throw new Error('恒通 has no page');
    await hp.reload();
    await expect(hp.getByTestId('rfq-status')).toHaveText('已定标');
  } finally {
    if (policyId) await owner.delete(`/api/approval/policies/${policyId}`);
    await owner.dispose();
    for (const c of contexts) await c.close();
  }
});
