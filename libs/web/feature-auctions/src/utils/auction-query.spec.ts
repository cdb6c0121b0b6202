import { describe, expect, it } from 'vitest';
import { listAuctionsInput, readAuctionQuery, writeAuctionQuery } from './auction-query';

describe('the auction list’s address', () => {
  it('reads the side, statuses and page, dropping what the API would refuse', () => {
    expect(
      readAuctionQuery(new URLSearchParams('side=owner&status=running,bogus,closed,running&page=3')),
    ).toEqual({
      filters: { side: 'owner', statuses: ['running', 'closed'] },
      page: 3,
    });
    expect(readAuctionQuery(new URLSearchParams('side=both&page=-1'))).toEqual({
      filters: { side: undefined, statuses: [] },
      page: 1,
    });
  });

  it('writes only what is set', () => {
    expect(writeAuctionQuery({ statuses: [] }).toString()).toBe('');
    expect(writeAuctionQuery({ side: 'bidder', statuses: ['running', 'scheduled'] }, 2).toString()).toBe(
      'side=bidder&status=running%2Cscheduled&page=2',
    );
  });

  it('asks the API for the side and the statuses as a list', () => {
    expect(listAuctionsInput({ statuses: [] }, 1)).toEqual({ page: 1, pageSize: 20 });
    expect(listAuctionsInput({ side: 'owner', statuses: ['closed', 'awarded'] }, 4)).toEqual({
      page: 4,
      pageSize: 20,
      side: 'owner',
      status: ['closed', 'awarded'],
    });
  });
});
