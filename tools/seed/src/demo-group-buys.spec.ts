import { BUILT_IN_ROLE_PERMISSIONS, REGION_CODES } from '@tradeway/shared/contracts';
import { ladderProgress } from '@tradeway/server/group-buy/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_COMPANIES, DEMO_USERS } from './demo-data';
import { DEMO_GROUP_BUYS, monthAfter, playDemoCampaign } from './demo-group-buys';
import { demoSku, demoUuid } from './demo-orders';

const NOW = new Date('2026-11-26T08:00:00Z');
const companyIds = new Map(DEMO_COMPANIES.map((c) => [c.code, demoUuid(`company/${c.code}`)]));
const regionOf = (code: string) => DEMO_COMPANIES.find((c) => c.code === code)?.regionCode ?? null;
const kindsOf = (code: string) => DEMO_COMPANIES.find((c) => c.code === code)?.kinds ?? [];
const permissionsAt = (email: string, company: string) =>
  DEMO_USERS.find((u) => u.email === email)
    ?.memberships.filter((m) => m.company === company)
    .flatMap((m) => BUILT_IN_ROLE_PERMISSIONS[m.role]) ?? [];

describe('demo group buys', () => {
  it('are organised and joined by people allowed to, in known regions', () => {
    expect(DEMO_GROUP_BUYS.map((c) => [c.key, c.status, c.organiserKind])).toEqual([
      ['sugar-east-pool', 'open', 'seller'],
      ['plywood-south-pool', 'pending_seller', 'buyer'],
    ]);
    for (const c of DEMO_GROUP_BUYS) {
      expect(permissionsAt(c.createdBy, c.organiser), c.key).toContain('group_buy:manage');
      expect(kindsOf(c.seller)).toContain('seller');
      expect(demoSku(c.sku).unit, c.key).toBeDefined();
      for (const r of c.regions) expect(REGION_CODES, `${c.key} ${r}`).toContain(r);
      for (const k of c.commitments) {
        expect(permissionsAt(k.user, k.buyer), `${c.key} ${k.user}`).toContain('group_buy:join');
        expect(kindsOf(k.buyer)).toContain('buyer');
      }
    }
  });

  it('the sugar pool stands at 260 t, 40 t short of the 300 t tier, each commitment judged by the rules', () => {
    const c = DEMO_GROUP_BUYS[0];
    if (!c) throw new Error('no demo');
    const played = playDemoCampaign(c, companyIds, regionOf, NOW);
    expect(played.total).toBe('260.000');
    expect(played.commitments.map((k) => [k.buyer, k.depositMinor])).toEqual([
      // 120 t × 6 000 × 10 %
      ['huaxin-sd-bakery', 7_200_000n],
      ['qingquan-bev', 4_800_000n],
      ['huaxin-hn-bakery', 3_600_000n],
    ]);
    const progress = ladderProgress(
      played.terms.ladder,
      260_000n,
      played.terms.minTotal,
      played.terms.maxTotal,
    );
    expect(progress.nextTier?.needed).toBe(40_000n);
    expect(played.terms.deliveryMonths).toEqual([monthAfter(NOW, 1), monthAfter(NOW, 2)]);
    // 华鑫食品 itself (上海) may join: its region is in the campaign
    expect(c.regions).toContain(regionOf('huaxin-food'));
  });

  it('refuses data the rules would refuse', () => {
    const c = DEMO_GROUP_BUYS[0];
    if (!c) throw new Error('no demo');
    const outside = {
      ...c,
      commitments: [{ ...c.commitments[0], buyer: 'hengtong-trade' } as (typeof c.commitments)[0]],
    };
    expect(() => playDemoCampaign(outside, companyIds, regionOf, NOW)).toThrow(/JOIN_REGION_NOT_ELIGIBLE/);
    const big = { ...c, commitments: c.commitments.map((k) => ({ ...k, quantity: '401' })) };
    expect(() => playDemoCampaign(big, companyIds, regionOf, NOW)).toThrow(/JOIN_ABOVE_BUYER_MAX/);
  });
});
