import { createHash } from 'node:crypto';
import { DEMO_GRADE_ASSIGNMENTS, DEMO_PRICE_LISTS } from './demo-pricing';
import { DEMO_PRODUCTS, DEMO_CATEGORIES } from './demo-data';

/**
 * The orders demo (DESIGN.md §8): the two sugar mills' orders from the food group and the
 * furniture maker, in the states a newcomer should see in both portals — placed and waiting
 * for the mill, confirmed with a scheduled date and the stock reserved, refused by the mill
 * with its reason, cancelled by the buyer or by the mill with theirs. No `pending_approval`:
 * neither buyer has a `purchase_order` approval policy, so their orders are placed at once.
 *
 * Pure data, like demo-data.ts: `seed.ts` writes it, through the order domain's lifecycle
 * (`submitOrder`, `transition`), on the first run only. Each order is known by its `key` (its
 * id derives from it); its number comes from the order-number sequence when it is created,
 * and its times are counted back from that moment, so a fresh demo always has recent orders.
 *
 * Figures: each line is priced at the buyer's list price for the SKU (its contract list, else
 * its grade's list at the seller, else the public list: demo-pricing.ts), below the first
 * ladder break, paid cash and picked up at the mill's warehouse; net = quantity × price in fen,
 * VAT at the category's rate (13 % for sugar) rounded half up, total = net + VAT.
 */

export type DemoOrderStep =
  | {
      readonly command: 'confirm';
      /** email of the seller's user */
      readonly by: string;
      /** hours after the order was placed */
      readonly afterHours: number;
      /** the scheduled date, in days after the confirmation's China day */
      readonly scheduledInDays: number;
      /** where the stock is reserved: one entry per line, in line order */
      readonly reserve: ReadonlyArray<{ readonly warehouse: string; readonly location: string }>;
    }
  | {
      readonly command: 'reject' | 'cancel';
      /** email of the acting user, of the buyer or the seller */
      readonly by: string;
      readonly afterHours: number;
      readonly reason: string;
    };

export interface DemoOrderLine {
  readonly sku: string;
  /** whole units of the SKU (tonnes for sugar) */
  readonly quantity: number;
}

export interface DemoOrder {
  /** stable and unique: the order's id is derived from it */
  readonly key: string;
  readonly buyer: string;
  readonly seller: string;
  /** email of the buyer's user who placed it */
  readonly placedBy: string;
  /** how long before the seed's run it was placed, in hours */
  readonly placedHoursAgo: number;
  /** the buyer's own reference (its PO number) */
  readonly buyerReference: string;
  readonly note: string;
  /** pickup at this warehouse (code) */
  readonly pickup: string;
  readonly lines: readonly DemoOrderLine[];
  /** what happened after it was placed, in order */
  readonly steps: readonly DemoOrderStep[];
}

const GUITANG = 'guitang-sugar';
const NANNING = 'nanning-sugar';
const HUAXIN = 'huaxin-food';
const LINMU = 'linmu-furniture';
const HX = 'buyer.purchaser@huaxin-food.demo';
const LM = 'buyer.purchaser@linmu-furniture.demo';
const GT_MANAGER = 'seller.manager@guitang-sugar.demo';
const GT_OWNER = 'seller.owner@guitang-sugar.demo';
const NN_MANAGER = 'seller2.manager@nanning-sugar.demo';
const NN_OWNER = 'seller2.owner@nanning-sugar.demo';
const CHONGZUO = 'chongzuo-sugar-wh';
const NANNING_WH = 'nanning-sugar-wh';
const DAY = 24;

export const DEMO_ORDERS: readonly DemoOrder[] = [
  // 桂糖 ← 华鑫 (STRATEGIC: the strategic list's prices)
  {
    key: 'gt-huaxin-placed-g1',
    buyer: HUAXIN,
    seller: GUITANG,
    placedBy: HX,
    placedHoursAgo: 5,
    buyerReference: 'HX-PO-2026-1182',
    note: '济南工厂 12 月生产用糖，请尽快确认交期',
    pickup: CHONGZUO,
    lines: [{ sku: 'white-sugar-gx-g1', quantity: 25 }],
    steps: [],
  },
  {
    key: 'gt-huaxin-placed-premium',
    buyer: HUAXIN,
    seller: GUITANG,
    placedBy: HX,
    placedHoursAgo: 1 * DAY + 3,
    buyerReference: 'HX-PO-2026-1179',
    note: '烘焙新品试产，优级糖',
    pickup: CHONGZUO,
    lines: [{ sku: 'white-sugar-gx-premium', quantity: 12 }],
    steps: [],
  },
  {
    key: 'gt-huaxin-confirmed-g1',
    buyer: HUAXIN,
    seller: GUITANG,
    placedBy: HX,
    placedHoursAgo: 6 * DAY,
    buyerReference: 'HX-PO-2026-1168',
    note: '',
    pickup: CHONGZUO,
    lines: [{ sku: 'white-sugar-gx-g1', quantity: 30 }],
    steps: [
      {
        command: 'confirm',
        by: GT_MANAGER,
        afterHours: 20,
        scheduledInDays: 10,
        reserve: [{ warehouse: CHONGZUO, location: 'A1' }],
      },
    ],
  },
  {
    key: 'gt-huaxin-rejected-g2',
    buyer: HUAXIN,
    seller: GUITANG,
    placedBy: HX,
    placedHoursAgo: 12 * DAY,
    buyerReference: 'HX-PO-2026-1141',
    note: '',
    pickup: CHONGZUO,
    lines: [{ sku: 'white-sugar-gx-g2', quantity: 40 }],
    steps: [
      {
        command: 'reject',
        by: GT_MANAGER,
        afterHours: 4,
        reason: '二级糖本榨季已全部售出，建议改订一级白砂糖',
      },
    ],
  },
  {
    key: 'gt-huaxin-cancelled-by-buyer',
    buyer: HUAXIN,
    seller: GUITANG,
    placedBy: HX,
    placedHoursAgo: 9 * DAY,
    buyerReference: 'HX-PO-2026-1150',
    note: '',
    pickup: CHONGZUO,
    lines: [{ sku: 'white-sugar-gx-g1', quantity: 15 }],
    steps: [{ command: 'cancel', by: HX, afterHours: 2, reason: '生产计划调整，本月暂不采购' }],
  },
  {
    key: 'gt-huaxin-cancelled-by-seller',
    buyer: HUAXIN,
    seller: GUITANG,
    placedBy: HX,
    placedHoursAgo: 20 * DAY,
    buyerReference: 'HX-PO-2026-1102',
    note: '',
    pickup: CHONGZUO,
    lines: [{ sku: 'white-sugar-gx-premium', quantity: 10 }],
    steps: [
      {
        command: 'confirm',
        by: GT_MANAGER,
        afterHours: 6,
        scheduledInDays: 7,
        reserve: [{ warehouse: CHONGZUO, location: 'A2' }],
      },
      {
        command: 'cancel',
        by: GT_OWNER,
        afterHours: 3 * DAY,
        reason: '仓库检修，无法按期出库；已与采购方协商取消，预留库存已释放',
      },
    ],
  },
  // 桂糖 ← 林木 (NEW: the public list's prices)
  {
    key: 'gt-linmu-confirmed-g1',
    buyer: LINMU,
    seller: GUITANG,
    placedBy: LM,
    placedHoursAgo: 3 * DAY,
    buyerReference: 'LM-2026-031',
    note: '胶黏剂车间用糖',
    pickup: CHONGZUO,
    lines: [{ sku: 'white-sugar-gx-g1', quantity: 20 }],
    steps: [
      {
        command: 'confirm',
        by: GT_MANAGER,
        afterHours: 8,
        scheduledInDays: 7,
        reserve: [{ warehouse: CHONGZUO, location: 'A1' }],
      },
    ],
  },
  {
    key: 'gt-linmu-placed-g2',
    buyer: LINMU,
    seller: GUITANG,
    placedBy: LM,
    placedHoursAgo: 1 * DAY,
    buyerReference: 'LM-2026-034',
    note: '',
    pickup: CHONGZUO,
    lines: [{ sku: 'white-sugar-gx-g2', quantity: 10 }],
    steps: [],
  },
  // 南宁糖业 ← 华鑫 (the public list's prices)
  {
    key: 'nn-huaxin-confirmed-g1',
    buyer: HUAXIN,
    seller: NANNING,
    placedBy: HX,
    placedHoursAgo: 4 * DAY,
    buyerReference: 'HX-PO-2026-1171',
    note: '第二供应商比价后下单',
    pickup: NANNING_WH,
    lines: [{ sku: 'white-sugar-nn-g1', quantity: 40 }],
    steps: [
      {
        command: 'confirm',
        by: NN_MANAGER,
        afterHours: 5,
        scheduledInDays: 6,
        reserve: [{ warehouse: NANNING_WH, location: 'N2' }],
      },
    ],
  },
  {
    key: 'nn-huaxin-placed-premium',
    buyer: HUAXIN,
    seller: NANNING,
    placedBy: HX,
    placedHoursAgo: 2 * DAY,
    buyerReference: 'HX-PO-2026-1175',
    note: '',
    pickup: NANNING_WH,
    lines: [{ sku: 'white-sugar-nn-premium', quantity: 20 }],
    steps: [],
  },
  {
    key: 'nn-huaxin-rejected-g1',
    buyer: HUAXIN,
    seller: NANNING,
    placedBy: HX,
    placedHoursAgo: 15 * DAY,
    buyerReference: 'HX-PO-2026-1123',
    note: '',
    pickup: NANNING_WH,
    lines: [{ sku: 'white-sugar-nn-g1', quantity: 150 }],
    steps: [
      { command: 'reject', by: NN_MANAGER, afterHours: 6, reason: '超出本月可供量，下月可按 80 吨供货' },
    ],
  },
  {
    key: 'nn-huaxin-cancelled-by-buyer',
    buyer: HUAXIN,
    seller: NANNING,
    placedBy: HX,
    placedHoursAgo: 8 * DAY,
    buyerReference: 'HX-PO-2026-1156',
    note: '',
    pickup: NANNING_WH,
    lines: [{ sku: 'white-sugar-nn-premium', quantity: 10 }],
    steps: [{ command: 'cancel', by: HX, afterHours: 1, reason: '已从其他供应商补足' }],
  },
  // 南宁糖业 ← 林木
  {
    key: 'nn-linmu-placed-g1',
    buyer: LINMU,
    seller: NANNING,
    placedBy: LM,
    placedHoursAgo: 2,
    buyerReference: 'LM-2026-036',
    note: '',
    pickup: NANNING_WH,
    lines: [{ sku: 'white-sugar-nn-g1', quantity: 12 }],
    steps: [],
  },
  {
    key: 'nn-linmu-cancelled-by-seller',
    buyer: LINMU,
    seller: NANNING,
    placedBy: LM,
    placedHoursAgo: 10 * DAY,
    buyerReference: 'LM-2026-027',
    note: '',
    pickup: NANNING_WH,
    lines: [{ sku: 'white-sugar-nn-g1', quantity: 18 }],
    steps: [
      { command: 'cancel', by: NN_OWNER, afterHours: 20, reason: '运力不足，无法按期发货，请重新下单' },
    ],
  },
];

/** A stable UUID (the v5 layout over SHA-1) for a demo row: the same name, the same id, on every database. */
export function demoUuid(name: string): string {
  const h = createHash('sha1').update(`tradeway-demo/${name}`).digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** The seller of a SKU, its unit, description and VAT rate (from its category). */
export function demoSku(code: string) {
  for (const p of DEMO_PRODUCTS) {
    const sku = p.skus.find((s) => s.code === code);
    if (!sku) continue;
    const category = DEMO_CATEGORIES.find((c) => c.code === p.category);
    if (!category) throw new Error(`demo data: no category ${p.category}`);
    const grade = sku.attributes['grade'];
    return {
      seller: p.seller,
      unit: sku.unit,
      specCode: sku.specCode ?? null,
      grade: typeof grade === 'string' ? grade : null,
      description: p.nameZh === p.nameEn ? p.nameZh : `${p.nameZh} / ${p.nameEn}`,
      taxRateBps: category.taxRateBps,
      minOrderQuantity: Number(sku.minOrderQuantity),
    };
  }
  throw new Error(`demo data: unknown SKU ${code}`);
}

/**
 * The buyer's list price of a SKU at a seller (demo-pricing.ts): its contract list, else its
 * grade's list, else the public list; with the quantity of the first ladder break, below
 * which that price holds. Published lists only.
 */
export function demoListPrice(seller: string, buyer: string, sku: string) {
  const grade = DEMO_GRADE_ASSIGNMENTS.find((a) => a.seller === seller && a.buyer === buyer)?.grade;
  const lists = DEMO_PRICE_LISTS.filter((l) => l.seller === seller && l.status === 'published');
  const candidates = [
    ...lists.filter((l) => l.kind === 'contract' && l.buyer === buyer),
    ...lists.filter((l) => l.kind === 'grade' && grade !== undefined && l.grade === grade),
    ...lists.filter((l) => l.kind === 'list'),
  ];
  for (const list of candidates) {
    const item = list.items.find((i) => i.sku === sku);
    if (item) {
      return {
        list: list.code,
        unitPrice: item.unitPrice,
        firstBreak:
          item.ladder.length > 0 ? Math.min(...item.ladder.map((b) => Number(b.minQuantity))) : Infinity,
      };
    }
  }
  throw new Error(`demo data: ${buyer} has no price for ${sku} at ${seller}`);
}

/** A line's figures in fen: net = quantity × unit price, VAT rounded half up, total. */
export function demoLineFigures(line: DemoOrderLine, unitPrice: string, taxRateBps: number) {
  if (!/^\d+$/.test(unitPrice)) throw new Error(`demo data: the price ${unitPrice} is not whole yuan`);
  const netMinor = BigInt(line.quantity) * BigInt(unitPrice) * 100n;
  const taxMinor = (netMinor * BigInt(taxRateBps) + 5_000n) / 10_000n;
  return { netMinor, taxMinor, totalMinor: netMinor + taxMinor };
}
