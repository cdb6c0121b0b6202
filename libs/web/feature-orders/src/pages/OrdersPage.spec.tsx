import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition, PortalKind } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { OrderSummaryView } from '../data/types';
import { ordersPortalParts } from '../portal-parts';
import {
  BUYER_ID,
  json,
  ORDER_ID,
  page,
  SELLER2_ID,
  SELLER_ID,
  summary,
  uuid,
} from '../testing/order-fixtures';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 90_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any
 * import: each test answers `GET /api/orders`; every call is recorded.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    answer: ((url: URL) => Response | undefined) | null;
    calls: URL[];
    original: typeof fetch;
  } = { answer: null, calls: [], original };
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    state.calls.push(url);
    const answer = state.answer?.(url);
    return answer ? Promise.resolve(answer) : original(input, init);
  }) as typeof fetch;
  return state;
});

const portalOf = (kind: PortalKind): PortalDefinition => ({ kind, ...ordersPortalParts(kind) });
const buyer = (role: BuiltInRole = 'purchaser') =>
  testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role }]);
const seller = (role: BuiltInRole = 'sales') =>
  testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role }]);

const buyerOrders: OrderSummaryView[] = [
  summary({}),
  summary({
    id: uuid(702),
    number: 'PO-20261125-000031',
    counterpartyId: SELLER2_ID,
    counterpartyName: '南宁糖业股份有限公司',
    counterpartyNameEn: 'Nanning Sugar Co., Ltd.',
    status: 'confirmed',
    totalMinor: '12345600',
    scheduledDate: '2026-12-01',
    channel: 'assisted',
    buyerReference: '',
  }),
];

/** The list route answers `items` for the list and for the counterparty filter (pageSize 100). */
function answerList(
  items: () => OrderSummaryView[],
  over: { total?: number; totalIsLowerBound?: boolean } = {},
) {
  stub.answer = (url) => (url.pathname === '/api/orders' ? json(page(items(), over)) : undefined);
}
const listCalls = () =>
  stub.calls.filter((u) => u.pathname === '/api/orders' && u.searchParams.get('pageSize') === '20');
const lastListCall = () => listCalls().at(-1) as URL;

async function openList(kind: PortalKind, path = '/orders', language: Language = 'zh-CN') {
  const result = renderPortal(portalOf(kind), path, { me: kind === 'buyer' ? buyer() : seller(), language });
  await screen.findByTestId('orders-table');
  return result;
}
const pickOption = async (label: string) => {
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option-content')].find(
      (o) => o.textContent === label,
    );
    expect(found).toBeTruthy();
    return found as HTMLElement;
  });
  await userEvent.click(option);
};

describe('orders list', () => {
  afterEach(() => {
    stub.answer = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('lists the buyer’s orders with seller, status, total and reference, and a row opens the order', async () => {
    answerList(() => buyerOrders);
    const { router } = await openList('buyer');
    await screen.findAllByTestId('order-row');
    expect(screen.getByText('订单', { selector: 'h3' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      '订单号',
      '卖方',
      '状态',
      '金额',
      '下单时间',
      '计划交货',
      '下单方式',
      '买方参考号',
    ]);
    const [first, second] = screen.getAllByTestId('order-row') as [HTMLElement, HTMLElement];
    expect(within(first).getByTestId('order-number').textContent).toBe('PO-20261126-000042');
    expect(within(first).getByTestId('order-counterparty').textContent).toBe('广西崇左桂糖制糖有限公司');
    expect(within(first).getByTestId('order-status').textContent).toBe('已下单');
    expect(within(first).getByTestId('order-total').textContent).toBe('¥6,754,675.61');
    expect(within(first).getByTestId('order-reference').textContent).toBe('ERP-PO-7781');
    expect(within(second).getByTestId('order-status').textContent).toBe('已确认');
    expect(within(second).getByText('2026年12月1日')).toBeTruthy();
    expect(within(second).getByTestId('order-channel').textContent).toBe('手动');
    expect(within(second).getByTestId('order-channel').getAttribute('title')).toBe('手动（销售代下单）');
    // my side of the orders, the first page of 20
    expect(lastListCall().searchParams.get('side')).toBe('buyer');
    expect(lastListCall().searchParams.get('page')).toBe('1');

    await userEvent.click(within(first).getByTestId('order-counterparty'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${ORDER_ID}`));
  });

  it('asks for the seller side in the seller portal and names the buyer', async () => {
    answerList(() => [
      summary({
        side: 'seller',
        counterpartyId: BUYER_ID,
        counterpartyName: '华鑫食品集团有限公司',
        counterpartyNameEn: 'Huaxin Food Group Co., Ltd.',
      }),
    ]);
    await openList('seller');
    await screen.findAllByTestId('order-row');
    expect(screen.getAllByRole('columnheader')[1]?.textContent).toBe('买方');
    expect(screen.getByTestId('order-counterparty').textContent).toBe('华鑫食品集团有限公司');
    expect(listCalls().every((u) => u.searchParams.get('side') === 'seller')).toBe(true);
    expect(screen.getByText('客户向本公司下的订单：确认并给出交货日期，或拒绝。')).toBeTruthy();
  });

  it('turns the filters into the query of the API and keeps them in the address', async () => {
    answerList(() => buyerOrders);
    const { router } = await openList('buyer');
    await screen.findAllByTestId('order-row');
    const user = userEvent.setup();

    await user.click(screen.getByLabelText('状态'));
    await pickOption('已下单');
    await pickOption('已确认');
    await waitFor(() => expect(lastListCall().searchParams.get('status')).toBe('placed,confirmed'));
    expect(router.state.location.search).toBe('?status=placed%2Cconfirmed');

    // the sellers of my recent orders, picked in the page's language
    await user.click(screen.getByLabelText('卖方'));
    await pickOption('南宁糖业股份有限公司');
    await waitFor(() => expect(lastListCall().searchParams.get('counterpartyId')).toBe(SELLER2_ID));

    await user.click(screen.getByPlaceholderText('订单号或买方参考号'));
    await user.paste(' ERP-PO ');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastListCall().searchParams.get('q')).toBe('ERP-PO'));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('ERP-PO');
    expect(lastListCall().searchParams.get('status')).toBe('placed,confirmed');
    expect(lastListCall().searchParams.get('page')).toBe('1');

    await user.click(screen.getByTestId('clear-filters'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.queryByTestId('clear-filters')).toBeNull();
    expect((screen.getByPlaceholderText('订单号或买方参考号') as HTMLInputElement).value).toBe('');
    // the unfiltered first page was asked first and is still in the cache
    expect(listCalls().filter((u) => u.search === listCalls()[0]?.search).length).toBeGreaterThan(0);
  });

  it('asks for the days of creation and the page of the address', async () => {
    answerList(() => buyerOrders, { total: 45 });
    await openList('buyer', `/orders?from=2026-11-01&to=2026-11-30&counterparty=${SELLER_ID}&page=2`);
    await waitFor(() => expect(listCalls().length).toBeGreaterThan(0));
    const q = lastListCall().searchParams;
    expect([q.get('createdFrom'), q.get('createdTo'), q.get('counterpartyId'), q.get('page')]).toEqual([
      '2026-11-01',
      '2026-11-30',
      SELLER_ID,
      '2',
    ]);
    const range = [...screen.getByTestId('order-filters').querySelectorAll('.ant-picker input')];
    expect(range.map((i) => (i as HTMLInputElement).value)).toEqual(['2026-11-01', '2026-11-30']);
    expect(await screen.findByText('共 45 个订单')).toBeTruthy();
  });

  it('says so when there are no orders yet, and sends the buyer to the quotes', async () => {
    answerList(() => []);
    const { router } = await openList('buyer');
    const empty = await screen.findByTestId('orders-empty');
    expect(empty.textContent).toContain('还没有订单。可在“我的报价”中从已保存的报价下单。');
    expect(within(empty).getByTestId('empty-to-quotes').textContent).toBe('前往我的报价');
    await userEvent.setup().click(within(empty).getByTestId('empty-to-quotes'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/quotes'));
  });

  it('offers to clear filters that match nothing', async () => {
    answerList(() => []);
    const { router } = await openList('seller', '/orders?status=cancelled');
    const empty = await screen.findByTestId('orders-empty');
    expect(empty.textContent).toContain('没有符合筛选条件的订单');
    await userEvent.setup().click(within(empty).getByTestId('empty-clear-filters'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('speaks English, with the count of a capped total', async () => {
    answerList(() => buyerOrders, { total: 1000, totalIsLowerBound: true });
    await openList('buyer', '/orders', 'en');
    await screen.findAllByTestId('order-row');
    expect(screen.getByText('Orders', { selector: 'h3' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Order no.',
      'Seller',
      'Status',
      'Total',
      'Created',
      'Scheduled delivery',
      'Channel',
      'Buyer ref.',
    ]);
    expect(screen.getAllByTestId('order-status').map((s) => s.textContent)).toEqual(['Placed', 'Confirmed']);
    expect(screen.getByText('Dec 1, 2026')).toBeTruthy();
    expect(screen.getByText('More than 1000 orders')).toBeTruthy();
  });
});
