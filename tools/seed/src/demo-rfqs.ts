import type { PaymentTerm } from './demo-pricing';

/**
 * The RFQ demo (DESIGN.md §5, issue 6): the food group's requests for quotation, in the states
 * a newcomer should see in both portals — an open, sealed RFQ that two mills have quoted (one of
 * them twice) and a trader has not yet; a closed one whose three quotes are ready to compare,
 * where the cheapest award splits the lines between two sellers; and a draft not yet published.
 *
 * Pure data, like demo-orders.ts: `seed.ts` writes it on the first run only, as the platform
 * would have (created, published, each quote version, the close at the deadline), through the
 * rfq domain's rules (`rfqTransition`, `checkRfqSchedule`, `checkQuote`), so that data the
 * platform would refuse fails the seed. Each RFQ is known by its `key` (its id derives from it:
 * `demoUuid('rfq/<key>')`); its number comes from the RFQ-number sequence when it is created,
 * and its times are counted from that moment, so a fresh demo always has a live RFQ.
 *
 * Figures: unit prices in yuan per tonne (white sugar ≈ 5 800–6 300 ¥/t), freight per tonne to
 * the buyer's place, VAT 13 % (`taxRateBps` 1300); every quote is valid 20 days from the seed.
 * In the closed RFQ (the buyer's default: 6 % cost of capital, input VAT recovered) the landed
 * cost per tonne is: item 1 — 桂糖 5 880 cash, 恒通 5 900 prepaid ≈ 5 929, 南宁 n/a;
 * item 2 — 南宁 (6 120 + 30 freight) on net 60 ≈ 6 089, 恒通 6 150 prepaid ≈ 6 180, 桂糖 n/a.
 * Only 恒通 covers both items, but the best split (桂糖 item 1, 南宁 item 2) is cheaper.
 */

export type RfqUnit = 't' | 'kg' | 'm3' | 'piece' | 'box';

export interface DemoRfqItem {
  /** a catalog SKU (its code), or none for a free specification */
  readonly sku?: string;
  readonly description: string;
  readonly specification: string;
  /** decimal string, at most 3 places */
  readonly quantity: string;
  readonly unit: RfqUnit;
}

export interface DemoQuoteLine {
  readonly itemNo: number;
  /** decimal strings: quantity ≤ 3 places (at most the requested), prices ≤ 4 places */
  readonly quantity: string;
  readonly unitPrice: string;
  readonly freightPerUnit: string;
  readonly taxRateBps: number;
  readonly note: string;
}

/** A version of a seller's quote; it promises delivery on the RFQ's required date. */
export interface DemoQuoteVersion {
  /** email of the seller's user who sent it */
  readonly by: string;
  /** how long before the seed's run it was sent, in hours */
  readonly hoursAgo: number;
  readonly paymentTerm: PaymentTerm;
  /** valid until the end of the China day this many days after the seed's run */
  readonly validDays: number;
  readonly note: string;
  readonly lines: readonly DemoQuoteLine[];
}

export interface DemoRfqInvitation {
  /** company code of an invited seller */
  readonly seller: string;
  /** when the seller first opened the RFQ, in hours before the seed's run (none: not yet) */
  readonly viewedHoursAgo?: number;
  /** the seller's quote, version by version, oldest first (none: not quoted) */
  readonly versions?: readonly DemoQuoteVersion[];
}

export interface DemoRfq {
  /** stable and unique: the RFQ's id is derived from it */
  readonly key: string;
  /** the state the lifecycle must arrive at (the seed checks it) */
  readonly status: 'draft' | 'open' | 'closed';
  readonly buyer: string;
  /** email of the buyer's user who created (and published) it */
  readonly createdBy: string;
  readonly title: string;
  readonly description: string;
  /** category code, or none */
  readonly category?: string;
  readonly sealed: boolean;
  /** ISO 3166-2 province code of the delivery place, and the address within it */
  readonly deliveryRegion: string;
  readonly deliveryAddress: string;
  /** the required delivery date: the China day this many days after the seed's run */
  readonly deliveryInDays: number;
  readonly acceptedPaymentTerms: readonly PaymentTerm[];
  /** hours before the seed's run */
  readonly createdHoursAgo: number;
  /** hours before the seed's run; none for a draft */
  readonly publishedHoursAgo?: number;
  /** hours after the seed's run (negative: already passed, and the RFQ closed then) */
  readonly deadlineInHours: number;
  readonly items: readonly DemoRfqItem[];
  readonly invitations: readonly DemoRfqInvitation[];
}

const HUAXIN = 'huaxin-food';
const HX = 'buyer.purchaser@huaxin-food.demo';
const GUITANG = 'guitang-sugar';
const NANNING = 'nanning-sugar';
const HENGTONG = 'hengtong-trade';
const GT_SALES = 'seller.sales@guitang-sugar.demo';
const GT_MANAGER = 'seller.manager@guitang-sugar.demo';
const NN_SALES = 'seller2.sales@nanning-sugar.demo';
const HT_SALES = 'seller.sales@hengtong-trade.demo';
const DAY = 24;
/** 13 % VAT on sugar (the category's rate) and on cartons. */
const VAT = 1300;
/** Every demo quote is valid this many days from the seed's run. */
const VALID_DAYS = 20;

/** 山东华鑫烘焙 in Weifang: the group's bakery, where the sugar goes. */
const BAKERY_ADDRESS = '山东省潍坊市高新区健康东街 1888 号 山东华鑫烘焙食品有限公司 原料仓库';
const SUGAR_G1_SPEC = 'GB/T 317-2018 一级：蔗糖分 ≥ 99.6 %，色值 ≤ 150 IU；50 kg 编织袋装，2025/26 榨季新糖';
const SUGAR_PREMIUM_SPEC =
  'GB/T 317-2018 优级：蔗糖分 ≥ 99.7 %，色值 ≤ 60 IU；50 kg 编织袋装，2025/26 榨季新糖';

const line = (
  itemNo: number,
  quantity: string,
  unitPrice: string,
  freightPerUnit = '0',
  note = '',
): DemoQuoteLine => ({ itemNo, quantity, unitPrice, freightPerUnit, taxRateBps: VAT, note });

export const DEMO_RFQS: readonly DemoRfq[] = [
  {
    key: 'sugar-q1-sealed',
    status: 'open',
    buyer: HUAXIN,
    createdBy: HX,
    title: '一季度生产用白砂糖（密封报价）',
    description:
      '潍坊烘焙工厂一季度生产用糖，分三批到货。请报到厂价（运费单列），开具 13% 增值税专用发票；' +
      '密封报价，截止前任何一方（含采购方）均不可查看报价。',
    category: 'food-sugar',
    sealed: true,
    deliveryRegion: 'CN-SD',
    deliveryAddress: BAKERY_ADDRESS,
    deliveryInDays: 18,
    acceptedPaymentTerms: ['cash', 'net30', 'net60'],
    createdHoursAgo: 2 * DAY + 4,
    publishedHoursAgo: 2 * DAY + 2,
    deadlineInHours: 3 * DAY,
    items: [
      {
        sku: 'white-sugar-gx-g1',
        description: '白砂糖 一级',
        specification: SUGAR_G1_SPEC,
        quantity: '200',
        unit: 't',
      },
      {
        description: '白砂糖 优级',
        specification: SUGAR_PREMIUM_SPEC,
        quantity: '80',
        unit: 't',
      },
    ],
    invitations: [
      {
        seller: GUITANG,
        viewedHoursAgo: 2 * DAY,
        versions: [
          {
            by: GT_SALES,
            hoursAgo: 1 * DAY + 20,
            paymentTerm: 'net30',
            validDays: VALID_DAYS,
            note: '崇左糖业物流仓发货，汽运到厂，约 5 天到货',
            lines: [line(1, '200', '5990', '180'), line(2, '80', '6260', '180')],
          },
          {
            by: GT_MANAGER,
            hoursAgo: 6,
            paymentTerm: 'net30',
            validDays: VALID_DAYS,
            note: '战略客户整单优惠：一级糖下调 50 元/吨，优级糖下调 30 元/吨',
            lines: [line(1, '200', '5940', '180'), line(2, '80', '6230', '180')],
          },
        ],
      },
      {
        seller: NANNING,
        viewedHoursAgo: 1 * DAY + 9,
        versions: [
          {
            by: NN_SALES,
            hoursAgo: 1 * DAY + 2,
            paymentTerm: 'net60',
            validDays: VALID_DAYS,
            note: '南宁糖业物流仓铁路发运，约 7 天到货',
            lines: [line(1, '200', '6050', '160'), line(2, '80', '6290', '160')],
          },
        ],
      },
      { seller: HENGTONG, viewedHoursAgo: 10 },
    ],
  },
  {
    key: 'sugar-dec-compare',
    status: 'closed',
    buyer: HUAXIN,
    createdBy: HX,
    title: '旺季补货白砂糖（一级、优级）',
    description: '节日旺季烘焙补货，送潍坊工厂。可分供应商分别授标；请注明付款方式和运费。',
    category: 'food-sugar',
    sealed: false,
    deliveryRegion: 'CN-SD',
    deliveryAddress: BAKERY_ADDRESS,
    deliveryInDays: 10,
    acceptedPaymentTerms: ['prepayment', 'cash', 'net30', 'net60'],
    createdHoursAgo: 6 * DAY + 3,
    publishedHoursAgo: 6 * DAY + 2,
    deadlineInHours: -2,
    items: [
      {
        sku: 'white-sugar-gx-g1',
        description: '白砂糖 一级',
        specification: SUGAR_G1_SPEC,
        quantity: '100',
        unit: 't',
      },
      {
        description: '白砂糖 优级',
        specification: SUGAR_PREMIUM_SPEC,
        quantity: '40',
        unit: 't',
      },
    ],
    invitations: [
      {
        seller: GUITANG,
        viewedHoursAgo: 5 * DAY + 20,
        versions: [
          {
            by: GT_SALES,
            hoursAgo: 4 * DAY + 6,
            paymentTerm: 'cash',
            validDays: VALID_DAYS,
            note: '到厂价（含运费），现款现货；优级糖本月已排满，暂不报价',
            lines: [line(1, '100', '5880', '0', '到厂价，含运费')],
          },
        ],
      },
      {
        seller: NANNING,
        viewedHoursAgo: 5 * DAY + 2,
        versions: [
          {
            by: NN_SALES,
            hoursAgo: 3 * DAY + 1,
            paymentTerm: 'net60',
            validDays: VALID_DAYS,
            note: '优级糖现货充足，60 天账期；一级糖本批无货',
            lines: [line(2, '40', '6120', '30', '返程车运费 30 元/吨')],
          },
        ],
      },
      {
        seller: HENGTONG,
        viewedHoursAgo: 3 * DAY + 5,
        versions: [
          {
            by: HT_SALES,
            hoursAgo: 2 * DAY + 4,
            paymentTerm: 'prepayment',
            validDays: VALID_DAYS,
            note: '贸易商现货，款到发货，天津库直发，到厂价',
            lines: [line(1, '100', '5900'), line(2, '40', '6150')],
          },
        ],
      },
    ],
  },
  {
    key: 'packaging-draft',
    status: 'draft',
    buyer: HUAXIN,
    createdBy: HX,
    title: '烘焙礼盒外包装纸箱',
    description: '春节烘焙礼盒外箱，需打样确认后批量生产；报价请含印版和刀模费用。',
    sealed: false,
    deliveryRegion: 'CN-SD',
    deliveryAddress: BAKERY_ADDRESS,
    deliveryInDays: 20,
    acceptedPaymentTerms: ['net30'],
    createdHoursAgo: 3,
    deadlineInHours: 5 * DAY,
    items: [
      {
        description: '纸箱（五层瓦楞，四色印刷）',
        specification: '外径 400×300×250 mm，K=K 五层 BC 楞，四色印刷，覆哑膜；每箱装 6 盒',
        quantity: '5000',
        unit: 'piece',
      },
    ],
    invitations: [{ seller: 'guisen-wood' }],
  },
];
