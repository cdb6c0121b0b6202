import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { CampaignView } from '../data/types';
import { groupBuyPortalParts } from '../portal-parts';
import {
  CAMPAIGN_ID,
  inHours,
  json,
  monitor,
  organiserCampaign,
  participant,
  progress,
  refusal,
} from '../testing/campaign-fixtures';
import { liveHub } from '../testing/live-stream';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * `state.campaign` answers the campaign, `state.monitor` the monitor, `state.command` publish,
 * confirm and cancel; the live view is a stream the test pushes progress into. Every call is
 * recorded with its body.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    campaign: (() => Response) | null;
    monitor: (() => Response) | null;
    command: ((path: string, body: unknown) => Response) | null;
    live: ((request: Request) => Response) | null;
    calls: Array<{ method: string; url: URL; body: unknown }>;
    original: typeof fetch;
  } = { campaign: null, monitor: null, command: null, live: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, url, body });
    if (url.pathname.endsWith('/live') && state.live) return state.live(request);
    if (url.pathname.endsWith('/monitor') && state.monitor) return state.monitor();
    if (request.method !== 'GET' && url.pathname.startsWith('/api/group-buys/') && state.command)
      return state.command(url.pathname, body);
    if (/^\/api\/group-buys\/[^/]+$/.test(url.pathname) && state.campaign) return state.campaign();
    return original(input, init);
  }) as typeof fetch;
  return state;
});
const hub = liveHub();

const sellerPortal: PortalDefinition = { kind: 'seller', ...groupBuyPortalParts('seller') };
const mill = () =>
  testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role: 'sales_manager' }]);
const commands = () => stub.calls.filter((c) => c.method !== 'GET');
const gets = (suffix = '') =>
  stub.calls.filter(
    (c) => c.method === 'GET' && c.url.pathname === `/api/group-buys/${CAMPAIGN_ID}${suffix}`,
  );

async function open(view: CampaignView, language: Language = 'zh-CN') {
  let current = view;
  stub.campaign = () => json(current);
  stub.monitor = () => json(monitor());
  stub.live = (request) => hub.respond(request);
  const rendered = renderPortal(sellerPortal, `/group-buys/${view.id}`, { me: mill(), language });
  await screen.findByTestId('campaign-progress');
  return {
    ...rendered,
    user: userEvent.setup({ delay: null }),
    setCampaign: (next: CampaignView) => {
      current = next;
    },
  };
}

const marks = () =>
  screen
    .getAllByTestId('campaign-progress-mark')
    .map((m) => [
      m.getAttribute('data-kind'),
      m.getAttribute('data-quantity'),
      m.getAttribute('data-reached'),
    ]);
const currentTier = () =>
  screen
    .getAllByTestId('campaign-ladder-row')
    .map((r) => r.getAttribute('data-current'))
    .indexOf('yes');

describe('a campaign’s page for its organiser and seller', () => {
  afterEach(() => {
    stub.campaign = null;
    stub.monitor = null;
    stub.command = null;
    stub.live = null;
    stub.calls = [];
    hub.reset();
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('shows the progress over the ladder, the tier reached and the monitor', async () => {
    await open(organiserCampaign());
    expect(screen.getByTestId('campaign-number').textContent).toBe('GB-20261126-000007');
    expect(screen.getByTestId('campaign-status').textContent).toBe('拼单中');
    expect(screen.getByTestId('campaign-organiser').textContent).toBe(
      '组织方：广西崇左桂糖制糖有限公司（卖方）',
    );
    // the progress panel, from the progress object
    expect(screen.getByTestId('campaign-total').textContent).toBe('550 吨');
    expect(screen.getByTestId('campaign-current-price').textContent).toBe('¥4,900.00 / 吨');
    expect(screen.getByTestId('campaign-next-tier').textContent).toBe(
      '距下一档还差 450 吨，下一档单价 ¥4,800.00 / 吨',
    );
    expect(screen.getByTestId('campaign-room').textContent).toBe('950 吨');
    expect(screen.getByTestId('campaign-participants-count').textContent).toBe('2');
    expect(screen.getByTestId('campaign-min-reached').textContent).toBe('已达成团量（600 吨）的 91%');
    const bar = screen.getByTestId('campaign-progress-bar');
    expect([bar.getAttribute('data-percent'), bar.getAttribute('data-tier')]).toEqual(['36.67', '1']);
    expect(marks()).toEqual([
      ['tier', '500', 'yes'],
      ['min', '600.000', 'no'],
      ['tier', '1000', 'no'],
    ]);
    expect(currentTier()).toBe(1);
    expect(screen.getByTestId('campaign-ladder').textContent).toContain('500 吨 至 1,000 吨 以下');
    expect(screen.getByTestId('campaign-deadline-countdown').getAttribute('data-phase')).toBe('counting');
    expect(screen.getByTestId('campaign-deadline-countdown').textContent).toMatch(
      /^(1 天 23:59:\d\d|2 天 00:00:00)$/,
    );
    // the seller's own campaign: no join panel; open: cancel only
    expect(screen.queryByTestId('campaign-join')).toBeNull();
    expect(screen.getByTestId('campaign-cancel')).toBeTruthy();
    expect(screen.queryByTestId('campaign-publish')).toBeNull();

    // the monitor: participants, months, deposits held, the curve with the thresholds
    const rows = await screen.findAllByTestId('campaign-participant-row');
    expect(rows.map((r) => within(r).getByTestId('campaign-participant-buyer').textContent)).toEqual([
      '广西食品厂1',
      '广西食品厂2',
    ]);
    expect(rows[0]?.textContent).toContain('300 吨');
    expect(rows[0]?.textContent).toContain('¥150,000.00');
    expect(rows[0]?.textContent).toContain('已冻结');
    expect(rows[0]?.textContent).toContain('2027年1月');
    expect(screen.getAllByTestId('campaign-by-month-row').map((r) => r.textContent)).toEqual([
      '2027年1月300 吨1',
      '2027年2月250 吨1',
    ]);
    expect(screen.getByTestId('campaign-deposits-held').textContent).toBe('¥275,000.00');
    const curve = screen.getByTestId('campaign-curve');
    // the two changes and the total now; a line at each tier above the first and at the minimum
    expect([curve.getAttribute('data-points'), curve.getAttribute('data-thresholds')]).toEqual(['3', '3']);
  });

  it('names the organiser, the product and the buyers in English on English pages, in Chinese where a buyer has no English name', async () => {
    await open(organiserCampaign(), 'en');
    expect(screen.getByTestId('campaign-organiser').textContent).toBe(
      'Organiser: Guangxi Chongzuo Guitang Sugar Co., Ltd. (the seller)',
    );
    expect(screen.getByTestId('campaign-facts').textContent).toContain('White sugar');
    const rows = await screen.findAllByTestId('campaign-participant-row');
    expect(rows.map((r) => within(r).getByTestId('campaign-participant-buyer').textContent)).toEqual([
      'Guangxi Food Factory 1',
      '广西食品厂2',
    ]);
  });

  it('follows the live progress: resumes from the version, drops older events, reconnects, asks the monitor again', async () => {
    const start = organiserCampaign();
    await open(start);
    await waitFor(() => expect(hub.open()).toBe(1));
    // nothing known yet: the first connection starts from the pool as it is
    expect(hub.lastEventIds).toEqual([null]);
    await waitFor(() => expect(gets('/monitor')).toHaveLength(1));

    hub.push(
      progress({
        total: '1000.000',
        participants: 4,
        currentPrice: '4800.0000',
        nextTier: null,
        room: '500.000',
        minReachedBps: 10_000,
      }),
      12,
    );
    await waitFor(() => expect(screen.getByTestId('campaign-total').textContent).toBe('1,000 吨'));
    expect(screen.getByTestId('campaign-live').getAttribute('data-state')).toBe('live');
    expect(screen.getByTestId('campaign-next-tier').textContent).toBe('已达最高档');
    expect(screen.getByTestId('campaign-current-price').textContent).toBe('¥4,800.00 / 吨');
    expect(screen.getByTestId('campaign-min-reached').textContent).toBe('已达到成团量（600 吨）');
    expect(currentTier()).toBe(2);
    expect(marks().map((m) => m[2])).toEqual(['yes', 'yes', 'yes']);
    await waitFor(() => expect(gets('/monitor').length).toBeGreaterThan(1));

    // an older event changes nothing
    hub.push(progress({ total: '700.000', participants: 3 }), 11);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByTestId('campaign-total').textContent).toBe('1,000 吨');

    // the connection drops: reconnecting, then resumed from version 12
    hub.breakAll();
    await waitFor(() =>
      expect(screen.getByTestId('campaign-live').getAttribute('data-state')).toBe('reconnecting'),
    );
    await waitFor(() => expect(hub.open()).toBe(1), { timeout: 8_000 });
    expect(hub.lastEventIds).toEqual([null, '12']);
  });

  it('reads the campaign again when an event changes its status, and shows the result', async () => {
    const start = organiserCampaign({ deadline: inHours(-0.01), lockAt: inHours(-1) });
    const { setCampaign } = await open(start);
    await waitFor(() => expect(hub.open()).toBe(1));
    const before = gets().length;
    const done = organiserCampaign({
      deadline: inHours(-0.01),
      lockAt: inHours(-1),
      finalPrice: '4900.0000',
      settledAt: new Date().toISOString(),
      progress: progress({ status: 'succeeded', total: '650.000', minReachedBps: 10_000 }),
    });
    setCampaign(done);
    stub.monitor = () => json(monitor({ orders: 3, depositsHeldMinor: '0' }));
    hub.push(progress({ status: 'succeeded', total: '650.000', minReachedBps: 10_000 }), 20);
    await waitFor(() => expect(gets().length).toBeGreaterThan(before));
    await waitFor(() => expect(screen.getByTestId('campaign-status').textContent).toBe('拼单成功'));
    const result = await screen.findByTestId('campaign-result');
    expect(within(result).getByTestId('campaign-final-price').textContent).toBe('¥4,900.00 / 吨');
    await waitFor(() => expect(within(result).getByTestId('campaign-orders').textContent).toBe('3'));
    expect(screen.getByTestId('campaign-current-price').textContent).toBe('¥4,900.00 / 吨');
    expect(screen.queryByTestId('campaign-cancel')).toBeNull();
  });

  it('says a campaign that missed its minimum failed and released every deposit', async () => {
    stub.monitor = () =>
      json(
        monitor({
          participants: [participant(1, { depositStatus: 'released' })],
          depositsHeldMinor: '0',
        }),
      );
    stub.campaign = () =>
      json(
        organiserCampaign({
          deadline: inHours(-1),
          lockAt: inHours(-2),
          settledAt: inHours(-0.5),
          progress: progress({ status: 'failed', total: '275.000', participants: 1, minReachedBps: 4583 }),
        }),
      );
    renderPortal(sellerPortal, `/group-buys/${CAMPAIGN_ID}`, { me: mill() });
    const failed = await screen.findByTestId('campaign-failed');
    expect(failed.textContent).toContain('未成团：拼单总量 275 吨，低于成团量 600 吨。');
    expect(failed.textContent).toContain('定金已全部释放，未生成订单。');
    expect(screen.getByTestId('campaign-deadline-countdown').textContent).toBe('已截止');
    await waitFor(() => expect(screen.getByTestId('campaign-deposits-held').textContent).toBe('¥0.00'));
    expect(screen.getByTestId('campaign-participant-row').textContent).toContain('已释放');
    expect(screen.queryByTestId('campaign-cancel')).toBeNull();
    expect(stub.calls.some((c) => c.url.pathname.endsWith('/live'))).toBe(false);
  });

  it('lets the seller confirm and open a campaign a buyer gathered', async () => {
    const pending = organiserCampaign({
      side: 'seller',
      organiserKind: 'buyer',
      organiserName: '南宁食品厂',
      progress: progress({ status: 'pending_seller', total: '0.000', participants: 0, minReachedBps: 0 }),
    });
    const { user } = await open(pending);
    expect(screen.getByTestId('campaign-state-alert').textContent).toContain(
      '南宁食品厂 就贵公司的 SKU 发起了集采',
    );
    expect(screen.getByTestId('campaign-cancel').textContent).toBe('拒绝开团');
    stub.command = (path) =>
      path.endsWith('/confirm')
        ? json({ ...pending, progress: progress({ status: 'open', total: '0.000', participants: 0 }) })
        : json(pending);
    await user.click(screen.getByTestId('campaign-confirm'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('确认开团 GB-20261126-000007？');
    await user.click(within(dialog).getByRole('button', { name: /确认并开团/ }));
    await waitFor(() => expect(screen.getByTestId('campaign-status').textContent).toBe('拼单中'));
    expect(commands().map((c) => c.url.pathname)).toEqual([`/api/group-buys/${CAMPAIGN_ID}/confirm`]);
    expect(screen.queryByTestId('campaign-confirm')).toBeNull();
  });

  it('publishes a draft, and cancels only with a reason; a refusal is shown above', async () => {
    const draft = organiserCampaign({
      progress: progress({ status: 'draft', total: '0.000', participants: 0, minReachedBps: 0 }),
    });
    const { user } = await open(draft);
    expect(screen.getByTestId('campaign-deadline-countdown').getAttribute('data-phase')).toBe('counting');
    stub.command = (path) =>
      path.endsWith('/publish')
        ? refusal(
            422,
            'CAMPAIGN_DEADLINE_PASSED',
            'The deadline must be later than now',
            '截止时间必须晚于现在',
            'deadline',
          )
        : json(draft);
    await user.click(screen.getByTestId('campaign-publish'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('发布后立即向参与地区的采购方开团');
    await user.click(within(dialog).getByRole('button', { name: /^发\s?布$/ }));
    expect((await screen.findByTestId('campaign-action-error')).textContent).toContain(
      '截止时间必须晚于现在',
    );

    stub.command = (path) =>
      path.endsWith('/cancel')
        ? json({ ...draft, cancelReason: '产能调整', progress: progress({ status: 'cancelled' }) })
        : json(draft);
    await user.click(screen.getByTestId('campaign-cancel'));
    const modal = await screen.findByTestId('campaign-cancel-modal');
    await user.click(within(modal).getByTestId('campaign-cancel-confirm'));
    expect(await within(modal).findByText('请说明原因')).toBeTruthy();
    await user.type(within(modal).getByTestId('campaign-cancel-reason'), '产能调整');
    await user.click(within(modal).getByTestId('campaign-cancel-confirm'));
    await waitFor(() => expect(screen.getByTestId('campaign-status').textContent).toBe('已取消'));
    expect(commands().map((c) => [c.url.pathname, c.body])).toEqual([
      [`/api/group-buys/${CAMPAIGN_ID}/publish`, undefined],
      [`/api/group-buys/${CAMPAIGN_ID}/cancel`, { reason: '产能调整' }],
    ]);
    expect(screen.getByTestId('campaign-state-alert').textContent).toContain('原因：产能调整');
  });

  it('counts down on the server’s clock, not the browser’s', async () => {
    // the browser's clock runs two hours ahead of the server's: by it the lock passed an hour ago
    const serverNow = Date.now() - 2 * 3_600_000;
    await open(
      organiserCampaign({
        lockAt: inHours(1, serverNow),
        deadline: inHours(2, serverNow),
        progress: progress({ serverTime: new Date(serverNow).toISOString() }),
      }),
    );
    const lock = screen.getByTestId('campaign-lock-countdown');
    expect(lock.getAttribute('data-phase')).toBe('counting');
    expect(lock.textContent).toMatch(/^(00:59:\d\d|01:00:00)$/);
    expect(screen.getByTestId('campaign-deadline-countdown').textContent).toMatch(/^(01:59:\d\d|02:00:00)$/);
  });

  it('says the campaign does not exist when the API answers 404', async () => {
    stub.campaign = () => refusal(404, 'NOT_FOUND', 'Group buy not found', '团购不存在');
    renderPortal(sellerPortal, `/group-buys/${CAMPAIGN_ID}`, { me: mill() });
    expect((await screen.findByTestId('campaign-not-found')).textContent).toContain(
      '团购不存在，或贵公司无权查看。',
    );
  });
});
