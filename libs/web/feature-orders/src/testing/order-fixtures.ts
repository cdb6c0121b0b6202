import type { OrderSummaryView, OrderView } from '../data/types';

/** Orders as the API sends them, for the component tests of these screens. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const BUYER_ID = uuid(200);
export const SELLER_ID = uuid(201);
export const SELLER2_ID = uuid(202);
export const ORDER_ID = uuid(701);
export const LINE_ID = uuid(711);
export const QUOTE_ID = uuid(601);

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** An API refusal as the order module answers it (order-errors.ts). */
export const refusal = (status: number, code: string, message: string, messageZh: string, field?: string) =>
  json(
    {
      defined: false,
      code,
      status,
      message,
      data: {
        reason: code,
        messageZh,
        fields: field ? [{ path: field, message, messageZh }] : [],
      },
    },
    status,
  );

export const summary = (over: Partial<OrderSummaryView> = {}): OrderSummaryView => ({
  id: ORDER_ID,
  number: 'PO-20261126-000042',
  side: 'buyer',
  counterpartyId: SELLER_ID,
  counterpartyName: '广西崇左桂糖制糖有限公司',
  counterpartyNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
  status: 'placed',
  totalMinor: '675467561',
  currency: 'CNY',
  createdAt: '2026-11-26T02:30:00.000Z',
  scheduledDate: null,
  channel: 'self_service',
  buyerReference: 'ERP-PO-7781',
  ...over,
});

export const page = (
  items: OrderSummaryView[],
  over: { total?: number; totalIsLowerBound?: boolean } = {},
) => ({
  items,
  page: 1,
  pageSize: 20,
  total: over.total ?? items.length,
  totalIsLowerBound: over.totalIsLowerBound ?? false,
  nextCursor: null,
});

export const order = (over: Partial<OrderView> = {}): OrderView => ({
  id: ORDER_ID,
  number: 'PO-20261126-000042',
  side: 'seller',
  buyerId: BUYER_ID,
  buyerName: '华鑫食品集团有限公司',
  buyerNameEn: 'Huaxin Food Group Co., Ltd.',
  sellerId: SELLER_ID,
  sellerName: '广西崇左桂糖制糖有限公司',
  sellerNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
  source: 'catalog_quote',
  sourceId: QUOTE_ID,
  channel: 'self_service',
  status: 'placed',
  currency: 'CNY',
  paymentTerm: 'net60',
  delivery: { mode: 'delivery', region: 'CN-GD' },
  netMinor: '597758904',
  taxMinor: '77708657',
  totalMinor: '675467561',
  buyerReference: 'ERP-PO-7781',
  note: '请提前一天电话联系仓库',
  scheduledDate: null,
  rejectionReason: null,
  cancellation: null,
  cancelReason: null,
  approvalRequestId: null,
  createdAt: '2026-11-26T02:30:00.000Z',
  placedAt: '2026-11-26T02:30:00.000Z',
  confirmedAt: null,
  updatedAt: '2026-11-26T02:30:00.000Z',
  version: 1,
  lines: [
    {
      id: LINE_ID,
      lineNo: 1,
      skuId: uuid(411),
      skuCode: 'white-sugar-gx-g1',
      description: '广西白砂糖 一级 / Guangxi white cane sugar, grade 1',
      specCode: 'GB/T 317',
      grade: '一级',
      quantity: '1000.000',
      unit: 't',
      unitPrice: '5977.5890',
      taxRateBps: 1300,
      netMinor: '597758904',
      taxMinor: '77708657',
      totalMinor: '675467561',
    },
  ],
  reservations: [],
  events: [
    {
      id: uuid(801),
      kind: 'order.placed',
      actor: 'buyer',
      at: '2026-11-26T02:30:00.000Z',
      data: { to: 'placed', channel: 'self_service', quoteId: QUOTE_ID, quoteNumber: 'QT-2026-000042' },
    },
  ],
  allowedCommands: ['confirm', 'reject', 'cancel'],
  ...over,
});
