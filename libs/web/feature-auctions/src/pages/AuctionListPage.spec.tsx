import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { AuctionSummaryView } from '../data/types';
import { auctionPortalParts } from '../portal-parts';
import { AUCTION_ID, inMinutes, json, page, summary, uuid } from '../testing/auction-fixtures';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 90_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * each test answers `GET /api/auctions`; every call is recorded.
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

const buyerPortal: PortalDefinition = { kind: 'buyer', ...auctionPortalParts('buyer') };
const sellerPortal: PortalDefinition = { kind: 'seller', ...auctionPortalParts('seller') };
const buyer = (role: BuiltInRole = 'purchaser') =>
  testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role }]);

const auctions: AuctionSummaryView[] = [
  summary({}),
  summary({
    id: uuid(702),
    number: 'AUC-20261125-000001',
    title: '食品级柠檬酸 50 吨',
    side: 'bidder',
    ownerName: '广西崇左桂糖制糖有限公司',
    direction: 'forward',
    status: 'scheduled',
    quantity: '50.000',
    openingPrice: '7200.0000',
    startsAt: inMinutes(120),
    currentEnd: inMinutes(180),
  }),
  summary({ id: uuid(703), number: 'AUC-20261101-000002', status: 'awarded', currentEnd: inMinutes(-3000) }),
];

const calls = () => stub.calls.filter((u) => u.pathname === '/api/auctions');
const lastCall = () => calls().at(-1) as URL;
const statuses = (u: URL) =>
  [...u.searchParams.entries()].filter(([k]) => k.startsWith('status')).map(([, v]) => v);
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

describe('the auction list', () => {
  afterEach(() => {
    stub.answer = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('lists the auctions with type, status, side, quantity, opening price and a live countdown; a row opens one', async () => {
    stub.answer = (url) => (url.pathname === '/api/auctions' ? json(page(auctions)) : undefined);
    const { router } = renderPortal(buyerPortal, '/auctions', { me: buyer() });
    await screen.findAllByTestId('auction-row');
    expect(screen.getByText('竞价', { selector: 'h3' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      '竞价编号',
      '标题',
      '类型',
      '状态',
      '我方角色',
      '数量',
      '起拍价',
      '开始时间',
      '当前结束时间',
    ]);
    const [first, second, third] = screen.getAllByTestId('auction-row') as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(within(first).getByTestId('auction-direction').textContent).toBe('反向竞价');
    expect(within(first).getByTestId('auction-status').textContent).toBe('竞价中');
    expect(within(first).getByTestId('auction-side').textContent).toBe('我发起');
    expect(first.textContent).toContain('500 吨');
    expect(first.textContent).toContain('¥6,000.00 / 吨');
    expect(within(first).getByTestId('auction-row-countdown').textContent).toMatch(
      /^距结束 00:(29:\d\d|30:00)$/,
    );
    expect(within(second).getByTestId('auction-direction').textContent).toBe('正向竞拍');
    expect(within(second).getByTestId('auction-side').textContent).toBe('受邀参与');
    expect(within(second).queryByTestId('auction-row-countdown')).toBeNull();
    expect(within(third).getByTestId('auction-status').textContent).toBe('已授标');
    expect(screen.getByTestId('auction-new-button').textContent).toBe('发起竞价');
    expect(lastCall().searchParams.get('page')).toBe('1');

    await userEvent.click(within(first).getByTestId('auction-row-title'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/auctions/${AUCTION_ID}`));
  });

  it('sends the side and the statuses to the server and keeps them in the address', async () => {
    stub.answer = (url) => (url.pathname === '/api/auctions' ? json(page(auctions, 45)) : undefined);
    const { router } = renderPortal(buyerPortal, '/auctions', { me: buyer() });
    await screen.findAllByTestId('auction-row');
    const user = userEvent.setup();

    await user.click(within(screen.getByTestId('auction-side-filter')).getByText('受邀参与的'));
    await waitFor(() => expect(router.state.location.search).toBe('?side=bidder'));
    await waitFor(() => expect(lastCall().searchParams.get('side')).toBe('bidder'));

    await user.click(screen.getByLabelText('状态'));
    await pickOption('竞价中');
    await pickOption('已结束');
    await waitFor(() => expect(router.state.location.search).toBe('?side=bidder&status=running%2Cclosed'));
    await waitFor(() => expect(statuses(lastCall())).toEqual(['running', 'closed']));
    expect(lastCall().searchParams.get('side')).toBe('bidder');
    expect(await screen.findByText('共 45 场竞价')).toBeTruthy();

    await user.click(within(screen.getByTestId('auction-side-filter')).getByText('全部'));
    await waitFor(() => expect(router.state.location.search).toBe('?status=running%2Cclosed'));
    await waitFor(() => expect(lastCall().searchParams.get('side')).toBeNull());

    await user.click(screen.getByTestId('auction-clear-filters'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.queryByTestId('auction-clear-filters')).toBeNull();
  });

  it('reads the filters and the page from the address, and pages on the server', async () => {
    stub.answer = (url) => (url.pathname === '/api/auctions' ? json(page(auctions, 45)) : undefined);
    const { router } = renderPortal(buyerPortal, '/auctions?side=owner&status=closed,bogus&page=2', {
      me: buyer(),
    });
    await waitFor(() => expect(calls().length).toBeGreaterThan(0));
    const q = lastCall().searchParams;
    expect([q.get('side'), q.get('page'), q.get('pageSize')]).toEqual(['owner', '2', '20']);
    expect(statuses(lastCall())).toEqual(['closed']);
    await act(async () => {
      await router.navigate('/auctions?page=3');
    });
    await waitFor(() => expect(lastCall().searchParams.get('page')).toBe('3'));
  });

  it('offers no new auction to those who may only bid', async () => {
    stub.answer = (url) => (url.pathname === '/api/auctions' ? json(page([])) : undefined);
    renderPortal(sellerPortal, '/auctions', {
      me: testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role: 'sales' }]),
      language: 'en',
    });
    expect((await screen.findByTestId('auctions-empty')).textContent).toContain('No auction yet.');
    expect(screen.getByText('Auctions', { selector: 'h3' })).toBeTruthy();
    expect(screen.queryByTestId('auction-new-button')).toBeNull();
  });
});
