import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuditFilters,
  auditQuery,
  filtersFromSearch,
  filtersToSearch,
  formatInstant,
  isCalendarDay,
  zoneLabel,
} from './audit-filters';

const read = (query: string) => filtersFromSearch(new URLSearchParams(query));

describe('audit filters in the address', () => {
  it('reads every filter, trimmed', () => {
    expect(
      read(
        'action=+member.+&subjectType=membership&subjectId=abc&from=2026-11-01&to=2026-11-30&page=3&pageSize=50',
      ),
    ).toEqual({
      action: 'member.',
      subjectType: 'membership',
      subjectId: 'abc',
      from: '2026-11-01',
      to: '2026-11-30',
      page: 3,
      pageSize: 50,
    });
  });

  it('starts on the first page of 20 with no filter', () => {
    expect(read('')).toEqual({ page: 1, pageSize: 20 });
  });

  it('ignores what makes no sense: impossible dates, page 0, a page size not offered, a company id that is no id', () => {
    expect(read('from=2026-02-30&to=yesterday&page=0&pageSize=7&companyId=acme')).toEqual({
      page: 1,
      pageSize: 20,
    });
    expect(read('page=-2&pageSize=100')).toEqual({ page: 1, pageSize: 100 });
    expect(read('page=2.5')).toEqual({ page: 1, pageSize: 20 });
  });

  it('puts a reversed date range the right way round', () => {
    expect(read('from=2026-11-30&to=2026-11-01')).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('cuts text filters to the lengths the API takes', () => {
    expect(read(`action=${'a'.repeat(150)}`).action).toHaveLength(100);
    expect(read(`subjectType=${'t'.repeat(80)}`).subjectType).toHaveLength(50);
  });

  it('keeps a company id (platform log) in lower case', () => {
    expect(read('companyId=0A1B2C3D-0000-4000-8000-00000000000A').companyId).toBe(
      '0a1b2c3d-0000-4000-8000-00000000000a',
    );
  });

  it('writes only what is set and not the default', () => {
    expect(filtersToSearch({ page: 1, pageSize: 20 }).toString()).toBe('');
    expect(filtersToSearch({ action: 'role.', subjectId: ' ', page: 2, pageSize: 20 }).toString()).toBe(
      'action=role.&page=2',
    );
    expect(filtersToSearch({ from: '2026-11-01', page: 1, pageSize: 50 }).toString()).toBe(
      'from=2026-11-01&pageSize=50',
    );
  });

  it('reads back what it wrote, whatever the filters', () => {
    const word = fc.stringMatching(/^[a-z_.]{1,20}$/);
    const day = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const filters = fc
      .record(
        {
          action: word,
          subjectType: word,
          subjectId: fc.uuid(),
          from: day,
          to: day,
          companyId: fc.uuid().map((u) => u.toLowerCase()),
          page: fc.integer({ min: 1, max: 10_000 }),
          pageSize: fc.constantFrom(20, 50, 100),
        },
        { requiredKeys: ['page', 'pageSize'] },
      )
      .filter((f) => !f.from || !f.to || f.from <= f.to);
    fc.assert(
      fc.property(filters, (f: AuditFilters) => {
        expect(filtersFromSearch(filtersToSearch(f))).toEqual(f);
      }),
    );
  });
});

describe('what the audit log asks the API for', () => {
  it('turns calendar days into instants in the user’s time zone, the last day included', () => {
    expect(
      auditQuery({ from: '2026-11-01', to: '2026-11-30', page: 2, pageSize: 50 }, 'Asia/Shanghai'),
    ).toEqual({
      page: 2,
      pageSize: 50,
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    });
    // New York leaves daylight saving time on 2026-11-01: that day has 25 hours.
    expect(
      auditQuery({ from: '2026-11-01', to: '2026-11-01', page: 1, pageSize: 20 }, 'America/New_York'),
    ).toMatchObject({
      from: '2026-11-01T04:00:00.000Z',
      to: '2026-11-02T05:00:00.000Z',
    });
  });

  it('passes the text filters and the company on as they are, and leaves out the rest', () => {
    expect(
      auditQuery(
        {
          action: 'member.',
          subjectType: 'membership',
          subjectId: 'x',
          companyId: 'c',
          page: 1,
          pageSize: 20,
        },
        'UTC',
      ),
    ).toEqual({
      action: 'member.',
      subjectType: 'membership',
      subjectId: 'x',
      companyId: 'c',
      page: 1,
      pageSize: 20,
    });
    expect(auditQuery({ to: '2026-12-31', page: 1, pageSize: 20 }, 'UTC')).toEqual({
      page: 1,
      pageSize: 20,
      to: '2027-01-01T00:00:00.000Z',
    });
  });

  it('shows instants in the user’s time zone with its offset', () => {
    expect(formatInstant('2026-11-25T16:30:05.000Z', 'Asia/Shanghai')).toBe('2026-11-26 00:30:05');
    expect(formatInstant('2026-11-25T16:30:05.000Z', 'Europe/London')).toBe('2026-11-25 16:30:05');
    expect(zoneLabel('Asia/Shanghai')).toBe('UTC+08:00');
    expect(zoneLabel('America/New_York', new Date('2026-07-01T00:00:00Z'))).toBe('UTC-04:00');
  });

  it('knows real calendar days', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-1-5')).toBe(false);
  });
});
