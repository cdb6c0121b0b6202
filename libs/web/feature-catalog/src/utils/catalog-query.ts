import type { ProductsQuery } from '../data/types';

/**
 * The catalog search lives in the address, so a search can be shared and the back button
 * returns to it: `?q=白砂糖&category=<id>&attr.grade=一级&priced=1&page=2`.
 */
export interface CatalogFilters {
  q: string;
  categoryId: string | undefined;
  /** specification filters, attribute key → value */
  attributes: Record<string, string>;
  /** only products with a price I may see */
  priced: boolean;
  page: number;
}

const ATTR_PREFIX = 'attr.';
const ATTR_KEY = /^[a-z_]{1,30}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_KEYWORD = 100;

export function readCatalogFilters(params: URLSearchParams): CatalogFilters {
  const attributes: Record<string, string> = {};
  for (const [name, value] of params) {
    const key = name.startsWith(ATTR_PREFIX) ? name.slice(ATTR_PREFIX.length) : null;
    const v = value.trim();
    if (key && ATTR_KEY.test(key) && v && v.length <= 60) attributes[key] = v;
  }
  const category = params.get('category') ?? '';
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_KEYWORD),
    categoryId: UUID.test(category) ? category : undefined,
    attributes,
    priced: params.get('priced') === '1',
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

export function writeCatalogFilters(f: CatalogFilters): URLSearchParams {
  const q = new URLSearchParams();
  const keyword = f.q.trim();
  if (keyword) q.set('q', keyword);
  if (f.categoryId) q.set('category', f.categoryId);
  for (const key of Object.keys(f.attributes).sort()) {
    const v = f.attributes[key];
    if (v) q.set(`${ATTR_PREFIX}${key}`, v);
  }
  if (f.priced) q.set('priced', '1');
  if (f.page > 1) q.set('page', String(f.page));
  return q;
}

/** A change of the search: anything but the page itself starts again on page 1. */
export function changeFilters(current: CatalogFilters, change: Partial<CatalogFilters>): CatalogFilters {
  const next = { ...current, ...change };
  if (!('page' in change)) next.page = 1;
  // a category has its own attributes: a new one clears the attribute filters
  if ('categoryId' in change && change.categoryId !== current.categoryId && !('attributes' in change))
    next.attributes = {};
  return next;
}

/** The API's query for these filters. */
export function toProductsQuery(f: CatalogFilters, pageSize: number): ProductsQuery {
  return {
    ...(f.q ? { q: f.q } : {}),
    ...(f.categoryId ? { categoryId: f.categoryId } : {}),
    ...(Object.keys(f.attributes).length ? { attributes: f.attributes } : {}),
    ...(f.priced ? { priced: true } : {}),
    page: f.page,
    pageSize,
  };
}
