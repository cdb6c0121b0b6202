import { REGION_CODES } from '@tradeway/shared/contracts';
import {
  checkCampaignTerms,
  judgeCommitment,
  type CampaignTerms,
  type CurrentCommitment,
  type Tier,
} from '@tradeway/server/group-buy/domain';
import { formatDecimal, parseDecimal, PRICE_PLACES, QUANTITY_PLACES } from '@tradeway/server/pricing/domain';
import type { PaymentTerm } from './demo-pricing';

/**
 * The group-buy demo (DESIGN.md §7, issue 8):
 * - 桂糖's open campaign for grade-1 sugar to food factories in the east and south: three of them
 *   have committed 260 t, 40 t short of the 300 t tier — a newcomer signed in as 华鑫食品 (上海)
 *   can join and watch the bar pass it;
 * - 佛山林木居家具 gathering furniture makers for 桂森木业's 18 mm eucalyptus plywood, waiting for
 *   桂森 to confirm the ladder (the seller's "confirm" step).
 *
 * Pure data and a pure replay: `playDemoCampaign` judges every commitment by the group-buy
 * domain's rules (`judgeCommitment`), in order, and fails when the data disagrees with them.
 * Times are hours relative to the seed's run; quantities in the SKU's unit; prices per unit.
 */

export interface DemoCommitment {
  readonly buyer: string;
  /** email of the buyer's user */
  readonly user: string;
  readonly quantity: string;
  /** months after the seed's month (1: next month) */
  readonly monthOffset: number;
  readonly hoursAgo: number;
}

export interface DemoCampaign {
  readonly key: string;
  readonly status: 'open' | 'pending_seller';
  readonly organiser: string;
  readonly organiserKind: 'seller' | 'buyer';
  readonly createdBy: string;
  readonly seller: string;
  readonly sku: string;
  readonly title: string;
  readonly description: string;
  readonly regions: readonly string[];
  readonly ladder: ReadonlyArray<{ readonly minQuantity: string; readonly unitPrice: string }>;
  readonly minTotal: string;
  readonly maxTotal?: string;
  readonly perBuyerMin?: string;
  readonly perBuyerMax?: string;
  readonly createdHoursAgo: number;
  readonly publishedHoursAgo: number;
  readonly lockInHours: number;
  readonly deadlineInHours: number;
  /** months after the seed's month */
  readonly monthOffsets: readonly number[];
  readonly depositBps: number;
  readonly paymentTerm: PaymentTerm;
  readonly commitments: readonly DemoCommitment[];
}

const DAY = 24;

export const DEMO_GROUP_BUYS: readonly DemoCampaign[] = [
  {
    key: 'sugar-east-pool',
    status: 'open',
    organiser: 'guitang-sugar',
    organiserKind: 'seller',
    createdBy: 'seller.manager@guitang-sugar.demo',
    seller: 'guitang-sugar',
    sku: 'white-sugar-gx-g1',
    title: '华东华南食品厂一级白砂糖集采',
    description:
      '桂糖 2025/26 榨季一级白砂糖，按全部参团总量定价：满 300 吨 5 920 元/吨，满 600 吨 5 850 元/吨（含税到厂）。' +
      '定金 10%，成团后抵扣货款；未成团全额退还。',
    regions: ['CN-SH', 'CN-SD', 'CN-HA', 'CN-ZJ', 'CN-JS', 'CN-GD'],
    ladder: [
      { minQuantity: '0', unitPrice: '6000' },
      { minQuantity: '300', unitPrice: '5920' },
      { minQuantity: '600', unitPrice: '5850' },
    ],
    minTotal: '300',
    maxTotal: '1200',
    perBuyerMin: '20',
    perBuyerMax: '400',
    createdHoursAgo: 3 * DAY,
    publishedHoursAgo: 3 * DAY - 1,
    lockInHours: 3 * DAY,
    deadlineInHours: 5 * DAY,
    monthOffsets: [1, 2],
    depositBps: 1000,
    paymentTerm: 'cash',
    commitments: [
      {
        buyer: 'huaxin-sd-bakery',
        user: 'sd.purchaser@huaxin-food.demo',
        quantity: '120',
        monthOffset: 1,
        hoursAgo: 60,
      },
      {
        buyer: 'qingquan-bev',
        user: 'buyer.purchaser@qingquan-bev.demo',
        quantity: '80',
        monthOffset: 2,
        hoursAgo: 40,
      },
      {
        buyer: 'huaxin-hn-bakery',
        user: 'hn.purchaser@huaxin-food.demo',
        quantity: '60',
        monthOffset: 1,
        hoursAgo: 20,
      },
    ],
  },
  {
    key: 'plywood-south-pool',
    status: 'pending_seller',
    organiser: 'linmu-furniture',
    organiserKind: 'buyer',
    createdBy: 'buyer.purchaser@linmu-furniture.demo',
    seller: 'guisen-wood',
    sku: 'eucalyptus-plywood-18mm',
    title: '华南家具厂 18 mm 桉木多层板拼单',
    description: '佛山林木居牵头，华南家具厂合并采购 18 mm 桉木多层板，请桂森木业确认阶梯价与供货能力。',
    regions: ['CN-GD', 'CN-GX'],
    ladder: [
      { minQuantity: '0', unitPrice: '128' },
      { minQuantity: '5000', unitPrice: '122' },
      { minQuantity: '10000', unitPrice: '118' },
    ],
    minTotal: '5000',
    maxTotal: '20000',
    createdHoursAgo: 6,
    publishedHoursAgo: 5,
    lockInHours: 6 * DAY,
    deadlineInHours: 8 * DAY,
    monthOffsets: [1],
    depositBps: 500,
    paymentTerm: 'net30',
    commitments: [],
  },
];

/** `YYYY-MM` of the seed's China month plus `offset` months. */
export function monthAfter(now: Date, offset: number): string {
  const china = new Date(now.getTime() + 8 * 3_600_000);
  const d = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() + offset, 1));
  return d.toISOString().slice(0, 7);
}

const quantity = (text: string) => {
  const v = parseDecimal(text, QUANTITY_PLACES);
  if (v === null) throw new Error(`demo data: ${text} is not a quantity`);
  return v;
};
const price = (text: string) => {
  const v = parseDecimal(text, PRICE_PLACES);
  if (v === null) throw new Error(`demo data: ${text} is not a price`);
  return v;
};

export interface PlayedCommitment {
  readonly buyer: string;
  readonly user: string;
  readonly quantity: string;
  readonly deliveryMonth: string;
  readonly depositMinor: bigint;
  readonly total: string;
  readonly at: Date;
}

export interface PlayedCampaign {
  readonly terms: CampaignTerms;
  readonly commitments: readonly PlayedCommitment[];
  readonly total: string;
}

/**
 * Plays a demo campaign's commitments through the domain's rules, as the join desk would have;
 * throws when one is refused. `companyIds` maps codes to ids; `regionOf` gives each company's
 * province.
 */
export function playDemoCampaign(
  c: DemoCampaign,
  companyIds: ReadonlyMap<string, string>,
  regionOf: (code: string) => string | null,
  now: Date,
): PlayedCampaign {
  const fail = (what: string): never => {
    throw new Error(`demo data: group buy ${c.key}: ${what}`);
  };
  const id = (code: string) => companyIds.get(code) ?? fail(`names an unknown company ${code}`);
  const at = (hoursAgo: number) => new Date(now.getTime() - Math.round(hoursAgo * 3_600_000));
  const ladder: Tier[] = c.ladder.map((t) => ({
    minQuantity: quantity(t.minQuantity),
    unitPrice: price(t.unitPrice),
  }));
  const optional = (v: string | undefined) => (v === undefined ? null : quantity(v));
  const terms: CampaignTerms = {
    sellerId: id(c.seller),
    ladder,
    minTotal: quantity(c.minTotal),
    maxTotal: optional(c.maxTotal),
    perBuyerMin: optional(c.perBuyerMin),
    perBuyerMax: optional(c.perBuyerMax),
    lockAt: at(-c.lockInHours),
    deadline: at(-c.deadlineInHours),
    regions: c.regions,
    deliveryMonths: c.monthOffsets.map((m) => monthAfter(now, m)),
    depositBps: c.depositBps,
  };
  const checked = checkCampaignTerms({ ...terms, now: at(c.createdHoursAgo), knownRegions: REGION_CODES });
  if (!checked.ok)
    fail(`has terms the platform refuses (${checked.error.code} ${checked.error.field ?? ''})`);
  if (c.status !== 'open' && c.commitments.length > 0) fail('has commitments while not open');
  let total = 0n;
  const mine = new Map<string, CurrentCommitment>();
  const played: PlayedCommitment[] = [];
  let last = at(c.publishedHoursAgo);
  for (const k of c.commitments) {
    const when = at(k.hoursAgo);
    if (when <= last || when > now) fail(`has its commitments out of order (${k.hoursAgo} h ago)`);
    last = when;
    const decided = judgeCommitment(terms, { status: 'open', total }, mine.get(k.buyer) ?? null, {
      buyerId: id(k.buyer),
      buyerRegion: regionOf(k.buyer),
      isBuyer: true,
      quantity: quantity(k.quantity),
      deliveryMonth: monthAfter(now, k.monthOffset),
      at: when,
    });
    if (!decided.ok) return fail(`${k.buyer}'s commitment is refused (${decided.error.code})`);
    total = decided.value.total;
    mine.set(k.buyer, { quantity: decided.value.quantity, deliveryMonth: decided.value.deliveryMonth });
    played.push({
      buyer: k.buyer,
      user: k.user,
      quantity: formatDecimal(decided.value.quantity, QUANTITY_PLACES),
      deliveryMonth: decided.value.deliveryMonth,
      depositMinor: decided.value.depositMinor,
      total: formatDecimal(total, QUANTITY_PLACES),
      at: when,
    });
  }
  return { terms, commitments: played, total: formatDecimal(total, QUANTITY_PLACES) };
}
