import { BUILT_IN_ROLE_PERMISSIONS, REGION_CODES } from '@tradeway/shared/contracts';
import { checkQuote, checkRfqSchedule } from '@tradeway/server/rfq/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_CATEGORIES, DEMO_COMPANIES, DEMO_USERS } from './demo-data';
import { demoSku, demoUuid } from './demo-orders';
import { DEMO_RFQS } from './demo-rfqs';

const kindsOf = (code: string) => DEMO_COMPANIES.find((c) => c.code === code)?.kinds ?? [];
const permissionsAt = (email: string, company: string) =>
  DEMO_USERS.find((u) => u.email === email)
    ?.memberships.filter((m) => m.company === company)
    .flatMap((m) => BUILT_IN_ROLE_PERMISSIONS[m.role]) ?? [];

const NOW = new Date('2026-11-26T08:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const chinaDayAfter = (days: number) =>
  new Date(NOW.getTime() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('demo RFQs', () => {
  it('have unique keys and ids, the food group buying from known sellers', () => {
    expect(new Set(DEMO_RFQS.map((r) => r.key)).size).toBe(DEMO_RFQS.length);
    expect(new Set(DEMO_RFQS.map((r) => demoUuid(`rfq/${r.key}`))).size).toBe(DEMO_RFQS.length);
    expect(DEMO_RFQS.map((r) => [r.key, r.status])).toEqual([
      ['sugar-q1-sealed', 'open'],
      ['sugar-dec-compare', 'closed'],
      ['packaging-draft', 'draft'],
    ]);
    for (const r of DEMO_RFQS) {
      expect(kindsOf(r.buyer), r.key).toContain('buyer');
      expect(permissionsAt(r.createdBy, r.buyer), r.key).toContain('rfq:create');
      expect(REGION_CODES, r.key).toContain(r.deliveryRegion);
      if (r.category) expect(DEMO_CATEGORIES.map((c) => c.code)).toContain(r.category);
      const sellers = r.invitations.map((i) => i.seller);
      expect(new Set(sellers).size, r.key).toBe(sellers.length);
      for (const s of sellers) {
        expect(kindsOf(s), `${r.key} ${s}`).toContain('seller');
        expect(s).not.toBe(r.buyer);
      }
      for (const item of r.items) if (item.sku) expect(demoSku(item.sku).unit, r.key).toBe(item.unit);
    }
  });

  it('are quoted only by invited sellers’ people allowed to quote, and only once published', () => {
    for (const r of DEMO_RFQS) {
      for (const inv of r.invitations) {
        const versions = inv.versions ?? [];
        if (r.publishedHoursAgo === undefined) {
          expect([versions.length, inv.viewedHoursAgo], r.key).toEqual([0, undefined]);
          continue;
        }
        if (versions.length > 0) expect(inv.viewedHoursAgo, `${r.key} ${inv.seller}`).toBeDefined();
        let last = inv.viewedHoursAgo ?? r.publishedHoursAgo;
        expect(last).toBeLessThan(r.publishedHoursAgo + 0.001);
        for (const v of versions) {
          expect(permissionsAt(v.by, inv.seller), `${r.key} ${v.by}`).toContain('quote:create');
          expect(v.hoursAgo, `${r.key} ${inv.seller}`).toBeLessThan(last);
          last = v.hoursAgo;
        }
      }
    }
  });

  it('follow the rfq domain’s rules: dates that fit, quotes the platform accepts at the time they are sent', () => {
    for (const r of DEMO_RFQS) {
      const deadline = hoursAgo(-r.deadlineInHours);
      const deliveryDate = chinaDayAfter(r.deliveryInDays);
      expect(checkRfqSchedule({ deadline, deliveryDate }).ok, r.key).toBe(true);
      expect(r.createdHoursAgo).toBeGreaterThan(0);
      if (r.publishedHoursAgo !== undefined) {
        expect(r.publishedHoursAgo, r.key).toBeLessThan(r.createdHoursAgo);
        expect(deadline.getTime() - hoursAgo(r.publishedHoursAgo).getTime(), r.key).toBeGreaterThan(
          3_600_000,
        );
      }
      expect(r.status === 'closed', r.key).toBe(r.deadlineInHours < 0);
      const rfq = {
        state: 'open' as const,
        deadline,
        items: r.items.map((item, i) => ({ itemNo: i + 1, quantity: item.quantity })),
        acceptedPaymentTerms: r.acceptedPaymentTerms,
      };
      for (const inv of r.invitations) {
        for (const v of inv.versions ?? []) {
          const validUntil = new Date(`${chinaDayAfter(v.validDays)}T23:59:59+08:00`);
          const checked = checkQuote(rfq, { ...v, validUntil }, hoursAgo(v.hoursAgo));
          expect(checked.ok ? null : checked.error.code, `${r.key} ${inv.seller}`).toBeNull();
          expect(v.validDays).toBe(20);
          for (const l of v.lines) {
            expect(l.taxRateBps).toBe(1300);
            if (r.items[l.itemNo - 1]?.unit === 't') {
              expect(Number(l.unitPrice)).toBeGreaterThanOrEqual(5800);
              expect(Number(l.unitPrice)).toBeLessThanOrEqual(6300);
            }
          }
        }
      }
    }
  });

  it('quote the sealed RFQ twice over (two mills, one revised) and the closed one three times', () => {
    const quoted = (key: string) =>
      DEMO_RFQS.find((r) => r.key === key)
        ?.invitations.filter((i) => (i.versions ?? []).length > 0)
        .map((i) => [i.seller, i.versions?.length]);
    expect(quoted('sugar-q1-sealed')).toEqual([
      ['guitang-sugar', 2],
      ['nanning-sugar', 1],
    ]);
    expect(quoted('sugar-dec-compare')).toEqual([
      ['guitang-sugar', 1],
      ['nanning-sugar', 1],
      ['hengtong-trade', 1],
    ]);
    expect(quoted('packaging-draft')).toEqual([]);
    const sealed = DEMO_RFQS.find((r) => r.key === 'sugar-q1-sealed');
    expect(sealed?.items[0]?.sku).toBe('white-sugar-gx-g1');
    expect(sealed?.sealed).toBe(true);
  });
});
