import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_ROLES,
  COMPANY_KINDS,
  COMPANY_SIZES,
  CREDIT_CODE_PATTERN,
  DEMO_CATEGORIES,
  DEMO_COMPANIES,
  DEMO_INVENTORY,
  DEMO_PRODUCTS,
  DEMO_USERS,
  DEMO_WAREHOUSES,
  UNITS,
  WAREHOUSE_KINDS,
  demoLogins,
} from './demo-data';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const decimal = (places: number) => new RegExp(`^\\d+(\\.\\d{1,${places}})?$`);
const DECIMAL_3 = decimal(3);

const allSkus = DEMO_PRODUCTS.flatMap((p) => p.skus.map((s) => ({ ...s, product: p })));
const company = (code: string) => DEMO_COMPANIES.find((c) => c.code === code);

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** GB 32100-2015 check character of a unified social credit code. */
function creditCodeCheckChar(first17: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((n, c, i) => n + chars.indexOf(c) * (weights[i] ?? 0), 0);
  return chars[(31 - (sum % 31)) % 31] ?? '?';
}

describe('demo data', () => {
  it('has unique, kebab-case codes and unique emails', () => {
    for (const codes of [
      DEMO_COMPANIES.map((c) => c.code),
      DEMO_CATEGORIES.map((c) => c.code),
      DEMO_PRODUCTS.map((p) => p.code),
      allSkus.map((s) => s.code),
      DEMO_WAREHOUSES.map((w) => w.code),
    ]) {
      expect(duplicates(codes)).toEqual([]);
      for (const code of codes) expect(code).toMatch(KEBAB);
    }
    const emails = DEMO_USERS.map((u) => u.email);
    expect(duplicates(emails)).toEqual([]);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@[a-z0-9-]+\.demo$/);
    for (const w of DEMO_WAREHOUSES) expect(duplicates([...w.locations])).toEqual([]);
  });

  it('gives every company a valid unified social credit code, kinds, size and region', () => {
    expect(duplicates(DEMO_COMPANIES.map((c) => c.creditCode))).toEqual([]);
    for (const c of DEMO_COMPANIES) {
      expect(c.creditCode, c.code).toMatch(CREDIT_CODE_PATTERN);
      expect(c.creditCode.at(-1), `${c.code} check character`).toBe(
        creditCodeCheckChar(c.creditCode.slice(0, 17)),
      );
      expect(c.kinds.length, c.code).toBeGreaterThan(0);
      for (const k of c.kinds) expect(COMPANY_KINDS).toContain(k);
      expect(COMPANY_SIZES).toContain(c.size);
      expect(c.region.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('links each child company to a parent that exists, without cycles', () => {
    for (const c of DEMO_COMPANIES.filter((x) => x.parent)) {
      const seen = new Set([c.code]);
      let parent = company(c.parent as string);
      expect(parent, `${c.code} → ${c.parent}`).toBeDefined();
      while (parent?.parent) {
        expect(seen.has(parent.code)).toBe(false);
        seen.add(parent.code);
        parent = company(parent.parent);
        expect(parent).toBeDefined();
      }
    }
    const group = DEMO_COMPANIES.filter(
      (c) => DEMO_COMPANIES.filter((x) => x.parent === c.code).length === 2,
    );
    expect(group.map((g) => g.size)).toEqual(['group_enterprise']);
  });

  it('gives memberships to known companies with valid roles, at most one per company per user', () => {
    for (const u of DEMO_USERS) {
      expect(['zh-CN', 'en-US']).toContain(u.locale);
      expect(u.memberships.length, u.email).toBeGreaterThan(0);
      expect(duplicates(u.memberships.map((m) => m.company))).toEqual([]);
      for (const m of u.memberships) {
        expect(company(m.company), `${u.email} @ ${m.company}`).toBeDefined();
        expect(BUILT_IN_ROLES).toContain(m.role);
      }
    }
  });

  it('staffs every company as the spec asks', () => {
    const roles = (code: string) =>
      DEMO_USERS.flatMap((u) => u.memberships.filter((m) => m.company === code).map((m) => m.role));
    for (const c of DEMO_COMPANIES) {
      expect(
        roles(c.code).filter((r) => r === 'owner'),
        `${c.code} has one owner`,
      ).toHaveLength(1);
      if (c.kinds.includes('buyer')) {
        expect(roles(c.code), c.code).toEqual(
          expect.arrayContaining(['owner', 'purchaser', 'approver', 'finance']),
        );
      }
      if (c.kinds.includes('seller'))
        expect(roles(c.code), c.code).toEqual(expect.arrayContaining(['owner', 'sales_manager', 'sales']));
      if (c.kinds.includes('logistics')) expect(roles(c.code)).toContain('warehouse');
      if (c.kinds.includes('operator')) expect(roles(c.code)).toContain('admin');
      if (c.kinds.includes('financier'))
        expect(roles(c.code).some((r) => r === 'approver' || r === 'finance')).toBe(true);
    }
    const held = new Set(DEMO_USERS.flatMap((u) => u.memberships.map((m) => m.role)));
    expect([...held].sort()).toEqual([...BUILT_IN_ROLES].sort());
    expect(DEMO_USERS.filter((u) => u.memberships.length === 2).length).toBeGreaterThanOrEqual(1);
  });

  it('builds a category tree where every category has a VAT rate', () => {
    for (const c of DEMO_CATEGORIES) {
      expect([600, 900, 1300], c.code).toContain(c.taxRateBps);
      if (c.parent) expect(DEMO_CATEGORIES.some((p) => p.code === c.parent)).toBe(true);
    }
    const rate = (code: string) => DEMO_CATEGORIES.find((c) => c.code === code)?.taxRateBps;
    expect(rate('agri-apple')).toBe(900);
    expect(rate('food-sugar')).toBe(1300);
  });

  it('sells each product from a seller, in a leaf category, in a valid unit', () => {
    for (const p of DEMO_PRODUCTS) {
      expect(company(p.seller)?.kinds, p.code).toContain('seller');
      expect(
        DEMO_CATEGORIES.some((c) => c.code === p.category),
        p.code,
      ).toBe(true);
      expect(
        DEMO_CATEGORIES.some((c) => c.parent === p.category),
        `${p.category} is a leaf`,
      ).toBe(false);
      expect(UNITS).toContain(p.unit);
      expect(p.skus.length).toBeGreaterThan(0);
    }
  });

  it('gives every SKU a valid unit, attributes and quantities with at most 3 decimal places', () => {
    for (const s of allSkus) {
      expect(UNITS, s.code).toContain(s.unit);
      expect(s.unit, s.code).toBe(s.product.unit);
      expect(Object.keys(s.attributes).length, s.code).toBeGreaterThan(0);
      for (const q of [s.packSize, s.minOrderQuantity, s.orderIncrement]) {
        expect(q, s.code).toMatch(DECIMAL_3);
        expect(Number(q), s.code).toBeGreaterThan(0);
      }
      // the minimum is reachable in steps of the increment (integer arithmetic in thousandths)
      const milli = (q: string) => Math.round(Number(q) * 1000);
      expect(milli(s.minOrderQuantity) % milli(s.orderIncrement), s.code).toBe(0);
      for (const c of s.conversions ?? []) {
        expect(UNITS).toContain(c.from);
        expect(UNITS).toContain(c.to);
        expect(c.from).not.toBe(c.to);
        expect(c.factor, s.code).toMatch(decimal(6));
        expect(Number(c.factor)).toBeGreaterThan(0);
      }
      expect(duplicates((s.conversions ?? []).map((c) => `${c.from}/${c.to}`))).toEqual([]);
    }
  });

  it('stores inventory of known SKUs at known locations, with 0 ≤ reserved ≤ on hand', () => {
    expect(duplicates(DEMO_INVENTORY.map((i) => `${i.sku}@${i.warehouse}/${i.location}`))).toEqual([]);
    for (const i of DEMO_INVENTORY) {
      expect(
        allSkus.some((s) => s.code === i.sku),
        i.sku,
      ).toBe(true);
      expect(
        DEMO_WAREHOUSES.find((w) => w.code === i.warehouse)?.locations,
        `${i.warehouse}/${i.location}`,
      ).toContain(i.location);
      expect(i.onHand).toMatch(DECIMAL_3);
      expect(i.reserved).toMatch(DECIMAL_3);
      expect(Number(i.reserved)).toBeLessThanOrEqual(Number(i.onHand));
    }
  });

  it('runs warehouses by operator or logistics companies, with 2–4 locations and storage terms', () => {
    for (const w of DEMO_WAREHOUSES) {
      const kinds = company(w.operator)?.kinds ?? [];
      expect(kinds.includes('operator') || kinds.includes('logistics'), w.code).toBe(true);
      expect(WAREHOUSE_KINDS).toContain(w.kind);
      expect(UNITS).toContain(w.feeUnit);
      expect(w.locations.length).toBeGreaterThanOrEqual(2);
      expect(w.locations.length).toBeLessThanOrEqual(4);
      expect(w.dailyStorageFeeMinor).toBeGreaterThan(0n);
      expect(w.exitFeeDays).toBeGreaterThan(0);
    }
    const yantai = DEMO_WAREHOUSES.find((w) => w.kind === 'cold_store' && w.city === '烟台');
    expect(yantai?.exitFeeDays).toBe(30);
  });

  it('lists about eight demo logins that exist, one portal per company kind', () => {
    const logins = demoLogins();
    expect(logins.length).toBeGreaterThanOrEqual(6);
    expect(logins.length).toBeLessThanOrEqual(10);
    expect(new Set(logins.map((l) => l.portal))).toEqual(
      new Set(['buyer', 'seller', 'operator', 'logistics']),
    );
    for (const l of logins) {
      const c = DEMO_COMPANIES.find((x) => x.name === l.company);
      expect(c?.kinds, l.email).toContain(l.portal);
      const u = DEMO_USERS.find((x) => x.email === l.email);
      expect(u?.memberships.find((m) => m.company === c?.code)?.role).toBe(l.role);
    }
  });
});
