import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import { api } from '@tradeway/web/data-access';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { QuoteView } from '../data/types';
import { catalogPortalParts } from '../index';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 90_000 });

/**
 * The typed clients bind `fetch` when their modules load, so the API is stubbed before any
 * import: `state.place` answers `POST /api/orders`; each call is recorded with its headers.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    place: ((body: unknown) => Response) | null;
    quote: (() => Response) | null;
    calls: Array<{ path: string; key: string | null; body: unknown }>;
    original: typeof fetch;
  } = { place: null, quote: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    if (request.method === 'POST' && path === '/api/orders' && state.place) {
      const body: unknown = JSON.parse(await request.clone().text());
      state.calls.push({ path, key: request.headers.get('idempotency-key'), body });
      return state.place(body);
    }
    if (request.method === 'GET' && path.startsWith('/api/quotes/') && state.quote) return state.quote();
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const portal: PortalDefinition = { kind: 'buyer', ...catalogPortalParts('buyer') };
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const QUOTE = uuid(601);
const ORDER = uuid(701);
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const quote: QuoteView = {
  id: QUOTE,
  number: 'QT-2026-000042',
  status: 'active',
  origin: 'buyer_request',
  sellerId: uuid(201),
  sellerName: '广西崇左桂糖制糖有限公司',
  sellerNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
  buyerId: uuid(200),
  buyerName: '华鑫食品集团有限公司',
  buyerNameEn: 'Huaxin Food Group Co., Ltd.',
  skuId: uuid(411),
  skuCode: 'SUGAR-W1-50KG',
  productNameZh: '白砂糖 一级',
  productNameEn: 'White sugar, grade 1',
  unit: 't',
  request: {
    skuId: uuid(411),
    quantity: '1000',
    paymentTerm: 'net60',
    delivery: { mode: 'delivery', region: 'CN-GD' },
    date: '2026-11-25',
  },
  currency: 'CNY',
  quantity: '1000.000',
  listKind: 'list',
  baseUnitPrice: '5950.0000',
  unitPrice: '5950.0000',
  lines: [
    {
      kind: 'base',
      amountMinor: '595000000',
      detail: { listKind: 'list', unitPrice: '5950.0000', quantity: '1000.000' },
    },
  ],
  netMinor: '595000000',
  taxMinor: '77350000',
  totalMinor: '672350000',
  taxRateBps: 1300,
  validUntil: new Date(Date.now() + 3 * 86_400_000).toISOString(),
  createdAt: new Date(Date.now() - 86_400_000).toISOString(),
  acceptedAt: null,
  listId: null,
  listName: null,
  special: null,
  approvalRequestId: null,
};

async function openQuote(role: BuiltInRole = 'purchaser') {
  stub.quote = () => json(quote);
  const result = renderPortal(portal, `/quotes/${QUOTE}`, {
    me: testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role }]),
  });
  const key = api.quotes.get.queryKey({ input: { quoteId: QUOTE } });
  await result.queryClient.cancelQueries({ queryKey: key });
  result.queryClient.setQueryData(key, quote);
  await screen.findByTestId('quote-number');
  return result;
}
/** A button of the place-order dialog's footer (antd spaces two-character Chinese labels). */
const footerButton = (text: string) => {
  const modal = screen.getByTestId('place-order-form').closest('.ant-modal') as HTMLElement;
  return [...modal.querySelectorAll('.ant-modal-footer button')].find(
    (b) => b.textContent?.replace(/\s/g, '') === text,
  ) as HTMLElement;
};
const submit = () => userEvent.setup().click(footerButton('提交订单'));

describe('placing an order from a quote', () => {
  afterEach(() => {
    stub.place = null;
    stub.quote = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('sends my reference and note with one Idempotency-Key per form, retried as is, then opens the order', async () => {
    let attempts = 0;
    stub.place = () =>
      ++attempts === 1
        ? json({ defined: false, code: 'INTERNAL_SERVER_ERROR', status: 500, message: 'Internal' }, 500)
        : json({ id: ORDER, number: 'PO-20261126-000042', status: 'placed' }, 201);
    const { router } = await openQuote();
    const user = userEvent.setup();
    expect((screen.getByTestId('place-order') as HTMLButtonElement).disabled).toBe(false);
    await user.click(screen.getByTestId('place-order'));
    const form = await screen.findByTestId('place-order-form');
    expect(form.closest('.ant-modal')?.textContent).toContain('合计 ¥6,723,500.00');
    await user.click(within(form).getByTestId('place-order-reference'));
    await user.paste('  ERP-PO-7781 ');
    await user.click(within(form).getByTestId('place-order-note'));
    await user.paste('请提前一天电话联系仓库');
    await submit();
    expect(await screen.findByTestId('place-order-error')).toBeTruthy();
    await submit();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${ORDER}`));

    expect(stub.calls).toHaveLength(2);
    const [first, second] = stub.calls;
    expect(first?.body).toEqual({
      quoteId: QUOTE,
      buyerReference: 'ERP-PO-7781',
      note: '请提前一天电话联系仓库',
    });
    expect(first?.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second?.key).toBe(first?.key);
  });

  it('uses a new key for a new form, and shows a refusal of the quote above the form', async () => {
    stub.place = () =>
      json(
        {
          defined: false,
          code: 'QUOTE_ALREADY_ORDERED',
          status: 409,
          message: 'This quote has already been accepted or ordered',
          data: {
            reason: 'QUOTE_ALREADY_ORDERED',
            messageZh: '该报价已被接受或已下单',
            fields: [
              {
                path: 'quoteId',
                message: 'This quote has already been accepted or ordered',
                messageZh: '该报价已被接受或已下单',
              },
            ],
          },
        },
        409,
      );
    await openQuote();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('place-order'));
    await screen.findByTestId('place-order-form');
    await submit();
    expect((await screen.findByTestId('place-order-error')).textContent).toContain('该报价已被接受或已下单');
    await user.click(footerButton('取消'));
    await waitFor(() => expect(screen.queryByTestId('place-order-form')).toBeNull());
    await user.click(screen.getByTestId('place-order'));
    await screen.findByTestId('place-order-form');
    await submit();
    await waitFor(() => expect(stub.calls).toHaveLength(2));
    expect(stub.calls[1]?.key).not.toBe(stub.calls[0]?.key);
  });

  it('puts a refused reference on its field', async () => {
    stub.place = () =>
      json(
        {
          defined: false,
          code: 'BAD_REQUEST',
          status: 422,
          message: 'Invalid input',
          data: {
            fields: [{ path: 'buyerReference', message: 'Too big: expected string to have <=60 characters' }],
          },
        },
        422,
      );
    await openQuote();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('place-order'));
    const form = await screen.findByTestId('place-order-form');
    await user.click(within(form).getByTestId('place-order-reference'));
    await user.paste('PO-1');
    await submit();
    expect(await within(form).findByText('Too big: expected string to have <=60 characters')).toBeTruthy();
    expect(screen.queryByTestId('place-order-error')).toBeNull();
  });

  it('is not offered without order:create', async () => {
    await openQuote('approver');
    expect((screen.getByTestId('place-order') as HTMLButtonElement).disabled).toBe(true);
  });
});
