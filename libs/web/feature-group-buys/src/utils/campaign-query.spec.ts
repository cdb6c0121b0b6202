import { describe, expect, it } from 'vitest';
import { listCampaignsInput, readCampaignQuery, writeCampaignQuery } from './campaign-query';

const BUYER = ['discover', 'mine'] as const;
const SELLER = ['mine'] as const;

describe('the campaign list’s address', () => {
  it('reads the scope, statuses, text and page, dropping what the API would refuse', () => {
    expect(
      readCampaignQuery(new URLSearchParams('scope=mine&status=open,bogus,open&q= 白砂糖 &page=2'), BUYER),
    ).toEqual({
      filters: { scope: 'mine', statuses: ['open'], q: '白砂糖' },
      page: 2,
    });
    expect(readCampaignQuery(new URLSearchParams('scope=bogus&status=open&page=-1'), BUYER)).toEqual({
      filters: { scope: 'discover', statuses: [], q: '' },
      page: 1,
    });
    // a seller has no discovery
    expect(readCampaignQuery(new URLSearchParams('scope=discover'), SELLER).filters.scope).toBe('mine');
  });

  it('writes only what is set', () => {
    expect(writeCampaignQuery({ scope: 'discover', statuses: [], q: '' }, 1, 'discover').toString()).toBe('');
    expect(
      writeCampaignQuery(
        { scope: 'mine', statuses: ['open', 'succeeded'], q: '糖' },
        3,
        'discover',
      ).toString(),
    ).toBe('scope=mine&status=open%2Csucceeded&q=%E7%B3%96&page=3');
    expect(writeCampaignQuery({ scope: 'mine', statuses: [], q: '' }, 1, 'mine').toString()).toBe('');
  });

  it('asks the server for the page, the scope, the statuses (mine only) and the text', () => {
    expect(listCampaignsInput({ scope: 'discover', statuses: ['open'], q: ' 糖 ' }, 2)).toEqual({
      page: 2,
      pageSize: 20,
      scope: 'discover',
      q: '糖',
    });
    expect(listCampaignsInput({ scope: 'mine', statuses: ['open', 'failed'], q: '' }, 1)).toEqual({
      page: 1,
      pageSize: 20,
      scope: 'mine',
      status: ['open', 'failed'],
    });
  });
});
