import { RFQ_STATUSES, type RfqStatus } from '@tradeway/shared/contracts';

/**
 * The filters of the RFQ lists, kept in the address (`?status=open,closed&q=白砂糖&quoted=false
 * &page=2`) so that a filtered list can be shared and survives a reload. What the address says
 * that the API would refuse is dropped here.
 */
export interface RfqFilters {
  statuses: RfqStatus[];
  q?: string | undefined;
  /** Seller inbox only: RFQs I have (true) or have not (false) quoted. */
  quoted?: boolean | undefined;
}

export const PAGE_SIZE = 20;
export const MAX_SEARCH = 100;

const isStatus = (s: string): s is RfqStatus => (RFQ_STATUSES as readonly string[]).includes(s);

/** The filters and page of the address; unknown statuses and pages are left out. */
export function readRfqQuery(params: URLSearchParams): { filters: RfqFilters; page: number } {
  const statuses = [
    ...new Set(
      (params.get('status') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(isStatus),
    ),
  ];
  const q = (params.get('q') ?? '').trim().slice(0, MAX_SEARCH);
  const quoted = params.get('quoted');
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    filters: {
      statuses,
      q: q || undefined,
      quoted: quoted === 'true' ? true : quoted === 'false' ? false : undefined,
    },
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The address for filters and a page: only what is set, page 1 left out. */
export function writeRfqQuery(filters: RfqFilters, page = 1): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.statuses.length > 0) out.set('status', filters.statuses.join(','));
  const q = filters.q?.trim();
  if (q) out.set('q', q.slice(0, MAX_SEARCH));
  if (filters.quoted !== undefined) out.set('quoted', String(filters.quoted));
  if (page > 1) out.set('page', String(page));
  return out;
}

export const hasFilters = (f: RfqFilters): boolean =>
  f.statuses.length > 0 || !!f.q || f.quoted !== undefined;

/** What `GET /api/rfqs` is asked: the filters and the page. Several statuses travel as `a,b`. */
export function listRfqsInput(filters: RfqFilters, page: number, pageSize = PAGE_SIZE) {
  return {
    page,
    pageSize,
    ...(filters.statuses.length > 0 ? { status: filters.statuses.join(',') } : {}),
    ...(filters.q ? { q: filters.q } : {}),
  };
}

/** What `GET /api/rfq-inbox` is asked: the list's query and whether I quoted. */
export function inboxInput(filters: RfqFilters, page: number, pageSize = PAGE_SIZE) {
  return {
    ...listRfqsInput(filters, page, pageSize),
    ...(filters.quoted !== undefined
      ? { quoted: filters.quoted ? ('true' as const) : ('false' as const) }
      : {}),
  };
}
