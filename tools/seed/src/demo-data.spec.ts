import { planApproval, validatePolicy, type SubjectFacts } from '@tradeway/server/approval/domain';
import {
  validateDelivery,
  validatePriceItem,
  validateTerms,
  type DeliveryRule,
} from '@tradeway/server/pricing/domain';
import { REGIONS } from '@tradeway/shared/contracts';
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
import {
  DEMO_APPROVAL_POLICIES,
  DEMO_GRADE_ASSIGNMENTS,
  DEMO_GRADES,
  DEMO_PRICE_LISTS,
  DEMO_REBATES,
  LADDER_MODES,
  PRICE_LIST_KINDS,
  PRICE_LIST_STATUSES,
  type DemoDelivery,
  type DemoPriceList,
} from './demo-pricing';

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

const skuSeller = new Map(allSkus.map((s) => [s.code, s.product.seller]));
const memberOf = (email: string, companyCode: string) =>
  DEMO_USERS.find((u) => u.email === email)?.memberships.some((m) => m.company === companyCode) ?? false;
const engineDelivery = (d: DemoDelivery): DeliveryRule => ({
  pickups: d.pickups.map((p) => ({ warehouseId: p.warehouse, handlingPerUnit: p.handlingPerUnit })),
  zones: d.zones.map((z) => ({ ...z, regions: [...z.regions] })),
});
const list = (code: string): DemoPriceList => {
  const l = DEMO_PRICE_LISTS.find((x) => x.code === code);
  if (!l) throw new Error(`no demo list ${code}`);
  return l;
};

describe('demo regions and specifications', () => {
  it('gives every company the ISO 3166-2 code of the province its region text names', () => {
    for (const c of DEMO_COMPANIES) {
      const region = REGIONS.find((r) => r.code === c.regionCode);
      expect(region, `${c.code}: ${c.regionCode}`).toBeDefined();
      expect(c.region.startsWith(region?.zh ?? '?'), `${c.code}: ${c.region} is in ${region?.zh}`).toBe(true);
    }
  });

  it('gives every sugar SKU a specification code shared by two mills, in one unit', () => {
    const sugar = allSkus.filter((s) => s.product.category === 'food-sugar');
    expect(sugar.length).toBeGreaterThanOrEqual(4);
    for (const s of sugar) expect(s.specCode, s.code).toMatch(/^SUGAR-WHITE-[A-Z0-9]+$/);
    const sellersOf = (spec: string) =>
      new Set(sugar.filter((s) => s.specCode === spec).map((s) => s.product.seller));
    expect(sellersOf('SUGAR-WHITE-GB1').size).toBeGreaterThanOrEqual(2);
    for (const spec of new Set(allSkus.flatMap((s) => (s.specCode ? [s.specCode] : [])))) {
      const peers = allSkus.filter((s) => s.specCode === spec);
      expect(new Set(peers.map((s) => s.unit)).size, spec).toBe(1);
      // one SKU per seller and specification: a comparison row per seller
      expect(duplicates(peers.map((s) => s.product.seller)), spec).toEqual([]);
    }
  });
});

describe('demo pricing', () => {
  it('defines grades per seller with unique codes and ranks, the Chongzuo mill four of them', () => {
    expect(duplicates(DEMO_GRADES.map((g) => `${g.seller}/${g.code}`))).toEqual([]);
    expect(duplicates(DEMO_GRADES.map((g) => `${g.seller}/${g.rank}`))).toEqual([]);
    for (const g of DEMO_GRADES) {
      expect(company(g.seller)?.kinds, g.code).toContain('seller');
      expect(g.code).toMatch(/^[A-Za-z0-9_-]{1,30}$/);
    }
    expect(
      DEMO_GRADES.filter((g) => g.seller === 'guitang-sugar').map((g) => [g.code, g.nameZh, g.rank]),
    ).toEqual([
      ['STRATEGIC', '战略客户', 1],
      ['KEY', '重点客户', 2],
      ['STANDARD', '标准客户', 3],
      ['NEW', '新客户', 4],
    ]);
  });

  it('puts each buyer in exactly one grade per seller, a grade of that seller, assigned by its staff', () => {
    expect(duplicates(DEMO_GRADE_ASSIGNMENTS.map((a) => `${a.seller}/${a.buyer}`))).toEqual([]);
    for (const a of DEMO_GRADE_ASSIGNMENTS) {
      expect(company(a.buyer)?.kinds, a.buyer).toContain('buyer');
      expect(a.buyer).not.toBe(a.seller);
      expect(
        DEMO_GRADES.some((g) => g.seller === a.seller && g.code === a.grade),
        `${a.seller}/${a.grade}`,
      ).toBe(true);
      expect(memberOf(a.assignedBy, a.seller), a.assignedBy).toBe(true);
    }
    const huaxin = DEMO_GRADE_ASSIGNMENTS.find(
      (a) => a.seller === 'guitang-sugar' && a.buyer === 'huaxin-food',
    );
    expect(huaxin?.grade).toBe('STRATEGIC');
  });

  it('builds lists whose kind, grade and buyer agree, and which price only their seller’s SKUs', () => {
    expect(duplicates(DEMO_PRICE_LISTS.map((l) => `${l.seller}/${l.code}`))).toEqual([]);
    for (const l of DEMO_PRICE_LISTS) {
      expect(company(l.seller)?.kinds, l.code).toContain('seller');
      expect(PRICE_LIST_KINDS).toContain(l.kind);
      expect(PRICE_LIST_STATUSES).toContain(l.status);
      expect(l.code).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
      expect(l.kind === 'grade', `${l.code} names a grade`).toBe(l.grade !== undefined);
      expect(l.kind === 'contract', `${l.code} names a buyer`).toBe(l.buyer !== undefined);
      if (l.grade) expect(DEMO_GRADES.some((g) => g.seller === l.seller && g.code === l.grade)).toBe(true);
      if (l.buyer) {
        expect(company(l.buyer)?.kinds).toContain('buyer');
        expect(l.buyer).not.toBe(l.seller);
      }
      if (l.validFrom && l.validTo) expect(l.validTo > l.validFrom).toBe(true);
      expect(l.quoteValidityDays).toBeGreaterThanOrEqual(1);
      expect(l.quoteValidityDays).toBeLessThanOrEqual(90);
      expect(l.items.length, l.code).toBeGreaterThan(0);
      expect(duplicates(l.items.map((i) => i.sku))).toEqual([]);
      for (const i of l.items) expect(skuSeller.get(i.sku), `${l.code}: ${i.sku}`).toBe(l.seller);
    }
    // every seller with grade or contract lists has a published public list they inherit from
    for (const seller of new Set(DEMO_PRICE_LISTS.map((l) => l.seller))) {
      const pub = DEMO_PRICE_LISTS.filter((l) => l.seller === seller && l.kind === 'list');
      expect(
        pub.filter((l) => l.status === 'published'),
        seller,
      ).toHaveLength(1);
      expect(pub[0]?.terms, seller).not.toBeNull();
      expect(pub[0]?.delivery, seller).not.toBeNull();
    }
  });

  it('stores only rules the quote engine accepts: items, terms and delivery', () => {
    for (const l of DEMO_PRICE_LISTS) {
      for (const i of l.items) {
        expect(LADDER_MODES).toContain(i.ladderMode);
        const checked = validatePriceItem({ skuId: i.sku, ...i, ladder: [...i.ladder] });
        expect(checked.ok ? [] : checked.error.problems, `${l.code}: ${i.sku}`).toEqual([]);
        if (i.floorPrice !== null) expect(Number(i.floorPrice)).toBeLessThanOrEqual(Number(i.unitPrice));
      }
      if (l.terms) {
        const checked = validateTerms({ ...l.terms, overridesBps: { ...l.terms.overridesBps } });
        expect(checked.ok ? [] : checked.error.problems, l.code).toEqual([]);
      }
      if (l.delivery) {
        const checked = validateDelivery(engineDelivery(l.delivery));
        expect(checked.ok ? [] : checked.error.problems, l.code).toEqual([]);
        for (const p of l.delivery.pickups) {
          expect(
            DEMO_WAREHOUSES.some((w) => w.code === p.warehouse),
            p.warehouse,
          ).toBe(true);
        }
        for (const z of l.delivery.zones)
          for (const r of z.regions) expect(REGIONS.map((x) => x.code)).toContain(r);
      }
    }
  });

  it('prices every Chongzuo SKU on the public list with a 3-break ladder and a floor, cheaper for strategic customers', () => {
    const pub = list('GT-LIST-2026');
    expect(pub.status).toBe('published');
    expect(pub.terms).toEqual({ annualCostOfCapitalBps: 800, prepaymentDays: 30, overridesBps: {} });
    expect(pub.delivery?.zones.map((z) => [z.nameZh, z.freightPerUnit, z.perShipmentFeeMinor])).toEqual([
      ['华南', '60', 20_000n],
      ['华东', '180', 50_000n],
      ['华北', '260', 80_000n],
    ]);
    const pickupCities = pub.delivery?.pickups.map((p) =>
      DEMO_WAREHOUSES.find((w) => w.code === p.warehouse),
    );
    for (const w of pickupCities ?? []) expect(w?.address, w?.code).toContain('广西');
    const guitangSkus = allSkus.filter((s) => s.product.seller === 'guitang-sugar').map((s) => s.code);
    expect(pub.items.map((i) => i.sku).sort()).toEqual([...guitangSkus].sort());
    for (const i of pub.items) {
      expect(i.ladderMode).toBe('all_units');
      expect(i.ladder, i.sku).toHaveLength(3);
      expect(i.floorPrice, i.sku).not.toBeNull();
      // each break is cheaper than the one before (2.5 % of the base is below the ≥ 500 t price)
      const prices = [
        Number(i.unitPrice),
        ...i.ladder.map((b) =>
          b.kind === 'absolute' ? Number(b.value) : Number(i.unitPrice) * (1 - Number(b.value) / 100),
        ),
      ];
      for (let k = 1; k < prices.length; k++) expect(prices[k], i.sku).toBeLessThan(prices[k - 1] ?? 0);
    }
    const strategic = list('GT-STRATEGIC-2026');
    expect(strategic.kind).toBe('grade');
    expect(strategic.grade).toBe('STRATEGIC');
    for (const i of strategic.items) {
      const base = pub.items.find((x) => x.sku === i.sku);
      expect(Number(i.unitPrice), i.sku).toBeLessThan(Number(base?.unitPrice));
    }
    expect(DEMO_PRICE_LISTS.filter((l) => l.kind === 'contract').length).toBeGreaterThanOrEqual(1);
    const rival = DEMO_PRICE_LISTS.find((l) => l.seller === 'nanning-sugar' && l.kind === 'list');
    expect(rival?.status).toBe('published');
    expect(rival?.delivery?.zones.map((z) => z.code)).not.toEqual(pub.delivery?.zones.map((z) => z.code));
  });

  it('credits rebates to buyers, granted by the seller’s staff', () => {
    expect(DEMO_REBATES.length).toBeGreaterThanOrEqual(1);
    expect(duplicates(DEMO_REBATES.map((r) => `${r.seller}/${r.buyer}/${r.reason}`))).toEqual([]);
    for (const r of DEMO_REBATES) {
      expect(r.amountMinor).toBeGreaterThan(0n);
      expect(company(r.buyer)?.kinds).toContain('buyer');
      expect(memberOf(r.createdBy, r.seller), r.createdBy).toBe(true);
    }
    expect(DEMO_REBATES.find((r) => r.buyer === 'huaxin-food')?.amountMinor).toBe(200_000n);
  });

  it('sends special prices to the sales manager, and deep discounts on to the owner', () => {
    const policies = DEMO_APPROVAL_POLICIES.map((p, n) => ({
      ...p,
      id: `policy-${n}`,
      active: true,
      levels: p.levels.map((l) => ({ ...l })),
    }));
    for (const p of policies) expect(validatePolicy(p), p.name).toEqual([]);
    for (const p of DEMO_APPROVAL_POLICIES) {
      for (const l of p.levels)
        for (const role of l.approverRoles) {
          expect(
            DEMO_USERS.some((u) => u.memberships.some((m) => m.company === p.company && m.role === role)),
            `${p.company} has a ${role}`,
          ).toBe(true);
        }
    }
    const facts = (discountBps: number): SubjectFacts => ({
      amountMinor: 60_000_000n,
      categoryIds: [],
      newSupplier: false,
      discountBps,
      paymentTermDays: null,
      departmentId: null,
      overSpendingLimit: false,
    });
    const roles = (discountBps: number) => {
      const plan = planApproval(policies, 'special_price', facts(discountBps));
      return plan.kind === 'levels' ? plan.levels.map((l) => l.approverRoles.join('+')) : [];
    };
    expect(roles(100)).toEqual(['sales_manager']);
    expect(roles(499)).toEqual(['sales_manager']);
    expect(roles(500)).toEqual(['sales_manager', 'owner']);
    expect(roles(1500)).toEqual(['sales_manager', 'owner']);
  });
});
