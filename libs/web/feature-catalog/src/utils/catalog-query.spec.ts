import { describe, expect, it } from 'vitest';
import { changeFilters, readCatalogFilters, toProductsQuery, writeCatalogFilters } from './catalog-query';

const CAT = '00000000-0000-4000-8000-000000000301';

describe('catalog search in the address', () => {
  it('reads keyword, category, attribute filters, "only priced" and page', () => {
    const f = readCatalogFilters(
      new URLSearchParams(`q=白砂糖&category=${CAT}&attr.grade=一级&attr.origin=广西&priced=1&page=3`),
    );
    expect(f).toEqual({
      q: '白砂糖',
      categoryId: CAT,
      attributes: { grade: '一级', origin: '广西' },
      priced: true,
      page: 3,
    });
    expect(toProductsQuery(f, 20)).toEqual({
      q: '白砂糖',
      categoryId: CAT,
      attributes: { grade: '一级', origin: '广西' },
      priced: true,
      page: 3,
      pageSize: 20,
    });
  });

  it('ignores what the API would refuse', () => {
    const f = readCatalogFilters(new URLSearchParams('category=nope&attr.Bad-Key=x&attr.grade=&page=-2'));
    expect(f).toEqual({ q: '', categoryId: undefined, attributes: {}, priced: false, page: 1 });
    expect(toProductsQuery(f, 20)).toEqual({ page: 1, pageSize: 20 });
  });

  it('writes the same address back, and a change of filter starts at page 1', () => {
    const f = readCatalogFilters(new URLSearchParams(`q=糖&category=${CAT}&attr.grade=一级&page=2`));
    expect(writeCatalogFilters(f).toString()).toBe(
      `q=%E7%B3%96&category=${CAT}&attr.grade=%E4%B8%80%E7%BA%A7&page=2`,
    );
    expect(changeFilters(f, { priced: true }).page).toBe(1);
    expect(changeFilters(f, { page: 4 }).page).toBe(4);
    // another category has other attributes
    expect(changeFilters(f, { categoryId: undefined }).attributes).toEqual({});
    expect(changeFilters(f, { q: 'x' }).attributes).toEqual({ grade: '一级' });
  });
});
