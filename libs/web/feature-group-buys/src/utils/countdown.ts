/**
 * A campaign's clock as the server keeps it: the browser's clock may be off by minutes, so the
 * portal measures the offset `serverTime − the moment the answer arrived` at every answer and
 * live event (`progress.serverTime`), and counts down to the lock time and the deadline on the
 * server's clock — the server decides whether a commitment may still go down, or come in at all.
 */

/** How far the server's clock is ahead of the browser's (negative: behind), in ms. */
export function clockOffset(serverTime: string, receivedAt: number): number {
  const server = Date.parse(serverTime);
  return Number.isFinite(server) && Number.isFinite(receivedAt) ? server - receivedAt : 0;
}

/** The server's time now, given the browser's time and the offset. */
export const serverNow = (browserNow: number, offset: number) => browserNow + offset;

/** A moment on the server's clock as the browser's clock reads it (when a timer must fire). */
export const toBrowserTime = (serverMoment: string, offset: number) => Date.parse(serverMoment) - offset;

/** What is left until a moment, in whole days, hours, minutes and seconds (never negative). */
export interface Remaining {
  totalMs: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  passed: boolean;
}

/** What is left from `now` (server clock) until `end`; seconds rounded up, so 00:00:00 only once passed. */
export function remaining(end: string, now: number): Remaining {
  const ms = Date.parse(end) - now;
  if (!(ms > 0)) return { totalMs: 0, days: 0, hours: 0, minutes: 0, seconds: 0, passed: true };
  const total = Math.ceil(ms / 1000);
  return {
    totalMs: ms,
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
    passed: false,
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** `HH:MM:SS` of what is left (the days are said apart). */
export const clockText = (r: Remaining) => `${two(r.hours)}:${two(r.minutes)}:${two(r.seconds)}`;

/** Whether a moment has passed at `now` (server clock). */
export const hasPassed = (moment: string, now: number) => Date.parse(moment) <= now;
