import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateStock, type StockLine, type StockPosition } from './stock-allocation';

const line = (quantity: bigint, over: Partial<StockLine> = {}): StockLine => ({
  lineId: 'L1',
  lineNo: 1,
  index: 0,
  skuId: 'S1',
  skuCode: 'WS-GB1',
  unit: 't',
  quantity,
  ...over,
});
const position = (
  levelId: string,
  onHand: bigint,
  reserved = 0n,
  over: Partial<StockPosition> = {},
): StockPosition => ({
  levelId,
  skuId: 'S1',
  locationId: `loc-${levelId}`,
  warehouseId: 'W-other',
  onHand,
  reserved,
  ...over,
});
const picks = (r: ReturnType<typeof allocateStock>) =>
  r.ok ? r.value.map((a) => [a.levelId, a.quantity]) : r.error.code;

describe('allocateStock', () => {
  it('serves a line from one position that covers it, the smallest such (best fit)', () => {
    const r = allocateStock(
      [line(15_000n)],
      [position('big', 100_000n), position('small', 20_000n), position('tiny', 5_000n)],
      { preferredWarehouseId: null },
    );
    expect(picks(r)).toEqual([['small', 15_000n]]);
  });

  it('counts only what is not reserved yet', () => {
    const r = allocateStock([line(15_000n)], [position('a', 20_000n, 10_000n), position('b', 16_000n)], {
      preferredWarehouseId: null,
    });
    expect(picks(r)).toEqual([['b', 15_000n]]);
  });

  it('splits a line over several positions, largest first, until one covers the rest', () => {
    const r = allocateStock(
      [line(25_000n)],
      [position('a', 10_000n), position('b', 12_000n), position('c', 8_000n)],
      { preferredWarehouseId: null },
    );
    expect(picks(r)).toEqual([
      ['b', 12_000n],
      ['a', 10_000n],
      ['c', 3_000n],
    ]);
  });

  it('uses the pickup warehouse first, even when another position would fit better', () => {
    const r = allocateStock(
      [line(15_000n)],
      [
        position('elsewhere', 15_000n),
        position('pickup-1', 10_000n, 0n, { warehouseId: 'W-pickup' }),
        position('pickup-2', 3_000n, 0n, { warehouseId: 'W-pickup' }),
      ],
      { preferredWarehouseId: 'W-pickup' },
    );
    expect(picks(r)).toEqual([
      ['pickup-1', 10_000n],
      ['pickup-2', 3_000n],
      ['elsewhere', 2_000n],
    ]);
  });

  it('lets two lines of one SKU share its positions', () => {
    const r = allocateStock(
      [line(6_000n), line(6_000n, { lineId: 'L2', lineNo: 2, index: 1 })],
      [position('a', 10_000n), position('b', 2_000n)],
      { preferredWarehouseId: null },
    );
    expect(r.ok && r.value.map((a) => [a.lineId, a.levelId, a.quantity])).toEqual([
      ['L1', 'a', 6_000n],
      ['L2', 'a', 4_000n],
      ['L2', 'b', 2_000n],
    ]);
  });

  it('refuses the whole confirmation when a line is short, naming the line and what is available', () => {
    const r = allocateStock(
      [line(5_000n), line(8_000n, { lineId: 'L2', lineNo: 2, index: 1 })],
      [position('a', 10_000n, 500n), position('other-sku', 99_000n, 0n, { skuId: 'S2' })],
      { preferredWarehouseId: null },
    );
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'INSUFFICIENT_STOCK',
        field: 'lines.1.quantity',
        lineId: 'L2',
        params: { lineNo: '2', skuCode: 'WS-GB1', requested: '8.000', available: '4.500', unit: 't' },
      },
    });
  });

  it('treats stock reserved beyond what is on hand as none available', () => {
    const r = allocateStock([line(1n)], [position('a', 1_000n, 2_000n)], { preferredWarehouseId: null });
    expect(r.ok ? null : r.error.params?.['available']).toBe('0.000');
  });

  it('takes exactly the last unit and refuses one thousandth more', () => {
    expect(
      picks(allocateStock([line(10_000n)], [position('a', 10_000n)], { preferredWarehouseId: null })),
    ).toEqual([['a', 10_000n]]);
    expect(
      picks(allocateStock([line(10_001n)], [position('a', 10_000n)], { preferredWarehouseId: null })),
    ).toBe('INSUFFICIENT_STOCK');
  });

  it('never takes more than a position has free, and serves each line exactly (property)', () => {
    const positions = fc.array(
      fc.record({
        onHand: fc.bigInt({ min: 0n, max: 50_000n }),
        reserved: fc.bigInt({ min: 0n, max: 50_000n }),
        sku: fc.constantFrom('S1', 'S2'),
        warehouse: fc.constantFrom('W1', 'W2'),
      }),
      { maxLength: 8 },
    );
    const lines = fc.array(
      fc.record({ quantity: fc.bigInt({ min: 1n, max: 60_000n }), sku: fc.constantFrom('S1', 'S2') }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(positions, lines, fc.constantFrom('W1', 'W2', null), (ps, ls, preferred) => {
        const stock = ps.map((p, i) =>
          position(`p${i}`, p.onHand, p.reserved, { skuId: p.sku, warehouseId: p.warehouse }),
        );
        const orderLines = ls.map((l, i) =>
          line(l.quantity, { lineId: `L${i}`, lineNo: i + 1, index: i, skuId: l.sku }),
        );
        const r = allocateStock(orderLines, stock, { preferredWarehouseId: preferred });
        const free = (p: StockPosition) => (p.onHand > p.reserved ? p.onHand - p.reserved : 0n);
        const freeOf = (sku: string) =>
          stock.filter((p) => p.skuId === sku).reduce((s, p) => s + free(p), 0n);
        const neededOf = (sku: string) =>
          orderLines.filter((l) => l.skuId === sku).reduce((s, l) => s + l.quantity, 0n);
        if (!r.ok) {
          expect(neededOf('S1') > freeOf('S1') || neededOf('S2') > freeOf('S2')).toBe(true);
          return;
        }
        for (const p of stock) {
          const taken = r.value.filter((a) => a.levelId === p.levelId).reduce((s, a) => s + a.quantity, 0n);
          expect(taken <= free(p)).toBe(true);
        }
        for (const l of orderLines) {
          const got = r.value.filter((a) => a.lineId === l.lineId);
          expect(got.every((a) => a.quantity > 0n && a.skuId === l.skuId)).toBe(true);
          expect(got.reduce((s, a) => s + a.quantity, 0n)).toBe(l.quantity);
        }
      }),
    );
  });
});
