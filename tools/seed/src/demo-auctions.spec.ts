import { BUILT_IN_ROLE_PERMISSIONS, REGION_CODES } from '@tradeway/shared/contracts';
import { verifyBidLog } from '@tradeway/server/auction/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_COMPANIES, DEMO_USERS } from './demo-data';
import { aliasOf, DEMO_AUCTIONS, playDemoAuction } from './demo-auctions';
import { demoSku, demoUuid } from './demo-orders';

const NOW = new Date('2026-11-26T08:00:00Z');
const companyIds = new Map(DEMO_COMPANIES.map((c) => [c.code, demoUuid(`company/${c.code}`)]));
const kindsOf = (code: string) => DEMO_COMPANIES.find((c) => c.code === code)?.kinds ?? [];
const permissionsAt = (email: string, company: string) =>
  DEMO_USERS.find((u) => u.email === email)
    ?.memberships.filter((m) => m.company === company)
    .flatMap((m) => BUILT_IN_ROLE_PERMISSIONS[m.role]) ?? [];
const byKey = (key: string) => {
  const a = DEMO_AUCTIONS.find((x) => x.key === key);
  if (!a) throw new Error(key);
  return { a, played: playDemoAuction(a, demoUuid(`auction/${key}`), companyIds, NOW) };
};

describe('demo auctions', () => {
  it('are run by people allowed to, with bidders of the other side allowed to bid', () => {
    expect(DEMO_AUCTIONS.map((a) => [a.key, a.status, a.direction])).toEqual([
      ['sugar-jan-live', 'running', 'reverse'],
      ['sugar-dec-closed', 'closed', 'reverse'],
      ['sugar-forward-scheduled', 'scheduled', 'forward'],
      ['sugar-feb-draft', 'draft', 'reverse'],
    ]);
    expect(new Set(DEMO_AUCTIONS.map((a) => demoUuid(`auction/${a.key}`))).size).toBe(DEMO_AUCTIONS.length);
    for (const a of DEMO_AUCTIONS) {
      const ownerKind = a.direction === 'reverse' ? 'buyer' : 'seller';
      const bidderKind = a.direction === 'reverse' ? 'seller' : 'buyer';
      expect(kindsOf(a.owner), a.key).toContain(ownerKind);
      expect(permissionsAt(a.createdBy, a.owner), a.key).toContain('auction:create');
      expect(REGION_CODES, a.key).toContain(a.deliveryRegion);
      expect(new Set(a.participants).size, a.key).toBe(a.participants.length);
      for (const p of a.participants) {
        expect(kindsOf(p), `${a.key} ${p}`).toContain(bidderKind);
        expect(p).not.toBe(a.owner);
      }
      for (const b of a.bids)
        expect(permissionsAt(b.user, b.by), `${a.key} ${b.user}`).toContain('auction:bid');
      if (a.sku) expect(demoSku(a.sku).unit).toBe(a.unit);
    }
  });

  it('hold logs the rules wrote: the live one ranks 南宁 second behind 桂糖, with one refused bid', () => {
    const { played } = byKey('sugar-jan-live');
    expect(played.status).toBe('running');
    expect(played.bids.map((b) => b.outcome)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'accepted',
      'accepted',
      'BID_STEP_TOO_SMALL',
      'accepted',
    ]);
    expect(played.bids.map((b) => b.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(played.acceptedBids).toBe(6);
    expect(Object.fromEntries(played.bests.map(([c, p]) => [c, p]))).toEqual({
      'guitang-sugar': '5955.0000',
      'nanning-sugar': '5965.0000',
      'hengtong-trade': '5985.0000',
    });
    expect(played.state.currentEnd > NOW).toBe(true);
  });

  it('the closed one was extended twice by late best bids and closed at its live end', () => {
    const { a, played } = byKey('sugar-dec-closed');
    expect(played.status).toBe('closed');
    expect(played.state.extensions).toBe(2);
    expect(played.closedAt).toEqual(played.state.currentEnd);
    expect(played.state.currentEnd.getTime() - played.endsAt.getTime()).toBe(6 * 60_000);
    const last = played.bids.at(-1);
    expect(last && played.state.currentEnd.getTime() - last.receivedAt.getTime()).toBe(
      a.extensionMinutes * 60_000,
    );
  });

  it('produce a bid log that verifies, and whose tampering is caught', () => {
    for (const a of DEMO_AUCTIONS) {
      const id = demoUuid(`auction/${a.key}`);
      const played = playDemoAuction(a, id, companyIds, NOW);
      const entries = played.bids.map((b) => ({
        auctionId: id,
        seq: b.seq,
        alias: aliasOf(a.direction, b.aliasNo),
        price: b.price,
        receivedAt: b.receivedAt.toISOString(),
        outcome: b.outcome,
        hash: b.hash,
      }));
      const head = entries.length > 0 ? [{ seq: played.state.lastSeq, hash: played.headHash }] : [];
      expect(verifyBidLog(id, entries, head).ok, a.key).toBe(true);
      if (entries.length > 1) {
        const altered = entries.map((e, i) => (i === 1 ? { ...e, price: '1.0000' } : e));
        expect(verifyBidLog(id, altered).ok).toBe(false);
      }
    }
  });

  it('refuses data the rules would not accept', () => {
    const live = DEMO_AUCTIONS[0];
    if (!live) throw new Error('no demo');
    const wrong = { ...live, bids: live.bids.map((b, i) => (i === 5 ? { ...b, outcome: 'accepted' } : b)) };
    expect(() => playDemoAuction(wrong, 'x', companyIds, NOW)).toThrow(/BID_STEP_TOO_SMALL, not accepted/);
    const outsider = { ...live, bids: live.bids.slice(0, 1).map((b) => ({ ...b, by: 'linmu-furniture' })) };
    expect(() => playDemoAuction(outsider, 'x', companyIds, NOW)).toThrow(/not a participant/);
    expect(() => playDemoAuction({ ...live, endsInHours: -1 }, 'x', companyIds, NOW)).toThrow(
      /BID_AUCTION_ENDED, not/,
    );
  });
});
