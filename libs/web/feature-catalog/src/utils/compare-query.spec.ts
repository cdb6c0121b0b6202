import { describe, expect, it } from 'vitest';
import type { CategoryView } from '../data/types';
import { ancestorIds, categoryTree } from './category-tree';
import { readCompareParams, toComparisonInput, writeCompareParams } from './compare-query';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('comparison inputs in the address', () => {
  it('reads a complete comparison and gives the API its input', () => {
    const p = readCompareParams(
      new URLSearchParams(`product=${uuid(1)}&sku=${uuid(2)}&quantity=1,000&term=net60&region=CN-GD`),
    );
    expect(toComparisonInput(p)).toEqual({
      skuId: uuid(2),
      quantity: '1000',
      paymentTerm: 'net60',
      region: 'CN-GD',
    });
    expect(writeCompareParams(p).toString()).toBe(
      `product=${uuid(1)}&sku=${uuid(2)}&quantity=1%2C000&term=net60&region=CN-GD`,
    );
  });

  it('starts from the company region, and asks nothing while an input is missing or wrong', () => {
    expect(readCompareParams(new URLSearchParams(''), 'CN-GX').region).toBe('CN-GX');
    expect(readCompareParams(new URLSearchParams('region=CN-XX'), undefined).region).toBeUndefined();
    expect(readCompareParams(new URLSearchParams('term=weekly')).paymentTerm).toBe('cash');
    const base = `sku=${uuid(2)}&region=CN-GD`;
    expect(toComparisonInput(readCompareParams(new URLSearchParams(base)))).toBeNull();
    expect(toComparisonInput(readCompareParams(new URLSearchParams(`${base}&quantity=0`)))).toBeNull();
    expect(toComparisonInput(readCompareParams(new URLSearchParams(`sku=${uuid(2)}&quantity=5`)))).toBeNull();
    expect(toComparisonInput(readCompareParams(new URLSearchParams(`${base}&quantity=5`)))).toMatchObject({
      quantity: '5',
      paymentTerm: 'cash',
    });
  });
});

describe('category tree', () => {
  const cat = (n: number, parent: number | null, code: string): CategoryView => ({
    id: uuid(n),
    parentId: parent === null ? null : uuid(parent),
    code,
    nameZh: code,
    nameEn: code,
    taxRateBps: 1300,
    productCount: n,
  });
  const list = [cat(3, 1, 'B'), cat(1, null, 'FOOD'), cat(2, 1, 'A'), cat(4, 99, 'ORPHAN'), cat(5, 2, 'A1')];

  it('nests children under parents, sorted by code, and keeps orphans as roots', () => {
    const tree = categoryTree(list);
    const codes = (nodes: ReturnType<typeof categoryTree>): unknown[] =>
      nodes.map((n) => (n.children.length ? [n.category.code, codes(n.children)] : n.category.code));
    expect(codes(tree)).toEqual([['FOOD', [['A', ['A1']], 'B']], 'ORPHAN']);
  });

  it('opens the tree down to the chosen category', () => {
    expect(ancestorIds(list, uuid(5))).toEqual([uuid(1), uuid(2), uuid(5)]);
    expect(ancestorIds(list, undefined)).toEqual([]);
  });
});
