import {
  chainEntries,
  genesisHash,
  judgeBid,
  openingState,
  type AuctionLiveState,
  type AuctionRules,
  type AuctionStatus,
  type StepRule,
} from '@tradeway/server/auction/domain';
import { formatDecimal, parseDecimal, PRICE_PLACES } from '@tradeway/server/pricing/domain';
import type { PaymentTerm } from './demo-pricing';

/**
 * The auction demo (DESIGN.md §6, issue 7), in the states a newcomer should see:
 * - a reverse auction of 华鑫食品 running now (rank only): three sugar sellers have bid, one bid
 *   was refused for too small a step; it ends two days after the seed, so the live console,
 *   the owner's monitor and the countdown have something to show;
 * - a reverse auction closed yesterday (best price shown) with a late bid that extended the
 *   end, ready for the buyer to award through its approval policy;
 * - a forward auction of 桂糖 (buyers bid up for 200 t of grade-2 sugar), scheduled for
 *   tomorrow;
 * - a draft reverse auction the buyer has not yet published.
 *
 * Pure data and a pure replay: `playDemoAuction` runs every bid through the auction domain's
 * rules (`judgeBid`) and chains the bid log exactly as the bid desk does, and fails when a bid's
 * outcome is not the one written here — so the demo can never hold a log the platform would not
 * have written, and its download verifies. Times are hours relative to the seed's run.
 * Prices are yuan per tonne (white sugar ≈ 5 800–6 300 ¥/t).
 */

export type DemoAuctionStatus = Extract<AuctionStatus, 'draft' | 'scheduled' | 'running' | 'closed'>;

export interface DemoBid {
  /** company code of the bidder (an invited participant) */
  readonly by: string;
  /** email of the bidder's user */
  readonly user: string;
  /** hours before the seed's run */
  readonly hoursAgo: number;
  /** unit price, at most 4 places */
  readonly price: string;
  /** what the rules must decide: `accepted` or the refusal's code */
  readonly outcome: string;
}

export interface DemoAuction {
  /** stable and unique: the auction's id derives from it (`demoUuid('auction/<key>')`) */
  readonly key: string;
  readonly status: DemoAuctionStatus;
  readonly direction: 'reverse' | 'forward';
  readonly visibility: 'rank_only' | 'best_price' | 'sealed';
  /** company code of the owner: the buyer of a reverse auction, the seller of a forward one */
  readonly owner: string;
  readonly createdBy: string;
  readonly title: string;
  readonly description: string;
  /** a catalog SKU of the owner (forward auctions), or none */
  readonly sku?: string;
  readonly quantity: string;
  readonly unit: 't';
  readonly deliveryRegion: string;
  /** the China day this many days after the seed's run */
  readonly deliveryInDays: number;
  readonly paymentTerm: PaymentTerm;
  readonly openingPrice: string;
  readonly reservePrice?: string;
  readonly lastPrice?: string;
  readonly minStep: { readonly amount: string } | { readonly bps: number };
  readonly maxStep?: { readonly amount: string } | { readonly bps: number };
  readonly createdHoursAgo: number;
  /** hours before the seed's run; none for a draft */
  readonly scheduledHoursAgo?: number;
  /** hours after the seed's run (negative: in the past) */
  readonly startsInHours: number;
  readonly endsInHours: number;
  readonly snipingWindowMinutes: number;
  readonly extensionMinutes: number;
  /** company codes; the alias number is the position here plus one */
  readonly participants: readonly string[];
  readonly bids: readonly DemoBid[];
}

const HUAXIN = 'huaxin-food';
const HX = 'buyer.purchaser@huaxin-food.demo';
const GUITANG = 'guitang-sugar';
const NANNING = 'nanning-sugar';
const HENGTONG = 'hengtong-trade';
const GT = 'seller.sales@guitang-sugar.demo';
const NN = 'seller2.sales@nanning-sugar.demo';
const HT = 'seller.sales@hengtong-trade.demo';
const MINUTE = 1 / 60;

export const DEMO_AUCTIONS: readonly DemoAuction[] = [
  {
    key: 'sugar-jan-live',
    status: 'running',
    direction: 'reverse',
    visibility: 'rank_only',
    owner: HUAXIN,
    createdBy: HX,
    title: '一月生产用白砂糖 500 吨（反向竞价）',
    description:
      'GB/T 317-2018 一级白砂糖 500 吨，送至山东潍坊烘焙工厂，一月分两批到货；含 13% 增值税专用发票，' +
      '价格为到厂含税单价（元/吨）。竞价期间各供应商只看到自己的排名。',
    quantity: '500',
    unit: 't',
    deliveryRegion: 'CN-SD',
    deliveryInDays: 40,
    paymentTerm: 'net30',
    openingPrice: '6050',
    reservePrice: '5900',
    lastPrice: '5980',
    minStep: { amount: '10' },
    maxStep: { amount: '200' },
    createdHoursAgo: 30,
    scheduledHoursAgo: 28,
    startsInHours: -3,
    endsInHours: 46,
    snipingWindowMinutes: 5,
    extensionMinutes: 5,
    participants: [GUITANG, NANNING, HENGTONG],
    bids: [
      { by: GUITANG, user: GT, hoursAgo: 2.8, price: '6000', outcome: 'accepted' },
      { by: NANNING, user: NN, hoursAgo: 2.5, price: '5990', outcome: 'accepted' },
      { by: GUITANG, user: GT, hoursAgo: 2.1, price: '5970', outcome: 'accepted' },
      { by: HENGTONG, user: HT, hoursAgo: 1.6, price: '5985', outcome: 'accepted' },
      { by: NANNING, user: NN, hoursAgo: 1.2, price: '5965', outcome: 'accepted' },
      // rank only: 桂糖 must beat its own 5 970 by the step (10) — 5 968 is too small a step
      { by: GUITANG, user: GT, hoursAgo: 0.7, price: '5968', outcome: 'BID_STEP_TOO_SMALL' },
      { by: GUITANG, user: GT, hoursAgo: 0.6, price: '5955', outcome: 'accepted' },
    ],
  },
  {
    key: 'sugar-dec-closed',
    status: 'closed',
    direction: 'reverse',
    visibility: 'best_price',
    owner: HUAXIN,
    createdBy: HX,
    title: '十二月补库白砂糖 800 吨（反向竞价，已结束）',
    description:
      'GB/T 317-2018 一级白砂糖 800 吨，送至山东潍坊，十二月到货。公开最优价：各供应商可见当前最低价（匿名）。',
    quantity: '800',
    unit: 't',
    deliveryRegion: 'CN-SD',
    deliveryInDays: 12,
    paymentTerm: 'cash',
    openingPrice: '6100',
    reservePrice: '5950',
    lastPrice: '6020',
    minStep: { amount: '10' },
    createdHoursAgo: 72,
    scheduledHoursAgo: 70,
    startsInHours: -24,
    endsInHours: -22,
    snipingWindowMinutes: 5,
    extensionMinutes: 5,
    participants: [NANNING, HENGTONG, GUITANG],
    bids: [
      { by: GUITANG, user: GT, hoursAgo: 23.8, price: '6080', outcome: 'accepted' },
      { by: NANNING, user: NN, hoursAgo: 23.5, price: '6050', outcome: 'accepted' },
      // best price shown: 恒通 must beat the best (6 050) by the step
      { by: HENGTONG, user: HT, hoursAgo: 23.2, price: '6045', outcome: 'BID_STEP_TOO_SMALL' },
      { by: HENGTONG, user: HT, hoursAgo: 23.1, price: '6030', outcome: 'accepted' },
      { by: GUITANG, user: GT, hoursAgo: 22.6, price: '6000', outcome: 'accepted' },
      { by: NANNING, user: NN, hoursAgo: 22.3, price: '5980', outcome: 'accepted' },
      // three minutes before the end: a new best bid moves the end to five minutes after it
      { by: GUITANG, user: GT, hoursAgo: 22 + 3 * MINUTE, price: '5960', outcome: 'accepted' },
      { by: NANNING, user: NN, hoursAgo: 22 - 1 * MINUTE, price: '5950', outcome: 'accepted' },
    ],
  },
  {
    key: 'sugar-forward-scheduled',
    status: 'scheduled',
    direction: 'forward',
    visibility: 'best_price',
    owner: GUITANG,
    createdBy: 'seller.manager@guitang-sugar.demo',
    title: '二级白砂糖 200 吨 库存竞拍',
    description: '崇左仓现货二级白砂糖 200 吨，买方自提或按区域运费配送；价高者得，起拍价为仓库自提价。',
    sku: 'white-sugar-gx-g2',
    quantity: '200',
    unit: 't',
    deliveryRegion: 'CN-GX',
    deliveryInDays: 10,
    paymentTerm: 'prepayment',
    openingPrice: '5600',
    reservePrice: '5700',
    minStep: { bps: 50 },
    createdHoursAgo: 5,
    scheduledHoursAgo: 4,
    startsInHours: 20,
    endsInHours: 22,
    snipingWindowMinutes: 5,
    extensionMinutes: 5,
    participants: [HUAXIN, 'qingquan-bev', 'linmu-furniture'],
    bids: [],
  },
  {
    key: 'sugar-feb-draft',
    status: 'draft',
    direction: 'reverse',
    visibility: 'sealed',
    owner: HUAXIN,
    createdBy: HX,
    title: '二月优级白砂糖 300 吨（草稿）',
    description: '优级白砂糖 300 吨，密封竞价：结束前任何一方都看不到出价。',
    quantity: '300',
    unit: 't',
    deliveryRegion: 'CN-HA',
    deliveryInDays: 70,
    paymentTerm: 'net60',
    openingPrice: '6300',
    lastPrice: '6180',
    minStep: { bps: 20 },
    createdHoursAgo: 2,
    startsInHours: 7 * 24,
    endsInHours: 7 * 24 + 1,
    snipingWindowMinutes: 5,
    extensionMinutes: 5,
    participants: [GUITANG, NANNING],
    bids: [],
  },
];

/** A played bid as the log stores it. */
export interface PlayedBid {
  readonly seq: number;
  readonly companyId: string;
  readonly userEmail: string;
  readonly aliasNo: number;
  readonly price: string;
  readonly receivedAt: Date;
  readonly outcome: string;
  readonly hash: string;
}

/** What the seed writes for a demo auction: its rules' dates, its final live state, the log. */
export interface PlayedAuction {
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly createdAt: Date;
  readonly scheduledAt: Date | null;
  readonly status: DemoAuctionStatus;
  readonly state: AuctionLiveState;
  readonly bids: readonly PlayedBid[];
  readonly headHash: string;
  readonly acceptedBids: number;
  /** each participant's best accepted bid: [company code, price, seq] */
  readonly bests: ReadonlyArray<readonly [string, string, number]>;
  /** when the close job ran: at the live end, when that has passed */
  readonly closedAt: Date | null;
}

function price(text: string): bigint {
  const v = parseDecimal(text, PRICE_PLACES);
  if (v === null) throw new Error(`demo data: ${text} is not a price`);
  return v;
}

function stepOf(step: DemoAuction['minStep']): StepRule {
  return 'amount' in step
    ? { kind: 'absolute', amount: price(step.amount) }
    : { kind: 'percent', bps: step.bps };
}

/** The domain's rules of a demo auction, its times counted from `now`. */
export function demoAuctionRules(a: DemoAuction, now: Date): AuctionRules {
  const at = (hours: number) => new Date(now.getTime() + Math.round(hours * 3_600_000));
  return {
    direction: a.direction,
    visibility: a.visibility,
    openingPrice: price(a.openingPrice),
    minStep: stepOf(a.minStep),
    maxStep: a.maxStep ? stepOf(a.maxStep) : null,
    startsAt: at(a.startsInHours),
    endsAt: at(a.endsInHours),
    sniping: {
      windowMs: a.snipingWindowMinutes * 60_000,
      extensionMs: a.extensionMinutes * 60_000,
      maxExtensions: null,
      hardStopAt: null,
      triggerRank: 1,
    },
    reservePrice: a.reservePrice === undefined ? null : price(a.reservePrice),
  };
}

export function aliasOf(direction: DemoAuction['direction'], aliasNo: number): string {
  return `${direction === 'reverse' ? 'Supplier' : 'Buyer'} ${aliasNo}`;
}

/**
 * Plays a demo auction as the platform would have: its bids judged in order by the domain's
 * rules from the opening state, the log chained from the genesis hash, the close at the live end
 * when that has passed. Throws when the data disagrees with the rules (a bid's outcome, a bid
 * outside the auction's life, a status the times do not give). `companyIds` maps company codes
 * to ids (the seed's); the auction's id seeds the chain.
 */
export function playDemoAuction(
  a: DemoAuction,
  auctionId: string,
  companyIds: ReadonlyMap<string, string>,
  now: Date,
): PlayedAuction {
  const fail = (what: string): never => {
    throw new Error(`demo data: auction ${a.key}: ${what}`);
  };
  const companyId = (code: string) => companyIds.get(code) ?? fail(`names an unknown company ${code}`);
  const at = (hoursAgo: number) => new Date(now.getTime() - Math.round(hoursAgo * 3_600_000));
  const rules = demoAuctionRules(a, now);
  const createdAt = at(a.createdHoursAgo);
  const scheduledAt = a.scheduledHoursAgo === undefined ? null : at(a.scheduledHoursAgo);
  if (rules.endsAt <= rules.startsAt) fail('ends before it starts');
  if (scheduledAt && (scheduledAt < createdAt || scheduledAt > rules.startsAt))
    fail('is scheduled before its creation or after its start');
  if (!scheduledAt && a.bids.length > 0) fail('is a draft with bids');

  let state = openingState(rules, 'scheduled');
  const played: Array<Omit<PlayedBid, 'hash'>> = [];
  let last = createdAt;
  for (const b of a.bids) {
    const aliasNo = a.participants.indexOf(b.by) + 1;
    if (aliasNo === 0) fail(`has a bid of ${b.by}, not a participant`);
    const receivedAt = at(b.hoursAgo);
    if (receivedAt <= last || receivedAt > now) fail(`has its bids out of order (${b.hoursAgo} h ago)`);
    last = receivedAt;
    const outcome = judgeBid(rules, state, {
      bidderId: companyId(b.by),
      price: price(b.price),
      receivedAt,
      standing: 'invited',
    });
    const decided = outcome.accepted ? 'accepted' : outcome.error.code;
    if (decided !== b.outcome) fail(`the bid of ${b.by} at ${b.price} is ${decided}, not ${b.outcome}`);
    state = outcome.state;
    played.push({
      seq: outcome.seq,
      companyId: companyId(b.by),
      userEmail: b.user,
      aliasNo,
      price: formatDecimal(price(b.price), PRICE_PLACES),
      receivedAt,
      outcome: decided,
    });
  }
  const chained = chainEntries(
    auctionId,
    played.map((p) => ({
      auctionId,
      seq: p.seq,
      alias: aliasOf(a.direction, p.aliasNo),
      price: p.price,
      receivedAt: p.receivedAt.toISOString(),
      outcome: p.outcome,
    })),
  );
  const bids = played.map((p, i) => ({ ...p, hash: chained[i]?.hash ?? fail('lost a bid') }));

  // the clock: started at the start, closed at the live end, as far as `now` has come
  let status: DemoAuctionStatus = scheduledAt ? 'scheduled' : 'draft';
  let closedAt: Date | null = null;
  if (scheduledAt && rules.startsAt <= now) status = 'running';
  if (scheduledAt && state.currentEnd <= now) {
    status = 'closed';
    closedAt = state.currentEnd;
  }
  if (status !== a.status) fail(`ends ${status}, not ${a.status}`);
  const codeOf = new Map([...companyIds].map(([code, id]) => [id, code]));
  return {
    startsAt: rules.startsAt,
    endsAt: rules.endsAt,
    createdAt,
    scheduledAt,
    status,
    state: { ...state, status },
    bids,
    headHash: bids.at(-1)?.hash ?? genesisHash(auctionId),
    acceptedBids: bids.filter((b) => b.outcome === 'accepted').length,
    bests: [...state.bestByBidder.values()].map(
      (b) => [codeOf.get(b.bidderId) ?? b.bidderId, formatDecimal(b.price, PRICE_PLACES), b.seq] as const,
    ),
    closedAt,
  };
}
