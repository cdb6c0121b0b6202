import { describe, expect, it } from 'vitest';
import {
  depositMinor,
  ladderProblems,
  nextTierAt,
  priceAt,
  tierIndexAt,
  tierPriceProblem,
  tierStartProblem,
} from './ladder';

/** The sugar campaign of DESIGN.md §7: < 500 t 5 000; ≥ 500 t 4 900; ≥ 1 000 t 4 800. */
const SUGAR = [
  { minQuantity: '0', unitPrice: '5000.0000' },
  { minQuantity: '500.000', unitPrice: '4900.0000' },
  { minQuantity: '1000.000', unitPrice: '4800.0000' },
];

describe('the tier a pooled total reaches', () => {
  it.each([
    ['0', 0, '5000.0000'],
    ['499.999', 0, '5000.0000'],
    ['500', 1, '4900.0000'],
    ['500.000', 1, '4900.0000'],
    ['999.999', 1, '4900.0000'],
    ['1000', 2, '4800.0000'],
    ['1500.5', 2, '4800.0000'],
  ])('at %s t: tier %i, %s each', (total, index, price) => {
    expect(tierIndexAt(SUGAR, total)).toBe(index);
    expect(priceAt(SUGAR, total)).toBe(price);
  });

  it('says how much more reaches the next tier, and nothing at the last', () => {
    expect(nextTierAt(SUGAR, '550.000')).toEqual({
      index: 2,
      unitPrice: '4800.0000',
      minQuantity: '1000.000',
      needed: '450',
    });
    expect(nextTierAt(SUGAR, '0')).toMatchObject({ needed: '500', unitPrice: '4900.0000' });
    expect(nextTierAt(SUGAR, '499.999')).toMatchObject({ needed: '0.001' });
    expect(nextTierAt(SUGAR, '1000')).toBeNull();
  });
});

describe('the deposit of a commitment', () => {
  it('is the deposit share of the quantity at the first tier’s price, in fen', () => {
    // 100 t × 5 000 × 10 % = 50 000.00 (the API spec's figure)
    expect(depositMinor(SUGAR, '100', 1000)).toBe('5000000');
    expect(depositMinor(SUGAR, '100.000', 1000)).toBe('5000000');
    expect(depositMinor(SUGAR, '0.001', 1)).toBe('0'); // 0.0005 fen rounds down
    expect(depositMinor(SUGAR, '12.345', 1250)).toBe('771563'); // 7 715.625 → 7 715.63
    expect(depositMinor(SUGAR, '20', 0)).toBe('0');
    expect(depositMinor(SUGAR, '20', 10_000)).toBe('10000000');
  });

  it('rounds half up to the fen', () => {
    const cheap = [{ minQuantity: '0', unitPrice: '0.0001' }];
    // 5 × 0.0001 × 100 % = 0.0005 yuan = 0.05 fen → 0; 50 × … = 0.5 fen → 1
    expect(depositMinor(cheap, '5', 10_000)).toBe('0');
    expect(depositMinor(cheap, '50', 10_000)).toBe('1');
    expect(depositMinor(cheap, '149', 10_000)).toBe('1');
    expect(depositMinor(cheap, '150', 10_000)).toBe('2');
  });

  it('is nothing for a quantity that is not one', () => {
    expect(depositMinor(SUGAR, '1.2345', 1000)).toBeNull();
    expect(depositMinor(SUGAR, '-1', 1000)).toBeNull();
    expect(depositMinor(SUGAR, 'abc', 1000)).toBeNull();
    expect(depositMinor([], '1', 1000)).toBeNull();
  });
});

describe('the ladder editor’s checks', () => {
  it('takes the sugar ladder', () => {
    expect(ladderProblems(SUGAR)).toEqual([]);
  });

  it('starts at 0 and climbs, each start with at most 3 decimals', () => {
    expect(tierStartProblem([{ minQuantity: '10' }], 0)).toBe('firstNotZero');
    expect(tierStartProblem([{ minQuantity: '0.000' }], 0)).toBeNull();
    const rows = [{ minQuantity: '0' }, { minQuantity: '500' }, { minQuantity: '500' }, { minQuantity: '' }];
    expect(tierStartProblem(rows, 2)).toBe('notAscending');
    expect(tierStartProblem(rows, 3)).toBe('required');
    expect(tierStartProblem([{ minQuantity: '0' }, { minQuantity: '1.2345' }], 1)).toBe('format');
    // an invalid row above is judged on its own, not again on the row below
    expect(
      tierStartProblem([{ minQuantity: '0' }, { minQuantity: 'x' }, { minQuantity: '5' }], 2),
    ).toBeNull();
  });

  it('never lets more quantity cost more', () => {
    const rows = [{ unitPrice: '5000' }, { unitPrice: '5100' }, { unitPrice: '5100' }, { unitPrice: '0' }];
    expect(tierPriceProblem(rows, 0)).toBeNull();
    expect(tierPriceProblem(rows, 1)).toBe('rises');
    expect(tierPriceProblem(rows, 2)).toBeNull(); // the same price is not a rise
    expect(tierPriceProblem(rows, 3)).toBe('zero');
    expect(tierPriceProblem([{ unitPrice: '1.23456' }], 0)).toBe('format');
    expect(tierPriceProblem([{}], 0)).toBe('required');
  });

  it('lists every problem by row and field, as the server would name it', () => {
    expect(
      ladderProblems([
        { minQuantity: '10', unitPrice: '5000' },
        { minQuantity: '5', unitPrice: '5100' },
      ]),
    ).toEqual([
      { index: 0, field: 'minQuantity', problem: 'firstNotZero' },
      { index: 1, field: 'minQuantity', problem: 'notAscending' },
      { index: 1, field: 'unitPrice', problem: 'rises' },
    ]);
  });
});
