import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { CampaignSummaryView } from '../data/types';
import { groupBuyPortalParts } from '../portal-parts';
import { CAMPAIGN_ID, inHours, json, page, progress, summary, uuid } from '../testing/campaign-fixtures';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 90_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * each test answers `GET /api/group-buys`; every call is recorded.
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

const buyerPortal: PortalDefinition = { kind: 'buyer', ...groupBuyPortalParts('buyer') };
const sellerPortal: PortalDefinition = { kind: 'seller', ...groupBuyPortalParts('seller') };
const buyer = (role: BuiltInRole = 'purchaser') =>
  testMe([{ companyName: '南宁食品厂', kinds: ['buyer'], role }]);

const campaigns: CampaignSummaryView[] = [
  summary(),
  summary({
    id: uuid(802),
    number: 'GB-20261120-000003',
    title: '柳州烘焙面粉拼单',
    productName: '高筋面粉',
    sellerName: '五得利面粉集团',
    organiserName: '柳州糕点厂',
    regions: ['CN-GX', 'CN-GD'],
    progress: progress({
      total: '1200.000',
      participants: 9,
      currentPrice: '4800.0000',
      nextTier: null,
      minReachedBps: 10_000,
    }),
  }),
];

const calls = () => stub.calls.filter((u) => u.pathname === '/api/group-buys');
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

describe('the campaign list', () => {
  afterEach(() => {
    stub.answer = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('discovers the open campaigns of my region: product, seller, deadline, progress, price and buyers; a row opens one', async () => {
    stub.answer = (url) => (url.pathname === '/api/group-buys' ? json(page(campaigns)) : undefined);
    const { router } = renderPortal(buyerPortal, '/group-buys', { me: buyer() });
    await screen.findAllByTestId('campaign-row');
    expect(screen.getByText('团购', { selector: 'h3' })).toBeTruthy();
    expect(lastCall().searchParams.get('scope')).toBe('discover');
    expect(lastCall().searchParams.get('page')).toBe('1');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      '团购',
      '商品',
      '卖方',
      '参与地区',
      '截止时间',
      '拼单进度',
      '当前成交价',
      '参与方',
    ]);
    const [first, second] = screen.getAllByTestId('campaign-row') as [HTMLElement, HTMLElement];
    expect(within(first).getByTestId('campaign-row-title').textContent).toBe('广西食品厂白砂糖集采');
    expect(first.textContent).toContain('白砂糖');
    expect(first.textContent).toContain('广西');
    expect(within(first).getByTestId('campaign-row-countdown').textContent).toMatch(
      /^距截止 (1 天 23:59:\d\d|2 天 00:00:00)$/,
    );
    const bar = within(first).getByTestId('campaign-row-progress');
    expect(bar.getAttribute('data-bps')).toBe('9166');
    expect(bar.textContent).toContain('已拼 550 吨 · 成团量 600 吨');
    expect(bar.textContent).toContain('91%');
    expect(within(first).getByTestId('campaign-row-next').textContent).toBe(
      '距下一档还差 450 吨（¥4,800.00）',
    );
    expect(within(first).getByTestId('campaign-row-price').textContent).toBe('¥4,900.00 / 吨');
    expect(within(first).getByTestId('campaign-row-participants').textContent).toBe('2');
    expect(within(first).getByTestId('campaign-status').textContent).toBe('拼单中');
    // discovering, my side is not shown; another organiser is named under the seller
    expect(within(first).queryByTestId('campaign-side')).toBeNull();
    expect(second.textContent).toContain('组织方：柳州糕点厂');
    expect(second.textContent).toContain('广西、广东');
    expect(within(second).getByTestId('campaign-row-next').textContent).toBe('已达最高档');
    expect(within(second).getByTestId('campaign-row-progress').textContent).toContain('100%');
    // a purchaser gathers peers
    expect(screen.getByTestId('campaign-new-button').textContent).toBe('发起集采');

    await userEvent.click(within(first).getByTestId('campaign-row-title'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/group-buys/${CAMPAIGN_ID}`));
  });

  it('sends the tab, the text and, in mine, the statuses to the server and keeps them in the address', async () => {
    stub.answer = (url) => (url.pathname === '/api/group-buys' ? json(page(campaigns, 45)) : undefined);
    const { router } = renderPortal(buyerPortal, '/group-buys', { me: buyer() });
    await screen.findAllByTestId('campaign-row');
    const user = userEvent.setup();
    expect(screen.queryByTestId('campaign-status-filter')).toBeNull();

    await user.click(within(screen.getByTestId('campaign-scope-tabs')).getByText('我的'));
    await waitFor(() => expect(router.state.location.search).toBe('?scope=mine'));
    await waitFor(() => expect(lastCall().searchParams.get('scope')).toBe('mine'));
    // mine: my side in each row
    await waitFor(() => expect(screen.getAllByTestId('campaign-side')).toHaveLength(2));

    await user.click(screen.getByLabelText('状态'));
    await pickOption('拼单中');
    await pickOption('拼单成功');
    await waitFor(() => expect(router.state.location.search).toBe('?scope=mine&status=open%2Csucceeded'));
    await waitFor(() => expect(statuses(lastCall())).toEqual(['open', 'succeeded']));

    await user.type(screen.getByLabelText('搜索'), '白砂糖{Enter}');
    await waitFor(() => expect(lastCall().searchParams.get('q')).toBe('白砂糖'));
    expect(router.state.location.search).toBe(
      '?scope=mine&status=open%2Csucceeded&q=%E7%99%BD%E7%A0%82%E7%B3%96',
    );
    expect(await screen.findByText('共 45 个团购')).toBeTruthy();

    await user.click(screen.getByTestId('campaign-clear-filters'));
    await waitFor(() => expect(router.state.location.search).toBe('?scope=mine'));
    expect(screen.queryByTestId('campaign-clear-filters')).toBeNull();
    expect((screen.getByLabelText('搜索') as HTMLInputElement).value).toBe('');
  });

  it('reads the tab, filters and page from the address, and pages on the server', async () => {
    stub.answer = (url) => (url.pathname === '/api/group-buys' ? json(page(campaigns, 45)) : undefined);
    const { router } = renderPortal(buyerPortal, '/group-buys?scope=mine&status=failed,bogus&page=2', {
      me: buyer(),
    });
    await waitFor(() => expect(calls().length).toBeGreaterThan(0));
    const q = lastCall().searchParams;
    expect([q.get('scope'), q.get('page'), q.get('pageSize')]).toEqual(['mine', '2', '20']);
    expect(statuses(lastCall())).toEqual(['failed']);
    await act(async () => {
      await router.navigate('/group-buys?page=3');
    });
    await waitFor(() => expect(lastCall().searchParams.get('page')).toBe('3'));
    expect(lastCall().searchParams.get('scope')).toBe('discover');
  });

  it('shows a seller the campaigns of its SKUs, without discovery', async () => {
    stub.answer = (url) =>
      url.pathname === '/api/group-buys'
        ? json(
            page([
              summary({
                side: 'organiser',
                deadline: inHours(-1),
                progress: progress({ status: 'succeeded' }),
              }),
            ]),
          )
        : undefined;
    renderPortal(sellerPortal, '/group-buys', {
      me: testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role: 'sales' }]),
      language: 'en',
    });
    const row = await screen.findByTestId('campaign-row');
    expect(lastCall().searchParams.get('scope')).toBe('mine');
    expect(screen.queryByTestId('campaign-scope-tabs')).toBeNull();
    expect(screen.getByText('Group buys', { selector: 'h3' })).toBeTruthy();
    expect(within(row).getByTestId('campaign-status').textContent).toBe('Succeeded');
    expect(within(row).getByTestId('campaign-side').textContent).toBe('I organise');
    // English names where the companies and the product have them
    expect(within(row).getByTestId('campaign-row-seller').textContent).toBe(
      'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
    );
    expect(row.textContent).toContain('White sugar');
    expect(within(row).queryByTestId('campaign-row-countdown')).toBeNull();
    expect(screen.getByTestId('campaign-new-button').textContent).toBe('New group buy');
  });

  it('says when nothing is open for my region, and offers no new campaign to a viewer', async () => {
    stub.answer = (url) => (url.pathname === '/api/group-buys' ? json(page([])) : undefined);
    renderPortal(buyerPortal, '/group-buys', { me: buyer('viewer') });
    expect((await screen.findByTestId('campaigns-empty')).textContent).toContain(
      '目前没有面向贵公司所在地区的团购。',
    );
    expect(screen.queryByTestId('campaign-new-button')).toBeNull();
  });
});
