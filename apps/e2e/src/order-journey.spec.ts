import {
  expect as baseExpect,
  test,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { PORTALS } from '../playwright.config';
import { chooseOption, pickDate } from './support/antd';
import { apiSignedIn, okJson, yuanZh } from './support/api';

/**
 * Issue 5's journey of one order across the three portals, on the seeded demo
 * (tools/seed/src/demo-data.ts), in Chinese:
 * 1. 华鑫食品's owner (through the API) makes its `purchase_order` approval policy ask the
 *    purchasing manager for exactly this order's amount — removed again at the end;
 * 2. the purchaser 张伟 saves a delivered quote of 20 t of the Chongzuo mill's 一级 sugar and
 *    places an order from it, which waits for approval; the approver 刘洋 approves it;
 * 3. the mill's owner 黄志强 confirms it with a date, ships it in two shipments (12 t, 8 t) and
 *    records each one's departure and arrival: the order is delivered;
 * 4. the purchaser records a receipt per shipment, the second 7.9 t of 8 t (−1.25 %, outside
 *    ±0.5 %): a dispute opens by itself;
 * 5. the operator 李静 decides it on the dispute desk with a price adjustment; the buyer then
 *    reads the dispute resolved and the order accepted, at its adjusted amount.
 *
 * Each user has a browser context of their own (the portals share the host 127.0.0.1, and so
 * the `tw_session` cookie).
 */
const PASSWORD = 'Tradeway-demo-2026';
const buyerPortal = `http://127.0.0.1:${PORTALS.buyer.port}`;
const sellerPortal = `http://127.0.0.1:${PORTALS.seller.port}`;
const operatorConsole = `http://127.0.0.1:${PORTALS.operator.port}`;
const USERS = {
  owner: { email: 'buyer.owner@huaxin-food.demo', name: '王建国', origin: buyerPortal },
  purchaser: { email: 'buyer.purchaser@huaxin-food.demo', name: '张伟', origin: buyerPortal },
  approver: { email: 'buyer.approver@huaxin-food.demo', name: '刘洋', origin: buyerPortal },
  seller: { email: 'seller.owner@guitang-sugar.demo', name: '黄志强', origin: sellerPortal },
  operator: { email: 'ops.admin@tradeway.demo', name: '李静', origin: operatorConsole },
} as const;
type Who = keyof typeof USERS;
const BUYER = '华鑫食品集团有限公司';
const MILL = '广西崇左桂糖制糖有限公司';
const SKU = 'white-sugar-gx-g1'; // 一级 white sugar, in tonnes: MOQ 10 t, increment 1 t
const CREDIT_MINOR = 60_000n; // ¥600.00: the operator's price adjustment

test.describe.configure({ mode: 'serial' });
// Each step waits for a page of another portal to load and ask the API: on a busy two-core
// machine that takes longer than the config's 10 s now and then.
const expect = baseExpect.configure({ timeout: 20_000 });
// An action that cannot happen fails after a while rather than at the end of the test's time.
test.use({ actionTimeout: 30_000 });

async function signedIn(browser: Browser, who: Who): Promise<{ context: BrowserContext; page: Page }> {
  const user = USERS[who];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${user.origin}/sign-in`);
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await page.getByLabel('邮箱').fill(user.email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await expect(page.getByTestId('user-name')).toHaveText(user.name);
  return { context, page };
}

const nav = (page: Page, label: string) =>
  page.getByRole('navigation').getByText(label, { exact: true }).click();

/** A calendar day in China, `days` after today there, as `YYYY-MM-DD`. */
function chinaDay(days: number): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date());
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const day = new Date(Date.UTC(part('year'), part('month') - 1, part('day') + days));
  return day.toISOString().slice(0, 10);
}

/** A day as the portals print it in Chinese: `2026年12月3日`. */
const dayZh = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** The open modal (or drawer) whose title says `title`. */
const dialog = (page: Page, title: string): Locator => page.getByRole('dialog').filter({ hasText: title });

/** The shipment row of the order page that carries `quantity` (e.g. "12 吨"). */
const shipmentRow = (page: Page, quantity: string): Locator =>
  page
    .getByTestId('shipment-row')
    .filter({ has: page.getByTestId('shipment-line-quantity').getByText(quantity, { exact: true }) });

/** The seller records a tracking event (departure or arrival) of a shipment in its modal. */
async function track(page: Page, row: Locator, kind: 'departed' | 'arrived', shipmentNumber: string) {
  await row.getByTestId(`shipment-action-${kind}`).click();
  const modal = dialog(
    page,
    kind === 'departed' ? `发出发货单 ${shipmentNumber}` : `确认发货单 ${shipmentNumber} 已到达`,
  );
  await expect(modal).toBeVisible();
  await modal
    .getByTestId('tracking-location-input')
    .fill(kind === 'departed' ? '崇左一号库' : '华鑫食品济南仓');
  await modal.getByRole('button', { name: kind === 'departed' ? '确认发货' : '确认到达' }).click();
  await expect(modal).toBeHidden();
  await expect(row.getByTestId('shipment-status')).toHaveText(kind === 'departed' ? '运输中' : '已到达');
}

/** The seller plans a shipment of `quantity` tonnes, from what is left to ship. */
async function planShipment(page: Page, orderNumber: string, quantity: string, remaining: string) {
  await page.getByTestId('shipment-new').click();
  const drawer = dialog(page, `新建发货单：${orderNumber}`);
  await expect(drawer).toBeVisible();
  const field = drawer.getByTestId('shipment-quantity');
  await expect(field).toHaveValue(remaining); // pre-filled with what is left to ship
  await field.fill(quantity);
  await drawer.getByTestId('shipment-carrier-input').fill('桂运物流');
  await drawer.getByTestId('shipment-submit').click();
  await expect(drawer).toBeHidden();
}

/** The buyer records the receipt of the arrived shipment `shipmentNumber`: `received` tonnes. */
async function recordReceipt(page: Page, shipmentNumber: string, received: string) {
  const pending = page
    .getByTestId('pending-receipts')
    .locator('tbody tr')
    .filter({ has: page.getByTestId('pending-shipment').getByText(shipmentNumber, { exact: true }) });
  await pending.getByTestId('record-receipt').click();
  const drawer = dialog(page, `登记收货 · ${shipmentNumber}`);
  await expect(drawer).toBeVisible();
  await drawer.getByTestId('receipt-received').fill(received);
  return drawer;
}

test('华鑫食品 orders 20 t of sugar through approval; the mill ships it in two; a short receipt is disputed and decided', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const contexts: BrowserContext[] = [];
  const owner = await apiSignedIn(USERS.owner.email, PASSWORD);
  let policyId: string | null = null;
  try {
    // 2. The purchaser quotes 20 t of 一级 sugar delivered to Shandong, and saves the quote.
    const purchaser = await signedIn(browser, 'purchaser');
    contexts.push(purchaser.context);
    const bp = purchaser.page;
    await nav(bp, '商品目录');
    await bp.getByTestId('catalog-search').getByRole('searchbox').fill('白砂糖');
    const product = bp.getByTestId('product-row').filter({ hasText: MILL });
    await expect(product).toHaveCount(1);
    await product.click();
    await bp.getByTestId('sku-card').filter({ hasText: SKU }).click();
    await expect(bp).toHaveURL(/sku=/);
    const builder = bp.getByTestId('quote-builder');
    await builder.getByTestId('quote-quantity').fill('20');
    await builder.getByText('送货至', { exact: true }).click();
    await chooseOption(bp, builder.locator('.ant-select').filter({ has: bp.getByLabel('送货地区') }), '山东');
    const preview = builder.getByTestId('quote-preview');
    await expect(preview.getByTestId('preview-updating')).toHaveCount(0);
    await expect(preview.getByTestId('line-base')).toContainText('× 20 吨');
    await builder.getByTestId('save-quote').click();
    await expect(bp).toHaveURL(/\/quotes\/[0-9a-f-]{36}$/);
    const quoteId = bp.url().split('/').pop() as string;
    await expect(bp.getByTestId('quote-seller')).toHaveText(MILL);

    // 1. The owner's policy: orders of exactly this quote's amount go to the purchasing manager.
    const quote = await okJson<{ totalMinor: string | number; number: string }>(
      await owner.get(`/api/quotes/${quoteId}`),
      'reading the quote as the owner',
    );
    const totalMinor = BigInt(quote.totalMinor);
    const total = yuanZh(totalMinor);
    await expect(bp.getByTestId('line-total')).toContainText(total);
    const policy = await okJson<{ id: string }>(
      await owner.post('/api/approval/policies', {
        data: {
          subjectType: 'purchase_order',
          name: `E2E 订单审批 ${quote.number}`,
          priority: 1,
          conditions: { minAmountMinor: String(totalMinor), maxAmountMinor: String(totalMinor + 1n) },
          levels: [{ order: 1, mode: 'any', approverRoles: ['approver'] }],
        },
      }),
      'creating the purchase_order policy',
    );
    policyId = policy.id;

    // … and places the order from the quote: it waits for the company's approval.
    await bp.getByTestId('place-order').click();
    const place = dialog(bp, `按报价单 ${quote.number} 下单`);
    await expect(place).toContainText(`合计 ${total}`);
    const reference = `PO-E2E-${Date.now()}`;
    await place.getByTestId('place-order-reference').fill(reference);
    await place.getByTestId('place-order-note').fill('请提前一天电话联系收货人');
    await place.getByRole('button', { name: '提交订单' }).click();
    await expect(bp).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
    const orderUrl = bp.url();
    const orderId = orderUrl.split('/').pop() as string;
    await expect(bp.getByTestId('order-status')).toHaveText('待审批');
    await expect(bp.getByTestId('order-state')).toContainText('等待本公司审批');
    const orderNumber = (await bp.getByTestId('order-number').textContent())?.trim() ?? '';
    expect(orderNumber).not.toBe('');
    await expect(bp.getByTestId('order-total')).toHaveText(total);
    await expect(bp.getByTestId('order-reference')).toHaveText(reference);
    await expect(bp.getByTestId('order-counterparty')).toHaveText(MILL);
    await expect(bp.getByTestId('order-delivery')).toHaveText('送货至山东');

    // 2b. The purchasing manager approves it from the inbox: the order is placed.
    const approver = await signedIn(browser, 'approver');
    contexts.push(approver.context);
    const ap = approver.page;
    await nav(ap, '审批');
    await expect(ap).toHaveURL(`${buyerPortal}/approvals`);
    const inboxRow = ap.getByTestId('inbox-row').filter({ hasText: orderNumber });
    await expect(inboxRow).toBeVisible();
    await expect(inboxRow.getByTestId('inbox-level')).toHaveText('1 / 1');
    await expect(inboxRow).toContainText(total);
    await expect(inboxRow).toContainText(USERS.purchaser.name);
    await inboxRow.click();
    await expect(ap.getByTestId('request-title')).toContainText(orderNumber);
    // The request leads to the order it decides.
    await expect(ap.getByTestId('subject-link')).toHaveAttribute('href', `/orders/${orderId}`);
    await ap.getByLabel('审批意见').fill('价格符合框架协议');
    await ap.getByTestId('approve').click();
    await expect(ap.getByTestId('request-status')).toHaveText('已通过');

    await bp.reload();
    await expect(bp.getByTestId('order-status')).toHaveText('已下单');
    await expect(bp.getByTestId('order-state')).toHaveText('等待卖方确认并给出交货日期。');

    // 3. The mill finds the new order and confirms it with a date a week ahead.
    const seller = await signedIn(browser, 'seller');
    contexts.push(seller.context);
    const sp = seller.page;
    await nav(sp, '订单');
    await expect(sp).toHaveURL(`${sellerPortal}/orders`);
    const search = sp.getByTestId('order-search').locator('input');
    await search.fill(orderNumber);
    await search.press('Enter');
    const listed = sp.getByTestId('order-row').filter({ hasText: orderNumber });
    await expect(listed).toHaveCount(1);
    await expect(listed.getByTestId('order-counterparty')).toContainText('华鑫食品');
    await listed.getByTestId('order-number').click();
    await expect(sp).toHaveURL(`${sellerPortal}/orders/${orderId}`);
    await expect(sp.getByTestId('order-status')).toHaveText('已下单');
    await expect(sp.getByTestId('order-total')).toHaveText(total);

    const scheduled = chinaDay(7);
    await sp.getByTestId('order-action-confirm').click();
    const confirm = dialog(sp, `确认订单 ${orderNumber}`);
    const date = confirm.getByLabel('计划交货日期');
    // the picker's panel closes first: a click while it fades can be taken by the panel
    await pickDate(sp, date, scheduled);
    await confirm.getByRole('button', { name: /^确\s*认$/ }).click();
    await expect(confirm).toBeHidden();
    await expect(sp.getByTestId('order-status')).toHaveText('已确认');
    await expect(sp.getByTestId('order-scheduled-date')).toHaveText(dayZh(scheduled));
    await expect(sp.getByTestId('order-state')).toContainText(`计划于 ${dayZh(scheduled)} 交货`);
    await expect(sp.getByTestId('section-reservations')).toContainText('20 吨');

    // 4. Two shipments, 12 t then 8 t, each departing and arriving.
    const shipments = sp.getByTestId('section-shipments');
    await expect(shipments.getByTestId('shipments-empty')).toBeVisible();
    await planShipment(sp, orderNumber, '12', '20');
    const first = shipmentRow(sp, '12 吨');
    await expect(first.getByTestId('shipment-status')).toHaveText('待发货');
    await expect(shipments.getByTestId('progress-shipped')).toHaveText('12 吨');
    await expect(shipments.getByTestId('progress-remaining')).toHaveText('8 吨');
    const firstNumber = (await first.getByTestId('shipment-number').textContent())?.trim() ?? '';
    expect(firstNumber).not.toBe('');
    await track(sp, first, 'departed', firstNumber);
    await expect(sp.getByTestId('order-status')).toHaveText('履约中');
    await track(sp, first, 'arrived', firstNumber);
    await expect(first.getByTestId('shipment-arrived')).toBeVisible();
    await expect(sp.getByTestId('order-status')).toHaveText('履约中'); // 8 t still to ship

    await planShipment(sp, orderNumber, '8', '8');
    const second = shipmentRow(sp, '8 吨');
    const secondNumber = (await second.getByTestId('shipment-number').textContent())?.trim() ?? '';
    expect(secondNumber).not.toBe(firstNumber);
    await expect(shipments.getByTestId('progress-shipped')).toHaveText('20 吨');
    await expect(shipments.getByTestId('progress-remaining')).toHaveText('已发完');
    await expect(shipments.getByTestId('fully-shipped')).toHaveText('已全部安排发货');
    await track(sp, second, 'departed', secondNumber);
    await track(sp, second, 'arrived', secondNumber);
    await expect(sp.getByTestId('order-status')).toHaveText('已送达');
    await expect(shipments.getByTestId('fully-shipped')).toHaveText('已全部发货并到达');
    await expect(shipments.getByTestId('shipment-new')).toHaveCount(0);

    // 5. The buyer sees both shipments arrived and records what was received of each.
    await bp.reload();
    await expect(bp.getByTestId('order-status')).toHaveText('已送达');
    const receipts = bp.getByTestId('section-receipts');
    await expect(receipts.getByTestId('order-tolerance')).toHaveText('±0.5%');
    await expect(receipts.getByTestId('pending-shipment')).toHaveCount(2);
    await expect(receipts.getByTestId('receipts-decide')).toContainText('请登记实收后验收订单');

    const full = await recordReceipt(bp, firstNumber, '12');
    await expect(full.getByTestId('receipt-variance')).toHaveText('0%');
    await expect(full.getByTestId('receipt-variance')).toHaveAttribute('data-within', 'yes');
    await expect(full.getByTestId('receipt-summary')).toHaveText('各行均在允差内。');
    await full.getByTestId('receipt-submit').click();
    await expect(full).toBeHidden();
    const firstReceipt = receipts.locator(`[data-testid="receipt"][data-shipment="${firstNumber}"]`);
    await expect(firstReceipt.getByTestId('receipt-outcome')).toHaveText('在允差内');
    await expect(firstReceipt.getByTestId('received')).toHaveText('12 吨');
    await expect(bp.getByTestId('order-status')).toHaveText('已送达'); // one receipt still to record

    const short = await recordReceipt(bp, secondNumber, '7.9');
    await expect(short.getByTestId('receipt-variance')).toHaveText('-1.25%');
    await expect(short.getByTestId('receipt-variance')).toHaveAttribute('data-within', 'no');
    await expect(short.getByTestId('receipt-outside')).toContainText('超出允差');
    await expect(short.getByTestId('receipt-summary')).toHaveText('1 行超出允差或等级不符：将发起争议。');
    await short.getByTestId('receipt-note-input').fill('地磅单 No. 2026-118：净重 7.9 吨');
    await short.getByTestId('receipt-submit').click();
    await expect(short).toBeHidden();
    const shortReceipt = receipts.locator(`[data-testid="receipt"][data-shipment="${secondNumber}"]`);
    await expect(shortReceipt.getByTestId('receipt-outcome')).toHaveText('超出允差');
    await expect(shortReceipt.getByTestId('received')).toHaveText('7.9 吨');

    // … which opens a dispute about the second shipment by itself.
    await expect(bp.getByTestId('order-status')).toHaveText('争议中');
    const panel = bp.getByTestId('dispute-panel');
    await expect(panel).toHaveCount(1);
    await expect(panel).toContainText(`争议 · ${secondNumber}`);
    await expect(panel.getByTestId('dispute-status')).toHaveText('待处理');
    await expect(panel.getByTestId('dispute-waiting')).toHaveText('任一方提出解决方案');

    // 6. The operator finds it on the dispute desk and decides a price adjustment of ¥600.
    const operator = await signedIn(browser, 'operator');
    contexts.push(operator.context);
    const op = operator.page;
    await nav(op, '争议处理');
    await expect(op).toHaveURL(`${operatorConsole}/disputes`);
    const deskSearch = op.getByTestId('desk-search').locator('input');
    await deskSearch.fill(orderNumber);
    await deskSearch.press('Enter');
    const deskRow = op.getByTestId('desk-row').filter({ hasText: orderNumber });
    await expect(deskRow).toHaveCount(1);
    await expect(deskRow.getByTestId('desk-buyer')).toHaveText(BUYER);
    await expect(deskRow.getByTestId('desk-seller')).toHaveText(MILL);
    await expect(deskRow.getByTestId('dispute-status')).toHaveText('待处理');
    await expect(deskRow.getByTestId('desk-at-stake')).toHaveText(total);
    await deskRow.getByTestId('desk-order').click();
    await expect(op).toHaveURL(/\/disputes\/[0-9a-f-]{36}$/);
    await expect(op.getByTestId('desk-order-number')).toHaveText(orderNumber);
    await expect(op.getByTestId('desk-summary').getByTestId('order-status')).toHaveText('争议中');
    await expect(op.getByTestId('desk-total')).toHaveText(total);
    const disputed = op.locator(`[data-testid="receipt"][data-shipment="${secondNumber}"]`);
    await expect(disputed.getByTestId('receipt-disputed-here')).toHaveText('本争议');
    await expect(disputed.getByTestId('received')).toHaveText('7.9 吨');

    const decision = op.getByTestId('desk-decision');
    await decision.getByTestId('resolution-kind').getByText('调价', { exact: true }).click();
    await decision.getByTestId('credit-input').fill('600');
    await expect(decision.getByTestId('credit-preview')).toHaveText(`= ${yuanZh(CREDIT_MINOR)}`);
    await decision.getByTestId('resolution-note').fill('短重 0.1 吨，按含税单价调减货款');
    await decision.getByTestId('decide-submit').click();
    await op.getByTestId('decide-confirm').click();
    await expect(op.getByTestId('dispute-status')).toHaveText('已解决');
    await expect(decision.getByTestId('dispute-outcome')).toContainText('平台裁决');
    await expect(decision.getByTestId('dispute-outcome-text')).toHaveText(
      `调减 ${yuanZh(CREDIT_MINOR)} 给买方`,
    );
    await expect(op.getByTestId('desk-summary').getByTestId('order-status')).toHaveText('已验收');

    // The buyer's order: the dispute resolved by the platform, the order accepted for less.
    await bp.goto(orderUrl);
    await expect(bp.getByTestId('order-status')).toHaveText('已验收');
    const resolved = bp.getByTestId('dispute-panel');
    await expect(resolved.getByTestId('dispute-status')).toHaveText('已解决');
    await expect(resolved.getByTestId('dispute-outcome')).toContainText('平台裁决');
    await expect(resolved.getByTestId('dispute-outcome-text')).toHaveText(
      `调减 ${yuanZh(CREDIT_MINOR)} 给买方`,
    );
    await expect(resolved).toContainText('短重 0.1 吨，按含税单价调减货款');
    await expect(bp.getByTestId('adjusted-total')).toHaveText(yuanZh(totalMinor - CREDIT_MINOR));
    await expect(bp.getByTestId('credited')).toHaveText(`订单金额 ${total}，已调减 ${yuanZh(CREDIT_MINOR)}`);
  } finally {
    for (const c of contexts) await c.close();
    // The policy goes again, so that no other journey's orders wait for approval.
    if (policyId) {
      const removed = await owner.delete(`/api/approval/policies/${policyId}`);
      if (!removed.ok()) {
        const policies = await okJson<{ items: Array<Record<string, unknown> & { id: string }> }>(
          await owner.get('/api/approval/policies', { params: { subjectType: 'purchase_order' } }),
          'listing the policies',
        );
        const mine = policies.items.find((p) => p.id === policyId);
        if (mine) {
          const { id: _id, version: _version, updatedAt: _updatedAt, ...input } = mine;
          await okJson(
            await owner.put(`/api/approval/policies/${policyId}`, { data: { ...input, active: false } }),
            'deactivating the policy',
          );
        }
      }
    }
    await owner.dispose();
  }
});
