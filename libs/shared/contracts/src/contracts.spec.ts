import { describe, expect, it } from 'vitest';
import { issuePath, ListProductsQuerySchema, OnboardingApplicationInputSchema } from './index';

describe('contracts', () => {
  it('coerces query-string paging and applies defaults', () => {
    expect(ListProductsQuerySchema.parse({ pageSize: '50' })).toEqual({ page: 1, pageSize: 50 });
  });

  it('rejects a page size beyond 200 at the field', () => {
    const r = ListProductsQuerySchema.safeParse({ pageSize: '500' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => issuePath(i.path))).toEqual(['pageSize']);
  });

  it('validates a credit code and each kind with its path', () => {
    const r = OnboardingApplicationInputSchema.safeParse({
      companyName: 'Yantai Apple Co-op',
      creditCode: 'short',
      kinds: ['buyer', 'pirate'],
      region: 'Shandong',
      contactName: 'Li',
      email: 'li@example.com',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => issuePath(i.path)).sort()).toEqual(['creditCode', 'kinds.1']);
  });

  it('accepts a valid application and keeps money as bigint', () => {
    const r = OnboardingApplicationInputSchema.parse({
      companyName: 'Yantai Apple Co-op',
      creditCode: '91370600MA3C4X8N1K',
      kinds: ['seller'],
      region: 'Shandong',
      contactName: 'Li',
      email: 'li@example.com',
      declaredAnnualPurchasingMinor: '120000000',
    });
    expect(r.declaredAnnualPurchasingMinor).toBe(120000000n);
  });

  it('formats nested issue paths with numeric and object keys', () => {
    expect(issuePath(['lines', 0, { key: 'quantity' }])).toBe('lines.0.quantity');
    expect(issuePath(undefined)).toBe('');
  });
});
