import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import { auctionPortalParts } from '../portal-parts';
import {
  AUCTION_ID,
  invalidInput,
  json,
  MILL_A,
  ownerAuction,
  refusal,
  uuid,
} from '../testing/auction-fixtures';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * the catalog's products (sellers to invite) and my customers (buyers to invite) always answer;
 * `state.create` answers `POST /api/auctions`; the auction page opened afterwards gets its auction
 * and a live stream that stays quiet. Every call is recorded with its body.
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
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, url, body });
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    if (url.pathname === '/api/catalog/products') {
      const product = (n: number, sellerId: string, sellerName: string) => ({
        id: id(400 + n),
        categoryId: id(301),
        nameZh: '白砂糖',
        nameEn: 'White sugar',
        sellerName,
        sellerNameEn: null,
        unit: 't',
        skuCount: 1,
        sellerId,
        code: `sugar-${n}`,
        priceFrom: null,
      });
      const items = url.searchParams.get('q')
        ? [
            product(11, id(211), '广西崇左桂糖制糖有限公司'),
            product(12, id(211), '广西崇左桂糖制糖有限公司'),
            product(13, id(212), '南宁糖业股份有限公司'),
          ]
        : [];
      return respond({ items, page: 1, pageSize: 100, total: items.length, totalIsLowerBound: false });
    }
    if (url.pathname === '/api/pricing/customers') {
      const customer = (n: number, name: string) => ({
        buyerId: id(n),
        name,
        nameEn: null,
        region: 'CN-GD',
        gradeId: null,
        hasContract: false,
        rebateAvailableMinor: '0',
      });
      const all = [customer(221, '华鑫食品集团有限公司'), customer(222, '林木家具有限公司')];
      const q = url.searchParams.get('q');
      const items = q ? all.filter((c) => c.name.includes(q)) : all;
      return respond({ items, page: 1, pageSize: 50, total: items.length });
    }
    if (url.pathname === '/api/auctions' && request.method === 'POST' && state.create)
      return state.create(body);
    if (url.pathname.endsWith('/live')) {
      return new Response(new ReadableStream({ start: () => undefined }), {
        headers: { 'content-type': 'text/event-stream' },
      });
    }
    if (/^\/api\/auctions\/[^/]+$/.test(url.pathname) && state.get) return state.get();
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const buyerPortal: PortalDefinition = { kind: 'buyer', ...auctionPortalParts('buyer') };
const sellerPortal: PortalDefinition = { kind: 'seller', ...auctionPortalParts('seller') };
const purchaser = () =>
  testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role: 'purchaser' }]);
const posts = () => stub.calls.filter((c) => c.method === 'POST');
const input = (form: HTMLElement, testId: string) => within(form).getByTestId(testId) as HTMLInputElement;
const radio = (form: HTMLElement, testId: string) => {
  const el = within(form).getByTestId(testId);
  return (el instanceof HTMLInputElement ? el : el.querySelector('input')) as HTMLInputElement;
};
const fieldOf = (el: HTMLElement) => el.closest('.ant-form-item') as HTMLElement;

async function openNew(portal = buyerPortal, me = purchaser()) {
  const result = renderPortal(portal, '/auctions/new', { me });
  const form = await screen.findByTestId('auction-form');
  return { ...result, form, user: userEvent.setup({ delay: null }) };
}

async function pick(user: ReturnType<typeof userEvent.setup>, label: string) {
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option-content')].find(
      (o) => o.textContent === label,
    );
    expect(found).toBeTruthy();
    return found as HTMLElement;
  });
  await user.click(option);
}

/** Types a moment into a picker the way a person does: the text, then Enter. */
async function typeMoment(user: ReturnType<typeof userEvent.setup>, el: HTMLInputElement, text: string) {
  await user.click(el);
  await user.clear(el);
  await user.type(el, `${text}{Enter}`);
}

/** A valid reverse auction: title, 500 t, Shandong, opening 6 000, step 0.5 %, one mill invited. */
async function fillValid(form: HTMLElement, user: ReturnType<typeof userEvent.setup>) {
  await user.type(input(form, 'auction-title-input'), '一级白砂糖 500 吨 反向竞价');
  await user.type(input(form, 'auction-quantity-input'), '500');
  await user.click(screen.getByLabelText('交货地区'));
  await user.type(screen.getByLabelText('交货地区'), '山东');
  await pick(user, '山东');
  await user.type(input(form, 'auction-opening-input'), '6000');
  await user.type(input(form, 'auction-reserve-input'), '5850');
  await user.click(screen.getByLabelText('最小降价幅度：金额或百分比'));
  await pick(user, '百分比');
  await user.type(input(form, 'auction-step-input'), '0.5');
  await user.type(screen.getByLabelText('邀请供应商'), '白砂糖');
  await pick(user, '广西崇左桂糖制糖有限公司');
}

describe('the auction form', () => {
  afterEach(() => {
    stub.create = null;
    stub.get = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('validates on the field before sending anything', async () => {
    const { form, user } = await openNew();
    expect(screen.getByText('发起反向竞价', { selector: 'h3' })).toBeTruthy();
    // sensible defaults: 5 minutes' anti-sniping window and extension, first rank triggers, ranks only
    expect([input(form, 'auction-window-input').value, input(form, 'auction-extension-input').value]).toEqual(
      ['5', '5'],
    );
    expect(input(form, 'auction-trigger-rank-input').value).toBe('1');
    expect(radio(form, 'auction-visibility-rank_only').checked).toBe(true);

    await user.click(screen.getByTestId('auction-submit'));
    expect(await within(form).findByText('请填写标题')).toBeTruthy();
    expect(await within(form).findByText('请填写数量')).toBeTruthy();
    expect(await within(form).findByText('请选择交货地区')).toBeTruthy();
    expect(await within(form).findByText('请填写价格')).toBeTruthy();
    expect(await within(form).findByText('请填写幅度')).toBeTruthy();
    expect(await within(form).findByText('请至少邀请一家供应商')).toBeTruthy();

    // as it is typed: quantities to 3 places, the reserve not above the ceiling
    await user.type(input(form, 'auction-quantity-input'), '12.3456');
    expect(await within(form).findByText('数量最多 3 位小数，例如 100 或 2.5')).toBeTruthy();
    await user.type(input(form, 'auction-opening-input'), '6000');
    await user.type(input(form, 'auction-reserve-input'), '6100');
    expect(await within(form).findByText('保留价不能高于起拍价')).toBeTruthy();

    // a step in percent: 0.01 % to 50 %; the maximum no narrower than the minimum
    await user.click(screen.getByLabelText('最小降价幅度：金额或百分比'));
    await pick(user, '百分比');
    await user.type(input(form, 'auction-step-input'), '60');
    expect(await within(form).findByText('须在 0.01% 到 50% 之间')).toBeTruthy();
    await user.clear(input(form, 'auction-step-input'));
    await user.type(input(form, 'auction-step-input'), '0');
    expect(await within(form).findByText('须在 0.01% 到 50% 之间')).toBeTruthy();
    await user.click(screen.getByLabelText('最小降价幅度：金额或百分比'));
    await pick(user, '金额');
    await user.clear(input(form, 'auction-step-input'));
    await user.type(input(form, 'auction-step-input'), '10');
    await user.type(input(form, 'auction-max-step-input'), '5');
    expect(await within(form).findByText('最大幅度不能小于最小幅度')).toBeTruthy();

    // the end after the start, the hard stop not before the end
    const start = input(form, 'auction-start-input').value;
    await typeMoment(user, input(form, 'auction-end-input'), start);
    expect(await within(form).findByText('结束时间必须晚于开始时间')).toBeTruthy();
    expect(posts()).toEqual([]);
  });

  it('sends the draft with a percent step in basis points, puts the server’s refusals on their fields, then opens it', async () => {
    const { form, user, router } = await openNew();
    await fillValid(form, user);

    // the schema's 400: every field at fault, on its field
    stub.create = () =>
      invalidInput([
        { path: 'openingPrice', message: 'A price with at most 4 decimals, e.g. 5980.5' },
        { path: 'minStep.bps', message: 'Too small: expected number to be >=1' },
      ]);
    await user.click(screen.getByTestId('auction-submit'));
    expect(await within(form).findByText('A price with at most 4 decimals, e.g. 5980.5')).toBeTruthy();
    expect(fieldOf(input(form, 'auction-opening-input')).textContent).toContain(
      'A price with at most 4 decimals',
    );
    expect(fieldOf(input(form, 'auction-step-input')).textContent).toContain(
      'Too small: expected number to be >=1',
    );
    expect(screen.queryByTestId('auction-form-alert')).toBeNull();

    const body = posts()[0]?.body as Record<string, unknown>;
    expect(posts()[0]?.url.pathname).toBe('/api/auctions');
    expect(body).toMatchObject({
      direction: 'reverse',
      visibility: 'rank_only',
      title: '一级白砂糖 500 吨 反向竞价',
      quantity: '500',
      unit: 't',
      deliveryRegion: 'CN-SD',
      paymentTerm: 'net30',
      openingPrice: '6000',
      reservePrice: '5850',
      lastPrice: null,
      minStep: { kind: 'percent', bps: 50 },
      maxStep: null,
      snipingWindowMinutes: 5,
      extensionMinutes: 5,
      maxExtensions: null,
      hardStopAt: null,
      triggerRank: 1,
      participantIds: [MILL_A],
      skuId: null,
    });
    const [startsAt, endsAt] = [new Date(body['startsAt'] as string), new Date(body['endsAt'] as string)];
    expect(endsAt.getTime() - startsAt.getTime()).toBe(3_600_000);
    expect([startsAt.getHours(), startsAt.getMinutes()]).toEqual([10, 0]);
    expect(body['deliveryDate'] as string).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // a domain refusal naming a participant lands on the participants
    stub.create = () =>
      refusal(
        422,
        'AUCTION_PARTICIPANT_INVALID',
        'Participant 1 is not a seller',
        '第 1 个参与方不是供应商',
        'participantIds.0',
      );
    await user.click(screen.getByTestId('auction-submit'));
    expect(await within(form).findByText('第 1 个参与方不是供应商')).toBeTruthy();
    expect(fieldOf(within(form).getByTestId('auction-participants-select')).textContent).toContain(
      '第 1 个参与方不是供应商',
    );

    // a refusal with no field: an alert
    stub.create = () =>
      refusal(403, 'AUCTION_DIRECTION_NOT_ALLOWED', 'Not allowed', '采购方发起反向竞价', undefined);
    await user.click(screen.getByTestId('auction-submit'));
    expect((await screen.findByTestId('auction-form-alert')).textContent).toContain('采购方发起反向竞价');

    // accepted: the draft's page opens
    const draft = ownerAuction({ status: 'draft', lastSeq: 0, ranking: [], bestPrice: null });
    stub.create = () => json(draft, 201);
    stub.get = () => json(draft);
    await user.click(screen.getByTestId('auction-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/auctions/${AUCTION_ID}`));
    expect((await screen.findByTestId('auction-status')).textContent).toBe('草稿');
    expect(screen.getByTestId('auction-publish')).toBeTruthy();
    expect(posts()).toHaveLength(4);
  });

  it('lets a seller run a forward auction among its customers', async () => {
    const seller = testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role: 'owner' }]);
    const { form, user } = await openNew(sellerPortal, seller);
    expect(screen.getByText('发起正向竞拍', { selector: 'h3' })).toBeTruthy();
    expect(within(form).getByText('起拍价（最低价）')).toBeTruthy();
    await user.type(input(form, 'auction-title-input'), '一级白砂糖 200 吨 竞拍');
    await user.type(input(form, 'auction-quantity-input'), '200');
    await user.click(screen.getByLabelText('交货地区'));
    await user.type(screen.getByLabelText('交货地区'), '广西');
    await pick(user, '广西');
    await user.type(input(form, 'auction-opening-input'), '5800');
    await user.type(input(form, 'auction-reserve-input'), '5700');
    expect(await within(form).findByText('保留价不能低于起拍价')).toBeTruthy();
    await user.clear(input(form, 'auction-reserve-input'));
    await user.type(input(form, 'auction-reserve-input'), '5900');
    await user.type(input(form, 'auction-step-input'), '20');
    await user.type(screen.getByLabelText('邀请买方'), '林木');
    await waitFor(() =>
      expect(
        stub.calls.some(
          (c) => c.url.pathname === '/api/pricing/customers' && c.url.searchParams.get('q') === '林木',
        ),
      ).toBe(true),
    );
    await pick(user, '林木家具有限公司');
    await user.click(radio(form, 'auction-visibility-best_price'));
    stub.create = () => json(ownerAuction({ direction: 'forward', status: 'draft' }), 201);
    await user.click(screen.getByTestId('auction-submit'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.body).toMatchObject({
      direction: 'forward',
      visibility: 'best_price',
      reservePrice: '5900',
      minStep: { kind: 'absolute', amount: '20' },
      participantIds: [uuid(222)],
    });
  });
});
