import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRows } from './import-schema';
import { parseLadderMode, PRICE_COLUMNS, PRICE_IMPORT, type PriceImportRow } from './price-import.schema';

function validOne(cells: Record<string, string>): PriceImportRow {
  const result = validateRows(PRICE_IMPORT, { headers: [], rows: [{ rowNumber: 4, cells }] });
  expect(result.rejected).toEqual([]);
  const [row] = result.valid;
  if (!row) throw new Error('no row');
  return row;
}

describe('PRICE_IMPORT typed rows', () => {
  it('gives a typed row with the ladder in break order', () => {
    expect(
      validOne({
        sku_code: 'SUGAR-W1-BULK',
        unit_price: '5980.0',
        floor_price: '5800',
        ladder_mode: '',
        break1_min_qty: '100',
        break1_price: '5950',
        break2_min_qty: '1000.5',
        break2_price: '2.50 %',
        break3_min_qty: '5000',
        break3_price: '100％',
      }),
    ).toEqual({
      rowNumber: 4,
      skuCode: 'SUGAR-W1-BULK',
      unitPrice: '5980',
      floorPrice: '5800',
      ladderMode: 'all_units',
      ladder: [
        { minQuantity: '100', kind: 'absolute', value: '5950' },
        { minQuantity: '1000.5', kind: 'percent', value: '2.5' },
        { minQuantity: '5000', kind: 'percent', value: '100' },
      ],
    });
  });

  it('needs only the SKU and the unit price', () => {
    expect(validOne({ sku_code: 'A', unit_price: '0' })).toEqual({
      rowNumber: 4,
      skuCode: 'A',
      unitPrice: '0',
      floorPrice: null,
      ladderMode: 'all_units',
      ladder: [],
    });
  });

  it('accepts the boundaries: floor equal to the price, a break at the price, 12 digits and 4 decimals', () => {
    const row = validOne({
      sku_code: 'A',
      unit_price: '123456789012.1234',
      floor_price: '123456789012.1234',
      break1_min_qty: '999999999999.999',
      break1_price: '123456789012.1234',
    });
    expect(row.ladder).toEqual([
      { minQuantity: '999999999999.999', kind: 'absolute', value: '123456789012.1234' },
    ]);
  });

  it('skips empty break pairs between filled ones', () => {
    const row = validOne({
      sku_code: 'A',
      unit_price: '10',
      break2_min_qty: '5',
      break2_price: '9',
      break5_min_qty: '50',
      break5_price: '1%',
    });
    expect(row.ladder.map((b) => b.minQuantity)).toEqual(['5', '50']);
  });

  it.each([
    ['all_units', 'all_units'],
    ['All units', 'all_units'],
    ['ALL-UNITS', 'all_units'],
    ['全部数量', 'all_units'],
    ['graduated', 'graduated'],
    ['Graduated', 'graduated'],
    ['分段', 'graduated'],
  ])('reads the ladder mode %s as %s', (text, mode) => {
    expect(parseLadderMode(text)).toBe(mode);
  });

  it('writes a typed row back as cells that validate to the same row', () => {
    const scaled = (max: bigint, places: number) =>
      fc.bigInt({ min: 1n, max }).map((n) => {
        const s = n.toString().padStart(places + 1, '0');
        return `${s.slice(0, -places)}.${s.slice(-places)}`.replace(/\.?0+$/, '');
      });
    const row = fc
      .record({
        skuCode: fc.stringMatching(/^[A-Za-z0-9_.-]{1,40}$/),
        unitPrice: scaled(10n ** 16n - 1n, 4),
        floorShare: fc.option(fc.integer({ min: 0, max: 100 })),
        ladderMode: fc.constantFrom('all_units' as const, 'graduated' as const),
        quantities: fc.uniqueArray(scaled(10n ** 15n - 1n, 3), { maxLength: 5 }),
        kinds: fc.array(
          fc.oneof(
            fc.constant('absolute' as const),
            scaled(10_000n, 2).map((p) => p),
          ),
          {
            minLength: 5,
            maxLength: 5,
          },
        ),
      })
      .map(({ skuCode, unitPrice, floorShare, ladderMode, quantities, kinds }) => {
        const sorted = [...quantities].sort((a, b) => Number(a) - Number(b));
        return {
          skuCode,
          unitPrice,
          floorPrice: floorShare === null ? null : unitPrice,
          ladderMode,
          ladder: sorted.map((minQuantity, i) => {
            const kind = kinds[i] ?? 'absolute';
            return kind === 'absolute'
              ? { minQuantity, kind: 'absolute' as const, value: unitPrice }
              : { minQuantity, kind: 'percent' as const, value: kind };
          }),
        };
      })
      .filter((r) => new Set(r.ladder.map((b) => Number(b.minQuantity))).size === r.ladder.length);
    fc.assert(
      fc.property(row, (r) => {
        const cells = PRICE_IMPORT.toCells(r);
        expect(Object.keys(cells).sort()).toEqual(PRICE_COLUMNS.map((c) => c.key).sort());
        expect(validOne(cells)).toEqual({ ...r, rowNumber: 4 });
      }),
    );
  });

  it('refuses to export more breaks than it has columns for', () => {
    const ladder = Array.from({ length: 6 }, (_, i) => ({
      minQuantity: String(i + 1),
      kind: 'absolute' as const,
      value: '1',
    }));
    expect(() =>
      PRICE_IMPORT.toCells({
        skuCode: 'A',
        unitPrice: '1',
        floorPrice: null,
        ladderMode: 'all_units',
        ladder,
      }),
    ).toThrow(RangeError);
  });
});
