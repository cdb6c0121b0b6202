import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal } from './decimal';
import { pricingErrorMessage, type QuoteError } from './pricing.errors';
import {
  conversionRatio,
  convertQuantity,
  MAX_QUANTITY_THOUSANDTHS,
  type Unit,
  type UnitConversionRule,
  UNITS,
} from './unit-conversion';

const BOX_18_KG: UnitConversionRule[] = [{ fromUnit: 'box', toUnit: 'kg', factor: '18' }];

function value(result: ReturnType<typeof convertQuantity>): string {
  if (!result.ok) throw new Error(`expected a quantity, got ${JSON.stringify(result.error)}`);
  return result.value;
}
function failure(result: ReturnType<typeof convertQuantity>): QuoteError {
  if (result.ok) throw new Error(`expected a refusal, got ${result.value}`);
  return result.error;
}

describe('convertQuantity', () => {
  it('converts tonnes and kilograms for every SKU, declared or not', () => {
    expect(value(convertQuantity('1', 't', 'kg', []))).toBe('1000.000');
    expect(value(convertQuantity('18000', 'kg', 't', []))).toBe('18.000');
    expect(value(convertQuantity('0.001', 't', 'kg', []))).toBe('1.000');
    expect(value(convertQuantity('2', 'kg', 't', []))).toBe('0.002');
    expect(failure(convertQuantity('2.5', 'kg', 't', [])).code).toBe('QUANTITY_NOT_CONVERTIBLE');
  });

  it('uses a declared conversion as declared and backwards, and chains it with t ↔ kg', () => {
    expect(value(convertQuantity('10', 'box', 'kg', BOX_18_KG))).toBe('180.000');
    expect(value(convertQuantity('36', 'kg', 'box', BOX_18_KG))).toBe('2.000');
    expect(value(convertQuantity('0.018', 'kg', 'box', BOX_18_KG))).toBe('0.001');
    expect(value(convertQuantity('10', 'box', 't', BOX_18_KG))).toBe('0.180');
    expect(value(convertQuantity('0.009', 't', 'box', BOX_18_KG))).toBe('0.500');
    expect(value(convertQuantity('7', 'box', 'box', BOX_18_KG))).toBe('7.000');
    // two declared conversions make a chain: 1 piece = 6 box = 108 kg
    const chained: UnitConversionRule[] = [...BOX_18_KG, { fromUnit: 'piece', toUnit: 'box', factor: '6' }];
    expect(value(convertQuantity('2', 'piece', 'kg', chained))).toBe('216.000');
    expect(value(convertQuantity('0.216', 't', 'piece', chained))).toBe('2.000');
  });

  it('prefers a declared conversion to a derived one', () => {
    // a seller's own (odd) tonne wins over 1 000 kg for its SKU, both ways
    const odd: UnitConversionRule[] = [{ fromUnit: 't', toUnit: 'kg', factor: '1016' }];
    expect(value(convertQuantity('1', 't', 'kg', odd))).toBe('1016.000');
    expect(value(convertQuantity('2032', 'kg', 't', odd))).toBe('2.000');
  });

  it('refuses a quantity that is not a whole thousandth in the other unit, naming the nearest that are', () => {
    const error = failure(convertQuantity('1', 'kg', 'box', BOX_18_KG));
    expect(error).toMatchObject({
      code: 'QUANTITY_NOT_CONVERTIBLE',
      field: 'quantity',
      params: { quantity: '1', lower: '0.99', upper: '1.008', step: '0.018', unit: 'kg', toUnit: 'box' },
    });
    expect(pricingErrorMessage(error.code, 'en', error.params)).toBe(
      '1 kg does not convert exactly into box (quantities have at most 3 decimals); the nearest quantities that do are 0.99 kg and 1.008 kg',
    );
    expect(pricingErrorMessage(error.code, 'zh-CN', error.params)).toBe(
      '1 千克 无法精确换算为箱（数量最多 3 位小数）；最接近的可换算数量为 0.99 千克 或 1.008 千克',
    );
    // under the smallest convertible quantity: the two smallest ones
    expect(failure(convertQuantity('0.01', 'kg', 'box', BOX_18_KG)).params).toMatchObject({
      lower: '0.018',
      upper: '0.036',
    });
    expect(failure(convertQuantity('1', 't', 'box', BOX_18_KG)).params).toMatchObject({
      lower: '0.999',
      upper: '1.008',
      step: '0.009',
    });
  });

  it('refuses a unit with no conversion to the SKU unit, on the unit', () => {
    const error = failure(convertQuantity('5', 'm3', 'kg', BOX_18_KG));
    expect(error).toMatchObject({ code: 'UNIT_NOT_CONVERTIBLE', field: 'unit' });
    expect(pricingErrorMessage(error.code, 'en', error.params)).toBe(
      'This item cannot be quoted in m³: the seller declares no conversion between m³ and kg',
    );
    expect(pricingErrorMessage(error.code, 'zh-CN', error.params)).toBe(
      '该商品不能按立方米报价：卖家未登记立方米与千克的换算',
    );
    expect(failure(convertQuantity('5', 'piece', 'box', [])).code).toBe('UNIT_NOT_CONVERTIBLE');
  });

  it('refuses what is not a quantity, and a result over 12 integer digits', () => {
    for (const bad of ['0', '-1', '1.2345', 'abc', '', '1e3', ' 1'])
      expect(failure(convertQuantity(bad, 't', 'kg', []))).toEqual({
        code: 'QUANTITY_INVALID',
        field: 'quantity',
      });
    expect(value(convertQuantity('999999999.999', 't', 'kg', []))).toBe('999999999999.000');
    const large = failure(convertQuantity('1000000000', 't', 'kg', []));
    expect(large).toMatchObject({ code: 'QUANTITY_TOO_LARGE', field: 'quantity' });
    expect(pricingErrorMessage(large.code, 'en', large.params)).toBe(
      'The converted quantity is over the limit of 999999999999.999 kg',
    );
  });

  it('treats a malformed stored factor as a bug', () => {
    for (const factor of ['0', '-2', '1.0000001', 'x'])
      expect(() => convertQuantity('1', 'box', 'kg', [{ fromUnit: 'box', toUnit: 'kg', factor }])).toThrow(
        RangeError,
      );
  });
});

// ---- properties ------------------------------------------------------------------------------

const RUNS = { numRuns: 300 };
const Q3 = (text: string): bigint => {
  const v = parseDecimal(text, 3);
  if (v === null) throw new Error(`not a quantity: ${text}`);
  return v;
};

const quantityArb = fc.bigInt({ min: 1n, max: 10_000_000_000n }); // 0.001 … 10 000 000
const factorArb = fc.bigInt({ min: 1n, max: 1_000_000_000_000n }); // 0.000001 … 1 000 000, 6 places
const unitArb = fc.constantFrom(...UNITS);

/**
 * Conversions that never contradict each other: a tree over m³, piece and box hung on t/kg
 * (which 1 t = 1 000 kg always links), each edge in a random direction with a random factor.
 */
const treeArb: fc.Arbitrary<UnitConversionRule[]> = fc
  .record({
    order: fc.shuffledSubarray(['m3', 'piece', 'box'] as Unit[], { minLength: 0, maxLength: 3 }),
    parents: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
    flips: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    factors: fc.array(factorArb, { minLength: 3, maxLength: 3 }),
  })
  .map(({ order, parents, flips, factors }) => {
    const placed: Unit[] = ['t', 'kg'];
    return order.map((unit, i) => {
      const parent = placed[(parents[i] ?? 0) % placed.length] as Unit;
      placed.push(unit);
      const factor = formatDecimal(factors[i] ?? 1n, 6);
      return flips[i]
        ? { fromUnit: parent, toUnit: unit, factor }
        : { fromUnit: unit, toUnit: parent, factor };
    });
  });

const DECIMAL_TEXT = /^\d+(\.\d+)?$/;
const UNIT_OR_NAME = /^[a-z³0-9]+$|^[\u4e00-\u9fff]+$/u;

describe('convertQuantity properties', () => {
  it('converting there and back gives the same quantity whenever the conversion is exact', () => {
    fc.assert(
      fc.property(quantityArb, unitArb, unitArb, treeArb, (q, from, to, rules) => {
        const text = formatDecimal(q, 3);
        const there = convertQuantity(text, from, to, rules);
        if (!there.ok) return;
        const back = convertQuantity(there.value, to, from, rules);
        expect(back).toEqual({ ok: true, value: text });
      }),
      RUNS,
    );
  });

  it('converts by a factor exactly: q × f when it is a whole thousandth, a refusal naming the neighbours otherwise', () => {
    fc.assert(
      fc.property(quantityArb, factorArb, (q, f) => {
        const rules: UnitConversionRule[] = [
          { fromUnit: 'box', toUnit: 'piece', factor: formatDecimal(f, 6) },
        ];
        const result = convertQuantity(formatDecimal(q, 3), 'box', 'piece', rules);
        const product = q * f; // thousandths × 10^6
        if (product % 1_000_000n === 0n) {
          const converted = product / 1_000_000n;
          if (converted <= MAX_QUANTITY_THOUSANDTHS)
            expect(result).toEqual({ ok: true, value: formatDecimal(converted, 3) });
          else expect(failure(result).code).toBe('QUANTITY_TOO_LARGE');
        } else {
          const error = failure(result);
          expect(error.code).toBe('QUANTITY_NOT_CONVERTIBLE');
          const lower = Q3(error.params?.['lower'] ?? '');
          const upper = Q3(error.params?.['upper'] ?? '');
          const step = Q3(error.params?.['step'] ?? '');
          for (const ok of [lower, upper, step]) {
            expect(ok > 0n).toBe(true);
            expect((ok * f) % 1_000_000n).toBe(0n);
          }
          expect(upper - lower).toBe(step);
          // nothing convertible lies between them, and the request is between them (or under both)
          expect(q < upper).toBe(true);
          if (q > step) expect(lower < q).toBe(true);
          else expect(lower).toBe(step);
        }
      }),
      RUNS,
    );
  });

  it('converting by a factor f and then by 1/f is the identity', () => {
    // f = 10^6 / (2^i × 5^j): both f and 1/f have at most 6 decimals
    const reciprocalArb = fc
      .record({ i: fc.integer({ min: 0, max: 12 }), j: fc.integer({ min: 0, max: 12 }) })
      .map(({ i, j }) => 2n ** BigInt(i) * 5n ** BigInt(j));
    fc.assert(
      fc.property(quantityArb, reciprocalArb, (q, d) => {
        const f = formatDecimal(10n ** 12n / d, 6);
        const inverse = formatDecimal(d, 6);
        const text = formatDecimal(q, 3);
        const declared: UnitConversionRule[] = [{ fromUnit: 'box', toUnit: 'piece', factor: f }];
        const reciprocal: UnitConversionRule[] = [{ fromUnit: 'piece', toUnit: 'box', factor: inverse }];
        const there = convertQuantity(text, 'box', 'piece', declared);
        // declaring 1/f the other way round is the same rule
        expect(convertQuantity(text, 'box', 'piece', reciprocal)).toEqual(there);
        if (there.ok)
          expect(convertQuantity(there.value, 'piece', 'box', reciprocal)).toEqual({ ok: true, value: text });
      }),
      RUNS,
    );
  });

  it('never uses a float: every figure out is decimal text, every ratio integers', () => {
    fc.assert(
      fc.property(quantityArb, unitArb, unitArb, treeArb, (q, from, to, rules) => {
        const result = convertQuantity(formatDecimal(q, 3), from, to, rules);
        if (result.ok) expect(result.value).toMatch(/^\d+\.\d{3}$/);
        else
          for (const [key, v] of Object.entries(result.error.params ?? {}))
            expect(v, key).toMatch(/unit/i.test(key) ? UNIT_OR_NAME : DECIMAL_TEXT);
        const r = conversionRatio(from, to, rules);
        if (r) expect([typeof r.num, typeof r.den]).toEqual(['bigint', 'bigint']);
      }),
      RUNS,
    );
    const code = readFileSync(new URL('./unit-conversion.ts', import.meta.url), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\bNumber\b|parseFloat|parseInt|Math\.|toFixed|toPrecision|:\s*number\b/);
  });
});
