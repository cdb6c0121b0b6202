import { describe, expect, it } from 'vitest';
import { RFQ_ERRORS, rfqError, rfqErrorMessage, rfqFailure, type RfqErrorCode } from './rfq.errors';

const ALL_PARAMS = {
  deadline: '2025-09-10T02:00:00.000Z',
  earliest: '2025-09-01T03:00:00.000Z',
  deliveryDate: '2025-09-09',
  deadlineDay: '2025-09-10',
  expiresAt: '2025-10-10T02:00:00.000Z',
  itemNo: '2',
  requested: '100.000',
  term: 'net90',
  validAfter: '2025-09-10T02:00:00.000Z',
  sellerId: 'S1',
  latest: '2025-10-10T02:00:00.000Z',
  closesAt: '2025-09-12T02:00:00.000Z',
  limit: '40.000',
  validUntil: '2025-09-20T02:00:00.000Z',
};

const STATUS: Record<string, number> = {
  RFQ_NOT_FOUND: 404,
  RFQ_TRANSITION_NOT_ALLOWED: 409,
  RFQ_ACTOR_NOT_ALLOWED: 403,
  RFQ_REASON_REQUIRED: 422,
  RFQ_DEADLINE_PASSED: 409,
  RFQ_DEADLINE_NOT_REACHED: 409,
  RFQ_DEADLINE_TOO_SOON: 422,
  RFQ_DELIVERY_BEFORE_DEADLINE: 422,
  RFQ_NOT_INVITED: 403,
  RFQ_QUOTES_SEALED: 403,
  RFQ_QUOTE_LINE_UNKNOWN: 422,
  RFQ_QUOTE_LINE_DUPLICATE: 422,
  RFQ_QUOTE_EMPTY: 422,
  RFQ_QUOTE_QUANTITY_TOO_HIGH: 422,
  RFQ_QUOTE_TERM_NOT_ACCEPTED: 422,
  RFQ_QUOTE_VALIDITY_TOO_SHORT: 422,
  RFQ_QUOTE_WITHDRAWN: 409,
  RFQ_NO_QUOTES: 409,
  RFQ_AWARD_EMPTY: 422,
  RFQ_AWARD_LINE_NOT_QUOTED: 422,
  RFQ_AWARD_QUANTITY_TOO_HIGH: 422,
  RFQ_AWARD_QUOTE_EXPIRED: 409,
  RFQ_AWARD_JUSTIFICATION_REQUIRED: 422,
  RFQ_AWARD_PENDING: 409,
  RFQ_COUNTER_OFFER_EMPTY: 422,
  RFQ_COUNTER_NOT_CLOSED: 409,
};

describe('rfq errors', () => {
  it('has a message in both languages and a 4xx status for every code', () => {
    for (const code of Object.keys(RFQ_ERRORS) as RfqErrorCode[]) {
      const zh = rfqErrorMessage(code, 'zh-CN', ALL_PARAMS);
      const en = rfqErrorMessage(code, 'en', ALL_PARAMS);
      expect(zh).not.toBe('');
      expect(en).not.toBe('');
      expect(zh).not.toBe(en);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(zh).not.toMatch(/\{\w+\}/);
      expect(en).not.toMatch(/\{\w+\}/);
      expect([403, 404, 409, 422]).toContain(RFQ_ERRORS[code].status);
    }
  });

  it('names the codes of the brief with their statuses', () => {
    for (const [code, status] of Object.entries(STATUS)) {
      expect(RFQ_ERRORS[code as RfqErrorCode]?.status, code).toBe(status);
    }
  });

  it('names the same parameters in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of Object.keys(RFQ_ERRORS) as RfqErrorCode[]) {
      expect(names(RFQ_ERRORS[code].zh), code).toEqual(names(RFQ_ERRORS[code].en));
    }
  });

  it('fills in the parameters a message names, and keeps unknown ones visible', () => {
    expect(rfqErrorMessage('RFQ_DEADLINE_PASSED', 'en', { deadline: '2025-09-10T02:00:00.000Z' })).toBe(
      'The deadline 2025-09-10T02:00:00.000Z has passed',
    );
    expect(rfqErrorMessage('RFQ_QUOTES_SEALED', 'zh-CN', { deadline: '2025-09-10T02:00:00.000Z' })).toBe(
      '报价已密封，2025-09-10T02:00:00.000Z 后开启',
    );
    expect(rfqErrorMessage('RFQ_QUOTES_SEALED', 'en')).toBe('Quotes are sealed until {deadline}');
    expect(rfqErrorMessage('RFQ_NOT_FOUND', 'en', { unused: 'x' })).toBe('RFQ not found');
  });

  it('builds errors with only the details given', () => {
    expect(rfqError('RFQ_NO_QUOTES')).toEqual({ code: 'RFQ_NO_QUOTES' });
    expect(rfqFailure('RFQ_QUOTE_EMPTY', { field: 'lines' })).toEqual({
      ok: false,
      error: { code: 'RFQ_QUOTE_EMPTY', field: 'lines' },
    });
    expect(
      rfqError('RFQ_QUOTE_QUANTITY_TOO_HIGH', { field: 'lines.2.quantity', params: { itemNo: '3' } }),
    ).toEqual({ code: 'RFQ_QUOTE_QUANTITY_TOO_HIGH', field: 'lines.2.quantity', params: { itemNo: '3' } });
  });
});
