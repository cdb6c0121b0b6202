import { describe, expect, it } from 'vitest';
import { chinaDayOf, chinaToday, formatDay, formatMoment } from './dates';

describe('days and China time', () => {
  it('takes "today" in China, whatever the browser’s zone', () => {
    // 15:59:59 UTC is 23:59:59 in China; a second later it is the next day there
    expect(chinaToday(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(chinaToday(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
    expect(chinaToday(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(chinaDayOf('2026-11-30T17:00:00Z')).toBe('2026-12-01');
  });

  it('shows a calendar day as that day in both languages', () => {
    expect(formatDay('2026-12-01', 'zh-CN')).toBe('2026年12月1日');
    expect(formatDay('2026-12-01', 'en')).toBe('Dec 1, 2026');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });

  it('leaves a moment it cannot read as it came', () => {
    expect(formatMoment('not a moment', 'en')).toBe('not a moment');
  });
});
