import { describe, expect, it } from 'vitest';
import { hasFilters, listOrdersInput, readOrderQuery, writeOrderQuery } from './order-query';

const SELLER = '00000000-0000-4000-8000-000000000201';

describe('order list filters in the address', () => {
  it('reads every filter and the page, and writes them back the same', () => {
    const address = `status=placed%2Cconfirmed&counterparty=${SELLER}&from=2026-11-01&to=2026-11-30&q=PO-2026&page=3`;
    const { filters, page } = readOrderQuery(new URLSearchParams(address));
    expect(filters).toEqual({
      statuses: ['placed', 'confirmed'],
      counterpartyId: SELLER,
      createdFrom: '2026-11-01',
      createdTo: '2026-11-30',
      q: 'PO-2026',
    });
    expect(page).toBe(3);
    expect(writeOrderQuery(filters, page).toString()).toBe(address);
  });

  it('drops what the API would refuse: unknown statuses, a bad id, impossible days, page 0', () => {
    const { filters, page } = readOrderQuery(
      new URLSearchParams(
        'status=placed,shipped,placed,&counterparty=acme&from=2026-13-01&to=26-11-30&page=0',
      ),
    );
    expect(filters).toEqual({
      statuses: ['placed'],
      counterpartyId: undefined,
      createdFrom: undefined,
      createdTo: undefined,
      q: undefined,
    });
    expect(page).toBe(1);
  });

  it('puts a reversed range the right way round and cuts a long search to 60 characters', () => {
    const { filters } = readOrderQuery(
      new URLSearchParams(`from=2026-11-30&to=2026-11-01&q=${'x'.repeat(80)}`),
    );
    expect([filters.createdFrom, filters.createdTo]).toEqual(['2026-11-01', '2026-11-30']);
    expect(filters.q).toHaveLength(60);
  });

  it('leaves out what is not set, and page 1', () => {
    expect(writeOrderQuery({ statuses: [], q: '  ' }, 1).toString()).toBe('');
    expect(writeOrderQuery({ statuses: ['cancelled'] }, 2).toString()).toBe('status=cancelled&page=2');
    expect(hasFilters({ statuses: [] })).toBe(false);
    expect(hasFilters({ statuses: [], createdTo: '2026-11-30' })).toBe(true);
  });

  it('asks the API for my side, with several statuses as one comma list', () => {
    expect(listOrdersInput('seller', { statuses: [] }, 1)).toEqual({ side: 'seller', page: 1, pageSize: 20 });
    expect(
      listOrdersInput(
        'buyer',
        {
          statuses: ['placed', 'confirmed'],
          counterpartyId: SELLER,
          createdFrom: '2026-11-01',
          createdTo: '2026-11-30',
          q: 'ERP',
        },
        2,
      ),
    ).toEqual({
      side: 'buyer',
      page: 2,
      pageSize: 20,
      status: 'placed,confirmed',
      counterpartyId: SELLER,
      createdFrom: '2026-11-01',
      createdTo: '2026-11-30',
      q: 'ERP',
    });
  });
});
