import { useEffect, useState } from 'react';

/** The time now (browser clock), in ms, renewed every `everyMs` (a countdown ticks each second). */
export function useNow(everyMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  return now;
}

/** The longest a browser timer waits (2³¹ − 1 ms, about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Whether a moment (browser clock, ms) has passed, with one timer set for it rather than a tick
 * every second: the join panel locks when the lock time passes and closes at the deadline,
 * without re-rendering meanwhile.
 */
export function usePassed(moment: number): boolean {
  const [checkedAt, setCheckedAt] = useState(() => Date.now());
  useEffect(() => {
    if (!Number.isFinite(moment) || checkedAt >= moment) return;
    const id = window.setTimeout(
      () => setCheckedAt(Date.now()),
      Math.min(MAX_TIMER_MS, Math.max(0, moment - Date.now()) + 20),
    );
    return () => window.clearTimeout(id);
  }, [moment, checkedAt]);
  return Number.isFinite(moment) && checkedAt >= moment;
}
