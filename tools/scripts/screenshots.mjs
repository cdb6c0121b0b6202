// Screenshots of the portal pages in Chinese and English, for review and for docs/screenshots:
// the sign-in page, each portal's dashboard (signed in as its demo user), the operator's dev
// mailbox, and the pricing and catalog screens (issue 4): the seller's price lists, a list's
// SKU prices and delivery rules, customer grades, imports (a finished one), the price
// debugger with a result and the offers; the buyer's catalog (all of it, and one category
// with its filters), a product page with a quote breakdown, my quotes and the comparison;
// the seller's inventory (stock per warehouse location) with one position being edited and
// a quantity below the reserved one refused on the field; the orders of both portals (issue 5):
// the lists, an order's page with its timeline, placing an order from a quote, a seller's confirmation.
// The RFQs (issue 6): the buyer's list, a new RFQ's form, an RFQ's page and its comparison; the
// seller's inbox and an RFQ's page with the quote form; the mill's staff activity with RFQs answered.
// The auctions (issue 7): lists, the create forms, the owner's monitor and result, the award, the
// mill's live console. The group buys (issue 8): the campaigns to discover, a pool's page before and
// after joining, the create forms of both portals, the organiser's monitor and a settled result.
// Usage: with `npm start` running, `node tools/scripts/screenshots.mjs [outDir]`
// (`ONLY=catalog-quote-units,…` writes only those pictures; the others are still walked). On a fresh
// demo database it adds what a picture needs and the seed has not: one price-list import
// (the public list exported and imported back unchanged, plus one row for a SKU the mill does
// not have, so the report shows a rejection) and one saved quote of 华鑫食品.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import ExcelJS from 'exceljs';

const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots');
const only = process.env.ONLY ? process.env.ONLY.split(',') : null;
const PASSWORD = 'Tradeway-demo-2026'; // the demo users of tools/seed/src/demo-data.ts
const portals = [
  {
    name: 'buyer',
    base: process.env.BUYER_URL ?? 'http://127.0.0.1:4201',
    email: 'buyer.owner@huaxin-food.demo',
  },
  {
    name: 'seller',
    base: process.env.SELLER_URL ?? 'http://127.0.0.1:4202',
    email: 'seller.owner@guitang-sugar.demo',
  },
  {
    name: 'operator',
    base: process.env.OPERATOR_URL ?? 'http://127.0.0.1:4203',
    email: 'ops.admin@tradeway.demo',
  },
];

async function shoot(page, name, lang) {
  if (only && !only.includes(name)) return;
  // let Ant Design's entrance animations settle
  await page.waitForTimeout(400);
  const file = path.join(outDir, `${name}-${lang}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

async function signIn(page, email) {
  await page.getByTestId('sign-in-form').waitFor();
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('[data-testid="sign-in-form"] button[type="submit"]').click();
  await page.getByTestId('portal-title').waitFor();
}

/** The pricing screens of the seller portal (the Chongzuo mill's owner). */
async function sellerPricing(page, base, lang) {
  const zh = lang === 'zh-CN';
  const api = async (url) => {
    const res = await page.request.get(`${base}${url}`);
    if (!res.ok()) throw new Error(`GET ${url}: ${res.status()}`);
    return res;
  };
  const publicList = (await (await api('/api/pricing/lists?q=GT-LIST-2026')).json()).items[0];

  await page.goto(`${base}/price-lists`);
  await page.locator('.ant-table-row').first().waitFor();
  await shoot(page, 'pricing-price-lists', lang);

  await page.goto(`${base}/price-lists/${publicList.id}`);
  await page.getByTestId('list-name').waitFor();
  await page.getByTestId('price-items-table').locator('.ant-table-row').first().waitFor();
  await shoot(page, 'pricing-price-list-items', lang);
  await page.goto(`${base}/price-lists/${publicList.id}?tab=delivery`);
  await page.getByTestId('list-name').waitFor();
  await page.getByTestId('zone-row').first().waitFor();
  await shoot(page, 'pricing-price-list-delivery', lang);

  await page.goto(`${base}/grades`);
  await page.getByTestId('customers-table').locator('.ant-table-row').first().waitFor();
  await shoot(page, 'pricing-grades', lang);

  // Imports: one finished import with a rejection, made once.
  let latest = (await (await api('/api/catalog/imports?page=1&pageSize=1')).json()).items[0];
  if (!latest) {
    const exported = await api(`/api/pricing/lists/${publicList.id}/export?format=xlsx&locale=zh-CN`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await exported.body());
    const sheet = workbook.worksheets[0];
    const bad = sheet.addRow([]);
    bad.getCell(1).value = 'white-sugar-gx-g3'; // sku_code is the first column of the export
    bad.getCell(2).value = 5600;
    await page.goto(`${base}/catalog-imports`);
    const form = page.getByTestId('import-form');
    await form.locator('.ant-radio-button-wrapper').nth(1).click(); // price list
    await form.locator('.ant-select').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'GT-LIST-2026' })
      .click();
    await form.getByRole('switch').click(); // lenient: the valid rows are applied
    await form.locator('input[type=file]').setInputFiles({
      name: zh ? '2026年公开价（修订）.xlsx' : 'list-prices-2026-revised.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    await form.getByTestId('start-import').click();
    await page.waitForURL(/import=/);
    latest = { id: new URL(page.url()).searchParams.get('import') };
  }
  await page.goto(`${base}/catalog-imports?import=${latest.id}`);
  await page
    .locator('[data-testid="import-status"][data-status="done"]')
    .first()
    .waitFor({ timeout: 30_000 });
  await page.getByTestId('imports-table').locator('.ant-table-row').first().waitFor();
  await shoot(page, 'pricing-imports', lang);

  // The price debugger: 华鑫食品 (strategic), 一级 white sugar, 320 t, net 60, to Shandong.
  await page.goto(`${base}/price-debugger`);
  const form = page.getByTestId('debugger-form');
  await form.locator('#buyerId').fill(zh ? '华鑫食品' : 'Huaxin Food');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', {
      hasText: zh ? '华鑫食品集团' : 'Huaxin Food Group',
    })
    .first()
    .click();
  await form.locator('#skuId').fill(zh ? '白砂糖' : 'cane sugar');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'white-sugar-gx' })
    .first()
    .click();
  await form.getByTestId('sku-picker').locator('.ant-select').nth(1).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'white-sugar-gx-g1' })
    .click();
  await form.locator('#quantity').fill('320');
  await form.locator('#paymentTerm').click({ force: true });
  await page.locator('.ant-select-item-option[title="' + (zh ? '账期 60 天' : 'Net 60') + '"]').click();
  await form.locator('#region').fill(zh ? '山东' : 'Shandong');
  await page.locator('.ant-select-item-option[title="' + (zh ? '山东' : 'Shandong') + '"]').click();
  await form.getByTestId('quote-request-submit').click();
  await page.getByTestId('explanation').waitFor();
  await shoot(page, 'pricing-price-debugger', lang);

  await page.goto(`${base}/offers`);
  await page.getByTestId('offers-table').locator('.ant-table-row').first().waitFor();
  await shoot(page, 'pricing-offers', lang);
}

/** The seller's stock per warehouse location (the Chongzuo mill's owner), one position being edited. */
async function sellerInventory(page, base, lang) {
  if (only && !only.includes('inventory')) return;
  await page.goto(`${base}/inventory`);
  const table = page.getByTestId('inventory-table');
  await table.locator('.ant-table-row').first().waitFor();
  // A position with something reserved: less than that is refused on the field as it is typed.
  const rows = table.locator('.ant-table-row');
  let row = rows.first();
  for (let i = 0; i < (await rows.count()); i++) {
    const reserved = await rows.nth(i).getByTestId('reserved').textContent();
    if (reserved && /[1-9]/.test(reserved)) {
      row = rows.nth(i);
      break;
    }
  }
  await row.getByTestId('edit-on-hand').click();
  const input = row.getByTestId('on-hand-input');
  await input.fill('10');
  await row.locator('.ant-form-item-explain-error').first().waitFor();
  await shoot(page, 'inventory', lang);
}

/** The catalog screens of the buyer portal (华鑫食品's owner: a strategic customer of the mill). */
async function buyerCatalog(page, base, lang) {
  const zh = lang === 'zh-CN';
  await page.goto(`${base}/catalog`);
  await page.getByTestId('product-row').first().waitFor();
  await page.getByTestId('price-from').first().waitFor();
  await shoot(page, 'catalog-browse', lang);
  // One category: its specification filters, and the mills' sugar at my prices.
  const categories = await (await page.request.get(`${base}/api/catalog/categories`)).json();
  const sugar = categories.items.find((c) => c.code === 'food-sugar');
  await page.goto(`${base}/catalog?category=${sugar.id}`);
  await page.getByTestId('attribute-filters').waitFor();
  await page.getByTestId('price-from').first().waitFor();
  await shoot(page, 'catalog-category', lang);

  await page
    .getByTestId('catalog-search')
    .getByRole('searchbox')
    .fill(zh ? '白砂糖' : 'cane sugar');
  await page.waitForURL(/q=/);
  // The seller column names the mill in the page's language.
  await page
    .getByTestId('product-row')
    .filter({ hasText: zh ? '桂糖' : 'Guitang' })
    .click();
  await page.getByTestId('sku-card').filter({ hasText: 'white-sugar-gx-g1' }).click();
  await page.waitForURL(/sku=/);
  const builder = page.getByTestId('quote-builder');
  await builder.getByTestId('quote-quantity').fill('320');
  await builder.getByText(zh ? '60天账期' : 'Net 60', { exact: true }).click();
  await builder.getByTestId('breakdown').locator('[data-testid="line-payment_terms"]').waitFor();
  await builder.getByTestId('preview-updating').waitFor({ state: 'detached' });
  await shoot(page, 'catalog-product-quote', lang);

  // The same sugar asked in 50 kg bags (1 bag = 50 kg, 1 t = 1 000 kg): 6 400 bags = 320 t.
  await builder.getByTestId('quote-unit').click();
  await page
    .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${zh ? '件' : 'pc'}"]`)
    .click();
  await builder.getByTestId('quote-quantity').fill('6400');
  await builder.getByTestId('quote-quantity').blur();
  await builder.getByTestId('quote-converted').waitFor();
  await page.waitForTimeout(600); // the preview asks once typing pauses
  await builder.getByTestId('preview-updating').waitFor({ state: 'detached' });
  await shoot(page, 'catalog-quote-units', lang);
  await builder.getByTestId('quote-unit').click();
  await page
    .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${zh ? '吨' : 't'}"]`)
    .click();
  await builder.getByTestId('quote-quantity').fill('320');
  await page.waitForTimeout(600);
  await builder.getByTestId('preview-updating').waitFor({ state: 'detached' });

  const quotes = await (await page.request.get(`${base}/api/quotes?page=1&pageSize=1`)).json();
  if (quotes.total === 0) {
    await builder.getByTestId('save-quote').click();
    await page.waitForURL(/\/quotes\/[0-9a-f-]{36}$/);
    await page.getByTestId('breakdown').waitFor();
    await page.goBack();
    await page.getByTestId('quote-builder').waitFor();
  }
  await page.getByTestId('compare-sellers').click();
  await page.waitForURL(/\/compare\?/);
  await page.getByTestId('compare-row').first().waitFor();
  await shoot(page, 'catalog-compare', lang);

  await page.goto(`${base}/quotes`);
  await page.getByTestId('quote-row').first().waitFor();
  await shoot(page, 'catalog-quotes', lang);
}

/** Whether any of these pictures is asked for (`ONLY=`): the walk to them is skipped otherwise. */
const wanted = (...names) => !only || names.some((n) => only.includes(n));

/**
 * The buyer's orders (华鑫食品's owner): the list, a confirmed order with its timeline, and
 * "Place order" on a saved quote (one is saved through the API when none is active).
 */
async function buyerOrders(page, base, lang) {
  if (!wanted('orders-buyer-list', 'orders-buyer-detail', 'orders-place')) return;
  const zh = lang === 'zh-CN';
  await page.goto(`${base}/orders`);
  await page.getByTestId('order-row').first().waitFor();
  await shoot(page, 'orders-buyer-list', lang);

  const confirmed = await (
    await page.request.get(`${base}/api/orders?side=buyer&status=confirmed&pageSize=1`)
  ).json();
  const shown =
    confirmed.items[0] ??
    (await (await page.request.get(`${base}/api/orders?side=buyer&pageSize=1`)).json()).items[0];
  await page.goto(`${base}/orders/${shown.id}`);
  await page.getByTestId('order-timeline').waitFor();
  await shoot(page, 'orders-buyer-detail', lang);

  if (!wanted('orders-place')) return;
  const quotes = await (await page.request.get(`${base}/api/quotes?status=active&page=1&pageSize=1`)).json();
  let quote = quotes.items[0];
  if (!quote) {
    const products = await (
      await page.request.get(`${base}/api/catalog/products?q=${encodeURIComponent('白砂糖')}`)
    ).json();
    const mill = products.items.find((p) => p.sellerName.includes('桂糖')) ?? products.items[0];
    const product = await (await page.request.get(`${base}/api/catalog/products/${mill.id}`)).json();
    const sku = product.skus.find((x) => x.code === 'white-sugar-gx-g1') ?? product.skus[0];
    const res = await page.request.post(`${base}/api/quotes`, {
      data: {
        skuId: sku.id,
        quantity: '120',
        paymentTerm: 'net30',
        delivery: { mode: 'delivery', region: 'CN-SD' },
      },
    });
    if (!res.ok()) throw new Error(`POST /api/quotes: ${res.status()}`);
    quote = await res.json();
  }
  await page.goto(`${base}/quotes/${quote.id}`);
  await page.getByTestId('breakdown').waitFor();
  await page.getByTestId('place-order').click();
  const form = page.getByTestId('place-order-form');
  await form.getByTestId('place-order-reference').fill('HX-PO-2026-1190');
  await form
    .getByTestId('place-order-note')
    .fill(
      zh ? '请于送货前一天电话联系仓库收货组。' : 'Please call our receiving team one day before delivery.',
    );
  await shoot(page, 'orders-place', lang);
}

/**
 * The seller's orders (the Chongzuo mill's owner): the list, a confirmed order with its
 * reserved stock, and the confirmation of a placed order with its date.
 */
async function sellerOrders(page, base, lang) {
  if (!wanted('orders-seller-list', 'orders-seller-detail', 'orders-seller-confirm')) return;
  await page.goto(`${base}/orders`);
  await page.getByTestId('order-row').first().waitFor();
  await shoot(page, 'orders-seller-list', lang);

  const list = async (status) =>
    (await (await page.request.get(`${base}/api/orders?side=seller&status=${status}&pageSize=1`)).json())
      .items[0];
  const confirmed = await list('confirmed');
  if (confirmed) {
    await page.goto(`${base}/orders/${confirmed.id}`);
    await page.getByTestId('order-timeline').waitFor();
    await shoot(page, 'orders-seller-detail', lang);
  }
  const placed = await list('placed');
  if (placed) {
    await page.goto(`${base}/orders/${placed.id}`);
    await page.getByTestId('order-action-confirm').click();
    const form = page.getByTestId('command-form-confirm');
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    // typed, not submitted: Enter would confirm the order
    await form.locator('.ant-picker input').fill(day);
    await form.locator('.ant-picker input').press('Tab');
    await shoot(page, 'orders-seller-confirm', lang);
  }
}

/**
 * The buyer's RFQs (华鑫食品's owner, issue 6): the list, the form of a new RFQ filled in (not
 * saved), and an RFQ's page — a closed or awarded one with its comparison where there is one,
 * else the newest. On a demo database without RFQs, one draft inviting the Chongzuo mill is made
 * through the API, so that the list and the page show something.
 */
async function buyerRfqs(page, base, lang) {
  if (!wanted('rfq-buyer-list', 'rfq-new', 'rfq-buyer-detail', 'rfq-comparison')) return;
  const zh = lang === 'zh-CN';
  const get = async (url) => (await page.request.get(`${base}${url}`)).json();
  let newest = (await get('/api/rfqs?page=1&pageSize=1')).items[0];
  if (!newest) {
    const products = await get(`/api/catalog/products?q=${encodeURIComponent('白砂糖')}&pageSize=50`);
    const mill = products.items.find((p) => p.sellerName.includes('桂糖')) ?? products.items[0];
    const deadline = new Date(Date.now() + 7 * 86_400_000);
    const res = await page.request.post(`${base}/api/rfqs`, {
      data: {
        title: '一季度生产用白砂糖',
        description: '符合 GB/T 317 一级，50 kg 编织袋包装。',
        items: [
          { description: '白砂糖 一级', specification: 'GB/T 317，50 kg/袋', quantity: '300', unit: 't' },
          { description: '绵白糖', specification: '', quantity: '40', unit: 't' },
        ],
        deliveryDate: new Date(deadline.getTime() + 14 * 86_400_000).toISOString().slice(0, 10),
        deliveryRegion: 'CN-GD',
        deliveryAddress: '佛山市南海区华鑫工业园 2 号仓',
        acceptedPaymentTerms: ['cash', 'net30', 'net60'],
        deadline: deadline.toISOString(),
        invitedSellerIds: mill ? [mill.sellerId] : [],
        openToCategory: !mill,
        categoryId: mill ? null : (products.items[0]?.categoryId ?? null),
      },
    });
    if (!res.ok()) throw new Error(`POST /api/rfqs: ${res.status()} ${await res.text()}`);
    newest = await res.json();
  }
  await page.goto(`${base}/rfqs`);
  await page.getByTestId('rfq-row').first().waitFor();
  await shoot(page, 'rfq-buyer-list', lang);

  if (wanted('rfq-new')) {
    await page.goto(`${base}/rfqs/new`);
    const form = page.getByTestId('rfq-form');
    await form.getByTestId('rfq-title-input').fill(zh ? '二季度包装纸箱' : 'Cartons for Q2');
    await form
      .getByTestId('item-description')
      .first()
      .fill(zh ? '五层瓦楞纸箱' : 'Five-ply corrugated carton');
    await form.getByTestId('item-specification').first().fill('600×400×400 mm, K=A');
    await form.getByTestId('item-quantity').first().fill('20000');
    await shoot(page, 'rfq-new', lang);
  }

  const decided = (await get('/api/rfqs?status=closed,awarded&page=1&pageSize=1')).items[0];
  await page.goto(`${base}/rfqs/${(decided ?? newest).id}`);
  await page.getByTestId('rfq-summary').waitFor();
  await page.getByTestId('rfq-timeline').waitFor();
  await shoot(page, 'rfq-buyer-detail', lang);
  if (decided && wanted('rfq-comparison')) {
    const section = page.getByTestId('comparison');
    await section.getByTestId('best-split').waitFor();
    await section.scrollIntoViewIfNeeded();
    await shoot(page, 'rfq-comparison', lang);
  }
}

/** The seller's RFQ inbox (the Chongzuo mill's owner) and an RFQ's page with the quote form. */
async function sellerRfqs(page, base, lang) {
  if (!wanted('rfq-seller-inbox', 'rfq-seller-quote')) return;
  await page.goto(`${base}/rfq-inbox`);
  await page.getByTestId('inbox-table').waitFor();
  const first = (await (await page.request.get(`${base}/api/rfq-inbox?page=1&pageSize=1`)).json()).items[0];
  if (first) await page.getByTestId('rfq-row').first().waitFor();
  await shoot(page, 'rfq-seller-inbox', lang);
  if (!first) return;
  await page.goto(`${base}/rfqs/${first.id}`);
  await page.getByTestId('quote-form').waitFor();
  await shoot(page, 'rfq-seller-quote', lang);
}

/** The mill's staff activity over the week: quotes sent, RFQs answered and the response time (issue 6). */
async function sellerStaffActivity(page, base, lang) {
  if (!wanted('admin-staff-activity-seller')) return;
  await page.goto(`${base}/company/staff-activity?period=week`);
  await page.getByTestId('activity-table').locator('.ant-table-row').first().waitFor();
  await shoot(page, 'admin-staff-activity-seller', lang);
}

/**
 * The auctions (issue 7), on the demo's auctions: the buyer's list, a new reverse auction's form,
 * the owner's monitor of the running one (ranking, curve) and of the closed one (the result and
 * the award drawer); the mill's list, its live console in the running one, a forward auction's form.
 */
async function buyerAuctions(page, base, lang) {
  const names = [
    'auction-buyer-list',
    'auction-new',
    'auction-owner-monitor',
    'auction-owner-result',
    'auction-award',
  ];
  if (!wanted(...names)) return;
  const zh = lang === 'zh-CN';
  const list = (await (await page.request.get(`${base}/api/auctions?page=1&pageSize=50`)).json()).items;
  await page.goto(`${base}/auctions`);
  await page.getByTestId('auction-row').first().waitFor();
  await shoot(page, 'auction-buyer-list', lang);
  if (wanted('auction-new')) {
    await page.goto(`${base}/auctions/new`);
    const form = page.getByTestId('auction-form');
    await form
      .getByTestId('auction-title-input')
      .fill(zh ? '三月白砂糖 400 吨反向竞价' : 'White sugar, 400 t for March');
    await form.getByTestId('auction-quantity-input').fill('400');
    await form.getByTestId('auction-opening-input').fill('6080');
    await form.getByTestId('auction-step-input').fill('10');
    await shoot(page, 'auction-new', lang);
  }
  const running = list.find((a) => a.status === 'running' && a.side === 'owner');
  if (running) {
    await page.goto(`${base}/auctions/${running.id}`);
    await page.getByTestId('auction-ranking').waitFor();
    await page.getByTestId('auction-live').and(page.locator('[data-state="live"]')).waitFor();
    await shoot(page, 'auction-owner-monitor', lang);
  }
  const closed = list.find((a) => a.status === 'closed' && a.side === 'owner');
  if (closed) {
    await page.goto(`${base}/auctions/${closed.id}`);
    await page.getByTestId('auction-result').waitFor();
    await shoot(page, 'auction-owner-result', lang);
    if (wanted('auction-award')) {
      await page.getByTestId('auction-award').click();
      await page.getByTestId('auction-award-drawer').waitFor();
      await page
        .getByTestId('auction-award-justification')
        .fill(
          zh
            ? '南宁糖业最终报价最低，交期与质量满足要求'
            : 'Lowest final price; delivery and quality meet the terms',
        );
      await shootPart(page, null, 'auction-award', lang);
    }
  }
}

async function sellerAuctions(page, base, lang) {
  if (!wanted('auction-seller-list', 'auction-bidder-console', 'auction-forward-new')) return;
  const list = (await (await page.request.get(`${base}/api/auctions?page=1&pageSize=50`)).json()).items;
  await page.goto(`${base}/auctions`);
  await page.getByTestId('auction-row').first().waitFor();
  await shoot(page, 'auction-seller-list', lang);
  const running = list.find((a) => a.status === 'running' && a.side === 'bidder');
  if (running) {
    await page.goto(`${base}/auctions/${running.id}`);
    await page.getByTestId('auction-bid-form').waitFor();
    await page.getByTestId('auction-live').and(page.locator('[data-state="live"]')).waitFor();
    await page.getByTestId('auction-bid-input').fill('5968');
    await page.getByTestId('auction-bid-input').blur();
    await shoot(page, 'auction-bidder-console', lang);
  }
  if (wanted('auction-forward-new')) {
    await page.goto(`${base}/auctions/new`);
    await page.getByTestId('auction-form').waitFor();
    await shoot(page, 'auction-forward-new', lang);
  }
}

/**
 * The group buys (issue 8), on the demo's sugar pool of the Chongzuo mill (华鑫食品, in Shandong,
 * may join it): the campaigns to discover with their bars, the pool's page with the join form
 * filled in, the same page once joined (20 t, the smallest commitment it allows: my company's
 * earlier commitment is withdrawn first while the lock time allows, so that both pictures show
 * what they say), the form of a new campaign gathering peers, and a settled campaign's result
 * when the demo has one.
 */
async function buyerGroupBuys(page, base, lang) {
  const names = [
    'group-buy-discover',
    'group-buy-campaign',
    'group-buy-joined',
    'group-buy-create-buyer',
    'group-buy-result',
  ];
  if (!wanted(...names)) return;
  const zh = lang === 'zh-CN';
  const get = async (url) => {
    const res = await page.request.get(`${base}${url}`);
    if (!res.ok()) throw new Error(`GET ${url}: ${res.status()} ${await res.text()}`);
    return res.json();
  };
  const open = (await get('/api/group-buys?scope=discover&page=1&pageSize=50')).items;
  const pool = open.find((c) => c.title.includes('白砂糖')) ?? open[0];
  const before = pool && (await get(`/api/group-buys/${pool.id}`));
  if (before?.mine && Date.now() < Date.parse(before.lockAt) && wanted('group-buy-campaign')) {
    const res = await page.request.delete(`${base}/api/group-buys/${pool.id}/commitment`);
    if (!res.ok()) throw new Error(`DELETE commitment: ${res.status()} ${await res.text()}`);
  }

  await page.goto(`${base}/group-buys`);
  await page.getByTestId('campaign-row').first().waitFor();
  await page.getByTestId('campaign-row-progress').first().waitFor();
  await shoot(page, 'group-buy-discover', lang);

  if (pool && wanted('group-buy-campaign', 'group-buy-joined')) {
    await page.goto(`${base}/group-buys/${pool.id}`);
    await page.getByTestId('campaign-progress-bar').waitFor();
    const form = page.getByTestId('join-form');
    if ((await page.getByTestId('campaign-mine').count()) === 0 && (await form.count()) > 0) {
      await form.getByTestId('join-quantity-input').fill(String(Number(before.perBuyerMin ?? '20')));
      await form.getByTestId('join-month-select').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await form.getByTestId('join-deposit').filter({ hasText: /\d/ }).waitFor();
      await shoot(page, 'group-buy-campaign', lang);
      if (wanted('group-buy-joined')) {
        await form.getByTestId('join-submit').click();
        await page.getByTestId('campaign-mine').waitFor();
        await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
      }
    }
    if (wanted('group-buy-joined')) {
      await page.getByTestId('campaign-mine').waitFor();
      await shoot(page, 'group-buy-joined', lang);
    }
  }

  if (wanted('group-buy-create-buyer')) {
    await page.goto(`${base}/group-buys/new`);
    const form = page.getByTestId('campaign-form');
    await form.getByTestId('campaign-product-select').click();
    await page.keyboard.type(zh ? '白砂糖' : 'sugar');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: zh ? '南宁' : 'Nanning' })
      .first()
      .click();
    await form.getByTestId('campaign-sku-select').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'white-sugar-nn-g1' })
      .click();
    await form
      .getByTestId('campaign-title-input')
      .fill(zh ? '山东食品厂白砂糖拼单（南宁糖业）' : 'Sugar from Nanning for Shandong food plants');
    const from = form.getByTestId('ladder-min-input');
    const price = form.getByTestId('ladder-price-input');
    await price.nth(0).fill('6050');
    await from.nth(1).fill('500');
    await price.nth(1).fill('5940');
    await form.getByTestId('campaign-min-total-input').fill('500');
    await form.getByTestId('campaign-per-buyer-min-input').fill('30');
    await shoot(page, 'group-buy-create-buyer', lang);
  }

  if (wanted('group-buy-result')) {
    const settled = [];
    for (const status of ['succeeded', 'failed'])
      settled.push(...(await get(`/api/group-buys?scope=mine&status=${status}&page=1&pageSize=1`)).items);
    if (settled[0]) {
      await page.goto(`${base}/group-buys/${settled[0].id}`);
      await page.getByTestId('campaign-state-alert').waitFor();
      await shoot(page, 'group-buy-result', lang);
    }
  }
}

/** The mill's group buys: its campaigns, the organiser's monitor of the sugar pool, a new campaign's form. */
async function sellerGroupBuys(page, base, lang) {
  if (!wanted('group-buy-seller-list', 'group-buy-monitor', 'group-buy-create-seller')) return;
  const zh = lang === 'zh-CN';
  await page.goto(`${base}/group-buys`);
  await page.getByTestId('campaign-row').first().waitFor();
  await shoot(page, 'group-buy-seller-list', lang);

  const mine = (await (await page.request.get(`${base}/api/group-buys?scope=mine&page=1&pageSize=50`)).json())
    .items;
  const pool = mine.find((c) => c.side === 'organiser' && c.progress.status === 'open') ?? mine[0];
  if (pool) {
    await page.goto(`${base}/group-buys/${pool.id}`);
    await page.getByTestId('campaign-participant-row').first().waitFor();
    await page.getByTestId('campaign-by-month-row').first().waitFor();
    await shoot(page, 'group-buy-monitor', lang);
  }

  if (wanted('group-buy-create-seller')) {
    await page.goto(`${base}/group-buys/new`);
    const form = page.getByTestId('campaign-form');
    await form.getByTestId('campaign-product-select').click();
    await page.keyboard.type(zh ? '白砂糖' : 'sugar');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await form.getByTestId('campaign-sku-select').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'white-sugar-gx-g2' })
      .click();
    await form
      .getByTestId('campaign-title-input')
      .fill(zh ? '西南饮料厂二级白砂糖集采' : 'Grade-2 sugar pool for beverage plants in the south-west');
    await form.getByTestId('ladder-price-input').nth(0).fill('5800');
    await shoot(page, 'group-buy-create-seller', lang);
  }
}

/**
 * The fulfilment screens (issue 5): an order of 华鑫食品 at 桂糖 (40 t of 一级 sugar, picked up at the
 * Chongzuo warehouse that 嘉运供应链 runs) in two shipments — the first collected by 嘉运 against its
 * pickup code and on the road, the second awaiting pickup — made once through the API. Pictures: the
 * order's shipments section for the seller and the buyer, the one-time pickup code (issued anew each
 * time, after revoking the previous one), 嘉运's pickups and its warehouse's release desk with a wrong
 * code refused on the field.
 */
const FULFILMENT_REF = 'TW-DEMO-PICKUP';

/** A picture of one part of a page (`part`), or of what the window shows (`null`: a modal over the page). */
async function shootPart(page, part, name, lang) {
  if (only && !only.includes(name)) return;
  await page.waitForTimeout(400);
  const file = path.join(outDir, `${name}-${lang}.png`);
  if (part) await part.screenshot({ path: file });
  else await page.screenshot({ path: file });
  console.log(file);
}

async function fulfilmentPages(browser, lang) {
  if (
    !wanted(
      'fulfilment-seller',
      'fulfilment-buyer',
      'fulfilment-pickup-code',
      'logistics-pickups',
      'warehouse-release',
    )
  )
    return;
  const zh = lang === 'zh-CN';
  const contexts = [];
  const open = async (portal, email) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang });
    contexts.push(context);
    await context.addInitScript((l) => localStorage.setItem('tradeway.lang', l), lang);
    const page = await context.newPage();
    await page.goto(`${portal.base}/`);
    await signIn(page, email);
    const call = async (method, url, data, headers = {}) => {
      const res = await page.request.fetch(`${portal.base}${url}`, { method, data, headers });
      if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
      return res.json();
    };
    return { page, base: portal.base, call };
  };
  try {
    const buyer = await open(portals[0], 'buyer.owner@huaxin-food.demo');
    const seller = await open(portals[1], 'seller.owner@guitang-sugar.demo');
    const store = await open(portals[1], 'wh.chongzuo@jiayun-logistics.demo');
    const carrierId = (await store.call('GET', '/api/auth/me')).activeCompanyId;
    const hours = (n) => new Date(Date.now() + n * 3_600_000).toISOString();

    // The order, once: quoted, placed and confirmed through the API.
    let order = (await buyer.call('GET', `/api/orders?side=buyer&q=${FULFILMENT_REF}&pageSize=5`)).items[0];
    if (!order) {
      const warehouse = (await buyer.call('GET', '/api/catalog/warehouses')).items.find(
        (w) => w.code === 'chongzuo-sugar-wh',
      );
      const products = await buyer.call(
        'GET',
        `/api/catalog/products?q=${encodeURIComponent('白砂糖')}&pageSize=50`,
      );
      let sku;
      for (const p of products.items) {
        const detail = await buyer.call('GET', `/api/catalog/products/${p.id}`);
        sku = detail.skus.find((x) => x.code === 'white-sugar-gx-g1');
        if (sku) break;
      }
      const quote = await buyer.call('POST', '/api/quotes', {
        skuId: sku.id,
        quantity: '40',
        paymentTerm: 'cash',
        delivery: { mode: 'pickup', warehouseId: warehouse.id },
      });
      const placed = await buyer.call(
        'POST',
        '/api/orders',
        { quoteId: quote.id, buyerReference: FULFILMENT_REF, note: '分两车自提，请提前备货' },
        { 'Idempotency-Key': crypto.randomUUID() },
      );
      const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      order = await seller.call('POST', `/api/orders/${placed.id}/confirm`, {
        scheduledDate: day,
        version: placed.version,
      });
    }
    let shipping = await seller.call('GET', `/api/orders/${order.id}/shipments`);
    if (shipping.shipments.length === 0) {
      const line = shipping.lines[0];
      for (const quantity of ['24', '16']) {
        await seller.call('POST', `/api/orders/${order.id}/shipments`, {
          lines: [{ orderLineId: line.orderLineId, quantity }],
          carrierName: '青岛嘉运供应链（买方自提）',
        });
      }
      shipping = await seller.call('GET', `/api/orders/${order.id}/shipments`);
    }
    const [first, second] = shipping.shipments;
    if (first.status === 'planned') {
      // 嘉运 collects the first shipment against its code, and the buyer follows it on the road.
      const pickup = await buyer.call('POST', `/api/shipments/${first.id}/pickup-authorisations`, {
        logisticsCompanyId: carrierId,
        driverName: '黄建军',
        vehiclePlate: '桂F·2K318',
        validUntil: hours(48),
      });
      await store.call('POST', `/api/shipments/${first.id}/release`, { code: pickup.code });
      await buyer.call('POST', `/api/shipments/${first.id}/tracking`, {
        kind: 'location',
        location: 'G7201 南宁绕城高速 · 吴圩收费站',
        note: '预计 18:00 到达华鑫南宁仓',
      });
    }

    // The buyer authorises the second shipment: the code is shown once (a valid earlier one is revoked first).
    const valid = second.authorisations.find((a) => a.status === 'issued');
    if (valid) {
      await buyer.call('POST', `/api/pickup-authorisations/${valid.id}/revoke`, { reason: '司机临时更换' });
    }
    await buyer.page.goto(`${buyer.base}/orders/${order.id}`);
    const section = buyer.page.getByTestId('section-shipments');
    await section.getByTestId('shipment-action-authorise_pickup').click();
    const form = buyer.page.getByTestId('pickup-form');
    await form.locator('#logisticsCompanyId').fill(carrierId);
    await form.locator('#driverName').fill('李春明');
    await form.locator('#vehiclePlate').fill('桂F·8M626');
    await buyer.page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
    await buyer.page.getByTestId('pickup-code').waitFor();
    await shootPart(buyer.page, null, 'fulfilment-pickup-code', lang); // the modal as the user sees it
    await buyer.page.getByTestId('pickup-code-done').click();
    await buyer.page.getByTestId('pickup-code-modal').waitFor({ state: 'detached' });
    await section.getByTestId('pickup-status').first().waitFor();
    await shootPart(buyer.page, section, 'fulfilment-buyer', lang);

    await seller.page.goto(`${seller.base}/orders/${order.id}`);
    const sellerSection = seller.page.getByTestId('section-shipments');
    await sellerSection.getByTestId('shipment-row').first().waitFor();
    // Both shipments open: the first one's tracking, the second one's authorisations.
    const expand = sellerSection.locator('.ant-table-row-expand-icon-collapsed');
    while ((await expand.count()) > 0) await expand.first().click();
    await shootPart(seller.page, sellerSection, 'fulfilment-seller', lang);

    // What is still to collect and what was collected (the revoked ones of earlier runs filtered out).
    await store.page.goto(`${store.base}/pickups?status=issued,used`);
    await store.page.getByTestId('pickup-task').first().waitFor();
    await shoot(store.page, 'logistics-pickups', lang);

    // The release desk: the second shipment chosen, a wrong code refused on its field.
    await store.page.goto(`${store.base}/warehouse-release`);
    await store.page.getByTestId('release-task').first().waitFor();
    await store.page
      .getByTestId('release-task')
      .filter({ hasText: second.number })
      .getByTestId('task-release')
      .click();
    await store.page.getByTestId('release-code').fill('AAAA-BBBB-CCCC');
    await store.page.getByTestId('release-submit').click();
    await store.page.getByText(zh ? '提货码无效' : 'This pickup code is not valid').waitFor();
    await shoot(store.page, 'warehouse-release', lang);
  } finally {
    for (const context of contexts) await context.close();
  }
}

/**
 * The receipt and dispute screens (issue 5), on orders of 华鑫食品 at 桂糖 made once through the API:
 * TW-DEMO-RECEIPT (30 t, delivered, nothing received yet: the receipt form, filled in and not sent),
 * TW-DEMO-DISPUTE (60 t in two trucks, the second received 0.3 t short: its dispute with evidence from
 * both sides and the mill's offer of a credit) and TW-DEMO-GRADE (20 t of 二级 found to be 三级: an
 * open dispute). Pictures: the receipt form, the buyer's dispute panel, the operator's dispute desk
 * and its decision page.
 */
async function receiptPages(browser, lang) {
  const names = ['receipts-form', 'receipts-dispute', 'disputes-desk', 'disputes-decision'];
  if (only && !names.some((n) => only.includes(n))) return;
  const zh = lang === 'zh-CN';
  const contexts = [];
  const open = async (portal, email) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang });
    contexts.push(context);
    await context.addInitScript((l) => localStorage.setItem('tradeway.lang', l), lang);
    const page = await context.newPage();
    await page.goto(`${portal.base}/`);
    await signIn(page, email);
    const call = async (method, url, data, headers = {}) => {
      const res = await page.request.fetch(`${portal.base}${url}`, { method, data, headers });
      if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
      return res.json();
    };
    const upload = async (url, name, mimeType, buffer) => {
      const res = await page.request.post(`${portal.base}${url}`, {
        multipart: { file: { name, mimeType, buffer } },
      });
      if (!res.ok()) throw new Error(`POST ${url}: ${res.status()} ${await res.text()}`);
    };
    return { page, base: portal.base, call, upload };
  };
  // Files the API recognises by content (magic bytes), padded to a plausible size.
  const file = (head, size) => Buffer.concat([Buffer.from(head, 'binary'), Buffer.alloc(size, 0x20)]);
  const JPEG = (size) => file('\xff\xd8\xff\xe0\x00\x10JFIF', size);
  const PNG = (size) => file('\x89PNG\r\n\x1a\n', size);
  const PDF = (size) => file('%PDF-1.4\n', size);
  try {
    const buyer = await open(portals[0], 'buyer.owner@huaxin-food.demo');
    const seller = await open(portals[1], 'seller.owner@guitang-sugar.demo');
    const operator = await open(portals[2], 'ops.admin@tradeway.demo');

    const skuIds = new Map();
    const sku = async (code) => {
      if (skuIds.has(code)) return skuIds.get(code);
      const products = await buyer.call(
        'GET',
        '/api/catalog/products?q=%E7%99%BD%E7%A0%82%E7%B3%96&pageSize=50',
      );
      for (const p of products.items.filter((x) => x.sellerName.includes('桂糖'))) {
        for (const s of (await buyer.call('GET', `/api/catalog/products/${p.id}`)).skus)
          skuIds.set(s.code, s.id);
      }
      return skuIds.get(code);
    };
    /** An order of the demo, once: quoted, placed, confirmed, shipped in `trucks` and arrived (delivered). */
    const delivered = async (ref, code, trucks, note) => {
      let order = (await buyer.call('GET', `/api/orders?side=buyer&q=${ref}&pageSize=5`)).items[0];
      if (!order) {
        const quote = await buyer.call('POST', '/api/quotes', {
          skuId: await sku(code),
          quantity: String(trucks.reduce((a, b) => a + Number(b), 0)),
          paymentTerm: 'cash',
          delivery: { mode: 'delivery', region: 'CN-GD' },
        });
        const placed = await buyer.call(
          'POST',
          '/api/orders',
          { quoteId: quote.id, buyerReference: ref, note },
          { 'Idempotency-Key': crypto.randomUUID() },
        );
        const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
        order = await seller.call('POST', `/api/orders/${placed.id}/confirm`, {
          scheduledDate: day,
          version: placed.version,
        });
      }
      let shipping = await seller.call('GET', `/api/orders/${order.id}/shipments`);
      if (shipping.shipments.length === 0) {
        for (const [i, quantity] of trucks.entries()) {
          await seller.call('POST', `/api/orders/${order.id}/shipments`, {
            lines: [{ orderLineId: shipping.lines[0].orderLineId, quantity }],
            carrierName: '广西桂运物流有限公司',
            trackingNumber: `GY-2611${28 + i}-0${31 + i * 16}`,
          });
        }
        shipping = await seller.call('GET', `/api/orders/${order.id}/shipments`);
      }
      for (const s of shipping.shipments) {
        if (s.status === 'planned')
          await seller.call('POST', `/api/shipments/${s.id}/tracking`, { kind: 'departed' });
        if (s.status !== 'arrived')
          await seller.call('POST', `/api/shipments/${s.id}/tracking`, {
            kind: 'arrived',
            location: '华鑫食品佛山工厂',
          });
      }
      return { order, shipments: (await seller.call('GET', `/api/orders/${order.id}/shipments`)).shipments };
    };
    const receive = async (order, shipment, receivedQuantity, grade, receiptNote) => {
      const overview = await buyer.call('GET', `/api/orders/${order.id}/receipts`);
      if (overview.shipments.find((s) => s.id === shipment.id)?.receiptId) return overview;
      return buyer.call('POST', `/api/orders/${order.id}/receipts`, {
        shipmentId: shipment.id,
        lines: [{ lineId: shipment.lines[0].orderLineId, receivedQuantity, grade }],
        note: receiptNote,
      });
    };

    const form = await delivered('TW-DEMO-RECEIPT', 'white-sugar-gx-g1', ['30'], '请送至佛山工厂二号仓');
    const disputed = await delivered('TW-DEMO-DISPUTE', 'white-sugar-gx-g1', ['36', '24'], '分两车送货');
    await receive(disputed.order, disputed.shipments[0], '35.95', '一级', '地磅单 No. GX-20261128-031');
    let overview = await receive(
      disputed.order,
      disputed.shipments[1],
      '23.70',
      '一级',
      '地磅单 No. GX-20261128-047：短重 0.3 吨，篷布破损',
    );
    const dispute = overview.disputes[0];
    if (dispute.evidenceCount === 0) {
      const evidence = `/api/disputes/${dispute.id}/evidence`;
      await buyer.upload(evidence, '地磅单-GX-20261128-047.jpg', 'image/jpeg', JPEG(186_000));
      await buyer.upload(evidence, '卸货现场-篷布破损.png', 'image/png', PNG(742_000));
      await seller.upload(evidence, 'SGS检验报告-20261128.pdf', 'application/pdf', PDF(1_320_000));
    }
    if (dispute.status === 'open' && !dispute.outcome) {
      await seller.call('POST', `/api/disputes/${dispute.id}/propose`, {
        resolution: { kind: 'price_adjustment', creditMinor: '165000' },
        note: '按短重 0.3 吨折价，每吨 5,500 元',
      });
    }
    const grade = await delivered('TW-DEMO-GRADE', 'white-sugar-gx-g2', ['20'], '');
    overview = await receive(
      grade.order,
      grade.shipments[0],
      '19.98',
      '三级',
      '第三方化验：色值 220 IU，判定三级',
    );
    if (overview.disputes[0] && overview.disputes[0].evidenceCount === 0) {
      await buyer.upload(
        `/api/disputes/${overview.disputes[0].id}/evidence`,
        'CTI化验报告-2611-0087.pdf',
        'application/pdf',
        PDF(904_000),
      );
    }

    // The receipt form of the undelivered truck, filled in: 0.38 t short, outside the ±0.5 % tolerance.
    if (wanted('receipts-form')) {
      await buyer.page.goto(`${buyer.base}/orders/${form.order.id}`);
      const section = buyer.page.getByTestId('section-receipts');
      await section.getByTestId('record-receipt').first().click();
      const drawer = buyer.page.getByTestId('receipt-form');
      await drawer.getByTestId('receipt-received').first().fill('29.62');
      await drawer
        .getByTestId('receipt-note-input')
        .fill(
          zh
            ? '地磅单 No. GX-20261129-012，卸货时发现两袋破包'
            : 'Weighbridge ticket GX-20261129-012; two torn bags on unloading',
        );
      await drawer.getByTestId('receipt-outside').waitFor();
      // The drawer as the user sees it: the window, not the whole page behind it.
      await buyer.page.waitForTimeout(400);
      const picture = path.join(outDir, `receipts-form-${lang}.png`);
      await buyer.page.screenshot({ path: picture });
      console.log(picture);
    }

    // The buyer's dispute panel: variances, evidence from both sides, the mill's offer to answer.
    if (wanted('receipts-dispute')) {
      await buyer.page.goto(`${buyer.base}/orders/${disputed.order.id}`);
      const panel = buyer.page.getByTestId('dispute-panel').first();
      await panel.getByTestId('evidence-item').first().waitFor();
      await panel.getByTestId('dispute-agree').waitFor();
      await buyer.page.getByTestId('section-receipts').scrollIntoViewIfNeeded();
      await shoot(buyer.page, 'receipts-dispute', lang);
    }

    // The operator's desk, oldest first, and the decision page with the mill's offer pre-filled.
    await operator.page.goto(`${operator.base}/disputes`);
    await operator.page.getByTestId('desk-row').first().waitFor();
    await shoot(operator.page, 'disputes-desk', lang);
    if (wanted('disputes-decision')) {
      await operator.page.goto(`${operator.base}/disputes/${dispute.id}`);
      const decision = operator.page.getByTestId('decision-form');
      await decision.waitFor();
      await decision
        .getByTestId('resolution-note')
        .fill(
          zh
            ? '地磅单与卸货照片证实短重 0.3 吨；按卖方报价调减，双方确认。'
            : "The weighbridge ticket and photos confirm 0.3 t short; credited at the seller's offer.",
        );
      await shoot(operator.page, 'disputes-decision', lang);
    }
  } finally {
    for (const context of contexts) await context.close();
  }
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const lang of ['zh-CN', 'en']) {
    for (const portal of portals) {
      // A context per portal: the portals share the host, and so the session cookie.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang });
      await context.addInitScript((l) => localStorage.setItem('tradeway.lang', l), lang);
      const page = await context.newPage();
      await page.goto(`${portal.base}/`);
      if (portal.name === 'buyer') await shoot(page, 'sign-in', lang);
      await signIn(page, portal.email);
      await page.getByTestId('health-status').waitFor();
      await shoot(page, `${portal.name}-dashboard`, lang);
      if (portal.name === 'operator') {
        // An empty mailbox shows nothing worth a picture: have a reset link mailed (it changes no password).
        const box = await page.request.get(`${portal.base}/api/platform/mailbox`);
        if ((await box.json()).items.length === 0) {
          await page.request.post(`${portals[0].base}/api/auth/password-reset`, {
            data: { email: 'buyer.approver@huaxin-food.demo' },
          });
        }
        await page.goto(`${portal.base}/mailbox`);
        await page.getByTestId('mailbox-table').waitFor();
        await page.locator('.ant-table-row').first().click(); // open the newest mail
        await page.getByTestId('mail-text').first().waitFor();
        await shoot(page, 'operator-mailbox', lang);
      }
      await context.close();
    }
    // Pricing and catalog: the buyer first, whose saved quote the seller's offers then show.
    for (const [portal, pages] of [
      [portals[0], buyerCatalog],
      [portals[1], sellerPricing],
      [portals[1], sellerInventory],
      [portals[0], buyerOrders],
      [portals[1], sellerOrders],
      [portals[0], buyerRfqs],
      [portals[1], sellerRfqs],
      [portals[1], sellerStaffActivity],
      [portals[0], buyerAuctions],
      [portals[1], sellerAuctions],
      [portals[0], buyerGroupBuys],
      [portals[1], sellerGroupBuys],
    ]) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang });
      await context.addInitScript((l) => localStorage.setItem('tradeway.lang', l), lang);
      const page = await context.newPage();
      await page.goto(`${portal.base}/`);
      await signIn(page, portal.email);
      await pages(page, portal.base, lang);
      await context.close();
    }
    await fulfilmentPages(browser, lang);
    await receiptPages(browser, lang);
  }
} finally {
  await browser.close();
}
