import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { AuctionView } from '../data/types';
import { auctionPortalParts } from '../portal-parts';
import {
  AUCTION_ID,
  inMinutes,
  json,
  liveEvent,
  MILL_C,
  ownerAuction,
  refusal,
  result,
  uuid,
} from '../testing/auction-fixtures';
import { liveHub } from '../testing/live-stream';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * `state.auction` answers the auction, `state.result` its result report, `state.command` the
 * owner's commands (schedule, cancel, award, participants); the live view is a stream the test
 * pushes events into. Every call is recorded with its body.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    auction: (() => Response) | null;
    result: (() => Response) | null;
    command: ((path: string, body: unknown) => Response) | null;
    live: ((request: Request) => Response) | null;
    calls: Array<{ method: string; url: URL; body: unknown }>;
    original: typeof fetch;
  } = { auction: null, result: null, command: null, live: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, url, body });
    if (url.pathname.endsWith('/live') && state.live) return state.live(request);
    if (url.pathname.endsWith('/result') && state.result) return state.result();
    if (request.method !== 'GET' && url.pathname.startsWith('/api/auctions/') && state.command)
      return state.command(url.pathname, body);
    if (/^\/api\/auctions\/[^/]+$/.test(url.pathname) && state.auction) return state.auction();
    return original(input, init);
  }) as typeof fetch;
  return state;
});
const hub = liveHub();

const portal: PortalDefinition = { kind: 'buyer', ...auctionPortalParts('buyer') };
const purchaser = () =>
  testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role: 'purchaser' }]);
const commands = () => stub.calls.filter((c) => c.method !== 'GET');

async function open(view: AuctionView, language: Language = 'zh-CN') {
  stub.auction = () => json(view);
  stub.live = (request) => hub.respond(request);
  const rendered = renderPortal(portal, `/auctions/${view.id}`, { me: purchaser(), language });
  await screen.findByTestId('auction-ranking');
  return { ...rendered, user: userEvent.setup({ delay: null }) };
}

const rows = () =>
  screen
    .getAllByTestId('auction-ranking-row')
    .map((r) => [
      within(r).getByTestId('auction-ranking-rank').textContent,
      within(r).getByTestId('auction-ranking-company').textContent,
      within(r).getByTestId('auction-ranking-price').textContent,
    ]);

const closed = (over: Partial<AuctionView> = {}) =>
  ownerAuction({
    status: 'closed',
    currentEnd: inMinutes(-5),
    endsAt: inMinutes(-10),
    extensions: 1,
    ...over,
  });

describe('the owner’s monitor', () => {
  afterEach(() => {
    stub.auction = null;
    stub.result = null;
    stub.command = null;
    stub.live = null;
    stub.calls = [];
    hub.reset();
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('shows the ranking with the companies, the figures that matter, and follows the live view', async () => {
    const start = ownerAuction();
    await open(start);
    expect(rows()).toEqual([
      ['1', '南宁糖业股份有限公司', '¥5,960.00'],
      ['2', '湛江糖厂', '¥5,980.00'],
      ['3', '广西崇左桂糖制糖有限公司', '¥5,990.00'],
    ]);
    expect(screen.getByTestId('auction-participants').textContent).toBe('3');
    expect(screen.getByTestId('auction-monitor-best').textContent).toBe('¥5,960.00 / 吨');
    expect(screen.getByTestId('auction-monitor-reserve').textContent).toBe('¥5,850.00 / 吨');
    expect(screen.getByTestId('auction-monitor-bids').textContent).toBe('4');
    expect(screen.getByTestId('auction-curve').getAttribute('data-points')).toBe('1');
    // running: cancel (with a reason), no award yet, no result
    expect(screen.getByTestId('auction-cancel')).toBeTruthy();
    expect(screen.queryByTestId('auction-award')).toBeNull();
    expect(screen.queryByTestId('auction-result')).toBeNull();

    await waitFor(() => expect(hub.open()).toBe(1));
    const [first, second, third] = start.ranking as [
      (typeof start.ranking)[number],
      (typeof start.ranking)[number],
      (typeof start.ranking)[number],
    ];
    hub.push(
      liveEvent(start, {
        lastSeq: 6,
        bestPrice: '5940.0000',
        ranking: [
          { ...third, rank: 1, price: '5940.0000', seq: 6 },
          { ...first, rank: 2 },
          { ...second, rank: 3 },
        ],
        serverTime: new Date().toISOString(),
      }),
    );
    await waitFor(() => expect(rows()[0]).toEqual(['1', '广西崇左桂糖制糖有限公司', '¥5,940.00']));
    expect(screen.getByTestId('auction-monitor-best').textContent).toBe('¥5,940.00 / 吨');
    expect(screen.getByTestId('auction-monitor-bids').textContent).toBe('6');
    // the curve: the best price as first read, then as the event moved it
    expect(screen.getByTestId('auction-curve').getAttribute('data-points')).toBe('2');
    expect(screen.getByTestId('auction-live').getAttribute('data-state')).toBe('live');
  });

  it('names the bidders and the owner in English on English pages, in Chinese where a company has no English name', async () => {
    await open(ownerAuction(), 'en');
    expect(rows().map((r) => r[1])).toEqual([
      'Nanning Sugar Industry Co., Ltd.',
      '湛江糖厂',
      'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
    ]);
    expect(screen.getByTestId('auction-owner').textContent).toContain('Huaxin Food Group Co., Ltd.');
  });

  it('refetches the auction when an event changes its status', async () => {
    const start = ownerAuction();
    await open(start);
    await waitFor(() => expect(hub.open()).toBe(1));
    const gets = () =>
      stub.calls.filter((c) => c.method === 'GET' && c.url.pathname === `/api/auctions/${AUCTION_ID}`);
    const before = gets().length;
    stub.auction = () => json(closed());
    stub.result = () => json(result());
    hub.push(liveEvent(start, { status: 'closed', currentEnd: inMinutes(-1) }));
    await waitFor(() => expect(gets().length).toBeGreaterThan(before));
    expect(await screen.findByTestId('auction-result')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('auction-status').textContent).toBe('已结束'));
  });

  it('suspends a participant with a reason, then reinstates it', async () => {
    const { user } = await open(ownerAuction());
    stub.command = () => json(ownerAuction());
    const second = screen.getAllByTestId('auction-ranking-row')[1] as HTMLElement;
    await user.click(within(second).getByTestId('auction-suspend'));
    const modal = await screen.findByTestId('auction-suspend-modal');
    expect(modal.textContent).toContain('暂停 Supplier 3（湛江糖厂）的出价资格？');
    await user.click(within(modal).getByRole('button', { name: /^暂\s?停$/ }));
    expect(await within(modal).findByText('请填写原因（记入审计日志）')).toBeTruthy();
    expect(commands()).toEqual([]);
    await user.type(within(modal).getByTestId('auction-suspend-reason'), '资质复核中');
    await user.click(within(modal).getByRole('button', { name: /^暂\s?停$/ }));
    await waitFor(() => expect(commands()).toHaveLength(1));
    expect(commands()[0]).toMatchObject({
      method: 'PUT',
      body: { status: 'suspended', reason: '资质复核中' },
    });
    expect(commands()[0]?.url.pathname).toBe(`/api/auctions/${AUCTION_ID}/participants/${MILL_C}`);
    const row = await waitFor(() => {
      const r = screen.getAllByTestId('auction-ranking-row')[1] as HTMLElement;
      expect(within(r).getByTestId('auction-reinstate')).toBeTruthy();
      return r;
    });
    expect(row.textContent).toContain('已暂停');
  });

  it('publishes a draft, and cancels a scheduled auction only with a reason', async () => {
    const draft = ownerAuction({ status: 'draft', lastSeq: 0, ranking: [], bestPrice: null });
    const { user } = await open(draft);
    expect(screen.getByTestId('auction-countdown').getAttribute('data-phase')).toBe('draft');
    stub.command = (path) =>
      path.endsWith('/schedule')
        ? json({ ...draft, status: 'scheduled', startsAt: inMinutes(60) })
        : json(draft);
    await user.click(screen.getByTestId('auction-publish'));
    await user.click(await screen.findByRole('button', { name: /^发\s?布$/ }));
    await waitFor(() => expect(screen.getByTestId('auction-status').textContent).toBe('待开始'));
    expect(commands().map((c) => c.url.pathname)).toEqual([`/api/auctions/${AUCTION_ID}/schedule`]);
    expect(screen.queryByTestId('auction-publish')).toBeNull();

    stub.command = (_path, body) =>
      (body as { reason?: string }).reason
        ? json({ ...draft, status: 'cancelled' })
        : refusal(
            422,
            'AUCTION_REASON_REQUIRED',
            'A reason is required',
            '竞价已开始，取消时必须填写原因（将通知参与方）',
            'reason',
          );
    await user.click(screen.getByTestId('auction-cancel'));
    const modal = await screen.findByTestId('auction-cancel-modal');
    await user.click(within(modal).getByRole('button', { name: '取消竞价' }));
    expect(await within(modal).findByText('请告知参与方取消原因')).toBeTruthy();
    await user.type(within(modal).getByTestId('auction-cancel-reason'), '需求变更');
    await user.click(within(modal).getByRole('button', { name: '取消竞价' }));
    await waitFor(() => expect(screen.getByTestId('auction-status').textContent).toBe('已取消'));
    expect(commands().at(-1)?.body).toEqual({ reason: '需求变更' });
  });

  it('awards a closed auction: rank 1 by default, a justification required, and says so when not the best bid', async () => {
    stub.result = () => json(result());
    const { user } = await open(closed());
    await user.click(await screen.findByTestId('auction-award'));
    const drawer = await screen.findByTestId('auction-award-drawer');
    expect(within(drawer).getByTestId('auction-award-participant').textContent).toContain(
      '第 1 名 · Supplier 2 · 南宁糖业股份有限公司 · ¥5,960.00',
    );
    expect(within(drawer).getByTestId('auction-award-price').textContent).toBe('¥5,960.00 / 吨');
    expect(within(drawer).getByTestId('auction-award-total').textContent).toBe('¥2,980,000.00 · 500 吨');
    expect(within(drawer).queryByTestId('auction-award-not-best')).toBeNull();
    await user.click(screen.getByTestId('auction-award-submit'));
    expect(await within(drawer).findByText('请填写授标理由')).toBeTruthy();
    expect(commands()).toEqual([]);

    // not the best bid: the drawer says so and asks why
    await user.click(within(drawer).getByRole('combobox'));
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll('.ant-select-item-option-content')].find((o) =>
        o.textContent?.startsWith('第 2 名'),
      );
      expect(found).toBeTruthy();
      return found as HTMLElement;
    });
    await user.click(option);
    expect(await within(drawer).findByTestId('auction-award-not-best')).toBeTruthy();
    expect(within(drawer).getByTestId('auction-award-total').textContent).toBe('¥2,990,000.00 · 500 吨');
    await user.click(screen.getByTestId('auction-award-submit'));
    expect(await within(drawer).findByText('请说明不授予最优出价的原因')).toBeTruthy();

    stub.command = () =>
      json(
        closed({
          award: {
            status: 'pending_approval',
            alias: 'Supplier 3',
            companyName: '湛江糖厂',
            companyNameEn: null,
            price: '5980.0000',
            justification: '南宁糖业交期不满足',
            orderId: null,
          },
        }),
      );
    await user.type(within(drawer).getByTestId('auction-award-justification'), '南宁糖业交期不满足');
    await user.click(screen.getByTestId('auction-award-submit'));
    await waitFor(() => expect(commands()).toHaveLength(1));
    expect(commands()[0]?.url.pathname).toBe(`/api/auctions/${AUCTION_ID}/award`);
    expect(commands()[0]?.body).toEqual({ companyId: MILL_C, justification: '南宁糖业交期不满足' });
    const status = await screen.findByTestId('auction-award-status');
    expect(status.getAttribute('data-status')).toBe('pending_approval');
    expect(status.textContent).toContain('授标待审批');
    expect(status.textContent).toContain('Supplier 3（湛江糖厂），出价 ¥5,980.00 / 吨，正在等待审批。');
    await waitFor(() => expect(screen.queryByTestId('auction-award-drawer')).toBeNull());
    // no second award, nor a cancel, while one waits for approval
    expect(screen.queryByTestId('auction-award')).toBeNull();
    expect(screen.queryByTestId('auction-cancel')).toBeNull();
  });

  it('reports the result: bids, reserve, savings against the opening and the last price, the curve, the log', async () => {
    stub.result = () => json(result());
    await open(closed());
    const report = await screen.findByTestId('auction-result');
    await waitFor(() =>
      expect(within(report).getByTestId('auction-result-bids').textContent).toBe(
        '5 次（受理 4 次，未受理 1 次）',
      ),
    );
    expect(within(report).getByTestId('auction-result-reserve').textContent).toBe('未达到');
    expect(within(report).getByTestId('auction-result-vs-opening').textContent).toBe(
      '¥40.00 / 吨 · ¥20,000.00 · 0.67%',
    );
    expect(within(report).getByTestId('auction-result-vs-last').textContent).toBe(
      '-¥10.00 / 吨 · -¥5,000.00 · -0.17%',
    );
    expect(within(report).getByTestId('auction-curve').getAttribute('data-points')).toBe('4');
    expect(screen.getByTestId('auction-bidlog-download')).toBeTruthy();
    expect(screen.getByTestId('auction-bidlog-verify').textContent).toContain(
      'npm run verify:bid-log -- AUC-20261126-000003-bid-log.json',
    );
  });

  it('shows an approved award with its order', async () => {
    const orderId = uuid(990);
    stub.result = () => json(result({ status: 'awarded' }));
    await open(
      closed({
        status: 'awarded',
        award: {
          status: 'approved',
          alias: 'Supplier 2',
          companyName: '南宁糖业股份有限公司',
          companyNameEn: 'Nanning Sugar Industry Co., Ltd.',
          price: '5960.0000',
          justification: '最优价',
          orderId,
        },
      }),
    );
    const status = screen.getByTestId('auction-award-status');
    expect(status.getAttribute('data-status')).toBe('approved');
    expect(within(status).getByTestId('auction-award-order').getAttribute('href')).toBe(`/orders/${orderId}`);
    expect(screen.queryByTestId('auction-award')).toBeNull();
  });

  it('hides bids from the owner too while a sealed auction runs', async () => {
    await open(ownerAuction({ visibility: 'sealed', ranking: [], bestPrice: null }));
    expect(screen.getByTestId('auction-ranking').textContent).toContain(
      '密封竞价：结束前任何人（包括您）都看不到出价。',
    );
    expect(screen.getByTestId('auction-monitor-best').textContent).toBe('密封');
    expect(screen.getByTestId('auction-curve').textContent).toBe('密封竞价：结束后显示价格曲线。');
  });
});
