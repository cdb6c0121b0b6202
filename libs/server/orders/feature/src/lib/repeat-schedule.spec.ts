import { describe, expect, it } from 'vitest';
import {
  chinaToday,
  nextRunAfter,
  nextRunDayFrom,
  runAtOf,
  runDayOf,
  validInterval,
} from './repeat-schedule';

describe('repeat-order calendar', () => {
  it('runs at 00:00 China time, and knows the China day across UTC midnight', () => {
    expect(runAtOf('2026-12-01').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(runDayOf(runAtOf('2026-12-01'))).toBe('2026-12-01');
    expect(chinaToday(new Date('2026-11-30T15:59:59.999Z'))).toBe('2026-11-30');
    expect(chinaToday(new Date('2026-11-30T16:00:00.000Z'))).toBe('2026-12-01');
  });

  it('takes intervals of 1 to 365 whole days', () => {
    expect([1, 7, 30, 365].every(validInterval)).toBe(true);
    expect([0, -1, 366, 1.5, Number.NaN].some(validInterval)).toBe(false);
  });

  it('moves a due run to the next instant of its grid after now, skipping runs missed', () => {
    const due = runAtOf('2026-12-01');
    // run on time: the next one
    expect(runDayOf(nextRunAfter(due, 7, new Date(due.getTime() + 60_000)))).toBe('2026-12-08');
    // exactly at the due instant: still the next one (k ≥ 1)
    expect(runDayOf(nextRunAfter(due, 7, due))).toBe('2026-12-08');
    // the worker was down for 20 days: one run now, the next on the grid after now
    expect(runDayOf(nextRunAfter(due, 7, runAtOf('2026-12-21')))).toBe('2026-12-22');
    expect(runDayOf(nextRunAfter(due, 7, new Date(runAtOf('2026-12-22').getTime() - 1)))).toBe('2026-12-22');
    expect(runDayOf(nextRunAfter(due, 7, runAtOf('2026-12-22')))).toBe('2026-12-29');
    expect(runDayOf(nextRunAfter(due, 1, new Date(due.getTime() + 1)))).toBe('2026-12-02');
  });

  it('resumes on the first day of the grid from today on', () => {
    expect(nextRunDayFrom('2026-12-01', 7, '2026-11-20')).toBe('2026-12-01');
    expect(nextRunDayFrom('2026-12-01', 7, '2026-12-01')).toBe('2026-12-01');
    expect(nextRunDayFrom('2026-12-01', 7, '2026-12-02')).toBe('2026-12-08');
    expect(nextRunDayFrom('2026-12-01', 7, '2026-12-08')).toBe('2026-12-08');
    expect(nextRunDayFrom('2026-12-01', 30, '2027-03-15')).toBe('2027-03-31');
    expect(nextRunDayFrom('2028-02-27', 1, '2028-02-29')).toBe('2028-02-29');
  });
});
