import { useEffect, useState } from 'react';

/** The current time, renewed every `everyMs` (deadlines and delegations move from "upcoming" to "now" to "past"). */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
