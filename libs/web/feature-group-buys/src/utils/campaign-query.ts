import { CAMPAIGN_STATUSES } from '@tradeway/shared/contracts';
import type { CampaignStatus } from '../data/types';

/**
 * The filters of the campaign list, kept in the address (`?scope=mine&status=open,succeeded
 * &q=白砂糖&page=2`) so that a filtered list can be shared and survives a reload. What the
 * address says that the API would refuse is dropped here.
 *
 * `discover`: open campaigns my company may join (its region; the server lists only open ones,
 * so no status filter there); `mine`: those my company organises, sells or joined.
 */
export type CampaignScope = 'discover' | 'mine';

export interface CampaignFilters {
  scope: CampaignScope;
  statuses: CampaignStatus[];
  /** Text in the title or the number. */
  q: string;
}

export const PAGE_SIZE = 20;
export const MAX_Q = 100;

const isStatus = (s: string): s is CampaignStatus => (CAMPAIGN_STATUSES as readonly string[]).includes(s);

/** The filters and page of the address; unknown scopes, statuses and pages are left out. */
export function readCampaignQuery(
  params: URLSearchParams,
  scopes: readonly CampaignScope[],
): { filters: CampaignFilters; page: number } {
  const scopeParam = params.get('scope');
  const scope = scopes.find((s) => s === scopeParam) ?? scopes[0] ?? 'mine';
  const statuses =
    scope === 'discover'
      ? []
      : [
          ...new Set(
            (params.get('status') ?? '')
              .split(',')
              .map((s) => s.trim())
              .filter(isStatus),
          ),
        ];
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    filters: { scope, statuses, q: (params.get('q') ?? '').trim().slice(0, MAX_Q) },
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The address for filters and a page: only what is set, the default scope and page 1 left out. */
export function writeCampaignQuery(
  filters: CampaignFilters,
  page: number,
  defaultScope: CampaignScope,
): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.scope !== defaultScope) out.set('scope', filters.scope);
  if (filters.scope === 'mine' && filters.statuses.length > 0) out.set('status', filters.statuses.join(','));
  const q = filters.q.trim();
  if (q) out.set('q', q);
  if (page > 1) out.set('page', String(page));
  return out;
}

export const hasFilters = (f: CampaignFilters): boolean => f.statuses.length > 0 || f.q.trim() !== '';

/** What `GET /api/group-buys` is asked: the page, the scope, the statuses (a list) and the text. */
export function listCampaignsInput(filters: CampaignFilters, page: number, pageSize = PAGE_SIZE) {
  const q = filters.q.trim().slice(0, MAX_Q);
  return {
    page,
    pageSize,
    scope: filters.scope,
    ...(filters.scope === 'mine' && filters.statuses.length > 0 ? { status: filters.statuses } : {}),
    ...(q ? { q } : {}),
  };
}
