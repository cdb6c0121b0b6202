import { ok, type Result } from '@tradeway/shared/kernel';
import { formatDecimal, QUANTITY_PLACES } from '@tradeway/server/pricing/domain';
import { groupBuyFailure, type GroupBuyError } from './group-buy.errors';
import { checkLadder, depositFor, type Tier } from './ladder';
import type { CampaignStatus } from './campaign-states';

/**
 * A campaign's terms as the rules judge commitments by them (DESIGN.md §7). Quantities scaled
 * 10^3, prices 10^4.
 */
export interface CampaignTerms {
  readonly sellerId: string;
  readonly ladder: readonly Tier[];
  readonly minTotal: bigint;
  readonly maxTotal: bigint | null;
  readonly perBuyerMin: bigint | null;
  readonly perBuyerMax: bigint | null;
  readonly lockAt: Date;
  readonly deadline: Date;
  readonly regions: readonly string[];
  readonly deliveryMonths: readonly string[];
  readonly depositBps: number;
}

/** The pool as committed so far. */
export interface Pool {
  readonly status: CampaignStatus;
  readonly total: bigint;
}

/** A buyer's commitment as it stands (one per buyer and campaign). */
export interface CurrentCommitment {
  readonly quantity: bigint;
  readonly deliveryMonth: string;
}

export interface CommitRequest {
  readonly buyerId: string;
  /** The buyer company's province, null when unknown. */
  readonly buyerRegion: string | null;
  /** Whether the company is a buyer at all. */
  readonly isBuyer: boolean;
  /** The whole commitment after this request (not a delta). */
  readonly quantity: bigint;
  readonly deliveryMonth: string;
  /** Server time of the request. */
  readonly at: Date;
}

export type CommitKind = 'joined' | 'raised' | 'reduced' | 'changed_month' | 'unchanged' | 'withdrawn';

export interface CommitDecision {
  readonly kind: CommitKind;
  readonly quantity: bigint;
  readonly deliveryMonth: string;
  /** How the pool's total moves. */
  readonly delta: bigint;
  /** The pool's total after it. */
  readonly total: bigint;
  /** The deposit held for the commitment after it (minor units). */
  readonly depositMinor: bigint;
}

const q = (v: bigint) => formatDecimal(v, QUANTITY_PLACES);

/** Whether the campaign takes commitments at all at `at`, and from this company. */
function admits(
  terms: CampaignTerms,
  pool: Pool,
  buyer: { buyerId: string; buyerRegion: string | null; isBuyer: boolean },
  at: Date,
): GroupBuyError | null {
  if (pool.status !== 'open') return { code: 'JOIN_NOT_OPEN', params: { state: pool.status } };
  if (at.getTime() >= terms.deadline.getTime()) {
    return { code: 'JOIN_DEADLINE_PASSED', params: { deadline: terms.deadline.toISOString() } };
  }
  if (!buyer.isBuyer) return { code: 'JOIN_NOT_A_BUYER' };
  if (buyer.buyerId === terms.sellerId) return { code: 'JOIN_OWN_SKU' };
  if (buyer.buyerRegion === null || !terms.regions.includes(buyer.buyerRegion)) {
    return { code: 'JOIN_REGION_NOT_ELIGIBLE', params: { region: buyer.buyerRegion ?? '—' } };
  }
  return null;
}

/**
 * Judges a join or a change of a commitment, against the pool as it is (the caller holds the
 * campaign's lock, so `pool.total` is exact). Raising is allowed until the deadline; reducing and
 * changing the delivery month only before the lock time; the pool's total never goes beyond the
 * maximum, and a refusal says how much room is left.
 */
export function judgeCommitment(
  terms: CampaignTerms,
  pool: Pool,
  current: CurrentCommitment | null,
  request: CommitRequest,
): Result<CommitDecision, GroupBuyError> {
  const refused = admits(terms, pool, request, request.at);
  if (refused) return { ok: false, error: refused };
  if (request.quantity <= 0n)
    return groupBuyFailure('JOIN_BELOW_BUYER_MIN', { field: 'quantity', params: { min: q(1n) } });
  if (!terms.deliveryMonths.includes(request.deliveryMonth)) {
    return groupBuyFailure('JOIN_MONTH_NOT_OFFERED', {
      field: 'deliveryMonth',
      params: { month: request.deliveryMonth },
    });
  }
  const locked = request.at.getTime() >= terms.lockAt.getTime();
  const before = current?.quantity ?? 0n;
  if (locked && request.quantity < before) {
    return groupBuyFailure('JOIN_LOCKED', {
      field: 'quantity',
      params: { lockAt: terms.lockAt.toISOString() },
    });
  }
  if (locked && current && current.deliveryMonth !== request.deliveryMonth) {
    return groupBuyFailure('JOIN_MONTH_LOCKED', { field: 'deliveryMonth' });
  }
  if (terms.perBuyerMin !== null && request.quantity < terms.perBuyerMin) {
    return groupBuyFailure('JOIN_BELOW_BUYER_MIN', {
      field: 'quantity',
      params: { min: q(terms.perBuyerMin) },
    });
  }
  if (terms.perBuyerMax !== null && request.quantity > terms.perBuyerMax) {
    return groupBuyFailure('JOIN_ABOVE_BUYER_MAX', {
      field: 'quantity',
      params: { max: q(terms.perBuyerMax) },
    });
  }
  const delta = request.quantity - before;
  const total = pool.total + delta;
  if (terms.maxTotal !== null && delta > 0n && total > terms.maxTotal) {
    const room = terms.maxTotal - pool.total;
    return groupBuyFailure('JOIN_ABOVE_MAX_TOTAL', {
      field: 'quantity',
      params: { room: q(room > 0n ? room : 0n), most: q(before + (room > 0n ? room : 0n)) },
    });
  }
  const kind: CommitKind =
    current === null
      ? 'joined'
      : delta > 0n
        ? 'raised'
        : delta < 0n
          ? 'reduced'
          : current.deliveryMonth !== request.deliveryMonth
            ? 'changed_month'
            : 'unchanged';
  return ok({
    kind,
    quantity: request.quantity,
    deliveryMonth: request.deliveryMonth,
    delta,
    total,
    depositMinor: depositFor(terms.ladder, request.quantity, terms.depositBps),
  });
}

/** Judges a withdrawal: only before the lock time; the deposit is released. */
export function judgeWithdrawal(
  terms: CampaignTerms,
  pool: Pool,
  current: CurrentCommitment | null,
  request: { buyerId: string; buyerRegion: string | null; isBuyer: boolean; at: Date },
): Result<CommitDecision, GroupBuyError> {
  if (pool.status !== 'open') return groupBuyFailure('JOIN_NOT_OPEN', { params: { state: pool.status } });
  if (request.at.getTime() >= terms.deadline.getTime()) {
    return groupBuyFailure('JOIN_DEADLINE_PASSED', { params: { deadline: terms.deadline.toISOString() } });
  }
  if (!current) return groupBuyFailure('JOIN_NOTHING_TO_WITHDRAW');
  if (request.at.getTime() >= terms.lockAt.getTime()) {
    return groupBuyFailure('JOIN_LOCKED', { params: { lockAt: terms.lockAt.toISOString() } });
  }
  return ok({
    kind: 'withdrawn',
    quantity: 0n,
    deliveryMonth: current.deliveryMonth,
    delta: -current.quantity,
    total: pool.total - current.quantity,
    depositMinor: 0n,
  });
}

/** The terms a campaign is created with, before they are stored. */
export interface CampaignTermsInput extends Omit<CampaignTerms, 'sellerId'> {
  readonly now: Date;
  readonly knownRegions: readonly string[];
}

/** Checks a campaign's terms (ladder, totals, per-buyer limits, times, months, regions). */
export function checkCampaignTerms(input: CampaignTermsInput): Result<true, GroupBuyError> {
  const ladder = checkLadder(input.ladder);
  if (!ladder.ok) return ladder;
  if (input.maxTotal !== null && input.maxTotal < input.minTotal) {
    return groupBuyFailure('CAMPAIGN_MAX_BELOW_MIN', { field: 'maxTotal' });
  }
  if (input.perBuyerMin !== null && input.perBuyerMax !== null && input.perBuyerMax < input.perBuyerMin) {
    return groupBuyFailure('CAMPAIGN_BUYER_MAX_BELOW_MIN', { field: 'perBuyerMax' });
  }
  if (input.perBuyerMin !== null && input.maxTotal !== null && input.perBuyerMin > input.maxTotal) {
    return groupBuyFailure('CAMPAIGN_BUYER_MIN_ABOVE_MAX_TOTAL', { field: 'perBuyerMin' });
  }
  if (input.deadline.getTime() <= input.now.getTime()) {
    return groupBuyFailure('CAMPAIGN_DEADLINE_PASSED', {
      field: 'deadline',
      params: { now: input.now.toISOString() },
    });
  }
  if (input.lockAt.getTime() > input.deadline.getTime()) {
    return groupBuyFailure('CAMPAIGN_LOCK_AFTER_DEADLINE', { field: 'lockAt' });
  }
  for (const [i, region] of input.regions.entries()) {
    if (!input.knownRegions.includes(region)) {
      return groupBuyFailure('CAMPAIGN_REGION_UNKNOWN', { field: `regions.${i}`, params: { region } });
    }
  }
  const deadlineMonth = input.deadline.toISOString().slice(0, 7);
  const seen = new Set<string>();
  for (const [i, month] of input.deliveryMonths.entries()) {
    if (seen.has(month)) {
      return groupBuyFailure('CAMPAIGN_MONTH_DUPLICATE', { field: `deliveryMonths.${i}`, params: { month } });
    }
    seen.add(month);
    if (month < deadlineMonth) {
      return groupBuyFailure('CAMPAIGN_MONTH_PAST', { field: `deliveryMonths.${i}`, params: { month } });
    }
  }
  return ok(true);
}
