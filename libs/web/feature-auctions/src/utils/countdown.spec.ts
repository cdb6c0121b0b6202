import { describe, expect, it } from 'vitest';
import { clockOffset, clockText, isFinalMinutes, remaining, serverNow, toBrowserTime } from './countdown';

const END = '2026-11-26T08:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('the auction clock', () => {
  it('measures how far the server’s clock is from the browser’s', () => {
    expect(clockOffset('2026-11-26T07:55:00.000Z', at('2026-11-26T08:05:00.000Z'))).toBe(-600_000);
    expect(clockOffset('2026-11-26T08:00:01.500Z', at('2026-11-26T08:00:00.000Z'))).toBe(1_500);
    expect(clockOffset('not a time', 0)).toBe(0);
  });

  it('counts down on the server’s clock, not the browser’s', () => {
    // the browser runs 10 minutes fast: by its clock the end has passed, by the server's 5 minutes are left
    const browser = at('2026-11-26T08:05:00.000Z');
    const offset = -600_000;
    expect(remaining(END, browser).passed).toBe(true);
    const left = remaining(END, serverNow(browser, offset));
    expect(clockText(left)).toBe('00:05:00');
    expect(toBrowserTime(END, offset)).toBe(at('2026-11-26T08:10:00.000Z'));
  });

  it('rounds seconds up and says days apart', () => {
    expect(clockText(remaining(END, at(END) - 1))).toBe('00:00:01');
    expect(remaining(END, at(END))).toMatchObject({ passed: true, seconds: 0 });
    const long = remaining(END, at(END) - (2 * 86_400_000 + 3 * 3_600_000 + 4 * 60_000 + 5_000));
    expect([long.days, clockText(long)]).toEqual([2, '03:04:05']);
  });

  it('turns urgent inside the anti-sniping window', () => {
    expect(isFinalMinutes(remaining(END, at(END) - 299_000), 5)).toBe(true);
    expect(isFinalMinutes(remaining(END, at(END) - 301_000), 5)).toBe(false);
    expect(isFinalMinutes(remaining(END, at(END) + 1), 5)).toBe(false);
  });
});
