import { describe, expect, it } from 'vitest';
import { hasFilters, inboxInput, listRfqsInput, readRfqQuery, writeRfqQuery } from './rfq-query';

describe('the RFQ lists’ address', () => {
  it('reads statuses, search, quoted and page, dropping what the API would refuse', () => {
    expect(
      readRfqQuery(new URLSearchParams('status=open,bogus,open,closed&q=%20糖%20&quoted=false&page=3')),
    ).toEqual({
      filters: { statuses: ['open', 'closed'], q: '糖', quoted: false },
      page: 3,
    });
    expect(readRfqQuery(new URLSearchParams('quoted=maybe&page=-2'))).toEqual({
      filters: { statuses: [], q: undefined, quoted: undefined },
      page: 1,
    });
    expect(readRfqQuery(new URLSearchParams(`q=${'x'.repeat(150)}`)).filters.q).toHaveLength(100);
  });

  it('writes only what is set, and back again', () => {
    const filters = { statuses: ['draft' as const, 'open' as const], q: 'RFQ-2026', quoted: true };
    const written = writeRfqQuery(filters, 2);
    expect(written.toString()).toBe('status=draft%2Copen&q=RFQ-2026&quoted=true&page=2');
    expect(readRfqQuery(written)).toEqual({ filters, page: 2 });
    expect(writeRfqQuery({ statuses: [] }).toString()).toBe('');
    expect(hasFilters({ statuses: [] })).toBe(false);
    expect(hasFilters({ statuses: [], quoted: false })).toBe(true);
  });

  it('asks the API for the page and the filters, statuses as one comma list', () => {
    expect(listRfqsInput({ statuses: ['open', 'closed'], q: '糖' }, 2)).toEqual({
      page: 2,
      pageSize: 20,
      status: 'open,closed',
      q: '糖',
    });
    expect(inboxInput({ statuses: [], quoted: false }, 1)).toEqual({
      page: 1,
      pageSize: 20,
      quoted: 'false',
    });
    expect(inboxInput({ statuses: [] }, 1)).toEqual({ page: 1, pageSize: 20 });
  });
});
