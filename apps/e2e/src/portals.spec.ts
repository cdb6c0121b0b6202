import { expect, test, type Page } from '@playwright/test';
import { PORTALS } from '../playwright.config';

const titles = {
  buyer: { zh: '采购商门户', en: 'Buyer portal' },
  seller: { zh: '供应商门户', en: 'Seller portal' },
  operator: { zh: '运营控制台', en: 'Operator console' },
} as const;

async function expectHealthy(page: Page, upText: string) {
  const panel = page.getByTestId('health-panel');
  await expect(panel.getByTestId('health-status')).toHaveAttribute('data-status', 'ok');
  await expect(panel.getByTestId('health-database')).toHaveText(upText);
  await expect(panel.getByTestId('health-redis')).toHaveText(upText);
}

for (const [kind, { port }] of Object.entries(PORTALS) as Array<[keyof typeof PORTALS, { port: number }]>) {
  test.describe(`${kind} portal`, () => {
    test('shows the platform status from the API, switches language, and keeps it after a reload', async ({
      page,
    }) => {
      await page.goto(`http://127.0.0.1:${port}/`);
      await expect(page.getByTestId('portal-title')).toHaveText(titles[kind].zh);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expectHealthy(page, '正常');

      await page.getByTestId('lang-switch').getByText('English').click();
      await expect(page.getByTestId('portal-title')).toHaveText(titles[kind].en);
      await expectHealthy(page, 'Up');

      await page.reload();
      await expect(page.getByTestId('portal-title')).toHaveText(titles[kind].en);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expectHealthy(page, 'Up');

      await page.getByTestId('lang-switch').getByText('中文').click();
      await expect(page.getByTestId('portal-title')).toHaveText(titles[kind].zh);
    });

    test('answers an unknown address inside the portal with its 404 page', async ({ page }) => {
      await page.goto(`http://127.0.0.1:${port}/no/such/page`);
      await expect(page.getByText('页面不存在')).toBeVisible();
      await page.getByRole('button', { name: '返回工作台' }).click();
      await expect(page).toHaveURL(`http://127.0.0.1:${port}/`);
      await expectHealthy(page, '正常');
    });
  });
}

test('the operator console opens the queue dashboard and the API reference through its own origin', async ({
  page,
  context,
}) => {
  const origin = `http://127.0.0.1:${PORTALS.operator.port}`;
  await page.goto(`${origin}/`);
  const [queues] = await Promise.all([context.waitForEvent('page'), page.getByTestId('tool-queues').click()]);
  await queues.waitForLoadState();
  expect(queues.url()).toBe(`${origin}/api/admin/queues`);
  await expect(queues.getByText('housekeeping').first()).toBeVisible();
  await queues.close();

  const [docs] = await Promise.all([context.waitForEvent('page'), page.getByTestId('tool-api-docs').click()]);
  await docs.waitForLoadState();
  expect(docs.url()).toContain(`${origin}/api/docs`);
  await expect(docs.getByText('/api/catalog/products').first()).toBeVisible();
});
