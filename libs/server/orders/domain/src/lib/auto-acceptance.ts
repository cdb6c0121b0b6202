/**
 * Auto-acceptance (DESIGN.md §8): a delivered order that the buyer neither accepts nor
 * disputes within N days (default 7) is accepted by the system.
 *
 * Days are exact spans of 86 400 000 ms from the delivery instant, on the server clock in UTC
 * (§14): delivered at 2025-09-01T10:15Z with N = 7 is due at 2025-09-08T10:15Z. A calendar
 * day in the buyer's time zone is deliberately not used: the deadline is the same instant for
 * both parties, and UTC has no daylight-saving days of 23 or 25 hours.
 */

export const DEFAULT_AUTO_ACCEPT_DAYS = 7;
export const DAY_MS = 86_400_000;
/** The longest configurable waiting period. */
export const MAX_AUTO_ACCEPT_DAYS = 365;

export interface AutoAcceptance {
  /** Whether the order may be auto-accepted at `now` (now ≥ dueAt). */
  readonly due: boolean;
  /** deliveredAt + days × 24 h, UTC. */
  readonly dueAt: Date;
}

function checkDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > MAX_AUTO_ACCEPT_DAYS) {
    throw new RangeError(`Auto-acceptance days must be a whole number from 1 to ${MAX_AUTO_ACCEPT_DAYS}`);
  }
}

function checkDate(date: Date, name: string): void {
  if (Number.isNaN(date.getTime())) throw new RangeError(`${name} is not a valid date`);
}

/**
 * The instant an order delivered at `deliveredAt` becomes due for auto-acceptance. A bad
 * configuration (days not a whole number in 1…365, an invalid date) is a programming error
 * and throws.
 */
export function autoAcceptanceDueAt(deliveredAt: Date, days: number = DEFAULT_AUTO_ACCEPT_DAYS): Date {
  checkDays(days);
  checkDate(deliveredAt, 'deliveredAt');
  return new Date(deliveredAt.getTime() + days * DAY_MS);
}

/** Whether the order is due for auto-acceptance at `now`, and when it is (or was) due. */
export function autoAcceptance(
  deliveredAt: Date,
  now: Date,
  days: number = DEFAULT_AUTO_ACCEPT_DAYS,
): AutoAcceptance {
  const dueAt = autoAcceptanceDueAt(deliveredAt, days);
  checkDate(now, 'now');
  return { due: now.getTime() >= dueAt.getTime(), dueAt };
}

export function isDueForAutoAcceptance(
  deliveredAt: Date,
  now: Date,
  days: number = DEFAULT_AUTO_ACCEPT_DAYS,
): boolean {
  return autoAcceptance(deliveredAt, now, days).due;
}
