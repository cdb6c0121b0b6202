/**
 * The calendar of repeat orders (pure, decision 0015). Runs fall on China days
 * `firstRunOn + k × intervalDays` at 00:00 China time (UTC+8, no daylight saving, so a day is
 * always 24 h); the job places a due run within its polling interval.
 */

const DAY_MS = 86_400_000;

/** Failed runs in a row after which a schedule pauses itself. */
export const REPEAT_ORDER_MAX_FAILURES = 3;
export const REPEAT_INTERVAL_MIN_DAYS = 1;
export const REPEAT_INTERVAL_MAX_DAYS = 365;

/** Today in China, `YYYY-MM-DD`. */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The instant a China day's run is due: its 00:00 China time. */
export function runAtOf(day: string): Date {
  return new Date(`${day}T00:00:00.000+08:00`);
}

/** The China day of a run instant. */
export function runDayOf(at: Date): string {
  return chinaToday(at);
}

export function validInterval(days: number): boolean {
  return Number.isInteger(days) && days >= REPEAT_INTERVAL_MIN_DAYS && days <= REPEAT_INTERVAL_MAX_DAYS;
}

const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00.000Z`) / DAY_MS);
const dayOfNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * The run after a due one: the first instant of the grid `dueAt + k × intervalDays` (k ≥ 1)
 * that is after `now`. Runs missed while nothing ran (a worker down for days) are skipped, not
 * placed in a burst: one order for the due date that was claimed, then the next future one.
 */
export function nextRunAfter(dueAt: Date, intervalDays: number, now: Date): Date {
  const step = intervalDays * DAY_MS;
  const k = Math.max(1, Math.floor((now.getTime() - dueAt.getTime()) / step) + 1);
  return new Date(dueAt.getTime() + k * step);
}

/** The schedule's first day on or after `today`: `firstRunOn + k × intervalDays`, k ≥ 0. */
export function nextRunDayFrom(firstRunOn: string, intervalDays: number, today: string): string {
  const first = dayNumber(firstRunOn);
  const t = dayNumber(today);
  if (t <= first) return firstRunOn;
  const k = Math.ceil((t - first) / intervalDays);
  return dayOfNumber(first + k * intervalDays);
}
