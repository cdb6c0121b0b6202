import { type Browser, expect, type Page, test } from '@playwright/test';
import { PORTALS } from '../playwright.config';
import { chooseOption } from './support/antd';

/**
 * Company administration, end to end on the built platform: the buyer owner sets up a
 * department and invites a purchaser into it; the invitation mail (dev mailbox, operator
 * console) lets the newcomer set a password; a custom role lets them read the audit log;
 * an API key is shown once; leaving, they are disabled and their work goes to the owner.
 * Demo users: tools/seed/src/demo-data.ts.
 */
const PASSWORD = 'Tradeway-demo-2026';
const OWNER = { email: 'buyer.owner@huaxin-food.demo', name: '王建国' };
const OPERATOR = 'ops.admin@tradeway.demo';
const origin = (kind: keyof typeof PORTALS) => `http://127.0.0.1:${PORTALS[kind].port}`;

// Unique per run, so that the journey also passes on a database it already ran on.
const stamp = Date.now().toString(36);
const NEWBIE = {
  email: `qc.${stamp}@huaxin-food.demo`,
  name: `周新${stamp.slice(-3)}`,
  password: 'Welcome-2026-qc',
};
const DEPARTMENT = { name: `质检部 ${stamp}`, code: `QC-${stamp}`.toUpperCase() };
const ROLE = `内审 ${stamp}`;

async function signIn(page: Page, email: string, password = PASSWORD) {
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await page.getByLabel(/^(邮箱|Email)$/).fill(email);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(登\s*录|Sign in)$/ }).click();
}

async function open(browser: Browser, url: string, email?: string, password?: string) {
  const context = await browser.newContext(); // the portals share one cookie on 127.0.0.1
  const page = await context.newPage();
  await page.goto(url);
  if (email) {
    await signIn(page, email, password);
    await expect(page.getByTestId('user-name')).toBeVisible();
  }
  return { context, page };
}

const menu = (page: Page) => page.getByRole('navigation');
const goTo = async (page: Page, label: string, path: string) => {
  await menu(page).getByText(label, { exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path}(\\?|$)`));
};

test('the buyer owner administers the company: department, invitation, custom role, audit, API key, leaver', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const owner = await open(browser, `${origin('buyer')}/`, OWNER.email);
  const operator = await open(browser, `${origin('operator')}/`, OPERATOR);
  const newbie = await open(browser, `${origin('buyer')}/sign-in`);
  try {
    const o = owner.page;

    // A department (cost centre); the budget code is checked before it is sent.
    await goTo(o, '部门', '/company/departments');
    await o.getByTestId('create-department').click();
    const deptForm = o.getByTestId('department-form');
    await deptForm.getByLabel('名称').fill(DEPARTMENT.name);
    await deptForm.getByLabel('预算编码').fill('QC 1');
    await o.getByRole('button', { name: /^创\s*建$/ }).click();
    await expect(deptForm).toContainText('只能包含字母、数字');
    await deptForm.getByLabel('预算编码').fill(DEPARTMENT.code);
    await o.getByRole('button', { name: /^创\s*建$/ }).click();
    const deptRow = o
      .getByTestId('departments-table')
      .getByRole('row', { name: new RegExp(DEPARTMENT.code) });
    await expect(deptRow).toContainText(DEPARTMENT.name);
    await expect(deptRow).toContainText('0 名成员');

    // The invitation, as a purchaser in that department.
    await goTo(o, '成员', '/company/members');
    await o.getByTestId('invite-member').click();
    const invite = o.getByTestId('invite-form');
    await invite.getByLabel('邮箱').fill(NEWBIE.email);
    await invite.getByLabel('姓名').fill(NEWBIE.name);
    await expect(invite).toContainText('采购员'); // preselected
    await chooseOption(o, invite.getByLabel('部门', { exact: true }), DEPARTMENT.name, { exact: false });
    await o.getByRole('button', { name: '发送邀请' }).click();
    await expect(o.getByText(`已向 ${NEWBIE.email} 发送邀请`)).toBeVisible();
    const newbieRow = o.getByTestId('members-table').getByRole('row', { name: new RegExp(NEWBIE.email) });
    await expect(newbieRow).toContainText('采购员');
    await expect(newbieRow).toContainText(DEPARTMENT.name);
    await expect(newbieRow).toContainText('从未登录');

    // Inviting the same address again is refused on the email field.
    await o.getByTestId('invite-member').click();
    await invite.getByLabel('邮箱').fill(NEWBIE.email);
    await invite.getByLabel('姓名').fill('重复');
    await o.getByRole('button', { name: '发送邀请' }).click();
    await expect(invite.getByText('该邮箱已是本企业成员')).toBeVisible();
    await o.getByRole('button', { name: /^取\s*消$/ }).click();

    // The operator finds the invitation in the dev mailbox.
    const op = operator.page;
    await goTo(op, '开发邮箱', '/mailbox');
    await op.getByRole('searchbox', { name: '按收件人筛选' }).fill(NEWBIE.email);
    const mail = op
      .getByTestId('mailbox-table')
      .getByRole('row', { name: new RegExp(NEWBIE.email) })
      .first();
    await expect(mail).toContainText('邀请您加入 Tradeway');
    await mail.click();
    const text = await op.getByTestId('mail-text').first().innerText();
    const link = /\/reset-password\?token=[A-Za-z0-9_-]+/.exec(text)?.[0];
    expect(link, text).toBeTruthy();

    // The newcomer sets a password on the buyer portal and signs in.
    const n = newbie.page;
    await n.goto(`${origin('buyer')}${link}`);
    await n.getByLabel('新密码', { exact: true }).fill(NEWBIE.password);
    await n.getByLabel('再次输入新密码').fill(NEWBIE.password);
    await n.getByRole('button', { name: '保存新密码' }).click();
    await expect(n.getByTestId('password-reset-done')).toBeVisible();
    await n.getByRole('button', { name: '去登录' }).click();
    await signIn(n, NEWBIE.email, NEWBIE.password);
    await expect(n.getByTestId('user-name')).toHaveText(NEWBIE.name);
    await expect(menu(n).getByText('部门', { exact: true })).toBeVisible();
    await expect(menu(n).getByText('审计日志', { exact: true })).toHaveCount(0);

    // A custom role that may read the audit log, given to the newcomer as a viewer.
    await goTo(o, '角色', '/company/roles');
    await o.getByTestId('create-role').click();
    const roleForm = o.getByTestId('role-form');
    await roleForm.getByLabel('名称').fill(ROLE);
    await roleForm.getByRole('checkbox', { name: '查看审计日志' }).check();
    await expect(roleForm.getByTestId('permission-count')).toHaveText('已选 1 / 38');
    await o.getByRole('button', { name: /^创\s*建$/ }).click();
    const roleRow = o.getByTestId('custom-roles').getByRole('row', { name: new RegExp(ROLE) });
    await expect(roleRow).toContainText('查看审计日志');
    await expect(roleRow).toContainText('0 名成员');

    await goTo(o, '成员', '/company/members');
    await newbieRow.getByRole('button', { name: /^编\s*辑$/ }).click();
    const edit = o.getByTestId('edit-member-form');
    await chooseOption(o, edit.getByLabel('角色', { exact: true }), '只读成员');
    await chooseOption(o, edit.getByLabel('自定义角色'), ROLE);
    await o.getByTestId('member-save').click();
    await expect(newbieRow).toContainText('只读成员');
    await expect(newbieRow).toContainText(ROLE);

    // The newcomer now sees the audit log, the invitation in it, before and after.
    await n.reload();
    await goTo(n, '审计日志', '/company/audit');
    const filters = n.getByTestId('audit-filters');
    await filters.getByLabel('操作').fill('member.invite');
    await filters.getByRole('button', { name: /查\s*询/ }).click();
    await expect(n).toHaveURL(/\/company\/audit\?action=member\.invite$/);
    const entry = n
      .getByTestId('audit-table')
      .getByRole('row', { name: /邀请成员/ })
      .first();
    await expect(entry).toContainText(OWNER.name);
    await entry.click();
    const diff = n.getByTestId('audit-diff').first();
    await expect(diff).toContainText(NEWBIE.email);
    await expect(diff).toContainText('采购员');
    await expect(diff).toContainText(DEPARTMENT.name);

    // An API key: its secret shown once.
    await goTo(o, 'API 密钥', '/company/api-keys');
    await o.getByTestId('create-api-key').click();
    const keyForm = o.getByTestId('api-key-form');
    await keyForm.getByLabel('名称').fill(`ERP ${stamp}`);
    await keyForm.getByRole('checkbox', { name: '查看订单' }).check();
    await o.getByRole('button', { name: /^创\s*建$/ }).click();
    await expect(o.getByTestId('secret-warning')).toContainText('密钥只显示这一次');
    const secret = await o.getByTestId('api-key-secret').inputValue();
    const prefix = /^tw_([0-9a-f]{12})_[A-Za-z0-9_-]+$/.exec(secret)?.[1];
    expect(prefix, secret).toBeTruthy();
    await o.getByTestId('secret-done').click();
    await expect(o.getByTestId('api-key-secret')).toHaveCount(0);
    const keyRow = o.getByTestId('api-keys-table').getByRole('row', { name: new RegExp(`ERP ${stamp}`) });
    await expect(keyRow).toContainText(`tw_${prefix}_…`);
    await expect(keyRow).toContainText('查看订单');
    await expect(o.locator('body')).not.toContainText(secret.slice(16));

    // The newcomer leaves: disabled, their work handed to the owner.
    await goTo(o, '成员', '/company/members');
    await newbieRow.getByRole('button', { name: /^停\s*用$/ }).click();
    const disable = o.getByTestId('disable-form');
    await expect(disable).toContainText(OWNER.name);
    await expect(disable).toContainText('（企业主）');
    await o.getByRole('button', { name: '停用并移交' }).click();
    await expect(o.getByText(`已停用 ${NEWBIE.name}`)).toBeVisible();
    await expect(o.getByTestId('reassigned')).toHaveText('没有需要移交的未完成工作。');
    await o.getByRole('button', { name: /^完\s*成$/ }).click();
    await expect(newbieRow).toHaveCount(0);
    await o.getByText('显示已停用').click();
    await expect(newbieRow.getByTestId('member-status')).toHaveText('已停用');

    // …and can no longer work.
    await n.reload();
    await expect(n).toHaveURL(/\/sign-in/);
  } finally {
    await owner.context.close();
    await operator.context.close();
    await newbie.context.close();
  }
});

test('an operator reads the platform audit log and narrows it to one company', async ({ page }) => {
  await page.goto(`${origin('operator')}/company/audit`);
  await signIn(page, OPERATOR);
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  await page.getByTestId('audit-scope').getByText('全部企业').click();
  await expect(page).toHaveURL(`${origin('operator')}/platform/audit`);
  await expect(page.getByRole('heading', { name: '平台审计日志' })).toBeVisible();
  // A company cell filters the log to that company.
  await page.getByTestId('audit-company').first().click();
  await expect(page).toHaveURL(/\/platform\/audit\?companyId=[0-9a-f-]{36}$/);
  const companyId = new URL(page.url()).searchParams.get('companyId');
  await expect(page.getByTestId('audit-filters').getByLabel('企业 ID')).toHaveValue(companyId ?? '');
});
