import { describe, expect, it } from 'vitest';
import {
  AUCTION_ERRORS,
  auctionError,
  auctionErrorMessage,
  auctionFailure,
  type AuctionErrorCode,
} from './auction.errors';

describe('auction errors', () => {
  it('has a message in both languages and a 4xx status for every code', () => {
    for (const code of Object.keys(AUCTION_ERRORS) as AuctionErrorCode[]) {
      expect(auctionErrorMessage(code, 'zh-CN')).not.toBe('');
      expect(auctionErrorMessage(code, 'en')).not.toBe('');
      expect(auctionErrorMessage(code, 'en')).not.toBe(auctionErrorMessage(code, 'zh-CN'));
      expect(AUCTION_ERRORS[code].status).toBeGreaterThanOrEqual(400);
      expect(AUCTION_ERRORS[code].status).toBeLessThan(500);
    }
  });

  it('fills in the figures a message names and keeps unknown ones visible', () => {
    const params = { limit: '5800.0000', reference: '5850.0000' };
    expect(auctionErrorMessage('BID_STEP_TOO_SMALL', 'en', params)).toBe(
      'The bid must be at least as good as 5800.0000 (one minimum step better than 5850.0000)',
    );
    expect(auctionErrorMessage('BID_STEP_TOO_SMALL', 'zh-CN', params)).toContain('至少为 5800.0000');
    expect(auctionErrorMessage('BID_AUCTION_ENDED', 'en')).toBe('The auction ended at {endsAt}');
  });

  it('builds errors with only the details given', () => {
    expect(auctionError('BID_PRICE_INVALID', { field: 'price' })).toEqual({
      code: 'BID_PRICE_INVALID',
      field: 'price',
    });
    expect(auctionFailure('AUCTION_NOT_FOUND')).toEqual({ ok: false, error: { code: 'AUCTION_NOT_FOUND' } });
  });
});
