import { describe, expect, it } from 'vitest';
import { buyerCampaign, commitment, progress } from '../testing/campaign-fixtures';
import {
  commitmentRights,
  joinQuantityProblem,
  joinTermsOf,
  type JoinTerms,
  mostAllowed,
  priceIfEndsNow,
  projectedTotal,
} from './join-rules';

const terms = (over: Partial<JoinTerms> = {}): JoinTerms => ({
  perBuyerMin: '20.000',
  perBuyerMax: '300.000',
  room: '950.000',
  current: null,
  locked: false,
  ...over,
});

describe('a commitment typed in the join panel', () => {
  it('takes a quantity within the buyer’s limits and the room', () => {
    expect(joinQuantityProblem('100', terms())).toBeNull();
    expect(joinQuantityProblem('20', terms())).toBeNull();
    expect(joinQuantityProblem('300', terms())).toBeNull();
    expect(joinQuantityProblem('12.5', terms({ perBuyerMin: null }))).toBeNull();
  });

  it('refuses what the server refuses, in the server’s order', () => {
    expect(joinQuantityProblem('', terms())).toBe('required');
    expect(joinQuantityProblem('1.2345', terms())).toBe('format');
    expect(joinQuantityProblem('-5', terms())).toBe('format');
    expect(joinQuantityProblem('0.000', terms())).toBe('zero');
    expect(joinQuantityProblem('19.999', terms())).toBe('belowMin');
    expect(joinQuantityProblem('300.001', terms())).toBe('aboveMax');
    expect(joinQuantityProblem('60', terms({ room: '50.000', perBuyerMax: null }))).toBe('aboveRoom');
  });

  it('counts only what is added against the room', () => {
    // 100 committed, 50 room: up to 150 in all
    expect(joinQuantityProblem('150', terms({ current: '100.000', room: '50.000' }))).toBeNull();
    expect(joinQuantityProblem('150.001', terms({ current: '100.000', room: '50.000' }))).toBe('aboveRoom');
    // going down never needs room, even when the pool is full
    expect(joinQuantityProblem('80', terms({ current: '100.000', room: '0.000' }))).toBeNull();
  });

  it('only goes up after the lock time', () => {
    const locked = terms({ current: '100.000', locked: true });
    expect(joinQuantityProblem('99.999', locked)).toBe('lockedReduce');
    expect(joinQuantityProblem('100', locked)).toBeNull();
    expect(joinQuantityProblem('120', locked)).toBeNull();
    // the lock is judged before the per-buyer minimum, as the server does
    expect(joinQuantityProblem('10', locked)).toBe('lockedReduce');
  });

  it('says the most a buyer may commit in all', () => {
    expect(mostAllowed(terms())).toBe('300');
    expect(mostAllowed(terms({ room: '50.000', current: '100.000' }))).toBe('150');
    expect(mostAllowed(terms({ perBuyerMax: null, room: null }))).toBeNull();
    expect(mostAllowed(terms({ perBuyerMax: null, room: '12.5' }))).toBe('12.5');
  });
});

describe('the price if the pool ended now', () => {
  it('counts my commitment as typed in place of the one I have', () => {
    expect(projectedTotal('550.000', null, '100')).toBe('650');
    expect(projectedTotal('550.000', '100.000', '40')).toBe('490');
    const c = buyerCampaign({ progress: progress({ total: '950.000' }) });
    expect(priceIfEndsNow(c, '20')).toBe('4900');
    expect(priceIfEndsNow(c, '50')).toBe('4800');
    // 100 t of the 550 are mine: down to 40 t the pool falls to 490 t, back to the first tier
    const mine = buyerCampaign({ progress: progress({ total: '550.000' }), mine: commitment() });
    expect(priceIfEndsNow(mine, '40')).toBe('5000');
    expect(priceIfEndsNow(mine, '100')).toBe('4900');
  });
});

describe('what a buyer may still do', () => {
  const open = buyerCampaign({ mine: commitment() });
  it('raises, reduces, moves and withdraws before the lock', () => {
    expect(commitmentRights(open, { locked: false, closed: false })).toEqual({
      raise: true,
      reduce: true,
      changeMonth: true,
      withdraw: true,
    });
  });
  it('only raises after the lock, and nothing after the deadline or once settled', () => {
    expect(commitmentRights(open, { locked: true, closed: false })).toEqual({
      raise: true,
      reduce: false,
      changeMonth: false,
      withdraw: false,
    });
    expect(Object.values(commitmentRights(open, { locked: true, closed: true }))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    const settled = buyerCampaign({ mine: commitment(), progress: progress({ status: 'succeeded' }) });
    expect(commitmentRights(settled, { locked: true, closed: false }).raise).toBe(false);
  });
  it('has nothing to withdraw without a commitment', () => {
    expect(commitmentRights(buyerCampaign(), { locked: false, closed: false }).withdraw).toBe(false);
  });
  it('reads the terms off the campaign', () => {
    expect(joinTermsOf(open, true)).toEqual({
      perBuyerMin: '20.000',
      perBuyerMax: '300.000',
      room: '950.000',
      current: '100.000',
      locked: true,
    });
  });
});
