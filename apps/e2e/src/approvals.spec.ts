import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { PORTALS } from '../playwright.config';
import { chooseOption } from './support/antd';

/**
 * Issue 3's acceptance journey, in the buyer portal against the real API and a freshly
 * seeded database (tools/seed/src/demo-data.ts): in 华鑫食品集团有限公司 王建国 is the owner
 * (general manager), 张伟 the purchaser, 刘洋 the approver (purchasing manager) and 陈静 the
 * group's shared finance staff (also a member of 山东华鑫烘焙).
 *
 * Each user has a browser context of their own: the portals share the host 127.0.0.1, and so
 * the `tw_session` cookie.
 */
const PASSWORD = 'Tradeway-demo-2026';
const COMPANY = '华鑫食品集团有限公司';
const USERS = {
  owner: { email: 'buyer.owner@huaxin-food.demo', name: '王建国' },
  purchaser: { email: 'buyer.purchaser@huaxin-food.demo', name: '张伟' },
  approver: { email: 'buyer.approver@huaxin-food.demo', name: '刘洋' },
  finance: { email: 'group.finance@huaxin-food.demo', name: '陈静' },
} as const;
type Who = keyof typeof USERS;
const buyer = `http://127.0.0.1:${PORTALS.buyer.port}`;
const TITLE = '白砂糖 25 吨（一季度生产）';

test.describe.configure({ mode: 'serial' });

async function signedIn(browser: Browser, who: Who): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${buyer}/sign-in`);
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await page.getByLabel('邮箱').fill(USERS[who].email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await expect(page.getByTestId('user-name')).toHaveText(USERS[who].name);
  return { context, page };
}

interface Band {
  name: string;
  priority: number;
  min?: string;
  max?: string;
  levels: Array<{ roles: string[]; all?: boolean }>;
}

async function createPolicy(page: Page, band: Band) {
  await page.getByTestId('new-policy').click();
  await expect(page).toHaveURL(`${buyer}/approval-policies/new`);
  const form = page.getByTestId('policy-form');
  await form.getByLabel('名称').fill(band.name);
  await form.getByLabel('优先级').fill(String(band.priority));
  if (band.min) await form.getByLabel('金额下限（元，含）').fill(band.min);
  if (band.max) await form.getByLabel('金额上限（元，不含）').fill(band.max);
  for (const [i, level] of band.levels.entries()) {
    await form.getByTestId('add-level').click();
    const card = form.getByTestId('policy-level').nth(i);
    for (const role of level.roles) await chooseOption(page, card.getByLabel(`第 ${i + 1} 级审批角色`), role);
    if (level.all) await card.getByText('须全部同意（会签）').click();
  }
  await form.getByTestId('policy-submit').click();
  await expect(page).toHaveURL(`${buyer}/approval-policies`);
  await expect(page.getByTestId('policies-table').getByText(band.name)).toBeVisible();
}

/** Opens the request of the requisition from the user's inbox, at the level expected. */
async function openFromInbox(page: Page, expectedLevel: string, title = TITLE, amount = '¥150,000.00') {
  await page.getByRole('navigation').getByText('审批', { exact: true }).click();
  await expect(page).toHaveURL(`${buyer}/approvals`);
  const row = page.getByTestId('inbox-row').filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('inbox-level')).toHaveText(expectedLevel);
  await expect(row).toContainText(amount);
  await expect(row).toContainText(USERS.purchaser.name);
  await row.click();
  await expect(page.getByTestId('request-title')).toContainText(title);
  await expect(page.getByTestId('request-amount')).toHaveText(amount);
}

/** The purchaser opens a new requisition and fills its title and one line (not yet submitted). */
async function fillRequisition(
  page: Page,
  title: string,
  line: { description: string; quantity: string; unit: string; price: string },
) {
  await page.getByRole('navigation').getByText('采购申请').click();
  await page.getByTestId('new-requisition').click();
  const form = page.getByTestId('requisition-form');
  await form.getByLabel('标题').fill(title);
  await form.getByLabel('第 1 行品名及规格').fill(line.description);
  await form.getByLabel('第 1 行数量').fill(line.quantity);
  await form.getByLabel('第 1 行单位').fill(line.unit);
  await form.getByLabel('第 1 行单价（元）').fill(line.price);
  return form;
}

async function approve(page: Page, comment?: string) {
  if (comment) await page.getByLabel('审批意见').fill(comment);
  await page.getByTestId('approve').click();
  await expect(page.getByTestId('no-decision')).toBeVisible();
}

test('a 150 000 yuan requisition passes the purchasing manager, then finance and the general manager', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const contexts: BrowserContext[] = [];
  try {
    // 1. The owner builds the three-band policy for purchase requisitions.
    const owner = await signedIn(browser, 'owner');
    contexts.push(owner.context);
    await owner.page.getByRole('navigation').getByText('审批策略').click();
    await expect(owner.page).toHaveURL(`${buyer}/approval-policies`);
    await createPolicy(owner.page, { name: '1 万元以下：无需审批', priority: 10, max: '10000', levels: [] });
    await createPolicy(owner.page, {
      name: '1 万至 10 万元：采购经理',
      priority: 20,
      min: '10000',
      max: '100000',
      levels: [{ roles: ['审批人（采购经理）'] }],
    });
    await createPolicy(owner.page, {
      name: '10 万元以上：采购经理，再由财务和总经理会签',
      priority: 30,
      min: '100000',
      levels: [{ roles: ['审批人（采购经理）'] }, { roles: ['财务', '所有者（总经理）'], all: true }],
    });
    const third = owner.page.getByTestId('policies-table').getByRole('row', { name: /10 万元以上/ });
    await expect(third).toContainText('金额 ≥ ¥100,000.00');
    await expect(third.getByTestId('policy-levels')).toContainText('财务 和 所有者（总经理）');
    await expect(
      owner.page.getByTestId('policies-table').getByRole('row', { name: /1 万至 10 万元/ }),
    ).toContainText('¥10,000.00 ≤ 金额 < ¥100,000.00');

    // 2. The purchaser asks for 25 t × 6 000 yuan; the form checks the lines before sending.
    const purchaser = await signedIn(browser, 'purchaser');
    contexts.push(purchaser.context);
    const form = await fillRequisition(purchaser.page, TITLE, {
      description: '一级白砂糖 GB/T 317',
      quantity: '25.0001',
      unit: 't',
      price: '6000',
    });
    await form.getByTestId('requisition-submit').click();
    await expect(form.getByText('最多 3 位小数')).toBeVisible();
    await expect(purchaser.page).toHaveURL(`${buyer}/requisitions/new`); // nothing sent
    await form.getByLabel('第 1 行数量').fill('25');
    await expect(form.getByTestId('line-total')).toHaveText('¥150,000.00');
    await expect(form.getByTestId('requisition-total')).toHaveText('¥150,000.00');
    await form.getByTestId('requisition-submit').click();
    await expect(purchaser.page).toHaveURL(/\/requisitions\/[0-9a-f-]{36}$/);
    await expect(purchaser.page.getByTestId('requisition-title')).toHaveText(TITLE);
    await expect(purchaser.page.getByTestId('requisition-status')).toHaveText('审批中');
    await expect(purchaser.page.getByTestId('requisition-detail-total')).toHaveText('¥150,000.00');
    const requisitionUrl = purchaser.page.url();

    // 3. The purchasing manager approves level 1 in the inbox.
    const approver = await signedIn(browser, 'approver');
    contexts.push(approver.context);
    await openFromInbox(approver.page, '1 / 2');
    await approve(approver.page, '价格合理');
    await expect(approver.page.getByTestId('level-1')).toHaveAttribute('data-state', 'approved');
    await expect(approver.page.getByTestId('level-1').getByTestId('task-comment')).toHaveText('“价格合理”');
    await expect(approver.page.getByTestId('level-2')).toHaveAttribute('data-state', 'current');

    // 4. Finance (in the group company: 陈静 also works for 山东华鑫烘焙) approves level 2 …
    const finance = await signedIn(browser, 'finance');
    contexts.push(finance.context);
    await expect(finance.page.getByTestId('active-company')).toHaveText(COMPANY);
    await openFromInbox(finance.page, '2 / 2');
    const stale = await finance.context.newPage(); // the same request in another tab
    await stale.goto(finance.page.url());
    await expect(stale.getByTestId('approve')).toBeVisible();
    await approve(finance.page);
    // … which waits for the general manager as well (`all`).
    const level2 = finance.page.getByTestId('level-2');
    await expect(level2).toHaveAttribute('data-state', 'current');
    await expect(
      level2.getByTestId('approval-task').filter({ hasText: USERS.finance.name }).getByTestId('task-status'),
    ).toHaveText('已同意');
    await expect(
      level2.getByTestId('approval-task').filter({ hasText: USERS.owner.name }).getByTestId('task-status'),
    ).toHaveText('待审批');
    await purchaser.page.reload();
    await expect(purchaser.page.getByTestId('requisition-status')).toHaveText('审批中');
    // Approving again from the other tab is refused, in Chinese: a decision never changes.
    await stale.getByTestId('approve').click();
    const refused = stale.getByTestId('decision-error');
    await expect(refused).toHaveAttribute('data-code', 'ALREADY_DECIDED');
    await expect(refused).toContainText('该审批任务已处理，决定不可更改');

    // 5. The general manager approves last: the request is approved.
    await openFromInbox(owner.page, '2 / 2');
    await approve(owner.page);
    await expect(owner.page.getByTestId('request-status')).toHaveText('已通过');
    await expect(owner.page.getByTestId('level-2')).toHaveAttribute('data-state', 'approved');

    // 6. The purchaser sees the requisition approved, and the approval's history.
    await purchaser.page.goto(requisitionUrl);
    await expect(purchaser.page.getByTestId('requisition-status')).toHaveText('已通过');
    await purchaser.page.getByTestId('approval-link').click();
    await expect(purchaser.page.getByTestId('request-status')).toHaveText('已通过');
    await expect(purchaser.page.getByTestId('approval-task')).toHaveCount(3);
    await expect(purchaser.page.getByTestId('no-decision')).toContainText('该审批已结束');
  } finally {
    for (const c of contexts) await c.close();
  }
});

test('a rejection needs a comment; the purchaser then changes the requisition, which goes to approval again', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const contexts: BrowserContext[] = [];
  const title = '包装纸箱 2000 个';
  try {
    const purchaser = await signedIn(browser, 'purchaser');
    contexts.push(purchaser.context);
    const form = await fillRequisition(purchaser.page, title, {
      description: '五层瓦楞纸箱 600×400×400',
      quantity: '2000',
      unit: 'box',
      price: '25',
    });
    await expect(form.getByTestId('requisition-total')).toHaveText('¥50,000.00');
    await form.getByTestId('requisition-submit').click();
    await expect(purchaser.page.getByTestId('requisition-status')).toHaveText('审批中');
    const requisitionUrl = purchaser.page.url();

    // The purchasing manager (band 10 000–100 000: one level) has it open in two tabs.
    const approver = await signedIn(browser, 'approver');
    contexts.push(approver.context);
    await openFromInbox(approver.page, '1 / 1', title, '¥50,000.00');
    const other = await approver.context.newPage();
    await other.goto(approver.page.url());
    await expect(other.getByTestId('approve')).toBeVisible();

    await approver.page.getByTestId('reject').click();
    await expect(approver.page.getByTestId('decision-panel')).toContainText('驳回时请填写理由');
    await expect(approver.page.getByTestId('request-status')).toHaveText('审批中'); // nothing was sent
    await approver.page.getByLabel('审批意见').fill('预算不足，请分两批采购');
    await approver.page.getByTestId('reject').click();
    await expect(approver.page.getByTestId('request-status')).toHaveText('已驳回');

    // The other tab still offers to approve; the API refuses, and says why in Chinese.
    await other.getByTestId('approve').click();
    const refused = other.getByTestId('decision-error');
    await expect(refused).toHaveAttribute('data-code', 'NOT_PENDING');
    await expect(refused).toContainText('该审批已结束，不能再操作');
    await expect(other.getByTestId('request-status')).toHaveText('已驳回');

    // The purchaser reads the reason, halves the quantity and submits again.
    await purchaser.page.goto(requisitionUrl);
    await expect(purchaser.page.getByTestId('requisition-status')).toHaveText('已驳回');
    await purchaser.page.getByTestId('approval-link').click();
    await expect(purchaser.page.getByTestId('task-comment')).toHaveText('“预算不足，请分两批采购”');
    await purchaser.page.goto(requisitionUrl);
    await purchaser.page.getByTestId('edit-requisition').click();
    const edit = purchaser.page.getByTestId('requisition-form');
    await edit.getByLabel('第 1 行数量').fill('1000');
    await expect(edit.getByTestId('requisition-total')).toHaveText('¥25,000.00');
    await edit.getByTestId('requisition-submit').click();
    await expect(purchaser.page).toHaveURL(requisitionUrl);
    await expect(purchaser.page.getByTestId('requisition-status')).toHaveText('审批中');
    await expect(purchaser.page.getByTestId('requisition-detail-total')).toHaveText('¥25,000.00');

    // … and then withdraws it.
    await purchaser.page.getByTestId('withdraw-requisition').click();
    await purchaser.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^撤\s*回$/ })
      .click();
    await expect(purchaser.page.getByTestId('requisition-status')).toHaveText('已撤回');
  } finally {
    for (const c of contexts) await c.close();
  }
});
