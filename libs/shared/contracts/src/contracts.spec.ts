import { describe, expect, it } from 'vitest';
import {
  effectivePermissions,
  issuePath,
  ListInventoryQuerySchema,
  ListProductsQuerySchema,
  OnboardingApplicationInputSchema,
  PERMISSIONS,
  routeTable,
  SetInventoryInputSchema,
} from './index';

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

describe('inventory', () => {
  it('takes on hand as decimal text, 0 or more with at most 3 decimals, refusing it at the field', () => {
    const ids = {
      skuId: '00000000-0000-4000-8000-000000000001',
      locationId: '00000000-0000-4000-8000-000000000002',
    };
    for (const ok of ['0', '12', ' 12.5 ', '999999999999.999'])
      expect(SetInventoryInputSchema.safeParse({ ...ids, onHand: ok }).success).toBe(true);
    for (const bad of ['-1', '1.2345', '1e3', '', '.5', '1,5', 12, '1000000000000']) {
      const r = SetInventoryInputSchema.safeParse({ ...ids, onHand: bad });
      expect(r.error?.issues.map((i) => issuePath(i.path))).toEqual(['onHand']);
    }
    expect(SetInventoryInputSchema.parse({ ...ids, onHand: '7', expectedVersion: 0 }).expectedVersion).toBe(
      0,
    );
  });

  it('reads onlyLow from the query string as written ("false" is false)', () => {
    expect(ListInventoryQuerySchema.parse({ onlyLow: 'false' }).onlyLow).toBe(false);
    expect(ListInventoryQuerySchema.parse({ onlyLow: 'true' }).onlyLow).toBe(true);
    expect(ListInventoryQuerySchema.parse({}).onlyLow).toBeUndefined();
    expect(ListInventoryQuerySchema.safeParse({ onlyLow: 'yes' }).success).toBe(false);
  });
});

describe('route table', () => {
  it('declares who may call every route, and names a known permission where it needs one', () => {
    const rows = routeTable();
    expect(rows.length).toBeGreaterThan(5);
    const undeclared = rows.filter((r) => !r.access).map((r) => r.name);
    expect(undeclared).toEqual([]);
    for (const r of rows) {
      if (r.access?.kind === 'permission') expect(PERMISSIONS).toContain(r.access.permission);
    }
  });

  it('has one route per method and path', () => {
    const keys = routeTable().map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('permissions', () => {
  it('gives owners everything, purchasers no approval rights, and platform rights only in the operator company', () => {
    expect(effectivePermissions(['owner'], [], false).has('approval_policy:manage')).toBe(true);
    expect(effectivePermissions(['owner'], [], false).has('platform:mailbox')).toBe(false);
    expect(effectivePermissions(['admin'], [], true).has('platform:mailbox')).toBe(true);
    const purchaser = effectivePermissions(['purchaser'], [], false);
    expect(purchaser.has('requisition:create')).toBe(true);
    expect(purchaser.has('approval:decide')).toBe(false);
  });

  it('adds custom roles and ignores unknown permission names', () => {
    const p = effectivePermissions(['viewer'], [['approval:decide', 'made:up']], false);
    expect(p.has('approval:decide')).toBe(true);
    expect([...p].every((x) => PERMISSIONS.includes(x))).toBe(true);
  });
});
