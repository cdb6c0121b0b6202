import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRows } from './import-schema';
import {
  formatAttributes,
  parseAttributes,
  parseUnit,
  PRODUCT_COLUMNS,
  PRODUCT_IMPORT,
  UNITS_OF_MEASURE,
  type ProductImportRow,
} from './product-import.schema';

const cellsOf = (overrides: Record<string, string> = {}): Record<string, string> => ({
  product_code: 'SUGAR-WHITE-1',
  product_name_zh: '白砂糖 一级',
  product_name_en: 'White sugar grade 1',
  category_code: 'SUGAR',
  unit: 't',
  sku_code: 'SUGAR-W1-BULK',
  spec_code: '',
  attributes: '',
  pack_size: '',
  min_order_quantity: '',
  order_increment: '',
  ...overrides,
});

function validOne(overrides: Record<string, string>): ProductImportRow {
  const result = validateRows(PRODUCT_IMPORT, {
    headers: [],
    rows: [{ rowNumber: 2, cells: cellsOf(overrides) }],
  });
  expect(result.rejected).toEqual([]);
  const [row] = result.valid;
  if (!row) throw new Error('no row');
  return row;
}

describe('PRODUCT_IMPORT typed rows', () => {
  it('gives a typed row with defaults for blank optional cells', () => {
    expect(validOne({})).toEqual({
      rowNumber: 2,
      productCode: 'SUGAR-WHITE-1',
      productNameZh: '白砂糖 一级',
      productNameEn: 'White sugar grade 1',
      categoryCode: 'SUGAR',
      unit: 't',
      skuCode: 'SUGAR-W1-BULK',
      specCode: null,
      attributes: {},
      packSize: '1',
      minOrderQuantity: '1',
      orderIncrement: '1',
    });
  });

  it('normalises decimals, names and attributes', () => {
    const row = validOne({
      pack_size: '25.000',
      min_order_quantity: '0.50',
      order_increment: '.5',
      product_name_en: 'White   sugar\ngrade 1',
      spec_code: 'SUGAR-WHITE-GB1',
      attributes: 'grade ＝ 一级 ；origin=广西;  ; size=0-2 mm=fine ',
    });
    expect(row).toMatchObject({
      packSize: '25',
      minOrderQuantity: '0.5',
      orderIncrement: '0.5',
      productNameEn: 'White sugar grade 1',
      specCode: 'SUGAR-WHITE-GB1',
      attributes: { grade: '一级', origin: '广西', size: '0-2 mm=fine' },
    });
  });

  it.each([
    ['t', 't'],
    ['T', 't'],
    ['吨', 't'],
    ['KG', 'kg'],
    ['千克', 'kg'],
    ['公斤', 'kg'],
    ['m3', 'm3'],
    ['m³', 'm3'],
    ['立方米', 'm3'],
    ['piece', 'piece'],
    ['件', 'piece'],
    ['Box', 'box'],
    ['箱', 'box'],
  ])('reads the unit %s as %s', (text, unit) => {
    expect(parseUnit(text)).toBe(unit);
    expect(validOne({ unit: text }).unit).toBe(unit);
  });

  it('accepts codes of 40 and names of 120 characters, Chinese counted by character', () => {
    expect(validOne({ sku_code: 'S'.repeat(40), product_name_zh: '糖'.repeat(120) }).skuCode).toHaveLength(
      40,
    );
    expect(validOne({ product_name_zh: '😀'.repeat(120) }).productNameZh).toHaveLength(240);
  });

  it('keeps attribute keys out of the prototype', () => {
    expect(parseAttributes('__proto__=x')).toMatchObject({ ok: false, problem: { kind: 'key' } });
    const parsed = parseAttributes('constructor=x');
    expect(parsed.ok && Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(parsed.ok && Object.keys(parsed.value)).toEqual(['constructor']);
  });

  it('accepts 20 attributes', () => {
    const text = Array.from({ length: 20 }, (_, i) => `k${'abcdefghijklmnopqrst'[i]}=v`).join('; ');
    expect(Object.keys(validOne({ attributes: text }).attributes)).toHaveLength(20);
  });

  it('writes a typed row back as cells that validate to the same row', () => {
    const code = fc.stringMatching(/^[A-Za-z0-9_.-]{1,40}$/);
    const name = fc
      .string({ minLength: 1, maxLength: 120 })
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s !== '' && !s.startsWith('#'));
    const quantity = fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 15n - 1n })).map(([n]) => {
      const s = n.toString().padStart(4, '0');
      return `${s.slice(0, -3).replace(/^0+(?=\d)/, '')}.${s.slice(-3)}`.replace(/\.?0+$/, '');
    });
    const attributes = fc.dictionary(
      fc.stringMatching(/^[a-z][a-z_]{0,29}$/),
      fc.stringMatching(/^[^;；=＝\s][^;；\s]{0,59}$/),
      { maxKeys: 20 },
    );
    const row = fc.record({
      productCode: code,
      productNameZh: name,
      productNameEn: name,
      categoryCode: code,
      unit: fc.constantFrom(...UNITS_OF_MEASURE),
      skuCode: code,
      specCode: fc.option(name.map((s) => s.slice(0, 60).trim()).filter((s) => s !== '')),
      attributes,
      packSize: quantity,
      minOrderQuantity: quantity,
      orderIncrement: quantity,
    });
    fc.assert(
      fc.property(row, (r) => {
        const cells = PRODUCT_IMPORT.toCells(r);
        expect(Object.keys(cells).sort()).toEqual(PRODUCT_COLUMNS.map((c) => c.key).sort());
        const result = validateRows(PRODUCT_IMPORT, { headers: [], rows: [{ rowNumber: 2, cells }] });
        expect(result.rejected).toEqual([]);
        expect(result.valid).toEqual([{ ...r, rowNumber: 2 }]);
      }),
    );
  });

  it('formats attributes as key=value pairs', () => {
    expect(formatAttributes({ grade: '一级', origin: '广西' })).toBe('grade=一级; origin=广西');
    expect(formatAttributes({})).toBe('');
  });
});
