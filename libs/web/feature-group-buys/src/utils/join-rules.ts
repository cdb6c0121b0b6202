import type { CampaignView } from '../data/types';
import { Dec, QUANTITY, quantityText } from './decimal';
import { priceAt } from './ladder';

/**
 * The buyer's commitment as the join panel checks it before sending — the server's rules
 * (commitment-rules.ts) in the same order: after the lock time a commitment may only go up and
 * keep its month; the per-buyer minimum and maximum; the room left before the maximum total
 * (only what is added counts against it). The server judges again under the campaign's lock.
 */
export type JoinProblem =
  'required' | 'format' | 'zero' | 'lockedReduce' | 'belowMin' | 'aboveMax' | 'aboveRoom';

export interface JoinTerms {
  perBuyerMin: string | null;
  perBuyerMax: string | null;
  /** How much more the pool takes (null: no maximum). */
  room: string | null;
  /** My commitment now (null: not joined). */
  current: string | null;
  /** Whether the lock time has passed on the server's clock. */
  locked: boolean;
}

export function joinTermsOf(campaign: CampaignView, locked: boolean): JoinTerms {
  return {
    perBuyerMin: campaign.perBuyerMin,
    perBuyerMax: campaign.perBuyerMax,
    room: campaign.progress.room,
    current: campaign.mine?.quantity ?? null,
    locked,
  };
}

/** The first problem of a quantity typed as the whole commitment, or null when the server would take it. */
export function joinQuantityProblem(value: string | undefined | null, terms: JoinTerms): JoinProblem | null {
  const s = (value ?? '').trim();
  if (!s) return 'required';
  if (!QUANTITY.test(s)) return 'format';
  const q = new Dec(s);
  if (q.isZero()) return 'zero';
  const current = new Dec(terms.current ?? '0');
  if (terms.locked && q.lessThan(current)) return 'lockedReduce';
  if (terms.perBuyerMin !== null && q.lessThan(terms.perBuyerMin)) return 'belowMin';
  if (terms.perBuyerMax !== null && q.greaterThan(terms.perBuyerMax)) return 'aboveMax';
  const delta = q.minus(current);
  if (terms.room !== null && delta.greaterThan(0) && delta.greaterThan(terms.room)) return 'aboveRoom';
  return null;
}

/** The most this buyer may commit in all: its commitment plus the room, within its own maximum; null: no limit. */
export function mostAllowed(terms: Pick<JoinTerms, 'perBuyerMax' | 'room' | 'current'>): string | null {
  const byRoom = terms.room === null ? null : new Dec(terms.current ?? '0').plus(terms.room);
  const byBuyer = terms.perBuyerMax === null ? null : new Dec(terms.perBuyerMax);
  if (byRoom === null && byBuyer === null) return null;
  const most = byRoom === null ? byBuyer : byBuyer === null ? byRoom : Dec.min(byRoom, byBuyer);
  return most === null ? null : quantityText(most);
}

/** The pool's total if my commitment became `quantity` (the others as they are now). */
export function projectedTotal(total: string, current: string | null, quantity: string): string {
  return quantityText(new Dec(total).minus(current ?? '0').plus(quantity));
}

/** The price every participant pays if the pool ends at today's total with my commitment as typed. */
export function priceIfEndsNow(campaign: CampaignView, quantity: string): string {
  return priceAt(
    campaign.ladder,
    projectedTotal(campaign.progress.total, campaign.mine?.quantity ?? null, quantity),
  );
}

/**
 * What the buyer may still do to its commitment: raise until the deadline; reduce, change the
 * month or withdraw only before the lock time; nothing once the campaign is no longer open.
 */
export function commitmentRights(
  campaign: Pick<CampaignView, 'progress' | 'mine'>,
  { locked, closed }: { locked: boolean; closed: boolean },
) {
  const open = campaign.progress.status === 'open' && !closed;
  return {
    raise: open,
    reduce: open && !locked,
    changeMonth: open && !locked,
    withdraw: open && !locked && campaign.mine !== null,
  };
}
