import { describe, expect, it } from 'vitest';
import { QuoteUnitSchema, UnitOfMeasureSchema } from '@tradeway/shared/contracts';
import { askedQuantity, toQuoteRequest } from './quote-form';
import { quoteUnits, toSkuUnit } from './unit-conversion';
import { UNITS } from './units';

const apples = {
  id: 'sku-apples',
  unit: 'box',
  minOrderQuantity: '10',
  orderIncrement: '1',
  conversions: [{ fromUnit: 'box', toUnit: 'kg', factor: '18' }],
};

describe('units of a quote', () => {
  it('knows the same units as the API', () => {
    expect([...UNITS]).toEqual(UnitOfMeasureSchema.options);
    expect(QuoteUnitSchema.options).toEqual(UnitOfMeasureSchema.options);
  });

  it("offers the SKU's own unit first, then the units its conversions and 1 t = 1 000 kg reach", () => {
    expect(quoteUnits(apples)).toEqual(['box', 't', 'kg']);
    expect(
      quoteUnits({ unit: 't', conversions: [{ fromUnit: 'piece', toUnit: 'kg', factor: '50' }] }),
    ).toEqual(['t', 'kg', 'piece']);
    expect(quoteUnits({ unit: 't', conversions: [] })).toEqual(['t']);
    expect(
      quoteUnits({ unit: 'piece', conversions: [{ fromUnit: 'piece', toUnit: 'm3', factor: '0.0536' }] }),
    ).toEqual(['piece', 'm3']);
  });

  it('converts exactly into the SKU unit, or says the nearest quantities that convert', () => {
    expect(toSkuUnit('36', 'kg', apples)).toEqual({ ok: true, quantity: '2' });
    expect(toSkuUnit('1.8', 't', apples)).toEqual({ ok: true, quantity: '100' });
    expect(toSkuUnit('7', 'box', apples)).toEqual({ ok: true, quantity: '7' });
    expect(toSkuUnit('1', 'kg', apples)).toEqual({
      ok: false,
      code: 'notConvertible',
      lower: '0.99',
      upper: '1.008',
    });
    expect(toSkuUnit('0.01', 'kg', apples)).toEqual({
      ok: false,
      code: 'notConvertible',
      lower: '0.018',
      upper: '0.036',
    });
    expect(toSkuUnit('2', 'm3', apples)).toEqual({ ok: false, code: 'unitNotConvertible' });
    expect(toSkuUnit('0', 'kg', apples)).toEqual({ ok: false, code: 'invalid' });
  });

  it('checks the order rules on the converted quantity and sends the quantity as asked', () => {
    expect(askedQuantity('162', 'kg', apples)).toEqual({
      problem: { code: 'belowMinimum', min: '10' },
      inSkuUnit: '9',
    });
    expect(askedQuantity('1,800', 'kg', apples)).toEqual({ problem: null, inSkuUnit: '100' });
    expect(askedQuantity('1', 'kg', apples).problem).toEqual({
      code: 'notConvertible',
      quantity: '1',
      unit: 'kg',
      toUnit: 'box',
      lower: '0.99',
      upper: '1.008',
    });
    const values = {
      quantity: '1800',
      paymentTerm: 'cash' as const,
      deliveryMode: 'delivery' as const,
      region: 'CN-GD',
    };
    expect(toQuoteRequest({ ...values, unit: 'kg' }, apples)).toMatchObject({ quantity: '1800', unit: 'kg' });
    expect(toQuoteRequest({ ...values, quantity: '100', unit: 'box' }, apples)).not.toHaveProperty('unit');
    expect(toQuoteRequest({ ...values, quantity: '1', unit: 'kg' }, apples)).toBeNull();
  });
});
