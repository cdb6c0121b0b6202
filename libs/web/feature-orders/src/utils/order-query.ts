import { ORDER_STATUSES, type OrderSide, type OrderStatus } from '@tradeway/shared/contracts';

/**
 * The filters of the order list, kept in the address (`?status=placed,confirmed&counterparty=…
 * &from=2026-11-01&to=2026-11-30&q=PO-2026&page=2`) so that a filtered list can be shared and
 * survives a reload. What the address says that the API would refuse is dropped here.
 */
export interface OrderFilters {
  statuses: OrderStatus[];
  counterpartyId?: string | undefined;
  /** First and last day (China time), inclusive, `YYYY-MM-DD`. */
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
  q?: string | undefined;
}

export const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MAX_SEARCH = 60;

const isStatus = (s: string): s is OrderStatus => (ORDER_STATUSES as readonly string[]).includes(s);
const day = (v: string | null) => (v && DAY.test(v) ? v : undefined);

/** The filters and page of the address; unknown statuses, bad ids and dates are left out. */
export function readOrderQuery(params: URLSearchParams): { filters: OrderFilters; page: number } {
  const statuses = [
    ...new Set(
      (params.get('status') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(isStatus),
    ),
  ];
  const counterparty = params.get('counterparty');
  let createdFrom = day(params.get('from'));
  let createdTo = day(params.get('to'));
  if (createdFrom && createdTo && createdTo < createdFrom)
    [createdFrom, createdTo] = [createdTo, createdFrom];
  const q = (params.get('q') ?? '').trim().slice(0, MAX_SEARCH);
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    filters: {
      statuses,
      counterpartyId: counterparty && UUID.test(counterparty) ? counterparty.toLowerCase() : undefined,
      createdFrom,
      createdTo,
      q: q || undefined,
    },
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The address for filters and a page: only what is set, page 1 left out. */
export function writeOrderQuery(filters: OrderFilters, page = 1): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.statuses.length > 0) out.set('status', filters.statuses.join(','));
  if (filters.counterpartyId) out.set('counterparty', filters.counterpartyId);
  if (filters.createdFrom) out.set('from', filters.createdFrom);
  if (filters.createdTo) out.set('to', filters.createdTo);
  const q = filters.q?.trim();
  if (q) out.set('q', q.slice(0, MAX_SEARCH));
  if (page > 1) out.set('page', String(page));
  return out;
}

export const hasFilters = (f: OrderFilters): boolean =>
  f.statuses.length > 0 || !!f.counterpartyId || !!f.createdFrom || !!f.createdTo || !!f.q;

/** What `GET /api/orders` is asked: my side, the filters, the page. Several statuses travel as `a,b`. */
export function listOrdersInput(side: OrderSide, filters: OrderFilters, page: number, pageSize = PAGE_SIZE) {
  return {
    side,
    page,
    pageSize,
    ...(filters.statuses.length > 0 ? { status: filters.statuses.join(',') } : {}),
    ...(filters.counterpartyId ? { counterpartyId: filters.counterpartyId } : {}),
    ...(filters.createdFrom ? { createdFrom: filters.createdFrom } : {}),
    ...(filters.createdTo ? { createdTo: filters.createdTo } : {}),
    ...(filters.q ? { q: filters.q } : {}),
  };
}
