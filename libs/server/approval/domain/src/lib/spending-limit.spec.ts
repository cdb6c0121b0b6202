import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exceedsLimit,
  periodWindow,
  remainingLimit,
  type RemainingLimitInput,
  type SpendingPeriod,
} from './spending-limit';

const utc = (iso: string): Date => new Date(iso);
const PERIODS: SpendingPeriod[] = ['day', 'week', 'month', 'year'];
const ZONES = [
  'Asia/Shanghai',
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
];

describe('periodWindow', () => {
  it.each<[string, SpendingPeriod, string, string, string, string]>([
    // 2025-09-01T02:00Z is Monday 1 September, 10:00 in Shanghai (UTC+8)
    [
      'a day in Shanghai',
      'day',
      '2025-09-01T02:00:00Z',
      'Asia/Shanghai',
      '2025-08-31T16:00:00Z',
      '2025-09-01T16:00:00Z',
    ],
    [
      'a week in Shanghai, from Monday',
      'week',
      '2025-09-01T02:00:00Z',
      'Asia/Shanghai',
      '2025-08-31T16:00:00Z',
      '2025-09-07T16:00:00Z',
    ],
    [
      'a month in Shanghai',
      'month',
      '2025-09-01T02:00:00Z',
      'Asia/Shanghai',
      '2025-08-31T16:00:00Z',
      '2025-09-30T16:00:00Z',
    ],
    [
      'a year in Shanghai',
      'year',
      '2025-09-01T02:00:00Z',
      'Asia/Shanghai',
      '2024-12-31T16:00:00Z',
      '2025-12-31T16:00:00Z',
    ],
    // 00:30 on 1 September in Shanghai is still 31 August in UTC
    [
      'just after midnight in Shanghai',
      'day',
      '2025-08-31T16:30:00Z',
      'Asia/Shanghai',
      '2025-08-31T16:00:00Z',
      '2025-09-01T16:00:00Z',
    ],
    [
      'the same instant in UTC',
      'day',
      '2025-08-31T16:30:00Z',
      'UTC',
      '2025-08-31T00:00:00Z',
      '2025-09-01T00:00:00Z',
    ],
    [
      'the same instant, month in UTC',
      'month',
      '2025-08-31T16:30:00Z',
      'UTC',
      '2025-08-01T00:00:00Z',
      '2025-09-01T00:00:00Z',
    ],
    [
      'a Sunday belongs to the week of the Monday before',
      'week',
      '2025-09-07T15:59:59Z',
      'Asia/Shanghai',
      '2025-08-31T16:00:00Z',
      '2025-09-07T16:00:00Z',
    ],
    [
      'a week across new year',
      'week',
      '2025-01-01T12:00:00Z',
      'UTC',
      '2024-12-30T00:00:00Z',
      '2025-01-06T00:00:00Z',
    ],
    [
      'February of a leap year',
      'month',
      '2024-02-29T12:00:00Z',
      'UTC',
      '2024-02-01T00:00:00Z',
      '2024-03-01T00:00:00Z',
    ],
    [
      'December rolls into the next year',
      'month',
      '2025-12-15T00:00:00Z',
      'UTC',
      '2025-12-01T00:00:00Z',
      '2026-01-01T00:00:00Z',
    ],
    // New York springs forward on 9 March 2025: that day lasts 23 hours
    [
      'a 23-hour day in New York',
      'day',
      '2025-03-09T12:00:00Z',
      'America/New_York',
      '2025-03-09T05:00:00Z',
      '2025-03-10T04:00:00Z',
    ],
    [
      'a 25-hour day in New York',
      'day',
      '2025-11-02T12:00:00Z',
      'America/New_York',
      '2025-11-02T04:00:00Z',
      '2025-11-03T05:00:00Z',
    ],
    [
      'a month across the clock change',
      'month',
      '2025-03-20T12:00:00Z',
      'America/New_York',
      '2025-03-01T05:00:00Z',
      '2025-04-01T04:00:00Z',
    ],
    // São Paulo skipped midnight on 4 November 2018: the day began at 01:00 local, 03:00Z
    [
      'a day without midnight',
      'day',
      '2018-11-04T12:00:00Z',
      'America/Sao_Paulo',
      '2018-11-04T03:00:00Z',
      '2018-11-05T02:00:00Z',
    ],
  ])('%s', (_label, period, now, zone, start, end) => {
    expect(periodWindow(period, utc(now), zone)).toEqual({ start: utc(start), end: utc(end) });
  });

  it('throws RangeError for an unknown time zone', () => {
    expect(() => periodWindow('day', utc('2025-09-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
  });

  it('contains now, and windows of the same period follow each other without gap or overlap', () => {
    fc.assert(
      fc.property(
        fc.date({ min: utc('2000-01-01T00:00:00Z'), max: utc('2040-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...ZONES),
        (now, period, zone) => {
          const { start, end } = periodWindow(period, now, zone);
          expect(start.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(now.getTime()).toBeLessThan(end.getTime());
          expect(periodWindow(period, end, zone).start).toEqual(end);
          expect(periodWindow(period, new Date(start.getTime() - 1), zone).end).toEqual(start);
        },
      ),
    );
  });
});

describe('remainingLimit', () => {
  const input: RemainingLimitInput = {
    limitMinor: 5_000_000n, // 50 000 CNY a month
    period: 'month',
    timeZone: 'Asia/Shanghai',
    now: utc('2025-09-15T04:00:00Z'),
    spent: [
      { amountMinor: 100n, at: utc('2025-08-31T15:59:59.999Z') }, // 31 August 23:59:59.999 in Shanghai: last month
      { amountMinor: 1_000_000n, at: utc('2025-08-31T16:00:00Z') }, // 1 September 00:00: counts
      { amountMinor: 2_500_050n, at: utc('2025-09-10T08:00:00Z') }, // counts
      { amountMinor: 700n, at: utc('2025-09-30T16:00:00Z') }, // 1 October 00:00: next month
    ],
  };

  it('counts only the spending inside the window, start inclusive and end exclusive', () => {
    expect(remainingLimit(input)).toEqual({
      windowStart: utc('2025-08-31T16:00:00Z'),
      windowEnd: utc('2025-09-30T16:00:00Z'),
      spentMinor: 3_500_050n,
      remainingMinor: 1_499_950n,
    });
  });

  it('goes negative when the limit is already overrun', () => {
    const over = remainingLimit({ ...input, limitMinor: 3_000_000n });
    expect(over.remainingMinor).toBe(-500_050n);
  });

  it('is the whole limit when nothing was spent', () => {
    expect(remainingLimit({ ...input, spent: [] })).toMatchObject({
      spentMinor: 0n,
      remainingMinor: 5_000_000n,
    });
  });

  it('(e) spent is the sum of the entries inside the window, remaining is limit minus spent', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1) }),
        fc.array(
          fc.record({
            amountMinor: fc.bigInt({ min: -(10n ** 9n), max: 10n ** 10n }),
            offsetMs: fc.integer({ min: -400 * 86_400_000, max: 400 * 86_400_000 }),
          }),
          { maxLength: 30 },
        ),
        (limitMinor, period, timeZone, nowMs, entries) => {
          const now = new Date(nowMs);
          const spent = entries.map((e) => ({
            amountMinor: e.amountMinor,
            at: new Date(nowMs + e.offsetMs),
          }));
          const result = remainingLimit({ limitMinor, period, timeZone, now, spent });
          const inside = spent.filter((e) => e.at >= result.windowStart && e.at < result.windowEnd);
          const expected = inside.reduce((sum, e) => sum + e.amountMinor, 0n);
          expect(result.spentMinor).toBe(expected);
          expect(result.remainingMinor).toBe(limitMinor - expected);
          expect({ start: result.windowStart, end: result.windowEnd }).toEqual(
            periodWindow(period, now, timeZone),
          );
        },
      ),
    );
  });
});

describe('exceedsLimit', () => {
  const input: RemainingLimitInput = {
    limitMinor: 1_000_000n,
    period: 'day',
    timeZone: 'Asia/Shanghai',
    now: utc('2025-09-01T02:00:00Z'),
    spent: [{ amountMinor: 400_000n, at: utc('2025-09-01T01:00:00Z') }],
  };

  it.each<[string, bigint, bigint, boolean]>([
    ['within the remaining limit', 1_000_000n, 599_999n, false],
    ['exactly the remaining limit', 1_000_000n, 600_000n, false],
    ['one fen beyond the remaining limit', 1_000_000n, 600_001n, true],
    ['anything once the limit is overrun', 300_000n, 1n, true],
  ])('%s', (_label, limitMinor, amountMinor, expected) => {
    expect(exceedsLimit({ ...input, limitMinor, amountMinor })).toBe(expected);
  });
});
