import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { RfqSummaryView } from '../data/types';
import { rfqPortalParts } from '../portal-parts';
import { inHours, json, page, RFQ_ID, summary, uuid } from '../testing/rfq-fixtures';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 90_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * each test answers `GET /api/rfqs` (and the inbox); every call is recorded.
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

const buyerPortal: PortalDefinition = { kind: 'buyer', ...rfqPortalParts('buyer') };
const sellerPortal: PortalDefinition = { kind: 'seller', ...rfqPortalParts('seller') };
const buyer = (role: BuiltInRole = 'purchaser') =>
  testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role }]);
const seller = () => testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role: 'sales' }]);

const rfqs: RfqSummaryView[] = [
  summary({}),
  summary({
    id: uuid(902),
    number: 'RFQ-20261120-000003',
    title: '食品级柠檬酸',
    status: 'open',
    sealed: true,
    deadline: inHours(5),
    quoteCount: null,
  }),
  summary({
    id: uuid(903),
    number: 'RFQ-20261101-000001',
    title: '包装纸箱',
    status: 'awarded',
    deadline: inHours(-100),
    quoteCount: 4,
  }),
];

function answer(path: string, items: () => RfqSummaryView[], total?: number) {
  stub.answer = (url) => (url.pathname === path ? json(page(items(), total)) : undefined);
}
const calls = (path: string) => stub.calls.filter((u) => u.pathname === path);
const lastCall = (path: string) => calls(path).at(-1) as URL;
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

describe('the RFQ list', () => {
  afterEach(() => {
    stub.answer = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('lists the RFQs with status, sealed padlock, countdown and quotes; a row opens the RFQ', async () => {
    answer('/api/rfqs', () => rfqs);
    const { router } = renderPortal(buyerPortal, '/rfqs', { me: buyer() });
    await screen.findAllByTestId('rfq-row');
    expect(screen.getByText('询价', { selector: 'h3' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      '询价单号',
      '标题',
      '状态',
      '报价截止',
      '要求交货',
      '品项',
      '报价数',
    ]);
    const [first, second, third] = screen.getAllByTestId('rfq-row') as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(within(first).getByTestId('rfq-status').textContent).toBe('报价中');
    expect(within(first).getByTestId('rfq-quotes').textContent).toBe('3');
    expect(within(first).getByTestId('deadline-countdown').textContent).toMatch(/^剩余 2 天 \d+ 小时$/);
    expect(within(first).queryByTestId('rfq-sealed')).toBeNull();
    // sealed: the padlock, no count, and less than a day left
    expect(within(second).getByTestId('rfq-sealed')).toBeTruthy();
    expect(within(second).getByTestId('rfq-quotes').textContent).toBe('密封');
    expect(within(second).getByTestId('deadline-countdown').textContent).toMatch(/^剩余 \d+ 小时 \d+ 分$/);
    expect(within(third).getByTestId('deadline-countdown').textContent).toBe('已截止');
    expect(within(third).getByTestId('rfq-status').textContent).toBe('已定标');
    expect(lastCall('/api/rfqs').searchParams.get('page')).toBe('1');
    expect(screen.getByTestId('new-rfq').textContent).toBe('发起询价');

    await userEvent.click(within(first).getByTestId('rfq-title'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/rfqs/${RFQ_ID}`));
  });

  it('writes the filters into the address and asks the API for them', async () => {
    answer('/api/rfqs', () => rfqs);
    const { router } = renderPortal(buyerPortal, '/rfqs', { me: buyer() });
    await screen.findAllByTestId('rfq-row');
    const user = userEvent.setup();

    await user.click(screen.getByLabelText('状态'));
    await pickOption('报价中');
    await pickOption('已截止');
    await waitFor(() => expect(router.state.location.search).toBe('?status=open%2Cclosed'));
    await waitFor(() => expect(lastCall('/api/rfqs').searchParams.get('status')).toBe('open,closed'));

    await user.click(screen.getByPlaceholderText('询价单号或标题'));
    await user.paste(' 白砂糖 ');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('白砂糖'));
    await waitFor(() => expect(lastCall('/api/rfqs').searchParams.get('q')).toBe('白砂糖'));
    expect(lastCall('/api/rfqs').searchParams.get('status')).toBe('open,closed');

    await user.click(screen.getByTestId('clear-filters'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect((screen.getByPlaceholderText('询价单号或标题') as HTMLInputElement).value).toBe('');
  });

  it('reads the filters and page from the address, and pages on the server', async () => {
    answer('/api/rfqs', () => rfqs, 45);
    const { router } = renderPortal(buyerPortal, '/rfqs?status=draft,bogus&q=柠檬酸&page=2', { me: buyer() });
    await waitFor(() => expect(calls('/api/rfqs').length).toBeGreaterThan(0));
    const q = lastCall('/api/rfqs').searchParams;
    expect([q.get('status'), q.get('q'), q.get('page'), q.get('pageSize')]).toEqual([
      'draft',
      '柠檬酸',
      '2',
      '20',
    ]);
    expect(await screen.findByText('共 45 个询价')).toBeTruthy();
    await act(async () => {
      await router.navigate('/rfqs?page=3');
    });
    await waitFor(() => expect(lastCall('/api/rfqs').searchParams.get('page')).toBe('3'));
  });

  it('invites a purchaser with no RFQ yet to start one; an approver only reads', async () => {
    answer('/api/rfqs', () => []);
    const { router, unmount } = renderPortal(buyerPortal, '/rfqs', { me: buyer() });
    const empty = await screen.findByTestId('rfqs-empty');
    expect(empty.textContent).toContain('还没有询价');
    await userEvent.click(within(empty).getByTestId('empty-new-rfq'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/rfqs/new'));
    unmount();

    renderPortal(buyerPortal, '/rfqs', { me: buyer('approver') });
    await screen.findByTestId('rfqs-empty');
    expect(screen.queryByTestId('new-rfq')).toBeNull();
    expect(screen.queryByTestId('empty-new-rfq')).toBeNull();
  });

  it('gives the seller its inbox with the buyer and its own quote, filtered by quoted or not', async () => {
    answer('/api/rfq-inbox', () => [
      summary({ myQuote: 'none', quoteCount: null }),
      summary({ id: uuid(902), number: 'RFQ-20261120-000003', myQuote: 'active', quoteCount: null }),
    ]);
    const { router } = renderPortal(sellerPortal, '/rfq-inbox', { me: seller(), language: 'en' });
    await screen.findAllByTestId('rfq-row');
    expect(screen.getByText('RFQ inbox', { selector: 'h3' })).toBeTruthy();
    expect(screen.getAllByTestId('rfq-buyer').map((b) => b.textContent)).toEqual([
      'Huaxin Food Group Co., Ltd.',
      'Huaxin Food Group Co., Ltd.',
    ]);
    expect(screen.getAllByTestId('my-quote').map((b) => b.textContent)).toEqual(['Not quoted', 'Quoted']);

    await userEvent.click(within(screen.getByTestId('quoted-filter')).getByText('Not quoted'));
    await waitFor(() => expect(router.state.location.search).toBe('?quoted=false'));
    await waitFor(() => expect(lastCall('/api/rfq-inbox').searchParams.get('quoted')).toBe('false'));
  });
});
