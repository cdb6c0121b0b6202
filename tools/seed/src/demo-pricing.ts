import type { BuiltInRole } from '@tradeway/shared/contracts';
/**
 * The pricing demo (DESIGN.md §4, §9): the Chongzuo mill's customer grades, its public list
 * with a quantity ladder, payment terms, pickup and three delivery zones, a cheaper list for
 * its strategic customers, a contract with the Hangzhou beverage maker, a rebate credit for
 * the food group and its special-price approval policy; the Nanning mill's public list with
 * other prices and zones, so that a buyer's comparison of the same sugar has two sellers.
 *
 * Pure data, like demo-data.ts: `seed.ts` writes it. Companies, users, SKUs and warehouses
 * are named by their demo codes and emails. Lists are found by (seller, code), grades by
 * (seller, code), assignments by (seller, buyer), items by (list, SKU), rebates by (seller,
 * buyer, reason) and approval policies by (company, subject type, name): renaming one creates
 * a new row and leaves the old one behind, so don't.
 */

export const PRICE_LIST_KINDS = ['list', 'grade', 'contract'] as const;
export type PriceListKind = (typeof PRICE_LIST_KINDS)[number];
export const PRICE_LIST_STATUSES = ['draft', 'published', 'archived'] as const;
export type PriceListStatus = (typeof PRICE_LIST_STATUSES)[number];
export const LADDER_MODES = ['all_units', 'graduated'] as const;
export type LadderMode = (typeof LADDER_MODES)[number];
export type PaymentTerm = 'prepayment' | 'cash' | 'net30' | 'net60' | 'net90';

export interface DemoGrade {
  /** company code of the seller that defines it */
  readonly seller: string;
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** 1 = most privileged */
  readonly rank: number;
  readonly description: string;
}

export interface DemoGradeAssignment {
  readonly seller: string;
  /** company code of the buyer */
  readonly buyer: string;
  /** grade code at this seller */
  readonly grade: string;
  /** email of the seller's user who assigned it */
  readonly assignedBy: string;
}

export interface DemoLadderBreak {
  /** decimal string, at most 3 places */
  readonly minQuantity: string;
  readonly kind: 'absolute' | 'percent';
  /** absolute: the unit price from this quantity on (≤ 4 places); percent: % off the base (≤ 2 places) */
  readonly value: string;
}

export interface DemoPriceItem {
  /** SKU code; the SKU must belong to the list's seller */
  readonly sku: string;
  /** decimal strings, at most 4 places */
  readonly unitPrice: string;
  readonly floorPrice: string | null;
  readonly ladderMode: LadderMode;
  readonly ladder: readonly DemoLadderBreak[];
}

export interface DemoTerms {
  readonly annualCostOfCapitalBps: number;
  readonly prepaymentDays: number;
  readonly overridesBps: Readonly<Partial<Record<PaymentTerm, number>>>;
}

export interface DemoPickup {
  /** warehouse code */
  readonly warehouse: string;
  readonly handlingPerUnit: string;
}

export interface DemoZone {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** ISO 3166-2 province codes (libs/shared/contracts/src/regions.ts) */
  readonly regions: readonly string[];
  /** per SKU unit, decimal string */
  readonly freightPerUnit: string;
  /** minor units (fen); stored as a string of digits */
  readonly perShipmentFeeMinor: bigint;
}

export interface DemoDelivery {
  readonly pickups: readonly DemoPickup[];
  readonly zones: readonly DemoZone[];
}

export interface DemoPriceList {
  readonly seller: string;
  readonly code: string;
  readonly name: string;
  readonly kind: PriceListKind;
  /** grade code at the seller: `grade` lists only */
  readonly grade?: string;
  /** buyer company code: `contract` lists only */
  readonly buyer?: string;
  readonly currency: 'CNY';
  /** ISO days; validTo is exclusive; null = open */
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly status: PriceListStatus;
  /** null: inherit the public list's */
  readonly terms: DemoTerms | null;
  readonly delivery: DemoDelivery | null;
  readonly quoteValidityDays: number;
  readonly items: readonly DemoPriceItem[];
}

export interface DemoRebate {
  readonly seller: string;
  readonly buyer: string;
  /** a credit earned: > 0, minor units */
  readonly amountMinor: bigint;
  readonly currency: 'CNY';
  readonly reason: string;
  readonly createdBy: string;
}

export interface DemoPolicyLevel {
  readonly order: number;
  readonly mode: 'any' | 'all';
  readonly approverRoles: readonly BuiltInRole[];
  readonly approverUserIds: readonly string[];
  readonly slaHours: number | null;
  readonly escalation: { readonly kind: 'notify' } | { readonly kind: 'next_level' };
}

export interface DemoApprovalPolicy {
  readonly company: string;
  readonly subjectType: 'special_price';
  readonly name: string;
  /** lower first: the first active policy whose conditions hold decides */
  readonly priority: number;
  readonly conditions: { readonly minDiscountBps?: number };
  readonly levels: readonly DemoPolicyLevel[];
}

// ---------------------------------------------------------------------------------------
// Customer grades (分类分级) of the Chongzuo mill, and who is in which.

const GUITANG = 'guitang-sugar';
const GUITANG_MANAGER = 'seller.manager@guitang-sugar.demo';
const NANNING = 'nanning-sugar';

export const DEMO_GRADES: readonly DemoGrade[] = [
  {
    seller: GUITANG,
    code: 'STRATEGIC',
    nameZh: '战略客户',
    nameEn: 'Strategic',
    rank: 1,
    description: '年采购量 1 万吨以上、签订年度框架协议的集团客户',
  },
  {
    seller: GUITANG,
    code: 'KEY',
    nameZh: '重点客户',
    nameEn: 'Key account',
    rank: 2,
    description: '年采购量 2 000 吨以上的长期客户',
  },
  {
    seller: GUITANG,
    code: 'STANDARD',
    nameZh: '标准客户',
    nameEn: 'Standard',
    rank: 3,
    description: '有稳定采购记录的客户',
  },
  {
    seller: GUITANG,
    code: 'NEW',
    nameZh: '新客户',
    nameEn: 'New customer',
    rank: 4,
    description: '首年合作的客户',
  },
];

export const DEMO_GRADE_ASSIGNMENTS: readonly DemoGradeAssignment[] = [
  { seller: GUITANG, buyer: 'huaxin-food', grade: 'STRATEGIC', assignedBy: GUITANG_MANAGER },
  { seller: GUITANG, buyer: 'huaxin-sd-bakery', grade: 'KEY', assignedBy: GUITANG_MANAGER },
  { seller: GUITANG, buyer: 'huaxin-hn-bakery', grade: 'KEY', assignedBy: GUITANG_MANAGER },
  { seller: GUITANG, buyer: 'qingquan-bev', grade: 'STANDARD', assignedBy: GUITANG_MANAGER },
  { seller: GUITANG, buyer: 'linmu-furniture', grade: 'NEW', assignedBy: GUITANG_MANAGER },
];

// ---------------------------------------------------------------------------------------
// Price lists.

/** An all-units ladder of three breaks: two absolute prices, then a percentage off the base. */
function ladder3(
  unitPrice: string,
  floorPrice: string,
  breaks: readonly [q1: string, p1: string, q2: string, p2: string, q3: string, percentOff: string],
  ladderMode: LadderMode = 'all_units',
): Omit<DemoPriceItem, 'sku'> {
  const [q1, p1, q2, p2, q3, percentOff] = breaks;
  return {
    unitPrice,
    floorPrice,
    ladderMode,
    ladder: [
      { minQuantity: q1, kind: 'absolute', value: p1 },
      { minQuantity: q2, kind: 'absolute', value: p2 },
      { minQuantity: q3, kind: 'percent', value: percentOff },
    ],
  };
}

/** From 2026 on, with no end: the demo keeps working whatever day it is shown. */
const FROM_2026 = '2026-01-01';

export const DEMO_PRICE_LISTS: readonly DemoPriceList[] = [
  {
    seller: GUITANG,
    code: 'GT-LIST-2026',
    name: '2026 年白砂糖公开价目表',
    kind: 'list',
    currency: 'CNY',
    validFrom: FROM_2026,
    validTo: null,
    status: 'published',
    // 8 % a year cost of capital: prepaying 30 days earns 8 % × 30/365 ≈ 0.66 % off
    terms: { annualCostOfCapitalBps: 800, prepaymentDays: 30, overridesBps: {} },
    delivery: {
      pickups: [{ warehouse: 'chongzuo-sugar-wh', handlingPerUnit: '8' }],
      zones: [
        {
          code: 'SOUTH',
          nameZh: '华南',
          nameEn: 'South China',
          regions: ['CN-GX', 'CN-GD', 'CN-HI'],
          freightPerUnit: '60',
          perShipmentFeeMinor: 20_000n, // ¥200
        },
        {
          code: 'EAST',
          nameZh: '华东',
          nameEn: 'East China',
          regions: ['CN-SH', 'CN-JS', 'CN-ZJ', 'CN-SD', 'CN-AH'],
          freightPerUnit: '180',
          perShipmentFeeMinor: 50_000n, // ¥500
        },
        {
          code: 'NORTH',
          nameZh: '华北',
          nameEn: 'North China',
          regions: ['CN-BJ', 'CN-TJ', 'CN-HE', 'CN-HA'],
          freightPerUnit: '260',
          perShipmentFeeMinor: 80_000n, // ¥800
        },
      ],
    },
    quoteValidityDays: 7,
    // ≥ 2 000 t: 2.5 % off the base, below the ≥ 500 t price (1.5 % would be dearer than it)
    items: [
      {
        sku: 'white-sugar-gx-premium',
        ...ladder3('6300', '6000', ['100', '6250', '500', '6190', '2000', '2.5']),
      },
      { sku: 'white-sugar-gx-g1', ...ladder3('6100', '5800', ['100', '6050', '500', '5990', '2000', '2.5']) },
      { sku: 'white-sugar-gx-g2', ...ladder3('5950', '5650', ['100', '5900', '500', '5840', '2000', '2.5']) },
    ],
  },
  {
    seller: GUITANG,
    code: 'GT-STRATEGIC-2026',
    name: '2026 年战略客户价',
    kind: 'grade',
    grade: 'STRATEGIC',
    currency: 'CNY',
    validFrom: FROM_2026,
    validTo: null,
    status: 'published',
    terms: null, // the public list's terms and zones apply
    delivery: null,
    quoteValidityDays: 7,
    items: [
      {
        sku: 'white-sugar-gx-premium',
        ...ladder3('6200', '5950', ['100', '6150', '500', '6090', '2000', '3']),
      },
      { sku: 'white-sugar-gx-g1', ...ladder3('6000', '5750', ['100', '5950', '500', '5890', '2000', '3']) },
      { sku: 'white-sugar-gx-g2', ...ladder3('5860', '5600', ['100', '5810', '500', '5750', '2000', '3']) },
    ],
  },
  {
    seller: GUITANG,
    code: 'GT-C-QINGQUAN-2026',
    name: '杭州清泉饮品 2026 年度合同价',
    kind: 'contract',
    buyer: 'qingquan-bev',
    currency: 'CNY',
    validFrom: FROM_2026,
    validTo: null,
    status: 'published',
    // negotiated: credit at 6 % a year instead of 8 %; the public list's zones apply
    terms: { annualCostOfCapitalBps: 600, prepaymentDays: 30, overridesBps: {} },
    delivery: null,
    quoteValidityDays: 14,
    items: [
      {
        sku: 'white-sugar-gx-premium',
        unitPrice: '6150',
        floorPrice: '5950',
        ladderMode: 'all_units',
        ladder: [],
      },
      {
        sku: 'white-sugar-gx-g1',
        unitPrice: '5930',
        floorPrice: '5750',
        ladderMode: 'all_units',
        ladder: [{ minQuantity: '300', kind: 'absolute', value: '5900' }],
      },
    ],
  },
  {
    seller: NANNING,
    code: 'NN-LIST-2026',
    name: '南宁糖业 2026 年公开价',
    kind: 'list',
    currency: 'CNY',
    validFrom: FROM_2026,
    validTo: null,
    status: 'published',
    terms: { annualCostOfCapitalBps: 700, prepaymentDays: 15, overridesBps: { net90: 250 } },
    delivery: {
      pickups: [{ warehouse: 'nanning-sugar-wh', handlingPerUnit: '6' }],
      zones: [
        {
          code: 'SOUTH',
          nameZh: '华南',
          nameEn: 'South China',
          regions: ['CN-GX', 'CN-GD', 'CN-HI', 'CN-FJ'],
          freightPerUnit: '55',
          perShipmentFeeMinor: 15_000n, // ¥150
        },
        {
          code: 'CENTRAL',
          nameZh: '华中',
          nameEn: 'Central China',
          regions: ['CN-HN', 'CN-HB', 'CN-JX', 'CN-HA'],
          freightPerUnit: '170',
          perShipmentFeeMinor: 50_000n, // ¥500
        },
        {
          code: 'EAST',
          nameZh: '华东',
          nameEn: 'East China',
          regions: ['CN-SH', 'CN-JS', 'CN-ZJ', 'CN-SD'],
          freightPerUnit: '195',
          perShipmentFeeMinor: 60_000n, // ¥600
        },
        // no North China zone: Beijing and Tianjin buyers see "zone not covered" in a comparison
      ],
    },
    quoteValidityDays: 5,
    items: [
      {
        sku: 'white-sugar-nn-premium',
        ...ladder3('6260', '6000', ['200', '6210', '1000', '6150', '3000', '2'], 'graduated'),
      },
      {
        sku: 'white-sugar-nn-g1',
        ...ladder3('6080', '5800', ['200', '6030', '1000', '5970', '3000', '2'], 'graduated'),
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------
// Rebates (返点) and the special-price approval policy (特价审批, DESIGN.md §9).

export const DEMO_REBATES: readonly DemoRebate[] = [
  {
    seller: GUITANG,
    buyer: 'huaxin-food',
    amountMinor: 200_000n, // ¥2 000.00
    currency: 'CNY',
    reason: '2025/26 榨季三季度采购返点',
    createdBy: GUITANG_MANAGER,
  },
];

const level = (order: number, role: BuiltInRole, slaHours: number): DemoPolicyLevel => ({
  order,
  mode: 'any',
  approverRoles: [role],
  approverUserIds: [],
  slaHours,
  escalation: { kind: 'notify' },
});

export const DEMO_APPROVAL_POLICIES: readonly DemoApprovalPolicy[] = [
  {
    company: GUITANG,
    subjectType: 'special_price',
    name: '特价审批：折扣 5 % 及以上（销售经理 → 总经理）',
    priority: 10,
    conditions: { minDiscountBps: 500 },
    levels: [level(1, 'sales_manager', 24), level(2, 'owner', 48)],
  },
  {
    company: GUITANG,
    subjectType: 'special_price',
    name: '特价审批：低于底价（销售经理）',
    priority: 20,
    conditions: { minDiscountBps: 0 },
    levels: [level(1, 'sales_manager', 24)],
  },
];
