import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DELIVERY,
  DEFAULT_TERMS,
  effectiveRules,
  isValidAt,
  resolveBasePrice,
  resolveCandidates,
} from './price-resolution';
import { context, day, item, list } from './testing/fixtures';

const JUNE = day('2026-06-15');

describe('resolveBasePrice', () => {
  it('contract → grade → public list → none', () => {
    const contract = list({ id: 'c', kind: 'contract', buyerId: 'buyer-1' });
    const grade = list({ id: 'g', kind: 'grade', gradeId: 'key' });
    const pub = list({ id: 'p' });
    const ctx = (lists = [pub, grade, contract]) => context(lists, { buyerGradeId: 'key' });
    expect(resolveBasePrice(ctx(), JUNE).winner?.id).toBe('c');
    expect(resolveBasePrice(ctx([pub, grade]), JUNE).winner?.id).toBe('g');
    expect(resolveBasePrice(ctx([pub]), JUNE).winner?.id).toBe('p');
    expect(resolveBasePrice(ctx([]), JUNE)).toEqual({ winner: null, explanation: [] });
  });

  it('gives each losing candidate its reason', () => {
    const lists = [
      list({ id: 'c-draft', kind: 'contract', buyerId: 'buyer-1', published: false }),
      list({ id: 'c-old', kind: 'contract', buyerId: 'buyer-1', validTo: day('2026-01-01') }),
      list({ id: 'g-no-sku', kind: 'grade', gradeId: 'key', item: null }),
      list({ id: 'p' }),
    ];
    const { winner, explanation } = resolveBasePrice(context(lists, { buyerGradeId: 'key' }), JUNE);
    expect(winner?.id).toBe('p');
    expect(explanation.map((e) => [e.listId, e.outcome, e.unitPrice])).toEqual([
      ['c-draft', 'not_published', null],
      ['c-old', 'not_valid_on_date', '10.0000'],
      ['g-no-sku', 'sku_not_in_list', null],
      ['p', 'won', '10.0000'],
    ]);
  });

  it('within a rank prefers the latest validFrom, then the smallest id, whatever the input order', () => {
    const a = list({ id: 'b-list', validFrom: day('2026-03-01'), item: item('9') });
    const b = list({ id: 'a-list', validFrom: day('2026-03-01'), item: item('8') });
    const older = list({ id: '0-list', validFrom: day('2026-01-01'), item: item('7') });
    const open = list({ id: '00', validFrom: null, item: item('6') });
    for (const order of [
      [a, b, older, open],
      [open, older, b, a],
      [older, a, open, b],
    ]) {
      const r = resolveBasePrice(context(order), JUNE);
      expect(r.winner?.id).toBe('a-list');
      expect(r.explanation.map((e) => [e.listId, e.outcome])).toEqual([
        ['a-list', 'won'],
        ['b-list', 'outranked'],
        ['0-list', 'outranked'],
        ['00', 'outranked'],
      ]);
    }
  });

  it('a buyer with one grade gets that grade, never another grade at the seller', () => {
    const lists = [
      list({ id: 'g-strategic', kind: 'grade', gradeId: 'strategic', item: item('8') }),
      list({ id: 'g-key', kind: 'grade', gradeId: 'key', item: item('9') }),
    ];
    const r = resolveBasePrice(context(lists, { buyerGradeId: 'key' }), JUNE);
    expect(r.winner?.id).toBe('g-key');
    expect(r.explanation.map((e) => e.listId)).toEqual(['g-key']);
  });

  it('filters other buyers’ contracts and other grades out of the explanation entirely', () => {
    const lists = [
      list({ id: 'c-other', kind: 'contract', buyerId: 'buyer-2', item: item('1') }),
      list({ id: 'g-other', kind: 'grade', gradeId: 'strategic', item: item('2') }),
      list({ id: 'p' }),
    ];
    const r = resolveBasePrice(context(lists, { buyerGradeId: 'key' }), JUNE);
    expect(r.explanation.map((e) => e.listId)).toEqual(['p']);
    const seller = resolveCandidates(context(lists, { buyerGradeId: 'key' }), JUNE, 'seller');
    expect(seller.explanation.map((e) => [e.listId, e.outcome])).toEqual([
      ['c-other', 'not_for_this_buyer'],
      ['g-other', 'not_for_this_buyer'],
      ['p', 'won'],
    ]);
  });
});

describe('validity window', () => {
  const l = list({ validFrom: day('2026-01-01'), validTo: day('2026-07-01') });
  it.each([
    ['2025-12-31T23:59:59.999Z', false],
    ['2026-01-01T00:00:00.000Z', true], // inclusive from
    ['2026-06-30T23:59:59.999Z', true],
    ['2026-07-01T00:00:00.000Z', false], // exclusive to
  ])('%s → %s', (iso, valid) => {
    expect(isValidAt(l, new Date(iso).getTime())).toBe(valid);
  });

  it('open bounds are always valid', () => {
    expect(isValidAt(list(), 0)).toBe(true);
  });
});

describe('effectiveRules: the winner’s, else the public list’s, else defaults', () => {
  const terms = { annualCostOfCapitalBps: 500, prepaymentDays: 10, overridesBps: {} };
  const delivery = { pickups: [{ warehouseId: 'wh', handlingPerUnit: '1' }], zones: [] };

  it('takes the winner’s own rules first', () => {
    const own = list({ id: 'c', kind: 'contract', buyerId: 'buyer-1', terms, delivery });
    expect(effectiveRules(context([own]), own, JUNE.getTime())).toEqual({
      terms,
      termsFrom: 'c',
      delivery,
      deliveryFrom: 'c',
    });
  });

  it('inherits each missing rule from the public list valid on the date, in the same currency', () => {
    const contract = list({ id: 'c', kind: 'contract', buyerId: 'buyer-1', terms: null, delivery: null });
    const pub = list({ id: 'p', terms, delivery, item: null });
    const expired = list({ id: 'p-old', validTo: day('2026-01-01'), terms: DEFAULT_TERMS });
    const usd = list({ id: 'p-usd', currency: 'USD', validFrom: day('2026-06-01'), terms: DEFAULT_TERMS });
    const unpublished = list({ id: 'p-draft', published: false, validFrom: day('2026-06-01') });
    const ctx = context([contract, expired, usd, unpublished, pub]);
    expect(effectiveRules(ctx, contract, JUNE.getTime())).toEqual({
      terms,
      termsFrom: 'p',
      delivery,
      deliveryFrom: 'p',
    });
  });

  it('falls back to defaults: no financing charge, nothing delivered', () => {
    const pub = list({ id: 'p', terms: null, delivery: null });
    expect(effectiveRules(context([pub]), pub, JUNE.getTime())).toEqual({
      terms: DEFAULT_TERMS,
      termsFrom: 'defaults',
      delivery: DEFAULT_DELIVERY,
      deliveryFrom: 'defaults',
    });
  });
});
