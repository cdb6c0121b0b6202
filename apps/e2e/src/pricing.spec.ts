import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { PORTALS } from '../playwright.config';
import { chooseOption } from './support/antd';

/**
 * Issue 4's acceptance journey against the real API, the worker and a freshly seeded database
 * (tools/seed/src/demo-data.ts, demo-pricing.ts): the Chongzuo mill (广西崇左桂糖制糖) imports
 * new strategic prices from an .xlsx file built here (one row refers to a SKU it does not
 * have, so the report shows a rejection), then moves 佛山林木居家具 from NEW to STRATEGIC.
 * 林木's purchaser then finds the grade price in the catalog and on the product page with its
 * ladder, and saves a net-60 quote delivered to Guangdong whose every line is checked against
 * the figures computed below from the seed's rules — then the same screens in English.
 *
 * Each user has a browser context of their own: the portals share the host 127.0.0.1, and so
 * the `tw_session` cookie.
 */
const PASSWORD = 'Tradeway-demo-2026';
const seller = `http://127.0.0.1:${PORTALS.seller.port}`;
const buyer = `http://127.0.0.1:${PORTALS.buyer.port}`;
const SELLER = { email: 'seller.owner@guitang-sugar.demo', name: '黄志强' };
// 林木 is a NEW customer of the mill; its purchaser holds quote:request (BUILT_IN_ROLE_PERMISSIONS).
const PURCHASER = { email: 'buyer.purchaser@linmu-furniture.demo', name: '罗敏' };
const LINMU = '佛山林木居家具有限公司';
const MILL = '广西崇左桂糖制糖有限公司';
const MILL_EN = 'Guangxi Chongzuo Guitang Sugar Co., Ltd.';
const STRATEGIC_LIST = '2026 年战略客户价 (GT-STRATEGIC-2026)';
const SKU = 'white-sugar-gx-g1'; // 一级 white sugar
const FILE = 'strategic-prices-2026.xlsx';

// ------------------------------------------------------------------------------------------
// The new strategic prices, and the quote they give (docs/decisions/0008, quote-engine.ts).

/** 一级: ¥5 920 / t, ladder (all units) 100 t → 5 880, 300 t → 5 850, 1 000 t → 3 % off. */
const G1 = {
  unitPrice: 5920,
  floor: 5700,
  breaks: [
    [100, 5880],
    [300, 5850],
    [1000, '3%'],
  ] as const,
};
/** 二级 gets its strategic price in the same file: ¥5 780 / t, the lowest of the product's SKUs. */
const G2 = {
  unitPrice: 5780,
  floor: 5550,
  breaks: [
    [100, 5740],
    [500, 5700],
    [2000, '3%'],
  ] as const,
};

const QUANTITY = 320n; // t: on the second break (≥ 300 t)
const fen = (yuan: bigint) => yuan * 100n;
/** Half-up rounding of a non-negative ratio, as the engine's mulDivRoundHalfUp. */
const roundDiv = (a: bigint, b: bigint) => (2n * a + b) / (2n * b);

// GT-STRATEGIC-2026 has no terms or delivery of its own: the public list's apply — 8 % a year
// cost of capital; zone 华南 (Guangxi, Guangdong, Hainan): ¥60 / t freight and ¥200 a shipment.
const base = fen(QUANTITY * BigInt(G1.unitPrice));
const goods = fen(QUANTITY * BigInt(G1.breaks[1][1])); // all units at the 300 t price
const ladder = goods - base;
const terms = roundDiv(goods * 800n * 60n, 10_000n * 365n); // net 60: goods × 8 % × 60 / 365
const freight = fen(QUANTITY * 60n);
const shipmentFee = fen(200n);
const net = goods + terms + freight + shipmentFee;
const vat = roundDiv(net * 1300n, 10_000n); // 13 % (food-sugar)
const total = net + vat;
// goods after ladder and terms ÷ quantity, half-up to 4 places, in 1/10 000 yuan
const unitPrice = roundDiv((goods + terms) * 100n, QUANTITY);

/** ¥1,234.56 / -¥22,400.00, as the portals print fen in both languages. */
function yuan(minor: bigint, places = 2): string {
  const scale = 10n ** BigInt(places);
  const abs = minor < 0n ? -minor : minor;
  const whole = (abs / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = (abs % scale).toString().padStart(places, '0');
  return `${minor < 0n ? '-' : ''}¥${whole}.${frac}`;
}
const perTonZh = (text: string) => `${text}/吨`;
const perTonEn = (text: string) => `${text} / t`;

const EXPECTED = {
  base: yuan(base), // ¥1,894,400.00
  ladder: yuan(ladder), // -¥22,400.00
  terms: yuan(terms), // ¥24,618.08
  freight: yuan(freight), // ¥19,200.00
  shipmentFee: yuan(shipmentFee), // ¥200.00
  net: yuan(net), // ¥1,916,018.08
  vat: yuan(vat), // ¥249,082.35
  total: yuan(total), // ¥2,165,100.43
  unitPrice: yuan(unitPrice, 4), // ¥5,926.9315
};

/** The price-list import as a seller fills it in Excel: headers as the template writes them. */
async function strategicPricesXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('价格');
  const headers = ['SKU编码 (sku_code)', '单价 (unit_price)', '底价 (floor_price)', '阶梯方式 (ladder_mode)'];
  for (let n = 1; n <= 3; n++)
    headers.push(`第${n}档起始数量 (break${n}_min_qty)`, `第${n}档价格 (break${n}_price)`);
  sheet.addRow(headers);
  const priceRow = (code: string, p: typeof G1 | typeof G2) => {
    const row = sheet.addRow([
      code,
      p.unitPrice,
      p.floor,
      '全部数量',
      ...p.breaks.flatMap(([q, v]) => [q, typeof v === 'string' ? Number.parseFloat(v) / 100 : v]),
    ]);
    // "3%" typed in Excel: the number 0.03 shown as a percentage
    row.eachCell((cell) => {
      if (typeof cell.value === 'number' && cell.value < 1) cell.numFmt = '0%';
    });
  };
  priceRow(SKU, G1); // row 2
  sheet.addRow(['white-sugar-gx-g3', 5600, 5400, '全部数量']); // row 3: the mill has no such SKU
  priceRow('white-sugar-gx-g2', G2); // row 4
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ------------------------------------------------------------------------------------------

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

function nav(page: Page, label: string) {
  return page.getByRole('navigation').getByText(label, { exact: true }).click();
}

/** The amount (last cell) of a breakdown line. */
const amountOf = (breakdown: Locator, kind: string) =>
  breakdown.getByTestId(`line-${kind}`).locator('td').last();

async function expectBreakdown(breakdown: Locator) {
  await expect(amountOf(breakdown, 'base')).toHaveText(EXPECTED.base);
  await expect(amountOf(breakdown, 'quantity_ladder')).toHaveText(EXPECTED.ladder);
  await expect(amountOf(breakdown, 'payment_terms')).toHaveText(EXPECTED.terms);
  await expect(amountOf(breakdown, 'freight')).toHaveText(EXPECTED.freight);
  await expect(amountOf(breakdown, 'shipment_fee')).toHaveText(EXPECTED.shipmentFee);
  await expect(amountOf(breakdown, 'net')).toHaveText(EXPECTED.net);
  await expect(amountOf(breakdown, 'tax')).toHaveText(EXPECTED.vat);
  await expect(amountOf(breakdown, 'total')).toHaveText(EXPECTED.total);
  await expect(breakdown.locator('tbody tr')).toHaveCount(8); // no special price, no rebate
}

test('the mill imports strategic prices from an .xlsx file and moves 林木家具 to the strategic grade', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await signedIn(browser, seller, SELLER);
  try {
    // 1. Import & export → price list → GT-STRATEGIC-2026, lenient (valid rows applied).
    await nav(page, '导入导出');
    await expect(page).toHaveURL(`${seller}/catalog-imports`);
    const form = page.getByTestId('import-form');
    await form.getByText('价格表', { exact: true }).click();
    await chooseOption(page, form.getByLabel('导入到价格表'), STRATEGIC_LIST);
    await form.getByRole('switch', { name: '严格模式' }).click();
    await expect(form.getByTestId('strict-hint')).toContainText('宽松模式');
    // the Dragger's hidden file input, as a file chosen in the dialog
    await form.locator('input[type=file]').setInputFiles({
      name: FILE,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await strategicPricesXlsx(),
    });
    await expect(form).toContainText(`已选择：${FILE}`);
    await form.getByTestId('start-import').click();
    await expect(page).toHaveURL(/\/catalog-imports\?import=[0-9a-f-]{36}$/);

    // 2. The worker validates and applies it; the page follows the job until it is done.
    const progress = page.getByTestId('import-progress');
    await expect(progress).toContainText(FILE);
    await expect(progress.getByTestId('import-status')).toHaveAttribute('data-status', 'done', {
      timeout: 30_000,
    });
    await expect(progress.getByTestId('import-rows')).toContainText('3 / 3 行');
    await expect(progress.getByTestId('import-applied')).toContainText('2');
    await expect(progress.getByTestId('import-rejected')).toContainText('1');
    await expect(progress).toContainText('已导入 2 行有效数据');
    const rejection = progress.getByTestId('rejections').locator('tbody tr');
    await expect(rejection).toHaveCount(1);
    await expect(rejection.locator('td').nth(0)).toHaveText('3');
    await expect(rejection).toContainText('本公司没有编码为 white-sugar-gx-g3 的 SKU');
    await expect(
      page.getByTestId('imports-table').getByRole('row', { name: new RegExp(FILE) }),
    ).toContainText('已完成');

    // 3. Customer grades: 林木 (NEW) becomes STRATEGIC.
    await nav(page, '客户分级');
    await expect(page).toHaveURL(`${seller}/grades`);
    const grades = page.getByTestId('grades-table');
    const strategicRow = grades.getByRole('row', { name: /STRATEGIC/ });
    const newRow = grades.getByRole('row', { name: /NEW/ });
    await expect(strategicRow.locator('td').nth(5)).toHaveText('1');
    await expect(newRow.locator('td').nth(5)).toHaveText('1');
    await page.getByRole('searchbox', { name: '搜索客户' }).fill('林木');
    await page.getByRole('searchbox', { name: '搜索客户' }).press('Enter');
    const customer = page.getByTestId('customers-table').getByRole('row', { name: new RegExp(LINMU) });
    await expect(page.getByTestId('customers-table').locator('tbody tr.ant-table-row')).toHaveCount(1);
    const gradeSelect = customer.getByTestId('grade-select');
    await expect(gradeSelect).toContainText('新客户');
    await chooseOption(page, gradeSelect, '战略客户');
    await expect(page.locator('.ant-message')).toContainText(`${LINMU}：战略客户`);
    await expect(gradeSelect).toContainText('战略客户');
    await expect(strategicRow.locator('td').nth(5)).toHaveText('2');
    await expect(newRow.locator('td').nth(5)).toHaveText('0');
  } finally {
    await context.close();
  }
});

test('林木家具 sees its grade price and ladder, and saves a net-60 quote delivered to Guangdong', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await signedIn(browser, buyer, PURCHASER);
  try {
    // 1. The catalog: 桂糖's white sugar now "from ¥5,780.00/吨" (二级, imported) at the grade price.
    await nav(page, '商品目录');
    await expect(page).toHaveURL(`${buyer}/catalog`);
    await page.getByTestId('catalog-search').getByRole('searchbox').fill('白砂糖');
    await expect(page).toHaveURL(/q=/);
    const row = page.getByTestId('product-row').filter({ hasText: MILL });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('product-name')).toHaveText('白砂糖（甘蔗糖）');
    await expect(row.getByTestId('price-from-text')).toHaveText(`${perTonZh(yuan(fen(5780n)))} 起`);
    await expect(row.getByTestId('list-kind')).toHaveAttribute('data-kind', 'grade');
    await expect(row.getByTestId('list-kind')).toHaveText('等级价');
    await row.click();
    await expect(page).toHaveURL(/\/catalog\/products\/[0-9a-f-]{36}/);

    // 2. The product page: 一级 at ¥5,920.00/吨, a grade price, with the imported ladder.
    await page.getByTestId('sku-card').filter({ hasText: SKU }).click();
    await expect(page).toHaveURL(/sku=/);
    const myPrice = page.getByTestId('my-price');
    await expect(myPrice.getByTestId('my-unit-price')).toHaveText(perTonZh('¥5,920.00'));
    await expect(myPrice.getByTestId('list-kind')).toHaveText('等级价');
    const ladderRows = myPrice.getByTestId('ladder').locator('tbody tr');
    await expect(ladderRows).toHaveCount(4);
    await expect(ladderRows.nth(0)).toContainText(perTonZh('¥5,920.00'));
    await expect(ladderRows.nth(1)).toContainText('满 100 吨');
    await expect(ladderRows.nth(1)).toContainText(perTonZh('¥5,880.00'));
    await expect(ladderRows.nth(2)).toContainText('满 300 吨');
    await expect(ladderRows.nth(2)).toContainText(perTonZh('¥5,850.00'));
    await expect(ladderRows.nth(3)).toContainText('满 1,000 吨');
    await expect(ladderRows.nth(3)).toContainText('优惠 3%');
    await expect(ladderRows.nth(3)).toContainText(perTonZh('¥5,742.40')); // 5 920 × 97 %
    await expect(myPrice.getByTestId('ladder-mode')).toContainText('全量计价');

    // 3. The quote: 320 t (second break), net 60, delivered to the company's province (华南).
    const builder = page.getByTestId('quote-builder');
    await builder.getByTestId('quote-quantity').fill(String(QUANTITY));
    await builder.getByText('60天账期', { exact: true }).click();
    await expect(builder.getByRole('radio', { name: '送货至' })).toBeChecked();
    await expect(builder.getByLabel('送货地区').locator('..').locator('..')).toContainText('广东');
    const preview = builder.getByTestId('quote-preview');
    await expect(preview.getByTestId('preview-updating')).toHaveCount(0);
    const breakdown = preview.getByTestId('breakdown');
    await expectBreakdown(breakdown);
    await expect(breakdown.getByTestId('line-base')).toContainText('基础价');
    await expect(breakdown.getByTestId('line-base')).toContainText(
      `等级价：${perTonZh('¥5,920.00')} × 320 吨`,
    );
    await expect(breakdown.getByTestId('line-quantity_ladder')).toContainText(
      `阶梯价：满 300 吨，全部数量按 ${perTonZh('¥5,850.00')} 计价`,
    );
    await expect(breakdown.getByTestId('line-payment_terms')).toContainText(
      '60天账期，按年化资金成本 8% 计：+1.32%',
    );
    await expect(breakdown.getByTestId('line-freight')).toContainText(
      `送货至广东（华南）：运费 ${perTonZh('¥60.00')} × 320 吨`,
    );
    await expect(breakdown.getByTestId('line-shipment_fee')).toContainText('单次运输费');
    await expect(breakdown.getByTestId('line-tax')).toContainText(`增值税 13%，计税金额 ${EXPECTED.net}`);
    await expect(breakdown.getByTestId('line-total')).toContainText('合计');
    await expect(breakdown.getByTestId('effective-unit-price')).toHaveText(perTonZh(EXPECTED.unitPrice));

    // 4. Saved: the quote keeps the same figures, and is in My quotes.
    await builder.getByTestId('save-quote').click();
    await expect(page).toHaveURL(/\/quotes\/[0-9a-f-]{36}$/);
    const number = (await page.getByTestId('quote-number').textContent())?.trim() ?? '';
    expect(number).not.toBe('');
    await expect(page.getByTestId('quote-status')).toHaveText('有效');
    await expectBreakdown(page.getByTestId('breakdown'));
    await nav(page, '我的报价');
    await expect(page).toHaveURL(`${buyer}/quotes`);
    const saved = page.getByTestId('quote-row').filter({ hasText: number });
    await expect(saved).toHaveCount(1);
    await expect(saved).toContainText(MILL);
    await expect(saved).toContainText('320 吨');
    await expect(saved).toContainText(perTonZh(EXPECTED.unitPrice));
    await expect(saved).toContainText(EXPECTED.total);
    await expect(saved.getByTestId('quote-status')).toHaveText('有效');

    // 5. In English: the saved quote's breakdown, then the product page and a fresh preview.
    await page.getByTestId('lang-switch').getByText('English').click();
    await expect(page.getByRole('navigation').getByText('My quotes', { exact: true })).toBeVisible();
    await expect(saved.getByTestId('quote-status')).toHaveText('Active');
    await saved.click();
    await expect(page.getByTestId('quote-number')).toHaveText(number);
    const savedBreakdown = page.getByTestId('breakdown');
    await expectBreakdown(savedBreakdown);
    const labels: Array<[string, string]> = [
      ['base', 'Base price'],
      ['quantity_ladder', 'Quantity ladder'],
      ['payment_terms', 'Payment terms'],
      ['freight', 'Freight'],
      ['shipment_fee', 'Shipment fee'],
      ['net', 'Subtotal (excl. VAT)'],
      ['tax', 'VAT'],
      ['total', 'Total'],
    ];
    for (const [kind, label] of labels) {
      await expect(savedBreakdown.getByTestId(`line-${kind}`).locator('td').first()).toHaveText(label);
    }
    await expect(savedBreakdown.getByTestId('line-base')).toContainText(
      `Grade price: ${perTonEn('¥5,920.00')} × 320 t`,
    );
    await expect(savedBreakdown.getByTestId('line-payment_terms')).toContainText('Net 60 at 8 % a year');
    await expect(savedBreakdown.getByTestId('line-freight')).toContainText(
      `Freight to Guangdong (South China): ${perTonEn('¥60.00')} × 320 t`,
    );
    await expect(savedBreakdown.getByTestId('effective-unit-price')).toHaveText(perTonEn(EXPECTED.unitPrice));

    await nav(page, 'Catalog');
    await page.getByTestId('catalog-search').getByRole('searchbox').fill('sugar');
    const enRow = page.getByTestId('product-row').filter({ hasText: MILL_EN });
    await expect(enRow.getByTestId('product-name')).toHaveText('White cane sugar');
    await expect(enRow.getByTestId('price-from-text')).toHaveText(`from ${perTonEn('¥5,780.00')}`);
    await expect(enRow.getByTestId('list-kind')).toHaveText('Grade price');
    await enRow.click();
    await page.getByTestId('sku-card').filter({ hasText: SKU }).click();
    await expect(page.getByTestId('sku-specs')).toContainText('Grade 1');
    const enPrice = page.getByTestId('my-price');
    await expect(enPrice.getByTestId('my-unit-price')).toHaveText(perTonEn('¥5,920.00'));
    await expect(enPrice.getByTestId('list-kind')).toHaveText('Grade price');
    const enLadder = enPrice.getByTestId('ladder').locator('tbody tr');
    await expect(enLadder.nth(2)).toContainText('from 300 t');
    await expect(enLadder.nth(3)).toContainText('3 % off');
    const enBuilder = page.getByTestId('quote-builder');
    await expect(enBuilder).toContainText('Request a quote');
    await enBuilder.getByTestId('quote-quantity').fill(String(QUANTITY));
    await enBuilder.getByText('Net 60', { exact: true }).click();
    const enBreakdown = enBuilder.getByTestId('quote-preview').getByTestId('breakdown');
    await expectBreakdown(enBreakdown);
    await expect(enBreakdown.getByTestId('line-quantity_ladder')).toContainText(
      `Ladder: from 300 t, ${perTonEn('¥5,850.00')} on the whole quantity`,
    );
  } finally {
    await context.close();
  }
});
