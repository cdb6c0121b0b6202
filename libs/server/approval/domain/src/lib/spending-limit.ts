import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Spending limits per user or department and period (DESIGN.md §9): a purchase beyond the
 * remaining limit goes to approval. Periods are calendar periods in the company's time zone;
 * the server passes the time in and stores UTC instants.
 */
export type SpendingPeriod = 'day' | 'week' | 'month' | 'year';

/** A half-open window of UTC instants, [start, end). */
export interface PeriodWindow {
  readonly start: Date;
  readonly end: Date;
}

interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number;
}

/** A calendar date, normalising overflow (day 32 of January is 1 February, month 13 is January). */
function calendarDate(year: number, month: number, day: number): CalendarDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The instant at which the calendar date begins in the time zone (its first existing moment). */
function startOfDateIn(date: CalendarDate, timeZone: string): Date {
  return dayjs.tz(`${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)} 00:00:00`, timeZone).toDate();
}

/**
 * The calendar day, week (Monday to Sunday), month or year containing `now` in `timeZone`,
 * as UTC instants [start, end). Days are not assumed to last 24 hours: windows follow the
 * zone's clock changes. Throws RangeError for an unknown time zone (a configuration error,
 * validated when the company saves its settings).
 */
export function periodWindow(period: SpendingPeriod, now: Date, timeZone: string): PeriodWindow {
  const local = dayjs(now).tz(timeZone);
  const year = local.year();
  const month = local.month() + 1;
  const day = local.date();
  let first: CalendarDate;
  let next: CalendarDate;
  switch (period) {
    case 'day':
      first = calendarDate(year, month, day);
      next = calendarDate(year, month, day + 1);
      break;
    case 'week': {
      const sinceMonday = (local.day() + 6) % 7; // dayjs: 0 = Sunday
      first = calendarDate(year, month, day - sinceMonday);
      next = calendarDate(year, month, day - sinceMonday + 7);
      break;
    }
    case 'month':
      first = calendarDate(year, month, 1);
      next = calendarDate(year, month + 1, 1);
      break;
    case 'year':
      first = calendarDate(year, 1, 1);
      next = calendarDate(year + 1, 1, 1);
      break;
  }
  return { start: startOfDateIn(first, timeZone), end: startOfDateIn(next, timeZone) };
}

export interface SpendingEntry {
  readonly amountMinor: bigint;
  readonly at: Date;
}

export interface RemainingLimitInput {
  readonly limitMinor: bigint;
  readonly period: SpendingPeriod;
  readonly timeZone: string;
  readonly now: Date;
  /** Spending on record (orders, in base-currency minor units); entries outside the window are ignored. */
  readonly spent: readonly SpendingEntry[];
}

export interface RemainingLimit {
  readonly windowStart: Date;
  readonly windowEnd: Date;
  readonly spentMinor: bigint;
  /** limit − spent; negative when the limit is already overrun. */
  readonly remainingMinor: bigint;
}

export function remainingLimit(input: RemainingLimitInput): RemainingLimit {
  const { start, end } = periodWindow(input.period, input.now, input.timeZone);
  const from = start.getTime();
  const to = end.getTime();
  let spentMinor = 0n;
  for (const entry of input.spent) {
    const t = entry.at.getTime();
    if (from <= t && t < to) spentMinor += entry.amountMinor;
  }
  return { windowStart: start, windowEnd: end, spentMinor, remainingMinor: input.limitMinor - spentMinor };
}

/** Whether a new purchase of `amountMinor` is beyond the remaining limit (equal is within). */
export function exceedsLimit(input: RemainingLimitInput & { readonly amountMinor: bigint }): boolean {
  return input.amountMinor > remainingLimit(input).remainingMinor;
}
