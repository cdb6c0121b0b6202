import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  auctionFieldPath,
  endProblem,
  hardStopProblem,
  maxStepBelowMin,
  newAuctionValues,
  priceProblem,
  quantityProblem,
  reserveOnWrongSide,
  startProblem,
  valuesToInput,
} from './auction-form';

const NOW = dayjs('2026-11-26T09:30:00+08:00');

describe('the auction form', () => {
  it('starts with tomorrow 10:00 for an hour, 5 minutes’ anti-sniping, ranks only', () => {
    const v = newAuctionValues('CN-GD', NOW);
    expect(v.startsAt?.format('YYYY-MM-DD HH:mm')).toBe(NOW.add(1, 'day').format('YYYY-MM-DD 10:00'));
    expect(v.endsAt?.diff(v.startsAt, 'minute')).toBe(60);
    expect([v.snipingWindowMinutes, v.extensionMinutes, v.maxExtensions, v.triggerRank]).toEqual([
      5,
      5,
      null,
      1,
    ]);
    expect([v.visibility, v.deliveryRegion, v.paymentTerm, v.unit]).toEqual([
      'rank_only',
      'CN-GD',
      'net30',
      't',
    ]);
  });

  it('sends a percent step in basis points, empty optional prices and steps as null', () => {
    const v = {
      ...newAuctionValues('CN-SD', NOW),
      title: ' 一级白砂糖 500 吨 ',
      quantity: '500',
      openingPrice: '6000',
      minStepKind: 'percent' as const,
      minStep: '0.5',
      maxStep: '',
      reservePrice: ' ',
      lastPrice: '5950',
      participantIds: ['a', 'b', 'a'],
    };
    const body = valuesToInput(v, 'reverse');
    expect(body).toMatchObject({
      direction: 'reverse',
      title: '一级白砂糖 500 吨',
      quantity: '500',
      openingPrice: '6000',
      reservePrice: null,
      lastPrice: '5950',
      minStep: { kind: 'percent', bps: 50 },
      maxStep: null,
      hardStopAt: null,
      participantIds: ['a', 'b'],
      skuId: null,
    });
    expect(body.startsAt).toBe(v.startsAt?.toISOString());
    expect(body.deliveryDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('puts the API’s field paths on the form’s fields', () => {
    expect(auctionFieldPath('minStep.bps')).toBe('minStep');
    expect(auctionFieldPath('maxStep.amount')).toBe('maxStep');
    expect(auctionFieldPath('participantIds.1')).toBe('participantIds');
    expect(auctionFieldPath('openingPrice')).toBe('openingPrice');
  });

  it('checks amounts: quantities to 3 places, prices to 4, more than zero', () => {
    expect(quantityProblem('')).toBe('required');
    expect(quantityProblem('1.2345')).toBe('format');
    expect(quantityProblem('0.000')).toBe('zero');
    expect(quantityProblem('500')).toBeNull();
    expect(priceProblem('6000.12345')).toBe('format');
    expect(priceProblem('', true)).toBeNull();
    expect(priceProblem('')).toBe('required');
  });

  it('wants the reserve on the owner’s side of the opening', () => {
    expect(reserveOnWrongSide('reverse', '6000', '6000.0001')).toBe(true);
    expect(reserveOnWrongSide('reverse', '6000', '5850')).toBe(false);
    expect(reserveOnWrongSide('forward', '4000', '3999')).toBe(true);
    expect(reserveOnWrongSide('forward', '4000', '4200')).toBe(false);
    expect(reserveOnWrongSide('reverse', '', '5850')).toBe(false);
  });

  it('wants the start ahead, the end after it, the hard stop not before the end', () => {
    const t = (m: number) => NOW.add(m, 'minute').toDate();
    expect(startProblem(null, NOW.valueOf())).toBe('required');
    expect(startProblem(t(-1), NOW.valueOf())).toBe('startPassed');
    expect(startProblem(t(10), NOW.valueOf())).toBeNull();
    expect(endProblem(t(10), t(10))).toBe('endBeforeStart');
    expect(endProblem(t(11), t(10))).toBeNull();
    expect(hardStopProblem(t(59), t(60))).toBe('hardStopBeforeEnd');
    expect(hardStopProblem(t(60), t(60))).toBeNull();
    expect(hardStopProblem(null, t(60))).toBeNull();
  });

  it('wants the maximum step no narrower than the minimum', () => {
    expect(
      maxStepBelowMin({ minStepKind: 'absolute', minStep: '10', maxStepKind: 'absolute', maxStep: '5' }),
    ).toBe(true);
    expect(maxStepBelowMin({ minStepKind: 'absolute', minStep: '10', maxStep: '' })).toBe(false);
  });
});
