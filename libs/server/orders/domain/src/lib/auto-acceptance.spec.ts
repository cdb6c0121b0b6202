import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  autoAcceptance,
  autoAcceptanceDueAt,
  DAY_MS,
  DEFAULT_AUTO_ACCEPT_DAYS,
  isDueForAutoAcceptance,
} from './auto-acceptance';

const delivered = new Date('2025-09-01T10:15:00.000Z');

describe('auto-acceptance', () => {
  it('is due 7 × 24 h after delivery by default, to the millisecond', () => {
    expect(DEFAULT_AUTO_ACCEPT_DAYS).toBe(7);
    expect(autoAcceptanceDueAt(delivered).toISOString()).toBe('2025-09-08T10:15:00.000Z');
    expect(autoAcceptance(delivered, new Date('2025-09-08T10:14:59.999Z'))).toEqual({
      due: false,
      dueAt: new Date('2025-09-08T10:15:00.000Z'),
    });
    expect(isDueForAutoAcceptance(delivered, new Date('2025-09-08T10:15:00.000Z'))).toBe(true);
    expect(isDueForAutoAcceptance(delivered, new Date('2025-12-31T00:00:00.000Z'))).toBe(true);
  });

  it('counts exact UTC days across a month and a year end', () => {
    expect(autoAcceptanceDueAt(new Date('2025-12-28T23:59:59.999Z'), 5).toISOString()).toBe(
      '2026-01-02T23:59:59.999Z',
    );
    expect(autoAcceptanceDueAt(new Date('2028-02-28T00:00:00.000Z'), 1).toISOString()).toBe(
      '2028-02-29T00:00:00.000Z',
    );
  });

  it.each([0, -1, 1.5, 366, Number.NaN])('refuses %s days as a configuration error', (days) => {
    expect(() => autoAcceptanceDueAt(delivered, days)).toThrow(RangeError);
  });

  it('refuses invalid dates', () => {
    expect(() => autoAcceptanceDueAt(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => autoAcceptance(delivered, new Date('nope'))).toThrow(RangeError);
  });

  it('is due iff now ≥ deliveredAt + days × 86 400 000 ms', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        fc.integer({ min: 1, max: 365 }),
        fc.integer({ min: -400 * DAY_MS, max: 400 * DAY_MS }),
        (deliveredMs, days, offset) => {
          const deliveredAt = new Date(deliveredMs);
          const now = new Date(deliveredMs + offset);
          const result = autoAcceptance(deliveredAt, now, days);
          expect(result.dueAt.getTime() - deliveredMs).toBe(days * DAY_MS);
          expect(result.due).toBe(offset >= days * DAY_MS);
        },
      ),
      { numRuns: 500 },
    );
  });
});
