import { useEffect, useState } from 'react';

/** The time now, in ms, renewed every `everyMs` (deadlines count down, the form unlocks or locks). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  return now;
}
