import { AUCTION_STATUSES } from '@tradeway/shared/contracts';
import type { AuctionSide, AuctionStatus } from '../data/types';

/**
 * The filters of the auction list, kept in the address (`?side=owner&status=running,closed
 * &page=2`) so that a filtered list can be shared and survives a reload. What the address says
 * that the API would refuse is dropped here.
 */
export interface AuctionFilters {
  /** Auctions my company runs (`owner`) or is invited to (`bidder`); undefined: both. */
  side?: AuctionSide | undefined;
  statuses: AuctionStatus[];
}

export const PAGE_SIZE = 20;

const isStatus = (s: string): s is AuctionStatus => (AUCTION_STATUSES as readonly string[]).includes(s);

/** The filters and page of the address; unknown sides, statuses and pages are left out. */
export function readAuctionQuery(params: URLSearchParams): { filters: AuctionFilters; page: number } {
  const statuses = [
    ...new Set(
      (params.get('status') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(isStatus),
    ),
  ];
  const side = params.get('side');
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    filters: { statuses, side: side === 'owner' || side === 'bidder' ? side : undefined },
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The address for filters and a page: only what is set, page 1 left out. */
export function writeAuctionQuery(filters: AuctionFilters, page = 1): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.side) out.set('side', filters.side);
  if (filters.statuses.length > 0) out.set('status', filters.statuses.join(','));
  if (page > 1) out.set('page', String(page));
  return out;
}

export const hasFilters = (f: AuctionFilters): boolean => f.statuses.length > 0 || f.side !== undefined;

/** What `GET /api/auctions` is asked: the page, the side, the statuses (a list, `status[0]=…`). */
export function listAuctionsInput(filters: AuctionFilters, page: number, pageSize = PAGE_SIZE) {
  return {
    page,
    pageSize,
    ...(filters.side ? { side: filters.side } : {}),
    ...(filters.statuses.length > 0 ? { status: filters.statuses } : {}),
  };
}
