import { describe, expect, it } from 'vitest';
import { clockOffset, clockText, hasPassed, remaining, serverNow, toBrowserTime } from './countdown';
import { poolPoints, thresholds } from './curve';
import { monthName } from './months';

describe('the campaign’s clock', () => {
  it('measures how far the server’s clock is from the browser’s', () => {
    const received = Date.parse('2026-11-26T08:00:00.000Z');
    expect(clockOffset('2026-11-26T08:00:05.000Z', received)).toBe(5000);
    expect(clockOffset('bogus', received)).toBe(0);
    expect(serverNow(received, -2000)).toBe(received - 2000);
    expect(toBrowserTime('2026-11-26T08:00:05.000Z', 5000)).toBe(received);
  });

  it('counts down in days and HH:MM:SS, never 00:00:00 before the moment', () => {
    const now = Date.parse('2026-11-26T08:00:00.000Z');
    const left = remaining('2026-11-28T09:02:03.500Z', now);
    expect([left.days, clockText(left), left.passed]).toEqual([2, '01:02:04', false]);
    expect(clockText(remaining('2026-11-26T08:00:00.200Z', now))).toBe('00:00:01');
    expect(remaining('2026-11-26T07:59:59.000Z', now).passed).toBe(true);
    expect(hasPassed('2026-11-26T08:00:00.000Z', now)).toBe(true);
  });
});

describe('the monitor’s chart', () => {
  it('draws the total at each change, then as it is now', () => {
    const curve = [
      { at: '2026-11-26T01:00:00.000Z', total: '300.000' },
      { at: '2026-11-26T02:00:00.000Z', total: '550.000' },
    ];
    expect(poolPoints(curve, { at: '2026-11-26T03:00:00.000Z', total: '550.000' })).toEqual([
      { at: Date.parse(curve[0]?.at ?? ''), total: 300, totalText: '300.000' },
      { at: Date.parse(curve[1]?.at ?? ''), total: 550, totalText: '550.000' },
      { at: Date.parse('2026-11-26T03:00:00.000Z'), total: 550, totalText: '550.000' },
    ]);
    expect(poolPoints(curve)).toHaveLength(2);
    expect(poolPoints([], { at: '2026-11-26T03:00:00.000Z', total: '0' })).toEqual([]);
  });

  it('marks every tier above the first and the minimum', () => {
    expect(
      thresholds(
        [
          { minQuantity: '0', unitPrice: '5000' },
          { minQuantity: '500', unitPrice: '4900' },
        ],
        '600.000',
      ),
    ).toEqual([
      { kind: 'tier', index: 1, quantity: '500', value: 500, unitPrice: '4900' },
      { kind: 'min', index: -1, quantity: '600.000', value: 600, unitPrice: null },
    ]);
  });
});

describe('a delivery month as read', () => {
  it('is said in the page’s language', () => {
    expect(monthName('2027-01', 'zh-CN')).toBe('2027年1月');
    expect(monthName('2027-01', 'en')).toBe('January 2027');
    expect(monthName('bogus', 'en')).toBe('bogus');
  });
});
