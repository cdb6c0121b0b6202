import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { RfqView } from '../data/types';
import { rfqPortalParts } from '../portal-parts';
import {
  comparison,
  inHours,
  json,
  QUOTE2_ID,
  QUOTE_ID,
  refusal,
  rfq,
  RFQ_ID,
  uuid,
} from '../testing/rfq-fixtures';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * `state.rfq` answers the RFQ, `state.comparison` its comparison, `state.command` the buyer's
 * commands (award, counter-offer, cancel, submit); the categories answer empty. Every call is
 * recorded with its body.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    rfq: (() => Response) | null;
    comparison: ((url: URL) => Response) | null;
    command: ((path: string, body: unknown) => Response) | null;
    calls: Array<{ method: string; url: URL; body: unknown }>;
    original: typeof fetch;
  } = { rfq: null, comparison: null, command: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, url, body });
    if (url.pathname === '/api/catalog/categories') {
      return new Response(JSON.stringify({ items: [] }), { headers: { 'content-type': 'application/json' } });
    }
    if (request.method === 'GET' && /^\/api\/rfqs\/[^/]+\/comparison$/.test(url.pathname) && state.comparison)
      return state.comparison(url);
    if (request.method === 'GET' && /^\/api\/rfqs\/[^/]+$/.test(url.pathname) && state.rfq)
      return state.rfq();
    if (request.method === 'POST' && url.pathname.startsWith('/api/rfqs/') && state.command)
      return state.command(url.pathname, body);
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const portal: PortalDefinition = { kind: 'buyer', ...rfqPortalParts('buyer') };
const purchaser = () =>
  testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role: 'purchaser' }]);
const comparisonCalls = () => stub.calls.filter((c) => c.url.pathname.endsWith('/comparison'));
const posts = () => stub.calls.filter((c) => c.method === 'POST');

async function open(view: RfqView, language: Language = 'zh-CN') {
  stub.rfq = () => json(view);
  const result = renderPortal(portal, `/rfqs/${view.id}`, { me: purchaser(), language });
  await screen.findByTestId('rfq-summary');
  return { ...result, user: userEvent.setup({ delay: null }) };
}

const sealedOpen = rfq({
  status: 'open',
  sealed: true,
  deadline: inHours(30),
  closedAt: null,
  quoteCount: null,
  invitations: rfq().invitations.map((i) => ({ ...i, quoted: null })),
});

describe('the buyer’s RFQ page', () => {
  afterEach(() => {
    stub.rfq = null;
    stub.comparison = null;
    stub.command = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('says the quotes are sealed until the deadline and shows no comparison, nor asks for one', async () => {
    stub.comparison = () => json(comparison());
    await open(sealedOpen);
    const sealed = await screen.findByTestId('quotes-sealed');
    expect(sealed.textContent).toMatch(/^报价密封至 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    expect(screen.getByTestId('rfq-sealed')).toBeTruthy();
    expect(screen.getByTestId('quote-count').textContent).toBe('报价密封中');
    expect(screen.getAllByTestId('invitation-quoted').map((q) => q.getAttribute('data-quoted'))).toEqual([
      'sealed',
      'sealed',
    ]);
    expect(screen.queryByTestId('comparison')).toBeNull();
    expect(screen.queryByTestId('rfq-award')).toBeNull();
    expect(screen.queryByTestId('rfq-counter-offer')).toBeNull();
    // cancelling is still possible, with a reason
    expect(screen.getByTestId('rfq-cancel')).toBeTruthy();
    expect(comparisonCalls()).toEqual([]);
  });

  it('treats the server’s "sealed" refusal as sealed (its clock decides)', async () => {
    stub.comparison = () => refusal(403, 'RFQ_QUOTES_SEALED', 'Quotes are sealed', '报价尚在密封期');
    await open(rfq({ status: 'open', sealed: true, deadline: inHours(-0.01), closedAt: null }));
    await waitFor(() => expect(comparisonCalls().length).toBeGreaterThan(0));
    expect(await screen.findByTestId('quotes-sealed')).toBeTruthy();
    expect(screen.queryByTestId('comparison')).toBeNull();
  });

  it('compares in landed cost, marks the cheapest, and the best split fills the award form', async () => {
    stub.comparison = () => json(comparison());
    const { user } = await open(rfq());
    const section = await screen.findByTestId('comparison');
    await within(section).findByTestId('comparison-quotes');

    // the cheapest overall quote
    const rows = within(section).getAllByTestId('summary-row');
    expect(rows.map((r) => r.getAttribute('data-cheapest'))).toEqual(['yes', 'no']);
    expect(within(rows[0] as HTMLElement).getByTestId('cheapest-overall').textContent).toBe('总价最低');
    expect(within(rows[0] as HTMLElement).getByTestId('summary-total').textContent).toBe('¥1,981,800.00');

    // per item, the cheapest offer marked: 桂糖 on item 1, 南宁 on item 2
    const [item1, item2] = within(section).getAllByTestId('comparison-item') as [HTMLElement, HTMLElement];
    expect(item1.textContent).toContain('1. 白砂糖 一级 — 300 吨');
    const cheapest = (item: HTMLElement) =>
      within(item)
        .getAllByTestId('offer-row')
        .filter((r) => r.getAttribute('data-cheapest') === 'yes')
        .map((r) => within(r).getByTestId('offer-seller').textContent);
    expect(cheapest(item1)).toEqual(['广西崇左桂糖制糖有限公司']);
    expect(cheapest(item2)).toEqual(['南宁糖业股份有限公司']);
    expect(
      within(item1)
        .getAllByTestId('offer-landed-unit')
        .map((c) => c.textContent),
    ).toEqual(['¥5,891.50', '¥6,030.00']);
    expect(within(item1).getAllByTestId('offer-cheapest')).toHaveLength(1);

    // the bars of the totals, cheapest first
    const bars = within(screen.getByTestId('cost-chart')).getAllByTestId('cost-bar');
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
      '广西崇左桂糖制糖有限公司：¥1,981,800.00',
      '南宁糖业股份有限公司：¥2,012,000.00',
    ]);

    // the best split, and the award form it fills
    expect(screen.getByTestId('best-split-total').textContent).toBe('¥1,970,450.00');
    await user.click(screen.getByTestId('use-best-split'));
    const drawer = await screen.findByTestId('award-form');
    const items = within(drawer).getAllByTestId('award-item');
    const quotes = within(drawer).getAllByTestId('award-quote');
    const quantities = within(drawer).getAllByTestId('award-quantity') as HTMLInputElement[];
    expect(items.map((i) => i.textContent)).toEqual(['1. 白砂糖 一级', '2. 绵白糖']);
    expect(quotes.map((q) => q.textContent)).toEqual([
      '广西崇左桂糖制糖有限公司 — 到岸单价 ¥5,891.50',
      '南宁糖业股份有限公司 — 到岸单价 ¥5,075.00',
    ]);
    expect(quantities.map((q) => q.value)).toEqual(['300', '40']);
    expect(screen.getByTestId('award-total').textContent).toBe('¥1,970,450.00');

    // checked on the field: a justification, no more than offered
    await user.click(screen.getByTestId('award-submit'));
    expect(await within(drawer).findByText('请填写定标理由')).toBeTruthy();
    await user.clear(quantities[0] as HTMLInputElement);
    await user.type(quantities[0] as HTMLInputElement, '301');
    expect(await within(drawer).findByText('超过该报价的数量')).toBeTruthy();
    await user.clear(quantities[0] as HTMLInputElement);
    await user.type(quantities[0] as HTMLInputElement, '250');
    await waitFor(() => expect(screen.getByTestId('award-total').textContent).toBe('¥1,675,875.00'));
    expect(posts()).toEqual([]);

    // sent: it waits for approval, with the request one click away
    const APPROVAL_ID = uuid(951);
    stub.command = (path) =>
      path.endsWith('/award')
        ? json(
            rfq({
              award: {
                id: uuid(961),
                status: 'pending_approval',
                justification: '按最优拆分',
                approvalRequestId: APPROVAL_ID,
                orderIds: [],
                createdAt: inHours(0),
              },
            }),
            201,
          )
        : json({}, 404);
    await user.type(
      within(drawer).getByTestId('award-justification'),
      '按最优拆分，第 1 项保留 50 吨给二季度',
    );
    await user.click(screen.getByTestId('award-submit'));
    const pending = await screen.findByTestId('award-pending');
    expect(pending.textContent).toContain('定标正在等待审批');
    expect(within(pending).getByTestId('award-approval-link').getAttribute('href')).toBe(
      `/approvals/${APPROVAL_ID}`,
    );
    await waitFor(() => expect(screen.queryByTestId('award-form')).toBeNull());
    expect(posts()[0]?.body).toEqual({
      allocations: [
        { itemNo: 1, quoteId: QUOTE_ID, quantity: '250' },
        { itemNo: 2, quoteId: QUOTE2_ID, quantity: '40' },
      ],
      justification: '按最优拆分，第 1 项保留 50 吨给二季度',
    });
    // no second award nor counter-offer while this one waits
    expect(screen.queryByTestId('rfq-award')).toBeNull();
    expect(screen.queryByTestId('rfq-counter-offer')).toBeNull();
  });

  it('puts the award’s refusal on the row it names', async () => {
    stub.comparison = () => json(comparison());
    stub.command = () =>
      refusal(
        422,
        'RFQ_AWARD_QUOTE_EXPIRED',
        'The quote is no longer valid',
        '该报价已过有效期',
        'allocations.1.quoteId',
      );
    const { user } = await open(rfq());
    await user.click(await screen.findByTestId('rfq-award'));
    const drawer = await screen.findByTestId('award-form');
    await user.type(within(drawer).getByTestId('award-justification'), '价格最低');
    await user.click(screen.getByTestId('award-submit'));
    const error = await within(drawer).findByText('该报价已过有效期');
    const quote2 = within(drawer).getAllByTestId('award-quote')[1] as HTMLElement;
    expect(quote2.closest('.ant-form-item')?.contains(error)).toBe(true);
    expect(screen.queryByTestId('award-alert')).toBeNull();
  });

  it('scores with weights that add up to 100, checked on the field', async () => {
    stub.comparison = (url) =>
      json(
        url.searchParams.get('priceWeight')
          ? comparison({
              quotes: comparison().quotes.map((q, i) => ({ ...q, score: i === 0 ? '92.50' : '81.25' })),
            })
          : comparison(),
      );
    const { user } = await open(rfq(), 'en');
    const form = await screen.findByTestId('weights-form');
    const input = (id: string) => {
      const el = within(form).getByTestId(id);
      return (el.tagName === 'INPUT' ? el : el.querySelector('input')) as HTMLInputElement;
    };
    const price = input('weight-price');
    const supplier = input('weight-supplier');
    await user.clear(price);
    await user.type(price, '50');
    await user.click(screen.getByTestId('weights-apply'));
    expect(await within(form).findByText('The weights must add up to 100 (now 80)')).toBeTruthy();
    await user.clear(supplier);
    await user.type(supplier, '30');
    await user.click(screen.getByTestId('weights-apply'));
    await waitFor(() =>
      expect(comparisonCalls().some((c) => c.url.searchParams.get('priceWeight') === '50')).toBe(true),
    );
    const asked = comparisonCalls().find((c) => c.url.searchParams.get('priceWeight') === '50')?.url;
    expect([asked?.searchParams.get('deliveryWeight'), asked?.searchParams.get('supplierWeight')]).toEqual([
      '20',
      '30',
    ]);
    await waitFor(() =>
      expect(screen.getAllByTestId('summary-score').map((s) => s.textContent)).toEqual(['92.50', '81.25']),
    );
    expect(screen.getAllByTestId('cheapest-overall').map((b) => b.textContent)).toEqual(['Cheapest overall']);
  });

  it('sends a counter-offer to the sellers holding a quote, with a target price', async () => {
    stub.comparison = () => json(comparison());
    stub.command = (path) => (path.endsWith('/rounds') ? json(rfq(), 201) : json({}, 404));
    const { user } = await open(rfq());
    await user.click(await screen.findByTestId('rfq-counter-offer'));
    const form = await screen.findByTestId('counter-offer-form');
    await user.click(
      within(screen.getByTestId('counter-offer-modal')).getByRole('button', { name: '发出议价' }),
    );
    expect(await within(form).findByText('请至少选择一家卖方')).toBeTruthy();
    expect(await within(form).findByText('请填写议价内容')).toBeTruthy();

    await user.click(screen.getByLabelText('卖方'));
    await user.click(
      await waitFor(() => {
        const found = [...document.querySelectorAll('.ant-select-item-option-content')].find(
          (o) => o.textContent === '南宁糖业股份有限公司',
        );
        expect(found).toBeTruthy();
        return found as HTMLElement;
      }),
    );
    await user.type(within(form).getByTestId('counter-message'), '第 1 项请按 5,900 元/吨重新报价');
    const [target1] = within(form).getAllByTestId('counter-target') as HTMLInputElement[];
    await user.type(target1 as HTMLInputElement, '5900.12345');
    expect(await within(form).findByText('价格最多 4 位小数，例如 5980.5')).toBeTruthy();
    await user.clear(target1 as HTMLInputElement);
    await user.type(target1 as HTMLInputElement, '5900');
    await user.click(
      within(screen.getByTestId('counter-offer-modal')).getByRole('button', { name: '发出议价' }),
    );
    await waitFor(() => expect(posts()).toHaveLength(1));
    const body = posts()[0]?.body as Record<string, unknown>;
    expect(posts()[0]?.url.pathname).toBe(`/api/rfqs/${RFQ_ID}/rounds`);
    expect([body['sellerIds'], body['message'], body['targets']]).toEqual([
      [comparison().quotes[1]?.sellerId],
      '第 1 项请按 5,900 元/吨重新报价',
      [{ itemNo: 1, targetUnitPrice: '5900' }],
    ]);
    expect(new Date(body['closesAt'] as string).getTime()).toBeGreaterThan(Date.now());
    await waitFor(() => expect(screen.queryByTestId('counter-offer-form')).toBeNull());
  });

  it('once awarded, links the purchase orders', async () => {
    stub.comparison = () => json(comparison());
    const orders = [uuid(701), uuid(702)];
    await open(
      rfq({
        status: 'awarded',
        awardedAt: inHours(-1),
        award: {
          id: uuid(961),
          status: 'approved',
          justification: '最优拆分',
          approvalRequestId: uuid(951),
          orderIds: orders,
          createdAt: inHours(-3),
        },
        events: [
          ...rfq().events,
          {
            id: uuid(804),
            kind: 'rfq.awarded',
            actor: 'system',
            at: inHours(-1),
            data: { orderIds: orders },
          },
        ],
      }),
    );
    const links = within(await screen.findByTestId('award-approved')).getAllByTestId('award-order-link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['采购订单 1', `/orders/${orders[0]}`],
      ['采购订单 2', `/orders/${orders[1]}`],
    ]);
    const kinds = screen.getAllByTestId('timeline-event').map((e) => e.getAttribute('data-kind'));
    expect(kinds[0]).toBe('rfq.awarded');
    expect(screen.getByTestId('section-timeline').textContent).toContain('已定标');
    expect(screen.getByTestId('section-timeline').textContent).toContain('2 张采购订单');
    expect(screen.queryByTestId('rfq-award')).toBeNull();
    expect(screen.queryByTestId('rfq-cancel')).toBeNull();
  });

  it('publishes a draft from its page, and says when approval comes first', async () => {
    stub.command = (path) =>
      path.endsWith('/submit')
        ? json(rfq({ status: 'pending_approval', approvalRequestId: uuid(952), publishedAt: null }))
        : json({}, 404);
    const { user } = await open(
      rfq({ status: 'draft', publishedAt: null, closedAt: null, deadline: inHours(100) }),
    );
    expect(screen.getByTestId('rfq-edit')).toBeTruthy();
    expect(screen.getByTestId('attachment-upload')).toBeTruthy();
    await user.click(screen.getByTestId('rfq-submit'));
    // Ant Design spaces a two-character Chinese button: 发 布
    await user.click(await screen.findByRole('button', { name: /^发\s?布$/ }));
    const pending = await screen.findByTestId('publication-pending');
    expect(within(pending).getByTestId('publication-approval-link').getAttribute('href')).toBe(
      `/approvals/${uuid(952)}`,
    );
    expect(posts().map((p) => p.url.pathname)).toEqual([`/api/rfqs/${RFQ_ID}/submit`]);
    expect(screen.queryByTestId('rfq-submit')).toBeNull();
  });
});
