import { describe, expect, it } from 'vitest';
import { calendarDayIn, checkRfqSchedule, daysBetween, isCalendarDate, RFQ_TIME_ZONE } from './rfq-schedule';
import { failure } from './testing/fixtures';

describe('calendar days', () => {
  it('takes the day in China unless told otherwise', () => {
    expect(RFQ_TIME_ZONE).toBe('Asia/Shanghai');
    // 16:30 UTC is already the next day in Shanghai
    expect(calendarDayIn(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
    expect(calendarDayIn(new Date('2025-12-31T16:30:00Z'), 'UTC')).toBe('2025-12-31');
    expect(() => calendarDayIn(new Date(0), 'Mars/Olympus')).toThrow(RangeError);
  });

  it('counts whole days between calendar dates', () => {
    expect(daysBetween('2025-09-10', '2025-09-12')).toBe(2);
    expect(daysBetween('2025-09-12', '2025-09-10')).toBe(-2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(() => daysBetween('2025-02-30', '2025-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2025-09-10', 'soon')).toThrow(RangeError);
  });

  it('knows a calendar date', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const t of ['2027-02-29', '2025-13-01', '2025-9-1', '2025-09-01T00:00:00Z', '']) {
      expect(isCalendarDate(t)).toBe(false);
    }
  });
});

describe('checkRfqSchedule', () => {
  // 10 September 2025, 20:00 UTC = 11 September, 04:00 in Shanghai
  const deadline = new Date('2025-09-10T20:00:00Z');

  it('accepts a delivery on the deadline day or later', () => {
    expect(checkRfqSchedule({ deadline, deliveryDate: '2025-09-11' }).ok).toBe(true);
    expect(checkRfqSchedule({ deadline, deliveryDate: '2025-10-01' }).ok).toBe(true);
  });

  it('refuses a delivery before the deadline day, taken in China', () => {
    expect(failure(checkRfqSchedule({ deadline, deliveryDate: '2025-09-10' }))).toEqual({
      code: 'RFQ_DELIVERY_BEFORE_DEADLINE',
      field: 'deliveryDate',
      params: { deliveryDate: '2025-09-10', deadlineDay: '2025-09-11' },
    });
    // the same instant is still 10 September in UTC
    expect(checkRfqSchedule({ deadline, deliveryDate: '2025-09-10' }, 'UTC').ok).toBe(true);
  });

  it('throws for a delivery date that is not a date (the contract validates it)', () => {
    expect(() => checkRfqSchedule({ deadline, deliveryDate: '2025-02-30' })).toThrow(RangeError);
  });
});
