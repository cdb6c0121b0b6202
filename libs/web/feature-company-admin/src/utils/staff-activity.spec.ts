import { describe, expect, it } from 'vitest';
import type { StaffActivityRow } from '@tradeway/shared/contracts';
import {
  activityBars,
  activityFromSearch,
  activityInput,
  activityToSearch,
  responseTime,
  windowLabel,
} from './staff-activity';

const row = (name: string, values: Partial<StaffActivityRow> = {}): StaffActivityRow => ({
  userId: `00000000-0000-4000-8000-${name.length.toString().padStart(12, '0')}${name}`.slice(0, 36),
  displayName: name,
  email: `${name}@huaxin-food.demo`,
  role: 'purchaser',
  disabled: false,
  signIns: 0,
  requisitionsSubmitted: 0,
  quotesSent: 0,
  rfqsAnswered: 0,
  avgRfqResponseMinutes: null,
  approvalsDecided: 0,
  actions: 0,
  lastActiveAt: null,
  ...values,
});

describe('staff activity', () => {
  it('keeps the period and day in the address, today and "day" by default', () => {
    expect(activityFromSearch(new URLSearchParams(''))).toEqual({ period: 'day' });
    expect(activityFromSearch(new URLSearchParams('period=week&date=2026-11-20'))).toEqual({
      period: 'week',
      date: '2026-11-20',
    });
    expect(activityFromSearch(new URLSearchParams('period=year&date=2026-13-01'))).toEqual({ period: 'day' });
    expect(activityToSearch({ period: 'day' }).toString()).toBe('');
    expect(activityToSearch({ period: 'week', date: '2026-11-20' }).toString()).toBe(
      'period=week&date=2026-11-20',
    );
  });

  it('asks for the noon of the chosen day in China time, so the day is the one picked wherever the user is', () => {
    expect(activityInput({ period: 'week', date: '2026-11-20' })).toEqual({
      period: 'week',
      at: '2026-11-20T04:00:00.000Z',
    });
    expect(activityInput({ period: 'day' })).toEqual({ period: 'day' });
  });

  it('draws the busiest first, scaled to the busiest, names breaking ties', () => {
    const bars = activityBars(
      [row('张伟', { signIns: 2 }), row('刘洋', { signIns: 4 }), row('陈静', { signIns: 2 }), row('赵磊')],
      'signIns',
    );
    expect(bars.map((b) => [b.name, b.value, b.percent])).toEqual([
      ['刘洋', 4, 100],
      ['陈静', 2, 50],
      ['张伟', 2, 50],
      ['赵磊', 0, 0],
    ]);
  });

  it('leaves out disabled accounts that did nothing, and draws no bar above zero when nobody did anything', () => {
    const rows = [
      row('a', { approvalsDecided: 1 }),
      row('b', { disabled: true }),
      row('c', { disabled: true, approvalsDecided: 3 }),
    ];
    expect(activityBars(rows, 'approvalsDecided').map((b) => b.name)).toEqual(['c', 'a']);
    expect(activityBars([row('a'), row('b')], 'requisitionsSubmitted').every((b) => b.percent === 0)).toBe(
      true,
    );
  });

  it('names the days a report covers in China time: one day, or a Monday-to-Sunday week', () => {
    expect(windowLabel('2026-11-24T16:00:00.000Z', '2026-11-25T16:00:00.000Z')).toBe('2026-11-25');
    expect(windowLabel('2026-11-22T16:00:00.000Z', '2026-11-29T16:00:00.000Z')).toBe(
      '2026-11-23 – 2026-11-29',
    );
  });

  it('shows a response time as hours and minutes', () => {
    expect(responseTime(0)).toEqual({ hours: 0, minutes: 0 });
    expect(responseTime(59)).toEqual({ hours: 0, minutes: 59 });
    expect(responseTime(60)).toEqual({ hours: 1, minutes: 0 });
    expect(responseTime(1025)).toEqual({ hours: 17, minutes: 5 });
  });

  it('charts the RFQs answered like any other count', () => {
    const bars = activityBars([row('a', { rfqsAnswered: 2 }), row('b', { rfqsAnswered: 4 })], 'rfqsAnswered');
    expect(bars.map((b) => [b.name, b.value, b.percent])).toEqual([
      ['b', 4, 100],
      ['a', 2, 50],
    ]);
  });
});
