import type { Prisma } from '@tradeway/server/platform';
import { calendarDayIn } from '@tradeway/server/rfq/domain';
import { addDays } from './days';
import { DEMO_AUCTIONS, playDemoAuction, type DemoAuction } from './demo-auctions';
import { demoUuid } from './demo-orders';

type Tx = Prisma.TransactionClient;

interface AuctionIds {
  readonly companyIds: ReadonlyMap<string, string>;
  readonly userIds: ReadonlyMap<string, string>;
  readonly skuIds: ReadonlyMap<string, string>;
}

/**
 * The demo auctions (demo-auctions.ts), each created once — found by its id, derived from its
 * key — and never touched again: like orders and RFQs, they are operational state. Each is
 * written as the platform would have: created as a draft with its participants, scheduled by
 * its creator, its bids judged and chained by the domain's rules (`playDemoAuction`), started
 * and closed by the clock at its times, with its timeline. No audit entries, mails or clock
 * jobs: the seed is nobody's action (the worker's sweep starts and closes what falls due).
 * Returns how many it created.
 */
export async function seedAuctions(tx: Tx, ids: AuctionIds): Promise<number> {
  const existing = new Set(
    (
      await tx.auction.findMany({
        where: { id: { in: DEMO_AUCTIONS.map((a) => demoUuid(`auction/${a.key}`)) } },
        select: { id: true },
      })
    ).map((a) => a.id),
  );
  const now = new Date();
  let created = 0;
  // oldest first, so that numbers grow with time as the sequence's do
  for (const a of [...DEMO_AUCTIONS].sort((x, y) => y.createdHoursAgo - x.createdHoursAgo)) {
    const id = demoUuid(`auction/${a.key}`);
    if (existing.has(id)) continue;
    await seedAuction(tx, a, id, ids, now);
    created++;
  }
  return created;
}

async function seedAuction(tx: Tx, a: DemoAuction, id: string, ids: AuctionIds, now: Date): Promise<void> {
  const need = (map: ReadonlyMap<string, string>, key: string, what: string): string => {
    const v = map.get(key);
    if (!v) throw new Error(`demo data: auction ${a.key} names an unknown ${what} "${key}"`);
    return v;
  };
  const played = playDemoAuction(a, id, ids.companyIds, now);
  const ownerId = need(ids.companyIds, a.owner, 'company');
  const createdById = need(ids.userIds, a.createdBy, 'user');
  const [seq] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT nextval('auction_number_seq') AS n`;
  const number = `AUC-${calendarDayIn(played.createdAt).replaceAll('-', '')}-${String(seq?.n ?? 0n).padStart(6, '0')}`;
  const owner = { actorCompanyId: ownerId, actorUserId: createdById };
  const system = { actorCompanyId: null, actorUserId: null };
  const events: Prisma.AuctionEventCreateManyInput[] = [
    { auctionId: id, kind: 'auction.created', ...owner, data: { number }, at: played.createdAt },
  ];
  if (played.scheduledAt) {
    events.push({ auctionId: id, kind: 'auction.scheduled', ...owner, data: {}, at: played.scheduledAt });
  }
  const started = played.status === 'running' || played.status === 'closed';
  if (started) {
    events.push({ auctionId: id, kind: 'auction.started', ...system, data: {}, at: played.startsAt });
  }
  if (played.closedAt) {
    events.push({
      auctionId: id,
      kind: 'auction.closed',
      ...system,
      data: { lastSeq: played.state.lastSeq, headHash: played.headHash, acceptedBids: played.acceptedBids },
      at: played.closedAt,
    });
  }
  const bests = new Map(played.bests.map(([code, price, bestSeq]) => [code, { price, bestSeq }]));
  const step = (s: DemoAuction['minStep'] | undefined) => ({
    amount: s && 'amount' in s ? s.amount : null,
    bps: s && 'bps' in s ? s.bps : null,
  });
  const min = step(a.minStep);
  const max = step(a.maxStep);

  await tx.auction.create({
    data: {
      id,
      number,
      ownerId,
      direction: a.direction,
      visibility: a.visibility,
      status: played.status,
      title: a.title,
      description: a.description,
      skuId: a.sku ? need(ids.skuIds, a.sku, 'SKU') : null,
      quantity: a.quantity,
      unit: a.unit,
      deliveryRegion: a.deliveryRegion,
      deliveryDate: new Date(`${addDays(calendarDayIn(now), a.deliveryInDays)}T00:00:00.000Z`),
      paymentTerm: a.paymentTerm,
      openingPrice: a.openingPrice,
      reservePrice: a.reservePrice ?? null,
      lastPrice: a.lastPrice ?? null,
      minStepAmount: min.amount,
      minStepBps: min.bps,
      maxStepAmount: max.amount,
      maxStepBps: max.bps,
      startsAt: played.startsAt,
      endsAt: played.endsAt,
      currentEnd: played.state.currentEnd,
      extensions: played.state.extensions,
      snipingWindowSeconds: a.snipingWindowMinutes * 60,
      extensionSeconds: a.extensionMinutes * 60,
      triggerRank: 1,
      lastSeq: played.state.lastSeq,
      headHash: played.headHash,
      acceptedBids: played.acceptedBids,
      createdById,
      createdAt: played.createdAt,
      scheduledAt: played.scheduledAt,
      startedAt: started ? played.startsAt : null,
      closedAt: played.closedAt,
      // one version per transition, as the service counts them
      version: events.length,
      participants: {
        create: a.participants.map((code, i) => ({
          companyId: need(ids.companyIds, code, 'company'),
          aliasNo: i + 1,
          bestPrice: bests.get(code)?.price ?? null,
          bestSeq: bests.get(code)?.bestSeq ?? null,
          createdAt: played.createdAt,
        })),
      },
    },
  });
  if (played.bids.length > 0) {
    await tx.auctionBid.createMany({
      data: played.bids.map((b) => ({
        auctionId: id,
        seq: b.seq,
        companyId: b.companyId,
        userId: need(ids.userIds, b.userEmail, 'user'),
        aliasNo: b.aliasNo,
        price: b.price,
        receivedAt: b.receivedAt,
        outcome: b.outcome,
        hash: b.hash,
      })),
    });
  }
  await tx.auctionEvent.createMany({ data: events });
}
