import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { AuditQuery } from '../data';

dayjs.extend(utc);
dayjs.extend(timezone);

export const AUDIT_PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * The audit log's filters as kept in the address (`?action=member.&from=2026-11-01`), so a
 * filtered view can be reloaded, bookmarked and sent to a colleague. Dates are calendar days
 * in the user's time zone, both ends included.
 */
export interface AuditFilters {
  action?: string;
  subjectType?: string;
  subjectId?: string;
  /** YYYY-MM-DD, first day shown */
  from?: string;
  /** YYYY-MM-DD, last day shown */
  to?: string;
  /** Platform audit only: one company. */
  companyId?: string;
  page: number;
  pageSize: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string) => UUID.test(v);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day written YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDay(v: string): boolean {
  if (!DAY.test(v)) return false;
  const d = dayjs(v, 'YYYY-MM-DD');
  return d.isValid() && d.format('YYYY-MM-DD') === v;
}

/** The API's limits on the text filters (AuditQuerySchema). */
const MAX = { action: 100, subjectType: 50, subjectId: 100 } as const;

function text(params: URLSearchParams, name: keyof typeof MAX): string | undefined {
  const v = params.get(name)?.trim();
  return v ? v.slice(0, MAX[name]) : undefined;
}

function positiveInt(v: string | null): number | undefined {
  if (!v || !/^\d+$/.test(v)) return undefined;
  const n = Number(v);
  return n >= 1 && Number.isSafeInteger(n) ? n : undefined;
}

/** Reads the filters from the address; what does not make sense there (a bad date, page 0) is ignored. */
export function filtersFromSearch(params: URLSearchParams): AuditFilters {
  let from = params.get('from') ?? undefined;
  let to = params.get('to') ?? undefined;
  if (from && !isCalendarDay(from)) from = undefined;
  if (to && !isCalendarDay(to)) to = undefined;
  if (from && to && from > to) [from, to] = [to, from];
  const companyId = params.get('companyId')?.trim();
  const pageSize = positiveInt(params.get('pageSize'));
  const filters: AuditFilters = {
    action: text(params, 'action'),
    subjectType: text(params, 'subjectType'),
    subjectId: text(params, 'subjectId'),
    from,
    to,
    companyId: companyId && isUuid(companyId) ? companyId.toLowerCase() : undefined,
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: (AUDIT_PAGE_SIZES as readonly number[]).includes(pageSize ?? 0)
      ? (pageSize as number)
      : DEFAULT_PAGE_SIZE,
  };
  return stripUndefined(filters);
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Writes the filters into an address query, leaving out what is empty or the default. */
export function filtersToSearch(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['action', 'subjectType', 'subjectId', 'from', 'to', 'companyId'] as const) {
    const v = filters[name]?.trim();
    if (v) params.set(name, v);
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(filters.pageSize));
  return params;
}

/**
 * What to ask the API for: the calendar days become instants in the user's time zone, the
 * last day included (`to` is the start of the next day, which the API excludes).
 */
export function auditQuery(filters: AuditFilters, timeZone: string): AuditQuery & { companyId?: string } {
  // Midnight of a calendar day in the zone. The day after is computed on the calendar, not by
  // adding 24 hours: a day that leaves daylight saving time has 25.
  const startOf = (day: string) => dayjs.tz(day, timeZone);
  const nextDay = (day: string) => dayjs(day).add(1, 'day').format('YYYY-MM-DD');
  return stripUndefined({
    page: filters.page,
    pageSize: filters.pageSize,
    action: filters.action,
    subjectType: filters.subjectType,
    subjectId: filters.subjectId,
    companyId: filters.companyId,
    from: filters.from ? startOf(filters.from).toISOString() : undefined,
    to: filters.to ? startOf(nextDay(filters.to)).toISOString() : undefined,
  });
}

/** The user's time zone, as the browser knows it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** An instant shown in a time zone: `2026-11-25 16:30:05`. */
export function formatInstant(iso: string, timeZone: string, format = 'YYYY-MM-DD HH:mm:ss'): string {
  return dayjs(iso).tz(timeZone).format(format);
}

/** The zone's offset from UTC at an instant: `UTC+08:00`. */
export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  return `UTC${dayjs(at).tz(timeZone).format('Z')}`;
}
