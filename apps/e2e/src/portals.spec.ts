import { expect, test, type Page } from '@playwright/test';
import { PORTALS } from '../playwright.config';

type Kind = keyof typeof PORTALS;

/** Demo users (tools/seed/src/demo-data.ts); the e2e database is seeded fresh for every run. */
const PASSWORD = 'Tradeway-demo-2026';
const DEMO: Record<Kind, { email: string; company: string }> = {
  buyer: { email: 'buyer.owner@huaxin-food.demo', company: '华鑫食品集团有限公司' },
  seller: { email: 'seller.owner@guitang-sugar.demo', company: '广西崇左桂糖制糖有限公司' },
  operator: { email: 'ops.admin@tradeway.demo', company: '上海贸途网络科技有限公司' },
};
const titles = {
  buyer: { zh: '采购商门户', en: 'Buyer portal' },
  seller: { zh: '供应商门户', en: 'Seller portal' },
  operator: { zh: '运营控制台', en: 'Operator console' },
} as const;
const origin = (kind: Kind) => `http://127.0.0.1:${PORTALS[kind].port}`;

async function signIn(page: Page, email: string, password = PASSWORD) {
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await page.getByLabel(/^(邮箱|Email)$/).fill(email);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByTestId('sign-in-submit').click();
}

async function expectHealthy(page: Page, upText: string) {
  const panel = page.getByTestId('health-panel');
  await expect(panel.getByTestId('health-status')).toHaveAttribute('data-status', 'ok');
  await expect(panel.getByTestId('health-database')).toHaveText(upText);
  await expect(panel.getByTestId('health-redis')).toHaveText(upText);
}

for (const kind of Object.keys(PORTALS) as Kind[]) {
  test.describe(`${kind} portal`, () => {
    test('asks to sign in, then shows the platform status; the language switch survives a reload', async ({
      page,
    }) => {
      await page.goto(`${origin(kind)}/`);
      await expect(page).toHaveURL(`${origin(kind)}/sign-in`);
      await expect(page.getByTestId('auth-portal-title')).toHaveText(titles[kind].zh);
      await signIn(page, DEMO[kind].email);

      await expect(page).toHaveURL(`${origin(kind)}/`);
      await expect(page.getByTestId('portal-title')).toHaveText(titles[kind].zh);
      await expect(page.getByTestId('active-company')).toHaveText(DEMO[kind].company);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expectHealthy(page, '正常');

      await page.getByTestId('lang-switch').getByText('English').click();
      await expect(page.getByTestId('portal-title')).toHaveText(titles[kind].en);
      await expectHealthy(page, 'Up');

      await page.reload();
      await expect(page.getByTestId('portal-title')).toHaveText(titles[kind].en); // still signed in, still English
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expectHealthy(page, 'Up');

      await page.getByTestId('lang-switch').getByText('中文').click();
      await expect(page.getByTestId('portal-title')).toHaveText(titles[kind].zh);
    });

    test('comes back to the page asked for after sign-in (here a 404), and signs out', async ({ page }) => {
      await page.goto(`${origin(kind)}/no/such/page`);
      await expect(page).toHaveURL(`${origin(kind)}/sign-in?next=%2Fno%2Fsuch%2Fpage`);
      await signIn(page, DEMO[kind].email);
      await expect(page).toHaveURL(`${origin(kind)}/no/such/page`);
      await expect(page.getByText('页面不存在')).toBeVisible();
      await page.getByRole('button', { name: '返回工作台' }).click();
      await expect(page).toHaveURL(`${origin(kind)}/`);
      await expectHealthy(page, '正常');

      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: '退出登录' }).click();
      await expect(page).toHaveURL(`${origin(kind)}/sign-in`);
      await page.goto(`${origin(kind)}/`);
      await expect(page).toHaveURL(`${origin(kind)}/sign-in`);
    });
  });
}

test('a wrong password is refused on the sign-in form, the right one then signs in', async ({ page }) => {
  await page.goto(`${origin('buyer')}/`);
  await signIn(page, 'buyer.purchaser@huaxin-food.demo', 'not-the-password-1');
  await expect(page.getByTestId('sign-in-error')).toHaveText('邮箱或密码错误');
  await expect(page).toHaveURL(`${origin('buyer')}/sign-in`);
  await page.getByLabel(/^密码$/).fill(PASSWORD);
  await expect(page.getByTestId('sign-in-submit')).toBeEnabled();
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('user-name')).toHaveText('张伟');
});

test('the group’s shared finance staff switches company in the header', async ({ page }) => {
  await page.goto(`${origin('buyer')}/`);
  await signIn(page, 'group.finance@huaxin-food.demo');
  await expect(page.getByTestId('active-company')).toHaveText('华鑫食品集团有限公司');
  await page.getByTestId('company-switcher').click();
  await page.getByRole('menuitem', { name: /山东华鑫烘焙食品有限公司/ }).click();
  await expect(page.getByTestId('active-company')).toHaveText('山东华鑫烘焙食品有限公司');
  await expectHealthy(page, '正常');
  await page.reload(); // the session, not the page, knows the company
  await expect(page.getByTestId('active-company')).toHaveText('山东华鑫烘焙食品有限公司');
});

test('a buyer resets a forgotten password with the link the operator finds in the dev mailbox', async ({
  browser,
}) => {
  // Two browsers: the portals share the host 127.0.0.1, and so one session cookie.
  const buyerContext = await browser.newContext();
  const operatorContext = await browser.newContext();
  try {
    const buyer = await buyerContext.newPage();
    // An account no other journey signs in with: the new password stays after this test.
    const email = 'hn.finance@huaxin-food.demo';
    await buyer.goto(`${origin('buyer')}/sign-in`);
    await buyer.getByLabel('邮箱').fill(email);
    await buyer.getByTestId('forgot-password-link').click();
    await expect(buyer).toHaveURL(`${origin('buyer')}/forgot-password`);
    await expect(buyer.getByLabel('邮箱')).toHaveValue(email);
    await buyer.getByRole('button', { name: '发送重置链接' }).click();
    await expect(buyer.getByTestId('reset-requested')).toHaveText(/如果该邮箱已注册账号/);

    const operator = await operatorContext.newPage();
    await operator.goto(`${origin('operator')}/`);
    await signIn(operator, DEMO.operator.email);
    await operator.getByRole('navigation').getByText('开发邮箱').click();
    await expect(operator).toHaveURL(`${origin('operator')}/mailbox`);
    await operator.getByRole('searchbox', { name: '按收件人筛选' }).fill(email);
    await expect(operator).toHaveURL(`${origin('operator')}/mailbox?to=${encodeURIComponent(email)}`);
    const row = operator
      .getByTestId('mailbox-table')
      .getByRole('row', { name: new RegExp(email) })
      .first();
    await expect(row).toContainText('Tradeway 密码重置');
    await row.click();
    const text = await operator.getByTestId('mail-text').first().innerText();
    const link = /\/reset-password\?token=[A-Za-z0-9_-]+/.exec(text)?.[0];
    expect(link, text).toBeTruthy();

    // The link names the public address of the buyer portal; here it runs on its e2e port.
    await buyer.goto(`${origin('buyer')}${link}`);
    await buyer.getByLabel('新密码', { exact: true }).fill('Finance-new-2026');
    await buyer.getByLabel('再次输入新密码').fill('Finance-new-2026');
    await buyer.getByRole('button', { name: '保存新密码' }).click();
    await expect(buyer.getByTestId('password-reset-done')).toBeVisible();
    await buyer.getByRole('button', { name: '去登录' }).click();
    await expect(buyer).toHaveURL(`${origin('buyer')}/sign-in`);
    await signIn(buyer, email, 'Finance-new-2026');
    await expect(buyer.getByTestId('user-name')).toHaveText('何丽');
    await expect(buyer.getByTestId('active-company')).toHaveText('河南华鑫烘焙食品有限公司');
  } finally {
    await buyerContext.close();
    await operatorContext.close();
  }
});

test('the operator console opens the queue dashboard and the API reference through its own origin', async ({
  page,
  context,
}) => {
  const consoleOrigin = origin('operator');
  await page.goto(`${consoleOrigin}/`);
  await signIn(page, DEMO.operator.email);
  const [queues] = await Promise.all([context.waitForEvent('page'), page.getByTestId('tool-queues').click()]);
  await queues.waitForLoadState();
  expect(queues.url()).toBe(`${consoleOrigin}/api/admin/queues`);
  await expect(queues.getByText('housekeeping').first()).toBeVisible();
  await queues.close();

  const [docs] = await Promise.all([context.waitForEvent('page'), page.getByTestId('tool-api-docs').click()]);
  await docs.waitForLoadState();
  expect(docs.url()).toContain(`${consoleOrigin}/api/docs`);
  // operations start collapsed under their tags; the catalog tag opens to show its paths
  await docs.locator('#operations-tag-catalog').click();
  await expect(docs.getByText('/api/catalog/products').first()).toBeVisible();
});
