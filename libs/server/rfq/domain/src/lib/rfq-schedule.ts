import { ok, type Result } from '@tradeway/shared/kernel';
import { rfqFailure, type RfqError } from './rfq.errors';

/**
 * Calendar days of an RFQ. Deadlines are instants (server time, UTC); delivery dates are
 * calendar days `YYYY-MM-DD` (the day the goods must arrive, China calendar day by default,
 * as in the contract). A delivery date may be the deadline day itself but not before it.
 */

/** The time zone in which the RFQ's calendar days are taken unless another is given. */
export const RFQ_TIME_ZONE = 'Asia/Shanghai';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Midnight UTC of a real calendar date `YYYY-MM-DD` (no 2025-02-30), or null. */
function utcMidnight(text: string): number | null {
  const m = DATE_PATTERN.exec(text);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.getTime();
}

/** Whether `text` is a real calendar date `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  return utcMidnight(text) !== null;
}

function calendarMs(text: string, what: string): number {
  const ms = utcMidnight(text);
  if (ms === null) throw new RangeError(`Invalid ${what}: ${JSON.stringify(text)} (expected YYYY-MM-DD)`);
  return ms;
}

/**
 * Whole days from calendar date `from` to calendar date `to` (negative when `to` is earlier):
 * daysBetween('2025-09-10', '2025-09-12') === 2. Throws a RangeError for text that is not a
 * date (the contract validates user input; anything else is corrupt data).
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((calendarMs(to, 'date') - calendarMs(from, 'date')) / DAY_MS);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `instant` in `timeZone` as `YYYY-MM-DD`; throws for an unknown zone. */
export function calendarDayIn(instant: Date, timeZone: string = RFQ_TIME_ZONE): string {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day'): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * The RFQ's dates fit together: the required delivery date is not before the deadline's
 * calendar day in `timeZone` (RFQ_DELIVERY_BEFORE_DEADLINE on `deliveryDate`). Call it when a
 * draft is saved and again on submit, with `checkDeadlineLead` (rfq-states.ts) on submit.
 * A delivery date that is not a calendar date throws (the contract validates it).
 */
export function checkRfqSchedule(
  rfq: { readonly deadline: Date; readonly deliveryDate: string },
  timeZone: string = RFQ_TIME_ZONE,
): Result<void, RfqError<'RFQ_DELIVERY_BEFORE_DEADLINE'>> {
  calendarMs(rfq.deliveryDate, 'delivery date');
  const deadlineDay = calendarDayIn(rfq.deadline, timeZone);
  if (rfq.deliveryDate < deadlineDay) {
    return rfqFailure('RFQ_DELIVERY_BEFORE_DEADLINE', {
      field: 'deliveryDate',
      params: { deliveryDate: rfq.deliveryDate, deadlineDay },
    });
  }
  return ok(undefined);
}
