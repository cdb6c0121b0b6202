import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { AuctionView, KeptReceipt } from '../data/types';
import { auctionPortalParts } from '../portal-parts';
import {
  AUCTION_ID,
  bidderAuction,
  bidLog,
  inMinutes,
  json,
  liveEvent,
  receipt,
} from '../testing/auction-fixtures';
import { liveHub } from '../testing/live-stream';
import { receiptsKey } from '../utils/receipts';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * `state.auction` answers the auction, `state.bid` a bid, `state.bidLog` the log; the live view is
 * a stream the test pushes events into (`hub`). Every call is recorded with its body.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    auction: (() => Response) | null;
    bid: ((body: unknown) => Response) | null;
    bidLog: (() => Response) | null;
    live: ((request: Request) => Response) | null;
    calls: Array<{ method: string; url: URL; body: unknown }>;
    original: typeof fetch;
  } = { auction: null, bid: null, bidLog: null, live: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, url, body });
    if (url.pathname.endsWith('/live') && state.live) return state.live(request);
    if (url.pathname.endsWith('/bids') && state.bid) return state.bid(body);
    if (url.pathname.endsWith('/bid-log') && state.bidLog) return state.bidLog();
    if (/^\/api\/auctions\/[^/]+$/.test(url.pathname) && state.auction) return state.auction();
    return original(input, init);
  }) as typeof fetch;
  return state;
});
const hub = liveHub();

const portal: PortalDefinition = { kind: 'seller', ...auctionPortalParts('seller') };
const mill = () => testMe([{ companyName: '湛江糖厂', kinds: ['seller'], role: 'sales' }]);
const bids = () => stub.calls.filter((c) => c.url.pathname.endsWith('/bids'));

async function open(view: AuctionView, language: Language = 'zh-CN') {
  let current = view;
  stub.auction = () => json(current);
  stub.live = (request) => hub.respond(request);
  const result = renderPortal(portal, `/auctions/${view.id}`, { me: mill(), language });
  await screen.findByTestId('auction-bid-form');
  return {
    ...result,
    user: userEvent.setup({ delay: null }),
    /** What the API answers from now on for the auction. */
    setAuction: (next: AuctionView) => {
      current = next;
    },
  };
}

const bidInput = () => screen.getByTestId('auction-bid-input') as HTMLInputElement;
const fieldError = () =>
  bidInput().closest('.ant-form-item')?.querySelector('.ant-form-item-explain')?.textContent;

describe('the bidding console', () => {
  afterEach(() => {
    stub.auction = null;
    stub.bid = null;
    stub.bidLog = null;
    stub.live = null;
    stub.calls = [];
    hub.reset();
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('shows my alias and rank, hides the best price in rank-only mode, and refuses a too-small step on the field without sending', async () => {
    const { user } = await open(bidderAuction());
    expect(screen.getByTestId('auction-my-alias').textContent).toBe('Supplier 3');
    expect(screen.getByTestId('auction-my-rank').textContent).toBe('第 2 名');
    expect(screen.getByTestId('auction-my-best').textContent).toBe('¥5,980.00 / 吨');
    const best = screen.getByTestId('auction-best-price');
    expect([best.textContent, best.getAttribute('data-visible')]).toEqual(['不公开（仅显示排名）', 'no']);
    expect(screen.getByTestId('auction-bid-rules').textContent).toBe(
      '规则：价低者胜；起拍价 ¥6,000.00 / 吨；最小幅度 ¥10.00 / 吨；最大幅度 ¥300.00 / 吨。',
    );
    // rank only: the price to beat is my own best
    expect(screen.getByTestId('auction-bid-reference').textContent).toBe('需超越的本方最优出价：¥5,980.00');
    expect(screen.getByTestId('auction-bid-limit').textContent).toBe(
      '最高可出 ¥5,970.00（整批 ¥2,985,000.00） · 不低于 ¥5,680.00（最大幅度）',
    );

    await user.type(bidInput(), '5975');
    await waitFor(() => expect(fieldError()).toBe('最高可出 ¥5,970.00：须比 ¥5,980.00 至少降低最小降价幅度'));
    await user.click(screen.getByTestId('auction-bid-submit'));
    await user.clear(bidInput());
    await user.type(bidInput(), '5600');
    await waitFor(() => expect(fieldError()).toBe('不得低于 ¥5,680.00：超出最大幅度'));
    await user.clear(bidInput());
    await user.type(bidInput(), '6000.5');
    await waitFor(() => expect(fieldError()).toBe('出价不得高于起拍价 ¥6,000.00'));
    await user.clear(bidInput());
    await user.type(bidInput(), '5970.12345');
    await waitFor(() => expect(fieldError()).toBe('价格最多 4 位小数，例如 5950.5'));
    await user.click(screen.getByTestId('auction-bid-submit'));
    expect(screen.queryByTestId('auction-bid-confirm-box')).toBeNull();
    expect(bids()).toEqual([]);
  });

  it('confirms a bid with the lot’s total, keeps the accepted and the refused receipt, in the page’s language', async () => {
    const { user, setAuction } = await open(bidderAuction());
    stub.bid = () => json(receipt({ seq: 5, accepted: true, myRank: 1 }));

    await user.type(bidInput(), '5970');
    await user.click(screen.getByTestId('auction-bid-submit'));
    const box = await screen.findByTestId('auction-bid-confirm-box');
    expect(box.textContent).toContain('500 吨 整批合计 ¥2,985,000.00。');
    expect(screen.getByText('确认出价 ¥5,970.00 / 吨？')).toBeTruthy();
    setAuction(bidderAuction({ lastSeq: 5, myRank: 1, myBestPrice: '5970.0000' }));
    await user.click(screen.getByTestId('auction-bid-confirm'));
    await waitFor(() => expect(bids()).toHaveLength(1));
    expect(bids()[0]?.body).toEqual({ price: '5970' });
    expect(bids()[0]?.url.pathname).toBe(`/api/auctions/${AUCTION_ID}/bids`);
    await waitFor(() => expect(screen.getAllByTestId('auction-receipt')).toHaveLength(1));
    // the auction is read again: my rank and best moved
    await waitFor(() => expect(screen.getByTestId('auction-my-rank').textContent).toBe('第 1 名'));
    expect(screen.getByTestId('auction-bid-limit').textContent).toMatch(/^最高可出 ¥5,960.00/);

    // the server's clock and state decide: a refusal comes back as a receipt with its reason
    stub.bid = () =>
      json(
        receipt({
          seq: 7,
          hash: '0123456789abcdef'.repeat(4),
          accepted: false,
          code: 'BID_STEP_TOO_SMALL',
          message: 'The bid must be at most 5950.0000',
          messageZh: '出价须不高于 5950.0000',
          myRank: 2,
        }),
      );
    await user.type(bidInput(), '5960');
    await user.click(screen.getByTestId('auction-bid-submit'));
    await user.click(await screen.findByTestId('auction-bid-confirm'));
    await waitFor(() => expect(screen.getAllByTestId('auction-receipt')).toHaveLength(2));
    const [refused, accepted] = screen.getAllByTestId('auction-receipt') as [HTMLElement, HTMLElement];
    expect(refused.getAttribute('data-accepted')).toBe('no');
    expect(within(refused).getByTestId('auction-receipt-message').textContent).toBe('出价须不高于 5950.0000');
    expect(within(refused).getByTestId('auction-receipt-hash').textContent).toBe('0123456789…cdef');
    expect(refused.textContent).toContain('未受理');
    expect(accepted.getAttribute('data-accepted')).toBe('yes');
    expect(accepted.textContent).toContain('已受理');
    expect(accepted.textContent).toContain('¥5,970.00');
    // kept in the browser, for the verification after the close
    const kept = JSON.parse(localStorage.getItem(receiptsKey(AUCTION_ID)) ?? '[]') as KeptReceipt[];
    expect(kept.map((r) => [r.seq, r.accepted, r.price])).toEqual([
      [5, true, '5970'],
      [7, false, '5960'],
    ]);
  });

  it('shows a refusal’s English message on an English page', async () => {
    localStorage.setItem(
      receiptsKey(AUCTION_ID),
      JSON.stringify([
        {
          ...receipt({
            seq: 3,
            accepted: false,
            code: 'BID_AUCTION_NOT_RUNNING',
            message: 'Not running',
            messageZh: '未开始',
          }),
          price: '5990',
        },
      ]),
    );
    await open(bidderAuction(), 'en');
    expect(screen.getByTestId('auction-receipt-message').textContent).toBe('Not running');
    expect(screen.getByTestId('auction-my-rank').textContent).toBe('No. 2');
  });

  it('closes the form with the reason when the owner suspended me, until I try again', async () => {
    const { user } = await open(bidderAuction());
    stub.bid = () =>
      json(
        receipt({
          seq: 6,
          accepted: false,
          code: 'BID_BIDDER_SUSPENDED',
          message: 'Your company is suspended from this auction',
          messageZh: '本公司已被暂停参与该竞价',
          myRank: 2,
        }),
      );
    await user.type(bidInput(), '5970');
    await user.click(screen.getByTestId('auction-bid-submit'));
    await user.click(await screen.findByTestId('auction-bid-confirm'));
    const closed = await screen.findByTestId('auction-bid-closed');
    expect(closed.textContent).toContain('本公司已被暂停参与该竞价');
    expect(bidInput().disabled).toBe(true);
    await user.click(within(closed).getByTestId('auction-bid-retry'));
    await waitFor(() => expect(bidInput().disabled).toBe(false));
    expect(screen.queryByTestId('auction-bid-closed')).toBeNull();
  });

  it('counts down on the server’s clock, not the browser’s', async () => {
    // the browser's clock runs two hours ahead of the server's: by it the end passed long ago
    const serverNow = Date.now() - 2 * 3_600_000;
    await open(
      bidderAuction({
        serverTime: new Date(serverNow).toISOString(),
        startsAt: inMinutes(-30, serverNow),
        endsAt: inMinutes(10, serverNow),
        currentEnd: inMinutes(10, serverNow),
      }),
    );
    const countdown = screen.getByTestId('auction-countdown');
    expect(countdown.getAttribute('data-phase')).toBe('running');
    expect(countdown.textContent).toMatch(/^00:(09:5\d|10:00)$/);
    expect(bidInput().disabled).toBe(false);
    expect(screen.queryByTestId('auction-bid-closed')).toBeNull();
  });

  it('follows the live view: the best price where visible, my rank, and the end moved by anti-sniping', async () => {
    const start = bidderAuction({
      visibility: 'best_price',
      bestPrice: '5960.0000',
      myRank: null,
      myBestPrice: '5980.0000',
    });
    await open(start);
    const best = screen.getByTestId('auction-best-price');
    expect([best.textContent, best.getAttribute('data-visible')]).toEqual(['¥5,960.00 / 吨', 'yes']);
    expect(screen.getByTestId('auction-bid-reference').textContent).toBe('需超越的当前最优价：¥5,960.00');
    await waitFor(() => expect(hub.open()).toBe(1));
    // the stream resumes from what the page read
    expect(hub.lastEventIds).toEqual(['4']);
    expect(screen.queryByTestId('auction-extensions')).toBeNull();

    hub.push(
      liveEvent(start, {
        lastSeq: 6,
        bestPrice: '5940.0000',
        currentEnd: inMinutes(35),
        extensions: 1,
        serverTime: new Date().toISOString(),
      }),
    );
    await waitFor(() => expect(screen.getByTestId('auction-best-price').textContent).toBe('¥5,940.00 / 吨'));
    expect(screen.getByTestId('auction-live').getAttribute('data-state')).toBe('live');
    const extended = screen.getByTestId('auction-extensions');
    expect([extended.textContent, extended.getAttribute('data-flash')]).toEqual([
      '已延时 1 次（防狙击）',
      'yes',
    ]);
    expect(screen.getByTestId('auction-bid-limit').textContent).toMatch(/^最高可出 ¥5,930.00/);
    // an older event changes nothing
    hub.push(liveEvent(start, { lastSeq: 5, bestPrice: '5000.0000' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByTestId('auction-best-price').textContent).toBe('¥5,940.00 / 吨');
  });

  it('in a sealed auction shows neither the best price nor my rank while it runs', async () => {
    await open(bidderAuction({ visibility: 'sealed', myRank: null, bestPrice: null }));
    expect(screen.getByTestId('auction-best-price').textContent).toBe('结束前密封');
    expect(screen.getByTestId('auction-my-rank').textContent).toBe('结束前密封');
  });

  it('after the close takes no bid and offers the bid log to download, with how to verify it', async () => {
    localStorage.setItem(
      receiptsKey(AUCTION_ID),
      JSON.stringify([{ ...receipt({ seq: 1 }), price: '5980' }]),
    );
    stub.bidLog = () => json(bidLog());
    const created: unknown[] = [];
    const downloads: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:bid-log';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    try {
      const { user } = await open(
        bidderAuction({ status: 'closed', currentEnd: inMinutes(-5), endsAt: inMinutes(-5) }),
      );
      expect(screen.getByTestId('auction-bid-closed').textContent).toBe('竞价已结束，不再接受出价。');
      expect(bidInput().disabled).toBe(true);
      expect(screen.getByTestId('auction-countdown').getAttribute('data-phase')).toBe('ended');
      expect(screen.getByTestId('auction-bidlog-verify').textContent).toContain(
        'npm run verify:bid-log -- AUC-20261126-000003-bid-log.json AUC-20261126-000003-receipts.json',
      );
      await user.click(screen.getByTestId('auction-bidlog-download'));
      await waitFor(() => expect(downloads).toEqual(['AUC-20261126-000003-bid-log.json']));
      expect(stub.calls.some((c) => c.url.pathname === `/api/auctions/${AUCTION_ID}/bid-log`)).toBe(true);
      expect(created).toHaveLength(1);
      await user.click(screen.getByTestId('auction-receipts-download'));
      expect(downloads).toEqual(['AUC-20261126-000003-bid-log.json', 'AUC-20261126-000003-receipts.json']);
      // a closed auction still listens: its award is decided in the owner's approvals inbox
      await waitFor(() => expect(stub.calls.some((c) => c.url.pathname.endsWith('/live'))).toBe(true));
    } finally {
      click.mockRestore();
    }
  });
});
