import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import { groupBuyPortalParts } from '../portal-parts';
import {
  CAMPAIGN_ID,
  invalidInput,
  json,
  organiserCampaign,
  progress,
  refusal,
  SKU_ID,
  uuid,
} from '../testing/campaign-fixtures';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * the catalog's product search and a product's SKUs always answer (白砂糖 of one SKU, 红糖 of
 * two); `state.create` answers `POST /api/group-buys`; the campaign page opened afterwards gets
 * its campaign and a live stream that stays quiet. Every call is recorded with its body.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    create: ((body: unknown) => Response) | null;
    get: (() => Response) | null;
    calls: Array<{ method: string; url: URL; body: unknown }>;
    original: typeof fetch;
  } = { create: null, get: null, calls: [], original };
  const respond = (body: unknown) =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const product = (n: number, nameZh: string, nameEn: string) => ({
    id: id(400 + n),
    categoryId: id(301),
    nameZh,
    nameEn,
    sellerName: '广西崇左桂糖制糖有限公司',
    sellerNameEn: null,
    unit: 't',
    skuCount: n === 1 ? 1 : 2,
    sellerId: id(211),
    code: `sugar-${n}`,
    priceFrom: null,
  });
  const sku = (n: number, code: string, grade: string) => ({
    id: id(500 + n),
    code,
    specCode: null,
    attributes: { grade },
    unit: 't',
    packSize: '1',
    minOrderQuantity: '1',
    orderIncrement: '1',
    conversions: [],
    inventory: [],
    myPrice: null,
  });
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, url, body });
    if (url.pathname === '/api/catalog/products') {
      const q = url.searchParams.get('q') ?? '';
      const items = [product(1, '白砂糖', 'White sugar'), product(2, '红糖', 'Brown sugar')].filter(
        (p) => !q || p.nameZh.includes(q),
      );
      return respond({ items, page: 1, pageSize: 30, total: items.length, totalIsLowerBound: false });
    }
    const detail = /^\/api\/catalog\/products\/(.+)$/.exec(url.pathname);
    if (detail) {
      const one = detail[1] === id(401);
      return respond({
        ...product(one ? 1 : 2, one ? '白砂糖' : '红糖', one ? 'White sugar' : 'Brown sugar'),
        categoryNameZh: '食糖',
        categoryNameEn: 'Sugar',
        taxRateBps: 1300,
        skus: one ? [sku(1, 'WS-GB1', '一级')] : [sku(2, 'BS-1', '一级'), sku(3, 'BS-2', '二级')],
      });
    }
    if (url.pathname === '/api/group-buys' && request.method === 'POST' && state.create)
      return state.create(body);
    if (url.pathname.endsWith('/live')) {
      return new Response(new ReadableStream({ start: () => undefined }), {
        headers: { 'content-type': 'text/event-stream' },
      });
    }
    if (/^\/api\/group-buys\/[^/]+$/.test(url.pathname) && state.get) return state.get();
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const buyerPortal: PortalDefinition = { kind: 'buyer', ...groupBuyPortalParts('buyer') };
const sellerPortal: PortalDefinition = { kind: 'seller', ...groupBuyPortalParts('seller') };
const purchaser = () => testMe([{ companyName: '南宁食品厂', kinds: ['buyer'], role: 'purchaser' }]);
const posts = () => stub.calls.filter((c) => c.method === 'POST');
type User = ReturnType<typeof userEvent.setup>;
const input = (form: HTMLElement, testId: string) => within(form).getByTestId(testId) as HTMLInputElement;
const nth = (testId: string, n: number) => screen.getAllByTestId(testId)[n] as HTMLInputElement;
const fieldOf = (el: HTMLElement) => el.closest('.ant-form-item') as HTMLElement;

async function openNew(portal = buyerPortal, me = purchaser()) {
  const result = renderPortal(portal, '/group-buys/new', { me });
  const form = await screen.findByTestId('campaign-form');
  return { ...result, form, user: userEvent.setup({ delay: null }) };
}

async function pick(user: User, label: string) {
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option-content')].find(
      (o) => o.textContent === label,
    );
    expect(found, `option ${label}`).toBeTruthy();
    return found as HTMLElement;
  });
  await user.click(option);
}

/** Types a moment into a picker the way a person does: the text, then Enter. */
async function typeMoment(user: User, el: HTMLInputElement, text: string) {
  await user.click(el);
  await user.clear(el);
  await user.type(el, `${text}{Enter}`);
}

/** The sugar campaign: 白砂糖 (its one SKU), three tiers, 600 t to succeed, at most 1 500 t, 20–300 t a buyer. */
async function fillValid(form: HTMLElement, user: User) {
  await user.type(screen.getByLabelText('商品'), '白砂糖');
  await pick(user, '白砂糖 · 广西崇左桂糖制糖有限公司');
  // a product of one SKU: it is chosen
  await waitFor(() => expect(fieldOf(input(form, 'campaign-sku-select')).textContent).toContain('WS-GB1'));
  await user.type(input(form, 'campaign-title-input'), '广西食品厂白砂糖集采');
  await user.type(nth('ladder-price-input', 0), '5000');
  await user.type(nth('ladder-min-input', 1), '500');
  await user.type(nth('ladder-price-input', 1), '4900');
  await user.click(screen.getByTestId('ladder-add'));
  await user.type(nth('ladder-min-input', 2), '1000');
  await user.type(nth('ladder-price-input', 2), '4800');
  await user.type(input(form, 'campaign-min-total-input'), '600');
  await user.type(input(form, 'campaign-max-total-input'), '1500');
  await user.type(input(form, 'campaign-per-buyer-min-input'), '20');
  await user.type(input(form, 'campaign-per-buyer-max-input'), '300');
}

describe('the campaign form', () => {
  afterEach(() => {
    stub.create = null;
    stub.get = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('validates on the field before sending anything: the ladder, the totals, the lock and the months', async () => {
    const { form, user } = await openNew();
    expect(screen.getByText('发起团购', { selector: 'h3' })).toBeTruthy();
    // sensible defaults: the first tier from 0 (fixed), a deadline in 7 days at 18:00 locked a day before, 10 %
    expect(nth('ladder-min-input', 0).value).toBe('0');
    expect(nth('ladder-min-input', 0).disabled).toBe(true);
    const deadline = dayjs().add(7, 'day').format('YYYY-MM-DD 18:00');
    expect(input(form, 'campaign-deadline-input').value).toBe(deadline);
    expect(input(form, 'campaign-lock-input').value).toBe(dayjs().add(6, 'day').format('YYYY-MM-DD 18:00'));
    expect(input(form, 'campaign-deposit-input').value).toBe('10');
    expect(screen.getAllByTestId('ladder-row')).toHaveLength(2);

    await user.click(screen.getByTestId('campaign-submit'));
    expect(await within(form).findByText('请选择商品')).toBeTruthy();
    expect(await within(form).findByText('请填写标题')).toBeTruthy();
    expect(await within(form).findByText('请至少选择一个参与地区')).toBeTruthy();
    expect(await within(form).findByText('请填写该档的起始总量')).toBeTruthy();
    expect(within(form).getAllByText('请填写单价')).toHaveLength(2);
    expect(await within(form).findByText('请填写数量')).toBeTruthy();

    // the ladder as it is typed: each start above the one before, no price above the one before
    await user.type(nth('ladder-price-input', 0), '5000');
    await user.type(nth('ladder-min-input', 1), '0');
    await waitFor(() =>
      expect(fieldOf(nth('ladder-min-input', 1)).textContent).toContain('必须大于上一档的起始总量'),
    );
    await user.clear(nth('ladder-min-input', 1));
    await user.type(nth('ladder-min-input', 1), '500');
    await waitFor(() => expect(fieldOf(nth('ladder-min-input', 1)).textContent).not.toContain('必须大于'));
    await user.type(nth('ladder-price-input', 1), '5100');
    await waitFor(() =>
      expect(fieldOf(nth('ladder-price-input', 1)).textContent).toContain(
        '量越大价格不能越高：不得高于上一档单价',
      ),
    );
    // lowering the tier above clears the tier below
    await user.clear(nth('ladder-price-input', 0));
    await user.type(nth('ladder-price-input', 0), '5200');
    await waitFor(() => expect(fieldOf(nth('ladder-price-input', 1)).textContent).not.toContain('量越大'));
    await user.type(nth('ladder-price-input', 1), '.12345');
    await waitFor(() =>
      expect(fieldOf(nth('ladder-price-input', 1)).textContent).toContain('单价最多 4 位小数'),
    );

    // a third tier, then removed; at most 10
    await user.click(screen.getByTestId('ladder-add'));
    expect(screen.getAllByTestId('ladder-row')).toHaveLength(3);
    await user.click(screen.getAllByTestId('ladder-remove')[2] as HTMLElement);
    expect(screen.getAllByTestId('ladder-row')).toHaveLength(2);
    expect((screen.getAllByTestId('ladder-remove')[0] as HTMLButtonElement).disabled).toBe(true);

    // the maximum not below the minimum
    await user.type(input(form, 'campaign-min-total-input'), '600');
    await user.type(input(form, 'campaign-max-total-input'), '100');
    expect(await within(form).findByText('最大总量不能小于成团量')).toBeTruthy();
    await user.type(input(form, 'campaign-per-buyer-min-input'), '50');
    await user.type(input(form, 'campaign-per-buyer-max-input'), '30');
    expect(await within(form).findByText('不能小于每家最少承诺量')).toBeTruthy();

    // the lock not after the deadline
    await typeMoment(
      user,
      input(form, 'campaign-lock-input'),
      dayjs().add(8, 'day').format('YYYY-MM-DD 10:00'),
    );
    expect(await within(form).findByText('锁定时间不能晚于截止时间')).toBeTruthy();

    // a deadline moved months later leaves the chosen delivery month behind it
    const later = dayjs().add(100, 'day');
    const chosen = dayjs().add(7, 'day').add(1, 'month');
    await typeMoment(user, input(form, 'campaign-deadline-input'), later.format('YYYY-MM-DD 18:00'));
    expect(
      await within(form).findByText(`${chosen.year()}年${chosen.month() + 1}月 早于截止时间所在月份`),
    ).toBeTruthy();
    expect(posts()).toEqual([]);
  });

  it('leaves an empty tier below alone while the one above is typed, and checks it again once typed in', async () => {
    await openNew();
    const user = userEvent.setup({ delay: null });
    await user.type(nth('ladder-price-input', 0), '5000');
    await user.type(nth('ladder-min-input', 1), '500');
    // what the person types is checked; the price below, not yet reached, is not told to be entered
    await waitFor(() => expect(fieldOf(nth('ladder-price-input', 0)).textContent).not.toContain('请填写'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fieldOf(nth('ladder-price-input', 1)).textContent).not.toContain('请填写单价');
    await user.type(nth('ladder-price-input', 1), '5100');
    await waitFor(() => expect(fieldOf(nth('ladder-price-input', 1)).textContent).toContain('量越大'));
    await user.clear(nth('ladder-price-input', 0));
    await user.type(nth('ladder-price-input', 0), '5200');
    await waitFor(() => expect(fieldOf(nth('ladder-price-input', 1)).textContent).not.toContain('量越大'));
  });

  it('sends the draft with the ladder and the deposit in basis points, puts the server’s refusals on their fields, then opens it', async () => {
    const { form, user, router } = await openNew();
    await fillValid(form, user);
    await user.clear(input(form, 'campaign-deposit-input'));
    await user.type(input(form, 'campaign-deposit-input'), '12.5');
    // the default region is the company's (none here): Guangxi
    await user.click(screen.getByLabelText('参与地区'));
    await user.type(screen.getByLabelText('参与地区'), '广西');
    await pick(user, '广西');
    // a second delivery month
    await user.click(screen.getByLabelText('交货月份'));
    const deadline = dayjs().add(7, 'day').hour(18).minute(0).second(0).millisecond(0);
    const m1 = deadline.toISOString().slice(0, 7);
    const [y, m] = m1.split('-').map(Number) as [number, number];
    const month = (n: number) => {
      const i = y * 12 + (m - 1) + n;
      return {
        key: `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
        label: `${Math.floor(i / 12)}年${(i % 12) + 1}月`,
      };
    };
    await pick(user, month(2).label);

    // the schema's 400: every field at fault, on its field
    stub.create = () =>
      invalidInput([{ path: 'minTotal', message: 'A quantity with at most 3 decimals, e.g. 500' }]);
    await user.click(screen.getByTestId('campaign-submit'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(await within(form).findByText('A quantity with at most 3 decimals, e.g. 500')).toBeTruthy();
    expect(fieldOf(input(form, 'campaign-min-total-input')).textContent).toContain(
      'A quantity with at most 3 decimals',
    );
    expect(screen.queryByTestId('campaign-form-alert')).toBeNull();

    const body = posts()[0]?.body as Record<string, unknown>;
    expect(posts()[0]?.url.pathname).toBe('/api/group-buys');
    expect(body).toMatchObject({
      skuId: SKU_ID,
      title: '广西食品厂白砂糖集采',
      description: '',
      regions: ['CN-GX'],
      ladder: [
        { minQuantity: '0', unitPrice: '5000' },
        { minQuantity: '500', unitPrice: '4900' },
        { minQuantity: '1000', unitPrice: '4800' },
      ],
      minTotal: '600',
      maxTotal: '1500',
      perBuyerMin: '20',
      perBuyerMax: '300',
      deliveryMonths: [month(1).key, month(2).key],
      depositBps: 1250,
      paymentTerm: 'cash',
    });
    expect(body['deadline']).toBe(deadline.toISOString());
    expect(body['lockAt']).toBe(deadline.subtract(1, 'day').toISOString());

    // a domain refusal naming a ladder cell lands on its row
    stub.create = () =>
      refusal(
        422,
        'CAMPAIGN_LADDER_PRICE_RISES',
        'More quantity may not cost more: tier 2 is dearer than the one before',
        '量越大价格不能越高：第 2 档的单价高于上一档',
        'ladder.1.unitPrice',
        { tier: '2' },
      );
    await user.click(screen.getByTestId('campaign-submit'));
    await waitFor(() =>
      expect(fieldOf(nth('ladder-price-input', 1)).textContent).toContain(
        '量越大价格不能越高：第 2 档的单价高于上一档',
      ),
    );

    // a refusal with no field: an alert, in Chinese
    stub.create = () => refusal(422, 'CAMPAIGN_SKU_NOT_SELLABLE', 'Not for sale', '该 SKU 不存在或未上架');
    await user.click(screen.getByTestId('campaign-submit'));
    expect((await screen.findByTestId('campaign-form-alert')).textContent).toContain('该 SKU 不存在或未上架');

    // accepted: the draft's page opens, to publish or cancel
    const draft = organiserCampaign({
      organiserKind: 'buyer',
      organiserName: '南宁食品厂',
      progress: progress({ status: 'draft', total: '0.000', participants: 0, minReachedBps: 0 }),
    });
    stub.create = () => json(draft, 201);
    stub.get = () => json(draft);
    await user.click(screen.getByTestId('campaign-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/group-buys/${CAMPAIGN_ID}`));
    expect((await screen.findByTestId('campaign-status')).textContent).toBe('草稿');
    expect(screen.getByTestId('campaign-publish').textContent).toBe('发布');
    expect(screen.getByTestId('campaign-cancel')).toBeTruthy();
    expect(screen.getByTestId('campaign-state-alert').textContent).toContain(
      '发布后由 广西崇左桂糖制糖有限公司 确认阶梯价与产能',
    );
    expect(posts()).toHaveLength(4);
  });

  it('lets a seller pick only its own SKUs, one of several', async () => {
    const seller = testMe([
      { companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role: 'sales_manager' },
    ]);
    const { form, user } = await openNew(sellerPortal, seller);
    await user.type(screen.getByLabelText('商品'), '红糖');
    await waitFor(() =>
      expect(
        stub.calls.some(
          (c) => c.url.pathname === '/api/catalog/products' && c.url.searchParams.get('q') === '红糖',
        ),
      ).toBe(true),
    );
    await pick(user, '红糖 (sugar-2)');
    // the catalog searched is the seller's own
    const searches = stub.calls.filter((c) => c.url.pathname === '/api/catalog/products');
    expect(searches.length).toBeGreaterThan(0);
    expect(searches.every((c) => c.url.searchParams.get('mine') === 'true')).toBe(true);
    // two SKUs: the seller chooses, once the product's SKUs are read
    await waitFor(() =>
      expect(stub.calls.some((c) => c.url.pathname === `/api/catalog/products/${uuid(402)}`)).toBe(true),
    );
    await waitFor(() => expect((screen.getByLabelText('SKU') as HTMLInputElement).disabled).toBe(false));
    await user.click(screen.getByLabelText('SKU'));
    await pick(user, 'BS-2  二级');
    await waitFor(() => expect(fieldOf(input(form, 'campaign-sku-select')).textContent).toContain('BS-2'));
    stub.create = () => json(organiserCampaign({ progress: progress({ status: 'draft' }) }), 201);
    await fillRest(form, user);
    await user.click(screen.getByTestId('campaign-submit'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.body).toMatchObject({ skuId: uuid(503), regions: ['CN-GD'] });
  });
});

/** The rest of a valid campaign once the SKU is chosen. */
async function fillRest(form: HTMLElement, user: User) {
  await user.type(input(form, 'campaign-title-input'), '红糖团购');
  await user.type(nth('ladder-price-input', 0), '6000');
  await user.type(nth('ladder-min-input', 1), '100');
  await user.type(nth('ladder-price-input', 1), '5800');
  await user.type(input(form, 'campaign-min-total-input'), '200');
  await user.click(screen.getByLabelText('参与地区'));
  await user.type(screen.getByLabelText('参与地区'), '广东');
  await pick(user, '广东');
}
