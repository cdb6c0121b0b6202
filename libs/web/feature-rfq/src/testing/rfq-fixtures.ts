import type {
  RfqComparisonView,
  RfqPageView,
  RfqQuoteView,
  RfqSuggestionView,
  RfqSummaryView,
  RfqView,
} from '../data/types';

/** RFQs, quotes and comparisons as the API sends them, for the component tests of these screens. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const BUYER_ID = uuid(200);
export const SELLER_ID = uuid(201);
export const SELLER2_ID = uuid(202);
export const SELLER3_ID = uuid(203);
export const RFQ_ID = uuid(901);
export const QUOTE_ID = uuid(911);
export const QUOTE2_ID = uuid(912);
export const QUOTE3_ID = uuid(913);
export const CATEGORY_ID = uuid(301);

const HOUR = 3_600_000;
/** A moment `hours` from now, as the API writes it. */
export const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
/** A China calendar day `days` from now. */
export const inDays = (days: number) => new Date(Date.now() + days * 24 * HOUR).toISOString().slice(0, 10);

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** An API refusal as the RFQ module answers it (rfq-errors.ts), with the field at fault. */
export const refusal = (status: number, code: string, message: string, messageZh: string, field?: string) =>
  json(
    {
      defined: false,
      code,
      status,
      message,
      data: { reason: code, messageZh, fields: field ? [{ path: field, message, messageZh }] : [] },
    },
    status,
  );

export const rfq = (over: Partial<RfqView> = {}): RfqView => ({
  id: RFQ_ID,
  number: 'RFQ-20261126-000007',
  side: 'buyer',
  buyerId: BUYER_ID,
  buyerName: '华鑫食品集团有限公司',
  buyerNameEn: 'Huaxin Food Group Co., Ltd.',
  title: '一季度生产用白砂糖',
  description: '符合 GB/T 317 一级，50 kg 编织袋包装。',
  categoryId: null,
  openToCategory: false,
  sealed: false,
  currency: 'CNY',
  deliveryDate: inDays(30),
  deliveryRegion: 'CN-GD',
  deliveryAddress: '佛山市南海区华鑫工业园 2 号仓',
  acceptedPaymentTerms: ['cash', 'net30', 'net60'],
  costOfCapitalBps: 600,
  vatRecoverable: true,
  deadline: inHours(-2),
  status: 'closed',
  approvalRequestId: null,
  createdAt: inHours(-200),
  publishedAt: inHours(-190),
  closedAt: inHours(-2),
  awardedAt: null,
  cancelReason: null,
  version: 3,
  items: [
    {
      itemNo: 1,
      skuId: null,
      description: '白砂糖 一级',
      specification: 'GB/T 317，50 kg/袋',
      quantity: '300.000',
      unit: 't',
    },
    {
      itemNo: 2,
      skuId: null,
      description: '绵白糖',
      specification: '',
      quantity: '40.000',
      unit: 't',
    },
  ],
  attachments: [],
  invitations: [
    {
      sellerId: SELLER_ID,
      sellerName: '广西崇左桂糖制糖有限公司',
      sellerNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
      invited: true,
      firstViewedAt: inHours(-150),
      firstQuotedAt: inHours(-100),
      quoted: true,
    },
    {
      sellerId: SELLER2_ID,
      sellerName: '南宁糖业股份有限公司',
      sellerNameEn: 'Nanning Sugar Co., Ltd.',
      invited: true,
      firstViewedAt: inHours(-120),
      firstQuotedAt: inHours(-80),
      quoted: true,
    },
  ],
  events: [
    {
      id: uuid(801),
      kind: 'rfq.created',
      actor: 'buyer',
      at: inHours(-200),
      data: { number: 'RFQ-20261126-000007' },
    },
    {
      id: uuid(802),
      kind: 'rfq.published',
      actor: 'buyer',
      at: inHours(-190),
      data: { from: 'draft', to: 'open' },
    },
    { id: uuid(803), kind: 'quote.submitted', actor: 'seller', at: inHours(-100), data: { version: 1 } },
  ],
  quoteCount: 2,
  award: null,
  ...over,
});

export const summary = (over: Partial<RfqSummaryView> = {}): RfqSummaryView => ({
  id: RFQ_ID,
  number: 'RFQ-20261126-000007',
  title: '一季度生产用白砂糖',
  buyerName: '华鑫食品集团有限公司',
  buyerNameEn: 'Huaxin Food Group Co., Ltd.',
  status: 'open',
  sealed: false,
  deadline: inHours(50),
  deliveryDate: inDays(30),
  deliveryRegion: 'CN-GD',
  itemCount: 2,
  createdAt: inHours(-20),
  quoteCount: 3,
  myQuote: null,
  ...over,
});

export const page = (items: RfqSummaryView[], total = items.length): RfqPageView => ({
  items,
  page: 1,
  pageSize: 20,
  total,
});

/**
 * Two sellers' quotes on the two items: 桂糖 is cheapest on item 1, 南宁 on item 2 (and overall
 * dearer); the best split gives each item to its cheapest seller.
 */
export const comparison = (over: Partial<RfqComparisonView> = {}): RfqComparisonView => ({
  rfqId: RFQ_ID,
  currency: 'CNY',
  costOfCapitalBps: 600,
  vatRecoverable: true,
  quotes: [
    {
      quoteId: QUOTE_ID,
      sellerId: SELLER_ID,
      sellerName: '广西崇左桂糖制糖有限公司',
      sellerNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
      version: 2,
      paymentTerm: 'net30',
      deliveryDate: inDays(25),
      validUntil: inHours(300),
      coversAll: true,
      totalLandedMinor: '198180000',
      cheapestOverall: true,
      score: null,
    },
    {
      quoteId: QUOTE2_ID,
      sellerId: SELLER2_ID,
      sellerName: '南宁糖业股份有限公司',
      sellerNameEn: 'Nanning Sugar Co., Ltd.',
      version: 1,
      paymentTerm: 'cash',
      deliveryDate: inDays(28),
      validUntil: inHours(300),
      coversAll: true,
      totalLandedMinor: '201200000',
      cheapestOverall: false,
      score: null,
    },
  ],
  items: [
    {
      itemNo: 1,
      description: '白砂糖 一级',
      quantity: '300.000',
      unit: 't',
      offers: [
        {
          quoteId: QUOTE_ID,
          quantity: '300.000',
          unitPrice: '5800.0000',
          freightPerUnit: '120.0000',
          taxRateBps: 1300,
          landed: {
            goodsMinor: '174000000',
            freightMinor: '3600000',
            financingMinor: '-855000',
            taxMinor: '0',
            totalMinor: '176745000',
            landedUnit: '5891.5000',
          },
          cheapest: true,
        },
        {
          quoteId: QUOTE2_ID,
          quantity: '300.000',
          unitPrice: '5950.0000',
          freightPerUnit: '80.0000',
          taxRateBps: 1300,
          landed: {
            goodsMinor: '178500000',
            freightMinor: '2400000',
            financingMinor: '0',
            taxMinor: '0',
            totalMinor: '180900000',
            landedUnit: '6030.0000',
          },
          cheapest: false,
        },
      ],
    },
    {
      itemNo: 2,
      description: '绵白糖',
      quantity: '40.000',
      unit: 't',
      offers: [
        {
          quoteId: QUOTE_ID,
          quantity: '40.000',
          unitPrice: '5300.0000',
          freightPerUnit: '120.0000',
          taxRateBps: 1300,
          landed: {
            goodsMinor: '21200000',
            freightMinor: '480000',
            financingMinor: '-245000',
            taxMinor: '0',
            totalMinor: '21435000',
            landedUnit: '5358.7500',
          },
          cheapest: false,
        },
        {
          quoteId: QUOTE2_ID,
          quantity: '40.000',
          unitPrice: '5000.0000',
          freightPerUnit: '75.0000',
          taxRateBps: 1300,
          landed: {
            goodsMinor: '20000000',
            freightMinor: '300000',
            financingMinor: '0',
            taxMinor: '0',
            totalMinor: '20300000',
            landedUnit: '5075.0000',
          },
          cheapest: true,
        },
      ],
    },
  ],
  bestSplit: {
    allocations: [
      { itemNo: 1, quoteId: QUOTE_ID, quantity: '300.000' },
      { itemNo: 2, quoteId: QUOTE2_ID, quantity: '40.000' },
    ],
    totalLandedMinor: '197045000',
    uncovered: [],
  },
  ...over,
});

/** The seller's side of the RFQ: the request, no invitations, the public steps. */
export const sellerRfq = (over: Partial<RfqView> = {}): RfqView =>
  rfq({
    side: 'seller',
    status: 'open',
    deadline: inHours(30),
    closedAt: null,
    invitations: [],
    quoteCount: null,
    approvalRequestId: null,
    events: [{ id: uuid(802), kind: 'rfq.published', actor: 'buyer', at: inHours(-190), data: {} }],
    ...over,
  });

export const myQuote = (over: Partial<RfqQuoteView> = {}): RfqQuoteView => ({
  id: QUOTE_ID,
  rfqId: RFQ_ID,
  sellerId: SELLER_ID,
  sellerName: '广西崇左桂糖制糖有限公司',
  sellerNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
  status: 'active',
  currentVersion: 1,
  withdrawnAt: null,
  versions: [
    {
      version: 1,
      paymentTerm: 'net30',
      deliveryDate: inDays(25),
      validUntil: inHours(300),
      note: '',
      lines: [
        {
          itemNo: 1,
          quantity: '300.000',
          unitPrice: '5800.0000',
          freightPerUnit: '120.0000',
          taxRateBps: 1300,
          note: '',
        },
      ],
      roundNo: null,
      createdAt: inHours(-10),
    },
  ],
  openRounds: [],
  ...over,
});

/** My price rules price item 1 and have nothing for item 2. */
export const suggestion = (over: Partial<RfqSuggestionView> = {}): RfqSuggestionView => ({
  paymentTerm: 'net30',
  lines: [
    {
      itemNo: 1,
      skuId: uuid(411),
      quantity: '300.000',
      unitPrice: '5777.5000',
      freightPerUnit: '95.0000',
      taxRateBps: 1300,
      reason: null,
      reasonZh: null,
    },
    {
      itemNo: 2,
      skuId: null,
      quantity: '40.000',
      unitPrice: null,
      freightPerUnit: null,
      taxRateBps: null,
      reason: 'No SKU of yours matches this item',
      reasonZh: '没有与此品项匹配的商品',
    },
  ],
  ...over,
});
