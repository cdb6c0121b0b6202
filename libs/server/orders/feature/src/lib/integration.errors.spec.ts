import { describe, expect, it } from 'vitest';
import { INTEGRATION_ERRORS, integrationError, integrationErrorMessage } from './integration.errors';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('integration errors', () => {
  it('has a status and both languages for every code, naming the same figures (bar the reason’s language)', () => {
    for (const [code, e] of Object.entries(INTEGRATION_ERRORS)) {
      expect([403, 404, 409, 422], code).toContain(e.status);
      expect(e.zh.length, code).toBeGreaterThan(3);
      expect(e.en.length, code).toBeGreaterThan(3);
      expect(e.zh, code).toMatch(/[\u4e00-\u9fff]/);
      const zh = params(e.zh).map((p) => p?.replace(/Zh$/, ''));
      const en = params(e.en).map((p) => p?.replace(/En$/, ''));
      expect(zh, code).toEqual(en);
    }
  });

  it('answers the field at fault with both messages and the figures', () => {
    const e = integrationError('REORDER_LINE_NOT_QUOTABLE', {
      field: 'lines.0',
      params: { lineNo: '1', skuCode: 'WS', reasonEn: 'no price', reasonZh: '没有价格' },
      cause: 'NO_PRICE',
    });
    expect(e.status).toBe(422);
    expect(e.message).toBe('Line 1 (WS) cannot be quoted today: no price');
    expect(e.data).toMatchObject({
      reason: 'REORDER_LINE_NOT_QUOTABLE',
      cause: 'NO_PRICE',
      messageZh: '第 1 行（WS）今天无法报价：没有价格',
      fields: [{ path: 'lines.0' }],
    });
    expect(integrationErrorMessage('WEBHOOK_LIMIT_REACHED', 'en', { max: '20' })).toContain('20');
  });
});
