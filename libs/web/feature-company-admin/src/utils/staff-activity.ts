import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { StaffActivityRow } from '@tradeway/shared/contracts';
import { formatInstant, isCalendarDay } from './audit-filters';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The API counts days and weeks (Monday to Sunday) in the company's time zone. */
export const COMPANY_TIME_ZONE = 'Asia/Shanghai';

export type ActivityPeriod = 'day' | 'week';
export type ActivityMetric =
  'signIns' | 'requisitionsSubmitted' | 'quotesSent' | 'rfqsAnswered' | 'approvalsDecided' | 'actions';
export const ACTIVITY_METRICS: readonly ActivityMetric[] = [
  'signIns',
  'requisitionsSubmitted',
  'quotesSent',
  'rfqsAnswered',
  'approvalsDecided',
  'actions',
];

/** The report asked for, as kept in the address: `?period=week&date=2026-11-20` (no date: today). */
export interface ActivityView {
  period: ActivityPeriod;
  date?: string;
}

export function activityFromSearch(params: URLSearchParams): ActivityView {
  const period = params.get('period') === 'week' ? 'week' : 'day';
  const date = params.get('date') ?? undefined;
  return date && isCalendarDay(date) ? { period, date } : { period };
}

export function activityToSearch(view: ActivityView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.period !== 'day') params.set('period', view.period);
  if (view.date) params.set('date', view.date);
  return params;
}

/**
 * What to ask the API for: an instant inside the chosen day in the company's time zone
 * (its noon), so that the day the user picked is the day reported wherever the user is.
 */
export function activityInput(view: ActivityView): { period: ActivityPeriod; at?: string } {
  return view.date
    ? { period: view.period, at: dayjs.tz(`${view.date} 12:00`, COMPANY_TIME_ZONE).toISOString() }
    : { period: view.period };
}

export interface ActivityBar {
  userId: string;
  name: string;
  value: number;
  /** 0–100, relative to the busiest account. */
  percent: number;
}

/**
 * One bar per staff account for a metric, busiest first (then by name), scaled to the
 * busiest; disabled accounts only when they did something in the period.
 */
export function activityBars(rows: readonly StaffActivityRow[], metric: ActivityMetric): ActivityBar[] {
  const shown = rows.filter((r) => !r.disabled || r[metric] > 0);
  const max = Math.max(0, ...shown.map((r) => r[metric]));
  return shown
    .map((r) => ({
      userId: r.userId,
      name: r.displayName,
      value: r[metric],
      percent: max > 0 ? Math.round((r[metric] / max) * 100) : 0,
    }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'zh-CN'));
}

/** A response time in whole minutes as hours and minutes (`{ hours: 17, minutes: 5 }`); under an hour, minutes only. */
export function responseTime(totalMinutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

/** The days a report covers, in the company's time zone: one day, or first – last. */
export function windowLabel(startIso: string, endIso: string): string {
  const day = (iso: string) => formatInstant(iso, COMPANY_TIME_ZONE, 'YYYY-MM-DD');
  const first = day(startIso);
  const last = day(dayjs(endIso).subtract(1, 'millisecond').toISOString());
  return first === last ? first : `${first} – ${last}`;
}
