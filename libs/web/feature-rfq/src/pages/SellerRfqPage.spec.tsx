import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { RfqQuoteView, RfqView } from '../data/types';
import { rfqPortalParts } from '../portal-parts';
import { inHours, json, myQuote, refusal, RFQ_ID, sellerRfq, suggestion } from '../testing/rfq-fixtures';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * `state.rfq` answers the RFQ, `state.quote` my quote, `state.suggestion` my price rules'
 * suggestion, `state.send` the quote sent (PUT) and the withdrawal (POST). Every call is recorded.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    rfq: (() => Response) | null;
    quote: (() => Response) | null;
    suggestion: (() => Response) | null;
    send: ((method: string, body: unknown) => Response) | null;
    calls: Array<{ method: string; url: URL; body: unknown }>;
    original: typeof fetch;
  } = { rfq: null, quote: null, suggestion: null, send: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, url, body });
    const path = url.pathname;
    if (path === '/api/catalog/categories') {
      return new Response(JSON.stringify({ items: [] }), { headers: { 'content-type': 'application/json' } });
    }
    if (path.endsWith('/my-quote/suggestion') && state.suggestion) return state.suggestion();
    if (/\/my-quote(\/withdraw)?$/.test(path)) {
      if (request.method === 'GET' && state.quote) return state.quote();
      if (request.method !== 'GET' && state.send) return state.send(request.method, body);
    }
    if (request.method === 'GET' && /^\/api\/rfqs\/[^/]+$/.test(path) && state.rfq) return state.rfq();
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const portal: PortalDefinition = { kind: 'seller', ...rfqPortalParts('seller') };
const sales = () =>
  testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role: 'sales' }], {
    email: 'sales@guitang-sugar.demo',
  });
const sent = () => stub.calls.filter((c) => c.method === 'PUT');

async function open(view: RfqView, quote: RfqQuoteView | null, language: Language = 'zh-CN') {
  stub.rfq = () => json(view);
  stub.quote = () => json({ quote });
  const result = renderPortal(portal, `/rfqs/${view.id}`, { me: sales(), language });
  const form = await screen.findByTestId('quote-form');
  const rows = () => within(form).getAllByTestId(/^line-/);
  const field = (testId: string, row: number) => within(form).getAllByTestId(testId)[row] as HTMLInputElement;
  return { ...result, form, rows, field, user: userEvent.setup({ delay: null }) };
}
const fieldOf = (input: HTMLElement) => input.closest('.ant-form-item') as HTMLElement;

describe('the seller’s RFQ page', () => {
  afterEach(() => {
    stub.rfq = null;
    stub.quote = null;
    stub.suggestion = null;
    stub.send = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('fills the quote from my price list, says why an item has no price, and maps line errors onto their row', async () => {
    stub.suggestion = () => json(suggestion());
    const { form, field, user } = await open(sellerRfq(), null);
    expect(screen.getByTestId('rfq-title').textContent).toBe(
      '一季度生产用白砂糖 — 来自 华鑫食品集团有限公司',
    );
    expect(screen.getByTestId('my-quote').textContent).toBe('未报价');
    // each item's requested quantity, no price yet
    expect([field('line-quantity', 0).value, field('line-quantity', 1).value]).toEqual(['300', '40']);
    expect(field('line-unit-price', 0).value).toBe('');

    await user.click(screen.getByTestId('quote-fill'));
    await waitFor(() => expect(field('line-unit-price', 0).value).toBe('5777.5'));
    const asked = stub.calls.find((c) => c.url.pathname.endsWith('/suggestion'))?.url;
    expect(asked?.searchParams.get('paymentTerm')).toBe('cash');
    expect([
      field('line-quantity', 0).value,
      field('line-freight', 0).value,
      field('line-tax-rate', 0).value,
    ]).toEqual(['300', '95', '13']);
    expect(field('line-unit-price', 1).value).toBe('');
    expect(within(form).getByTestId('suggestion-reason').textContent).toBe(
      '价格表无报价：没有与此品项匹配的商品',
    );
    expect(within(form).getByTestId('quote-payment-term').textContent).toBe('账期 30 天');
    await waitFor(() => expect(screen.getByTestId('quote-goods-total').textContent).toBe('¥1,733,250.00'));

    // the server refuses the first line sent: its quantity, on row 1
    stub.send = () =>
      refusal(
        422,
        'RFQ_QUOTE_QUANTITY_TOO_HIGH',
        'More than the 300 t requested',
        '超过询价数量 300 吨',
        'lines.0.quantity',
      );
    await user.click(screen.getByTestId('quote-submit'));
    const error = await within(form).findByText('超过询价数量 300 吨');
    expect(fieldOf(field('line-quantity', 0)).contains(error)).toBe(true);
    expect(screen.queryByTestId('quote-alert')).toBeNull();
    const body = sent()[0]?.body as Record<string, unknown>;
    expect(body['lines']).toEqual([
      { itemNo: 1, quantity: '300', unitPrice: '5777.5', freightPerUnit: '95', taxRateBps: 1300, note: '' },
    ]);
    expect(body['paymentTerm']).toBe('net30');

    // only item 2 offered: the first line sent is row 2, and its refusal lands there
    await user.clear(field('line-unit-price', 0));
    await user.type(field('line-unit-price', 1), '5100');
    await user.type(field('line-tax-rate', 1), '13');
    stub.send = () =>
      refusal(422, 'RFQ_QUOTE_PRICE_INVALID', 'The unit price is not valid', '单价无效', 'lines.0.unitPrice');
    await user.click(screen.getByTestId('quote-submit'));
    const priceError = await within(form).findByText('单价无效');
    expect(fieldOf(field('line-unit-price', 1)).contains(priceError)).toBe(true);
    expect((sent()[1]?.body as { lines: unknown[] }).lines).toEqual([
      { itemNo: 2, quantity: '40', unitPrice: '5100', freightPerUnit: '0', taxRateBps: 1300, note: '' },
    ]);

    // accepted: version 1, in the history
    stub.send = () => json(myQuote());
    stub.quote = () => json({ quote: myQuote() });
    await user.click(screen.getByTestId('quote-submit'));
    await waitFor(() => expect(screen.getByTestId('my-quote').textContent).toBe('已报价'));
    expect(within(screen.getByTestId('quote-history')).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByTestId('quote-submit').textContent).toBe('提交第 2 版');
  });

  it('checks each offered line on the field: at most the quantity asked, a price, a tax rate', async () => {
    const { form, field, user } = await open(sellerRfq(), null, 'en');
    await user.click(screen.getByTestId('quote-submit'));
    expect(await within(form).findByText('Give a price for at least one item')).toBeTruthy();
    await user.type(field('line-unit-price', 0), '5800.12345');
    expect(await within(form).findByText('A price with at most 4 decimals, e.g. 5980.5')).toBeTruthy();
    await user.clear(field('line-unit-price', 0));
    await user.type(field('line-unit-price', 0), '5800');
    await user.clear(field('line-quantity', 0));
    await user.type(field('line-quantity', 0), '301');
    await user.click(screen.getByTestId('quote-submit'));
    expect(await within(form).findByText('At most the requested 300 t')).toBeTruthy();
    expect(await within(form).findByText('Enter the VAT rate')).toBeTruthy();
    expect(sent()).toEqual([]);
  });

  it('puts the buyer’s open counter-offer in front and lets me answer it after the deadline', async () => {
    const quote = myQuote({
      openRounds: [
        {
          roundNo: 1,
          message: '贵司第 1 项价格高于预算，请考虑 5,700 元/吨。',
          closesAt: inHours(20),
          targets: [{ itemNo: 1, targetUnitPrice: '5700.0000' }],
        },
      ],
    });
    const { field } = await open(sellerRfq({ status: 'closed', deadline: inHours(-3) }), quote);
    const round = screen.getByTestId('open-round');
    expect(within(round).getByTestId('round-message').textContent).toBe(
      '贵司第 1 项价格高于预算，请考虑 5,700 元/吨。',
    );
    expect(within(round).getByTestId('round-target').textContent).toBe('1. 白砂糖 一级：¥5,700.00 / 吨');
    expect(within(round).getByTestId('deadline-countdown').textContent).toMatch(/^剩余 (19|20) 小时/);
    expect(screen.queryByTestId('quote-read-only')).toBeNull();
    expect(field('line-unit-price', 0).disabled).toBe(false);
    expect(field('line-unit-price', 0).value).toBe('5800');
    expect(screen.getByTestId('quote-submit').textContent).toBe('回复议价');
    expect(screen.queryByTestId('quote-withdraw')).toBeNull();
  });

  it('is read-only after the deadline when no counter-offer is open', async () => {
    const { field } = await open(sellerRfq({ status: 'closed', deadline: inHours(-3) }), myQuote());
    expect(screen.getByTestId('quote-read-only').textContent).toBe('已过报价截止时间：报价不能再修改。');
    expect(field('line-unit-price', 0).disabled).toBe(true);
    expect(screen.queryByTestId('quote-submit')).toBeNull();
    expect(screen.queryByTestId('quote-fill')).toBeNull();
  });

  it('withdraws my quote after confirmation', async () => {
    stub.send = (method) =>
      method === 'POST' ? json(myQuote({ status: 'withdrawn', withdrawnAt: inHours(0) })) : json({}, 404);
    const { user } = await open(sellerRfq(), myQuote());
    await user.click(screen.getByTestId('quote-withdraw'));
    await user.click(await screen.findByRole('button', { name: '撤回报价' }));
    await waitFor(() => expect(screen.getByTestId('my-quote').textContent).toBe('已撤回'));
    expect(stub.calls.filter((c) => c.method === 'POST').map((c) => c.url.pathname)).toEqual([
      `/api/rfqs/${RFQ_ID}/my-quote/withdraw`,
    ]);
  });
});
