import { describe, expect, it } from 'vitest';
import { type BidRule, bidProblem, bidRange, bidReference, nextValidPrice } from './bid-rules';

const reverse = (over: Partial<BidRule> = {}): BidRule => ({
  direction: 'reverse',
  visibility: 'rank_only',
  openingPrice: '6000.0000',
  minStep: { kind: 'absolute', amount: '10.0000' },
  maxStep: { kind: 'absolute', amount: '300.0000' },
  ...over,
});
const forward = (over: Partial<BidRule> = {}): BidRule => ({
  ...reverse(over),
  direction: 'forward',
  openingPrice: '4000.0000',
  ...over,
});

describe('the reference a bid must beat', () => {
  it('is the best price when bidders see it, else the bidder’s own best', () => {
    const standing = { bestPrice: '5900.0000', myBestPrice: '5950.0000' };
    expect(bidReference({ visibility: 'best_price' }, standing)).toBe('5900.0000');
    expect(bidReference({ visibility: 'rank_only' }, standing)).toBe('5950.0000');
    expect(bidReference({ visibility: 'sealed' }, standing)).toBe('5950.0000');
    expect(bidReference({ visibility: 'rank_only' }, { bestPrice: null, myBestPrice: null })).toBeNull();
  });
});

describe('a reverse auction’s bid (lower wins)', () => {
  it.each([
    // price, reference, problem — the cases of the API's e2e spec (opening 6 000, step 10, at most 300)
    ['', null, 'required'],
    ['abc', null, 'format'],
    ['5990.12345', null, 'format'],
    ['0', null, 'zero'],
    ['6000.0001', null, 'beyondOpening'],
    ['6000', null, null], // a first bid needs only the opening price
    ['5700', null, null], // the maximum step counts from the opening
    ['5699.9999', null, 'stepTooLarge'],
    ['5960', '5990', null],
    ['5980', '5990', null], // exactly one step
    ['5980.0001', '5990', 'stepTooSmall'],
    ['5955', '5960', 'stepTooSmall'],
    ['5690', '5990', null], // exactly the maximum step
    ['590', '5990', 'stepTooLarge'],
  ] as const)('%s against %s: %s', (price, reference, problem) => {
    expect(bidProblem(price, reverse(), reference)).toBe(problem);
  });

  it('compares a percent step exactly, without rounding', () => {
    // 0.5 % of 5 990 = 29.95: at most 5 960.05
    const rule = reverse({ minStep: { kind: 'percent', bps: 50 }, maxStep: null });
    expect(bidProblem('5960.05', rule, '5990')).toBeNull();
    expect(bidProblem('5960.0501', rule, '5990')).toBe('stepTooSmall');
    // 0.33 % of 1 234.5678 = 4.07407374: at most 1 230.49372626, i.e. 1 230.4937
    const odd = reverse({ minStep: { kind: 'percent', bps: 33 }, maxStep: null });
    expect(nextValidPrice(odd, '1234.5678')).toBe('1230.4937');
    expect(bidProblem('1230.4937', odd, '1234.5678')).toBeNull();
    expect(bidProblem('1230.4938', odd, '1234.5678')).toBe('stepTooSmall');
  });

  it('says the highest valid price and the lowest the maximum step allows', () => {
    expect(bidRange(reverse(), null)).toEqual({
      reference: null,
      nearest: '6000',
      farthest: '5700',
      empty: false,
    });
    expect(bidRange(reverse(), '5960.0000')).toMatchObject({ nearest: '5950', farthest: '5660' });
    expect(bidRange(reverse({ maxStep: null }), '5960')).toMatchObject({
      nearest: '5950',
      farthest: '0.0001',
    });
    expect(nextValidPrice(reverse(), '5960')).toBe('5950');
  });

  it('has no valid price when the step would go below zero', () => {
    const rule = reverse({ openingPrice: '5', minStep: { kind: 'absolute', amount: '10' }, maxStep: null });
    expect(bidRange(rule, '5').empty).toBe(true);
    expect(nextValidPrice(rule, '5')).toBeNull();
    expect(bidProblem('0.0001', rule, '5')).toBe('stepTooSmall');
  });
});

describe('a forward auction’s bid (higher wins)', () => {
  it.each([
    ['3999.9999', null, 'beyondOpening'],
    ['4000', null, null],
    ['4300', null, null],
    ['4300.0001', null, 'stepTooLarge'],
    ['4110', '4100', null],
    ['4109.9999', '4100', 'stepTooSmall'],
    ['4400', '4100', null],
    ['4400.0001', '4100', 'stepTooLarge'],
  ] as const)('%s against %s: %s', (price, reference, problem) => {
    expect(bidProblem(price, forward(), reference)).toBe(problem);
  });

  it('rounds a percent step up to the next valid tick', () => {
    // 0.33 % over 1 234.5678 = 1 238.64187374: at least 1 238.6419
    const rule = forward({ openingPrice: '1000', minStep: { kind: 'percent', bps: 33 }, maxStep: null });
    expect(nextValidPrice(rule, '1234.5678')).toBe('1238.6419');
    expect(bidProblem('1238.6418', rule, '1234.5678')).toBe('stepTooSmall');
    expect(bidRange(rule, '1234.5678').farthest).toBeNull();
  });

  it('is empty when the maximum step is narrower than the minimum', () => {
    const rule = forward({ maxStep: { kind: 'absolute', amount: '5' } });
    expect(bidRange(rule, '4100')).toMatchObject({ nearest: '4110', farthest: '4105', empty: true });
  });
});
