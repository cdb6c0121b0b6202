import { expect as baseExpect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { PORTALS } from '../playwright.config';
import { chooseOption } from './support/antd';
import { apiSignedIn, okJson } from './support/api';
import { sql } from './support/db';

/**
 * Issue 7's journey of one reverse auction, on the seeded demo, in Chinese, each person in a
 * browser context of their own:
 * 1. 华鑫食品's owner (through the API) makes auction awards pass the approver — removed at the end;
 * 2. the purchaser 张伟 creates a reverse auction for 500 t of sugar with three mills and
 *    publishes it;
 * 3. time passes (moved in the database): the start is reached; the worker's clock starts it;
 * 4. the three mills bid in the seller portal, each in its own browser, each seeing its rank;
 * 5. the end draws near; 桂糖's late best bid extends it — every console shows the extension;
 * 6. the end passes; the worker closes it; the buyer awards 桂糖 with a justification, the
 *    approver 刘洋 approves, and the purchase order appears for the buyer and for 桂糖.
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

/** A bid through the console: the price, the confirmation, and the receipt it shows. */
async function bid(page: Page, price: string) {
  const receipts = page.getByTestId('auction-receipt');
  // the receipts render with the form (from this browser's storage): count them once it shows,
  // not while a reloaded page is still loading
  await expect(page.getByTestId('auction-bid-input')).toBeEditable();
  const before = await receipts.count();
  await page.getByTestId('auction-bid-input').fill(price);
  await page.getByTestId('auction-bid-submit').click();
  await page.getByTestId('auction-bid-confirm').click();
  await expect(receipts).toHaveCount(before + 1);
  await expect(receipts.first()).toHaveAttribute('data-accepted', 'yes');
}

test('华鑫食品 runs a reverse auction with three mills: live bids, a late bid extends the end, an award through approval, the order', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const contexts: BrowserContext[] = [];
  const owner = await apiSignedIn('buyer.owner@huaxin-food.demo', PASSWORD);
  const title = `白砂糖反向竞价 E2E ${Date.now().toString(36)}`;
  let policyId: string | null = null;
  try {
    const policy = await okJson<{ id: string }>(
      await owner.post('/api/approval/policies', {
        data: {
          subjectType: 'auction_award',
          name: `E2E 竞价授标 ${title}`,
          priority: 1,
          levels: [{ order: 1, mode: 'any', approverRoles: ['approver'] }],
        },
      }),
      'creating the auction_award policy',
    );
    policyId = policy.id;

    // 2. The purchaser creates the auction (start tomorrow 10:00 by default) and publishes it.
    const purchaser = await signedIn(browser, buyerPortal, 'buyer.purchaser@huaxin-food.demo');
    contexts.push(purchaser.context);
    const bp = purchaser.page;
    await bp.goto(`${buyerPortal}/auctions/new`);
    const form = bp.getByTestId('auction-form');
    await form.getByTestId('auction-title-input').fill(title);
    await form.getByTestId('auction-quantity-input').fill('500');
    await form.getByTestId('auction-opening-input').fill('6050');
    await form.getByTestId('auction-step-input').fill('10');
    for (const mill of Object.values(MILLS))
      await chooseOption(bp, form.getByTestId('auction-participants-select'), mill.name, { exact: false });
    await form.getByTestId('auction-submit').click();
    await expect(bp).toHaveURL(/\/auctions\/[0-9a-f-]{36}$/);
    const auctionId = bp.url().split('/').pop() as string;
    await expect(bp.getByTestId('auction-status')).toHaveText('草稿');
    await bp.getByTestId('auction-publish').click();
    await bp
      .locator('.ant-modal-confirm, .ant-popconfirm')
      .getByRole('button', { name: /^发\s?布$/ })
      .click();
    await expect(bp.getByTestId('auction-status')).toHaveText('待开始');

    // 3. Time passes: the start is reached (20 minutes to go); the worker's clock starts it.
    await sql(
      `UPDATE auctions SET "startsAt" = now() - interval '1 second', "endsAt" = now() + interval '20 minutes',
              "currentEnd" = now() + interval '20 minutes' WHERE id = $1`,
      [auctionId],
    );
    await expect(async () => {
      await bp.reload();
      await expect(bp.getByTestId('auction-status')).toHaveText('竞价中', { timeout: 2_000 });
    }).toPass({ timeout: 60_000 });

    // 4. Each mill opens it from its list and bids; each sees its own rank, not the others' prices.
    const pages = {} as Record<Mill, Page>;
    for (const [key, mill] of Object.entries(MILLS) as Array<[Mill, (typeof MILLS)[Mill]]>) {
      const seller = await signedIn(browser, sellerPortal, mill.email);
      contexts.push(seller.context);
      const sp = seller.page;
      await sp.goto(`${sellerPortal}/auctions`);
      const row = sp.getByTestId('auction-row').filter({ hasText: title });
      await expect(row).toBeVisible();
      await row.click();
      await expect(sp).toHaveURL(`${sellerPortal}/auctions/${auctionId}`);
      await expect(sp.getByTestId('auction-live')).toHaveAttribute('data-state', 'live');
      pages[key] = sp;
    }
    await bid(pages.guitang, '5990');
    await bid(pages.nanning, '5980');
    await bid(pages.hengtong, '5985');
    await expect(pages.nanning.getByTestId('auction-my-rank')).toContainText('1');
    await expect(pages.hengtong.getByTestId('auction-my-rank')).toContainText('2');
    // pushed live: 桂糖 fell to third without reloading; rank only shows no price of the others
    await expect(pages.guitang.getByTestId('auction-my-rank')).toContainText('3');
    await expect(pages.guitang.getByTestId('auction-best-price')).toHaveAttribute('data-visible', 'no');
    await expect(pages.guitang.getByTestId('auction-ranking')).toHaveCount(0);
    await expect(pages.guitang.locator('body')).not.toContainText(MILLS.nanning.name);

    // The owner's monitor shows the ranking with the companies.
    await bp.reload();
    const ranking = bp.getByTestId('auction-ranking');
    await expect(ranking.getByTestId('auction-ranking-row')).toHaveCount(3);
    await expect(ranking.getByTestId('auction-ranking-row').first()).toContainText(MILLS.nanning.name);

    // 5. The end draws near (2 minutes left); 桂糖's new best bid moves it to 5 minutes after the bid.
    await sql(
      `UPDATE auctions SET "endsAt" = now() + interval '2 minutes', "currentEnd" = now() + interval '2 minutes'
       WHERE id = $1`,
      [auctionId],
    );
    await pages.guitang.reload();
    await bid(pages.guitang, '5970');
    await expect(pages.guitang.getByTestId('auction-my-rank')).toContainText('1');
    for (const page of [pages.guitang, pages.nanning, bp]) {
      await expect(page.getByTestId('auction-extensions')).toContainText('已延时 1 次');
    }
    const [extended] = await sql<{ extensions: number }>(`SELECT extensions FROM auctions WHERE id = $1`, [
      auctionId,
    ]);
    expect(extended?.extensions).toBe(1);

    // 6. The (extended) end passes; the worker closes the auction.
    await sql(`UPDATE auctions SET "currentEnd" = now() - interval '1 second' WHERE id = $1`, [auctionId]);
    await expect(async () => {
      await bp.reload();
      await expect(bp.getByTestId('auction-status')).toHaveText('已结束', { timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    // no bid is taken after the end
    await expect(pages.hengtong.getByTestId('auction-bid-closed')).toBeVisible({ timeout: 30_000 });

    await bp.getByTestId('auction-award').click();
    const drawer = bp.getByTestId('auction-award-drawer');
    await expect(drawer.getByTestId('auction-award-participant')).toContainText(MILLS.guitang.name);
    await drawer.getByTestId('auction-award-justification').fill('桂糖最终报价最低，交期满足');
    await drawer.getByTestId('auction-award-submit').click();
    await expect(bp.getByTestId('auction-award-status')).toHaveAttribute('data-status', 'pending_approval');

    const approver = await signedIn(browser, buyerPortal, 'buyer.approver@huaxin-food.demo');
    contexts.push(approver.context);
    const ap = approver.page;
    await ap.goto(`${buyerPortal}/approvals`);
    const inboxRow = ap.getByTestId('inbox-row').filter({ hasText: title });
    await expect(inboxRow).toBeVisible();
    await inboxRow.click();
    await ap.getByLabel('审批意见').fill('同意授标桂糖');
    await ap.getByTestId('approve').click();
    await expect(ap.getByTestId('request-status')).toHaveText('已通过');

    // The award reaches the owner's monitor and the winner's console, and the order exists.
    await expect(bp.getByTestId('auction-status')).toHaveText('已授标');
    await expect(bp.getByTestId('auction-award-status')).toHaveAttribute('data-status', 'approved');
    await expect(pages.guitang.getByTestId('auction-award-status')).toHaveAttribute(
      'data-status',
      'approved',
    );
    const [order] = await sql<{ number: string }>(
      `SELECT number FROM orders WHERE source = 'auction_award' AND "sourceId" = $1`,
      [auctionId],
    );
    if (!order) throw new Error('no order from the award');
    await bp.getByTestId('auction-award-order').click();
    await expect(bp.getByText(order.number).first()).toBeVisible();
    await pages.guitang.goto(`${sellerPortal}/orders`);
    await expect(pages.guitang.getByText(order.number).first()).toBeVisible();
  } finally {
    for (const c of contexts) await c.close();
    if (policyId) await owner.delete(`/api/approval/policies/${policyId}`);
    await owner.dispose();
  }
});
