import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '@tradeway/shared/contracts';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { CampaignView } from '../data/types';
import { groupBuyPortalParts } from '../portal-parts';
import {
  buyerCampaign,
  CAMPAIGN_ID,
  commitment,
  inHours,
  json,
  ORDER_ID,
  progress,
  refusal,
} from '../testing/campaign-fixtures';
import { liveHub } from '../testing/live-stream';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * `state.campaign` answers the campaign, `state.join` a `PUT …/commitment`, `state.withdraw` a
 * `DELETE`; the live view is a stream the test pushes progress into. Every call is recorded.
 */
/** What `PUT`/`DELETE …/commitment` answer for a campaign as it then is. */
const resultOf = (c: { id: string; mine: unknown; pendingRequest: unknown; progress: unknown }) => ({
  campaignId: c.id,
  mine: c.mine,
  pendingRequest: c.pendingRequest,
  progress: c.progress,
});

const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    campaign: (() => Response) | null;
    join: ((body: unknown) => Response) | null;
    withdraw: (() => Response) | null;
    live: ((request: Request) => Response) | null;
    calls: Array<{ method: string; url: URL; body: unknown }>;
    original: typeof fetch;
  } = { campaign: null, join: null, withdraw: null, live: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, url, body });
    if (url.pathname.endsWith('/live') && state.live) return state.live(request);
    if (url.pathname.endsWith('/commitment') && request.method === 'PUT' && state.join)
      return state.join(body);
    if (url.pathname.endsWith('/commitment') && request.method === 'DELETE' && state.withdraw)
      return state.withdraw();
    if (/^\/api\/group-buys\/[^/]+$/.test(url.pathname) && state.campaign) return state.campaign();
    return original(input, init);
  }) as typeof fetch;
  return state;
});
const hub = liveHub();

const portal: PortalDefinition = { kind: 'buyer', ...groupBuyPortalParts('buyer') };
const APPROVAL_ID = '00000000-0000-4000-8000-000000000951';
/** A purchaser of a food factory of Guangxi (or elsewhere). */
const factory = (region: string | null = 'CN-GX'): Me => {
  const me = testMe([{ companyName: '南宁食品厂', kinds: ['buyer'], role: 'purchaser' }]);
  return { ...me, memberships: me.memberships.map((m) => ({ ...m, companyRegionCode: region })) };
};
const commands = () => stub.calls.filter((c) => c.method !== 'GET');

async function open(view: CampaignView, { me = factory(), language = 'zh-CN' as Language } = {}) {
  let current = view;
  stub.campaign = () => json(current);
  stub.live = (request) => hub.respond(request);
  const result = renderPortal(portal, `/group-buys/${view.id}`, { me, language });
  await screen.findByTestId('campaign-progress');
  return {
    ...result,
    user: userEvent.setup({ delay: null }),
    /** What the API answers from now on for the campaign. */
    setCampaign: (next: CampaignView) => {
      current = next;
    },
  };
}

const quantity = () => screen.getByTestId('join-quantity-input') as HTMLInputElement;
const fieldError = (el: HTMLElement) =>
  el.closest('.ant-form-item')?.querySelector('.ant-form-item-explain')?.textContent ?? '';
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

describe('the join panel', () => {
  afterEach(() => {
    stub.campaign = null;
    stub.join = null;
    stub.withdraw = null;
    stub.live = null;
    stub.calls = [];
    hub.reset();
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('computes the deposit and the price if the pool closed now, checks the quantity on the field, then joins', async () => {
    const { user, setCampaign } = await open(buyerCampaign());
    expect(screen.getByTestId('campaign-side').textContent).toBe('可参与');
    const panel = screen.getByTestId('campaign-join');
    expect(within(panel).getByTestId('join-limits').textContent).toBe('至少 20 吨；合计最多 300 吨');
    expect(screen.getByTestId('join-deposit').textContent).toBe('—');

    // 100 t × ¥5,000 (the first tier) × 10 % = ¥50,000.00; the pool would reach 650 t: ¥4,900
    await user.type(quantity(), '100');
    await waitFor(() => expect(screen.getByTestId('join-deposit').textContent).toBe('¥50,000.00'));
    expect(screen.getByTestId('join-price-now').textContent).toBe(
      '成交价 ¥4,900.00 / 吨，您的货款 ¥490,000.00',
    );
    // 12.345 t: 12.345 × 5 000 × 10 % = 6 172.50
    await user.clear(quantity());
    await user.type(quantity(), '12.345');
    await waitFor(() => expect(fieldError(quantity())).toBe('每家至少承诺 20 吨'));
    expect(screen.getByTestId('join-deposit').textContent).toBe('¥6,172.50');
    await user.clear(quantity());
    await user.type(quantity(), '450');
    // 450 t would reach 1 000 t: the best tier
    await waitFor(() => expect(fieldError(quantity())).toBe('每家最多承诺 300 吨'));
    expect(screen.getByTestId('join-price-now').textContent).toContain('¥4,800.00 / 吨');
    await user.clear(quantity());
    await user.type(quantity(), '20.0001');
    await waitFor(() => expect(fieldError(quantity())).toBe('数量最多 3 位小数，例如 100 或 2.5'));
    expect(screen.getByTestId('join-deposit').textContent).toBe('—');
    await user.click(screen.getByTestId('join-submit'));
    expect(await screen.findByText('请选择交货月份')).toBeTruthy();
    expect(commands()).toEqual([]);

    await user.clear(quantity());
    await user.type(quantity(), '100');
    await user.click(screen.getByLabelText('交货月份'));
    await pick(user, '2027年2月');
    const joined = buyerCampaign({
      mine: commitment({ deliveryMonth: '2027-02' }),
      progress: progress({ total: '650.000', participants: 3, minReachedBps: 10_000, room: '850.000' }),
    });
    stub.join = () => json(resultOf(joined));
    setCampaign(joined);
    await user.click(screen.getByTestId('join-submit'));
    await waitFor(() => expect(commands()).toHaveLength(1));
    expect(commands()[0]).toMatchObject({
      method: 'PUT',
      body: { quantity: '100', deliveryMonth: '2027-02' },
    });
    expect(commands()[0]?.url.pathname).toBe(`/api/group-buys/${CAMPAIGN_ID}/commitment`);

    // my commitment, the pool as the answer says
    const mine = await screen.findByTestId('campaign-mine');
    expect(within(mine).getByTestId('campaign-mine-quantity').textContent).toBe('100 吨');
    expect(within(mine).getByTestId('campaign-mine-month').textContent).toBe('2027年2月');
    expect(within(mine).getByTestId('campaign-mine-deposit').textContent).toBe('¥50,000.00');
    expect(within(mine).getByTestId('campaign-mine-deposit-status').textContent).toBe('已冻结');
    expect(screen.getByTestId('campaign-total').textContent).toBe('650 吨');
    expect(screen.getByTestId('campaign-side').textContent).toBe('已参与');
    expect(screen.getByTestId('join-submit').textContent).toBe('修改承诺');
    expect(quantity().value).toBe('100');
    expect(within(mine).getByTestId('join-withdraw')).toHaveProperty('disabled', false);
  });

  it('puts the room left on the quantity when the pool would pass its maximum, and other refusals in an alert', async () => {
    const { user } = await open(buyerCampaign({ progress: progress({ room: '950.000' }) }));
    stub.join = () =>
      refusal(
        409,
        'JOIN_ABOVE_MAX_TOTAL',
        'Beyond the group buy’s maximum total: at most 50.000 more can be committed',
        '超出团购最大总量：最多还可增加 50.000',
        'quantity',
        { room: '50.000', most: '50.000' },
      );
    await user.type(quantity(), '200');
    await user.click(screen.getByLabelText('交货月份'));
    await pick(user, '2027年1月');
    const gets = () =>
      stub.calls.filter((c) => c.method === 'GET' && c.url.pathname === `/api/group-buys/${CAMPAIGN_ID}`);
    const before = gets().length;
    await user.click(screen.getByTestId('join-submit'));
    await waitFor(() => expect(fieldError(quantity())).toBe('超出团购最大总量：最多还可增加 50 吨'));
    // the pool moved: the campaign is read again
    await waitFor(() => expect(gets().length).toBeGreaterThan(before));
    expect(screen.queryByTestId('join-alert')).toBeNull();

    stub.join = () =>
      refusal(
        403,
        'JOIN_REGION_NOT_ELIGIBLE',
        'Your company’s region (CN-SD) is not among the regions of this group buy',
        '贵公司所在地区（CN-SD）不在本团购的参与地区内',
        undefined,
        { region: 'CN-SD' },
      );
    await user.clear(quantity());
    await user.type(quantity(), '40');
    await user.click(screen.getByTestId('join-submit'));
    expect((await screen.findByTestId('join-alert')).textContent).toBe(
      '贵公司所在地区（CN-SD）不在本团购的参与地区内',
    );
  });

  it('after the lock time only raises: reducing, moving the month and withdrawing are closed with the reason', async () => {
    const locked = buyerCampaign({ lockAt: inHours(-1), mine: commitment() });
    const { user } = await open(locked);
    const mine = screen.getByTestId('campaign-mine');
    expect((within(mine).getByTestId('join-withdraw') as HTMLButtonElement).disabled).toBe(true);
    expect(within(mine).getByTestId('join-locked-reason').textContent).toMatch(
      /^已过锁定时间（.+）：承诺量只能增加，不能减少、更改月份或退出。$/,
    );
    expect(screen.getByTestId('campaign-lock-countdown').getAttribute('data-phase')).toBe('passed');
    expect(screen.getByTestId('join-limits').textContent).toBe(
      '至少 20 吨；合计最多 300 吨；只能在 100 吨 基础上增加',
    );
    const month = screen.getByTestId('join-month-select').closest('.ant-select') as HTMLElement;
    expect(month.className).toContain('ant-select-disabled');

    await user.clear(quantity());
    await user.type(quantity(), '80');
    await waitFor(() => expect(fieldError(quantity())).toBe('已过锁定时间：不能低于现有的 100 吨'));
    await user.click(screen.getByTestId('join-submit'));
    expect(commands()).toEqual([]);

    stub.join = () =>
      json(resultOf(buyerCampaign({ lockAt: inHours(-1), mine: commitment({ quantity: '120.000' }) })));
    await user.clear(quantity());
    await user.type(quantity(), '120');
    await user.click(screen.getByTestId('join-submit'));
    await waitFor(() => expect(commands()).toHaveLength(1));
    expect(commands()[0]?.body).toEqual({ quantity: '120', deliveryMonth: '2027-01' });
    await waitFor(() => expect(screen.getByTestId('campaign-mine-quantity').textContent).toBe('120 吨'));
  });

  it('withdraws before the lock time, after confirming', async () => {
    const { user } = await open(buyerCampaign({ mine: commitment() }));
    stub.withdraw = () => json(resultOf(buyerCampaign()));
    await user.click(screen.getByTestId('join-withdraw'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('退出 GB-20261126-000007？');
    expect(dialog.textContent).toContain('您的承诺将被撤销，定金随即释放。');
    await user.click(within(dialog).getByRole('button', { name: /退出拼单/ }));
    await waitFor(() => expect(commands()).toHaveLength(1));
    expect(commands()[0]).toMatchObject({ method: 'DELETE' });
    expect(commands()[0]?.url.pathname).toBe(`/api/group-buys/${CAMPAIGN_ID}/commitment`);
    await waitFor(() => expect(screen.queryByTestId('campaign-mine')).toBeNull());
    expect(screen.getByTestId('join-submit').textContent).toBe('参与拼单');
  });

  it('says when a commitment above the company’s limit waits for its approval', async () => {
    const { user, setCampaign } = await open(buyerCampaign());
    const pending = buyerCampaign({
      pendingRequest: {
        quantity: '250.000',
        deliveryMonth: '2027-01',
        status: 'pending_approval',
        refusalCode: null,
        approvalRequestId: APPROVAL_ID,
        createdAt: new Date().toISOString(),
      },
    });
    stub.join = () => json(resultOf(pending));
    setCampaign(pending);
    await user.type(quantity(), '250');
    await user.click(screen.getByLabelText('交货月份'));
    await pick(user, '2027年1月');
    await user.click(screen.getByTestId('join-submit'));
    const request = await screen.findByTestId('campaign-pending-request');
    expect(request.getAttribute('data-status')).toBe('pending_approval');
    expect(request.textContent).toContain(
      '您提交的 250 吨（2027年1月交货）承诺正在贵公司审批中，批准后计入拼单。',
    );
    expect(within(request).getByTestId('campaign-pending-approval').getAttribute('href')).toBe(
      `/approvals/${APPROVAL_ID}`,
    );
    expect(await screen.findByText('已提交贵公司审批，批准后计入拼单')).toBeTruthy();
    // the pool holds approved commitments only
    expect(screen.queryByTestId('campaign-mine')).toBeNull();
    expect(screen.getByTestId('campaign-total').textContent).toBe('550 吨');
  });

  it('tells a company outside the regions why it may not join', async () => {
    await open(buyerCampaign({ eligible: false, regions: ['CN-GX', 'CN-GD'] }), { me: factory('CN-SD') });
    expect(screen.getByTestId('campaign-not-eligible').textContent).toBe(
      '贵公司所在地区（山东）不在本团购的参与地区（广西、广东）内，不能参与。',
    );
    expect(screen.queryByTestId('join-form')).toBeNull();
    expect(screen.queryByTestId('campaign-side')).toBeNull();
  });

  it('shows the order my commitment became once the campaign succeeded, in English too', async () => {
    await open(
      buyerCampaign({
        deadline: inHours(-2),
        lockAt: inHours(-3),
        finalPrice: '4800.0000',
        settledAt: inHours(-1),
        mine: commitment({ depositStatus: 'applied', orderId: ORDER_ID }),
        progress: progress({
          status: 'succeeded',
          total: '1000.000',
          nextTier: null,
          currentPrice: '4800.0000',
        }),
      }),
      { language: 'en' },
    );
    expect(screen.getByTestId('campaign-state-alert').textContent).toBe(
      'The group buy succeeded: every participant pays ¥4,800.00 / t.',
    );
    expect(screen.getByTestId('campaign-mine-deposit-status').textContent).toBe('Applied to the order');
    expect(screen.getByTestId('campaign-mine-order').getAttribute('href')).toBe(`/orders/${ORDER_ID}`);
    expect(screen.queryByTestId('join-form')).toBeNull();
    expect(screen.queryByTestId('join-withdraw')).toBeNull();
    expect(screen.getByTestId('campaign-current-price').textContent).toBe('¥4,800.00 / t');
    // no live view for a campaign that is over
    expect(stub.calls.some((c) => c.url.pathname.endsWith('/live'))).toBe(false);
  });
});
