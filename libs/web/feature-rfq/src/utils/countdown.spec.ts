import { describe, expect, it } from 'vitest';
import { isUrgent, remaining } from './countdown';

describe('the time left until a deadline', () => {
  const deadline = '2026-12-01T08:00:00.000Z';
  const at = (iso: string) => new Date(iso).getTime();

  it('counts whole days, hours and minutes, rounded up to the minute', () => {
    expect(remaining(deadline, at('2026-11-29T05:30:00.000Z'))).toEqual({
      days: 2,
      hours: 2,
      minutes: 30,
      passed: false,
    });
    expect(remaining(deadline, at('2026-12-01T07:59:59.000Z'))).toEqual({
      days: 0,
      hours: 0,
      minutes: 1,
      passed: false,
    });
  });

  it('says it has passed at the deadline and after, and is urgent only in the last day', () => {
    expect(remaining(deadline, at(deadline)).passed).toBe(true);
    expect(remaining('not a moment', 0).passed).toBe(true);
    // 23 h 59 min 59 s rounds up to a whole day; 23 h 59 min is the last day
    expect(isUrgent(remaining(deadline, at('2026-11-30T08:00:01.000Z')))).toBe(false);
    expect(isUrgent(remaining(deadline, at('2026-11-30T08:01:00.000Z')))).toBe(true);
    expect(isUrgent(remaining(deadline, at(deadline)))).toBe(false);
  });
});
