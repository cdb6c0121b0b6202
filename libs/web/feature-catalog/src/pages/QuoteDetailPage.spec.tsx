import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import { api } from '@tradeway/web/data-access';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { QuoteView } from '../data/types';
import { catalogPortalParts } from '../index';

/**
 * The typed client binds `fetch` when its module loads, so the answer of the API is stubbed
 * before any import: a test sets `api.answer`, the others reach the closed port as usual.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    answer: ((url: string) => Response | undefined) | null;
    calls: string[];
    original: typeof fetch;
  } = {
    answer: null,
    calls: [],
    original,
  };
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    state.calls.push(url);
    const answer = state.answer?.(url);
    return answer ? Promise.resolve(answer) : original(input, init);
  }) as typeof fetch;
  return state;
});

const portal: PortalDefinition = { kind: 'buyer', ...catalogPortalParts('buyer') };
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const QUOTE = uuid(601);
const day = 86_400_000;

const quote = (over: Partial<QuoteView>): QuoteView => ({
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
  listKind: 'contract',
  baseUnitPrice: '5950.0000',
  unitPrice: '5977.5890',
  lines: [
    {
      kind: 'base',
      amountMinor: '595000000',
      detail: { listKind: 'contract', unitPrice: '5950.0000', quantity: '1000.000' },
    },
    {
      kind: 'quantity_ladder',
      amountMinor: '-5000000',
      detail: {
        mode: 'all_units',
        minQuantity: '1000.000',
        breakKind: 'absolute',
        unitPrice: '5900.0000',
        quantity: '1000.000',
      },
    },
    {
      kind: 'payment_terms',
      amountMinor: '7758904',
      detail: {
        term: 'net60',
        source: 'formula',
        annualCostOfCapitalBps: '800',
        days: '60',
        rateBps: '131.5068',
      },
    },
    { kind: 'tax', amountMinor: '77708657', detail: { taxRateBps: '1300', net: '597758.90' } },
  ],
  netMinor: '597758904',
  taxMinor: '77708657',
  totalMinor: '675467561',
  taxRateBps: 1300,
  validUntil: new Date(Date.now() + 3 * day).toISOString(),
  createdAt: new Date(Date.now() - day).toISOString(),
  acceptedAt: null,
  listId: null,
  listName: null,
  special: null,
  approvalRequestId: null,
  ...over,
});

async function openQuote(role: BuiltInRole, data: QuoteView, language: 'zh-CN' | 'en' = 'zh-CN') {
  const { queryClient } = renderPortal(portal, `/quotes/${QUOTE}`, {
    me: testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role }]),
    language,
  });
  const key = api.quotes.get.queryKey({ input: { quoteId: QUOTE } });
  await queryClient.cancelQueries({ queryKey: key });
  queryClient.setQueryData(key, data);
  await screen.findByTestId('quote-number');
}

describe('quote detail', () => {
  afterEach(() => {
    stub.answer = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('shows the stored breakdown and lets a purchaser accept an active quote', async () => {
    await openQuote('purchaser', quote({}));
    expect(screen.getByTestId('quote-number').textContent).toBe('QT-2026-000042');
    expect(screen.getByTestId('quote-status').textContent).toBe('有效');
    const explanations = within(screen.getByTestId('breakdown'))
      .getAllByTestId('line-explanation')
      .map((e) => e.textContent);
    expect(explanations).toEqual([
      '合同价：¥5,950.00/吨 × 1,000 吨',
      '阶梯价：满 1,000 吨，全部数量按 ¥5,900.00/吨 计价',
      '60天账期，按年化资金成本 8% 计：+1.32%',
      '',
      '增值税 13%，计税金额 ¥597,758.90',
      '',
    ]);
    expect(screen.getByTestId('line-total').textContent).toContain('¥6,754,675.61');
    expect(screen.getByTestId('valid-relative').textContent).toMatch(/后到期$/);
    expect((screen.getByTestId('accept-quote') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId('accept-blocked')).toBeNull();
  });

  it('names the seller in the page language', async () => {
    await openQuote('purchaser', quote({}));
    expect(screen.getByTestId('quote-seller').textContent).toBe('广西崇左桂糖制糖有限公司');
    cleanup();
    await openQuote('purchaser', quote({}), 'en');
    expect(screen.getByTestId('quote-seller').textContent).toBe('Guangxi Chongzuo Guitang Sugar Co., Ltd.');
    expect(screen.getByText('From Guangxi Chongzuo Guitang Sugar Co., Ltd.')).toBeTruthy();
  });

  it('shows the quantity asked in another unit beside the quantity priced', async () => {
    const base = quote({});
    await openQuote('purchaser', quote({ request: { ...base.request, quantity: '1000000', unit: 'kg' } }));
    expect(screen.getByTestId('quote-asked-as').textContent).toBe('（询价时为 1,000,000 千克）');
  });

  it('disables "Accept" on an expired quote and says why', async () => {
    await openQuote('purchaser', quote({ status: 'expired', validUntil: '2026-11-20T04:00:00.000Z' }));
    expect((screen.getByTestId('accept-quote') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('accept-blocked').textContent).toMatch(
      /^该报价单已于 .+ 过期，请重新获取报价$/,
    );
  });

  it('treats a quote past its end as expired before the server marks it', async () => {
    await openQuote('purchaser', quote({ validUntil: new Date(Date.now() - 60_000).toISOString() }));
    expect((screen.getByTestId('accept-quote') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('accept-blocked')).toBeTruthy();
  });

  it('keeps "Accept" from those without order:create', async () => {
    await openQuote('approver', quote({}));
    expect((screen.getByTestId('accept-quote') as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows the server's refusal when the quote expired meanwhile", async () => {
    const refusal = {
      defined: false,
      code: 'QUOTE_EXPIRED',
      status: 422,
      message: 'The quote expired at 2026-11-25 16:00 and can no longer be accepted',
      data: { reason: 'QUOTE_EXPIRED', messageZh: '报价单已于 2026-11-25 16:00 过期，不能再接受' },
    };
    stub.answer = (url) =>
      url.endsWith(`/api/quotes/${QUOTE}/accept`)
        ? new Response(JSON.stringify(refusal), {
            status: 422,
            headers: { 'content-type': 'application/json' },
          })
        : undefined;
    await openQuote('purchaser', quote({}));
    await userEvent.click(screen.getByTestId('accept-quote'));
    // the confirmation's own "Accept quote"
    await screen.findByText('确认接受该报价？');
    await userEvent.click(screen.getAllByRole('button', { name: '接受报价' }).at(-1) as HTMLElement);
    expect((await screen.findByTestId('accept-error')).textContent).toBe(
      '报价单已于 2026-11-25 16:00 过期，不能再接受',
    );
    expect(stub.calls.filter((u) => u.endsWith('/accept'))).toHaveLength(1);
  });
});
