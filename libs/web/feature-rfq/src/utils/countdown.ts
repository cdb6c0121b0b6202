/** What is left until a deadline, in whole days, hours and minutes (never negative). */
export interface Remaining {
  days: number;
  hours: number;
  minutes: number;
  /** The deadline has passed. */
  passed: boolean;
}

export function remaining(deadline: string, now: number): Remaining {
  const ms = new Date(deadline).getTime() - now;
  if (!(ms > 0)) return { days: 0, hours: 0, minutes: 0, passed: true };
  // Rounded up to the minute: "1 minute left" until it is over, never "0 minutes".
  const totalMinutes = Math.ceil(ms / 60_000);
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
    passed: false,
  };
}

/** Less than a day to go: the countdown turns orange. */
export const isUrgent = (r: Remaining) => !r.passed && r.days === 0;
