import type { Prisma } from '@tradeway/server/platform';
import { formatDecimal, PRICE_PLACES, QUANTITY_PLACES } from '@tradeway/server/pricing/domain';
import { calendarDayIn } from '@tradeway/server/rfq/domain';
import { DEMO_COMPANIES } from './demo-data';
import { DEMO_GROUP_BUYS, playDemoCampaign, type DemoCampaign } from './demo-group-buys';
import { demoUuid } from './demo-orders';

type Tx = Prisma.TransactionClient;

interface GroupBuyIds {
  readonly companyIds: ReadonlyMap<string, string>;
  readonly userIds: ReadonlyMap<string, string>;
  readonly skuIds: ReadonlyMap<string, string>;
}

const regionOf = (code: string) => DEMO_COMPANIES.find((c) => c.code === code)?.regionCode ?? null;

/**
 * The demo group buys (demo-group-buys.ts), each created once — found by its id, derived from its
 * key — and never touched again (operational state, like orders, RFQs and auctions): created and
 * published by its organiser (a buyer's campaign then waits for the seller), its commitments
 * judged by the domain's rules and written with their change rows. No audit, mails or jobs: the
 * worker's sweep settles it at its deadline. Returns how many it created.
 */
export async function seedGroupBuys(tx: Tx, ids: GroupBuyIds): Promise<number> {
  const existing = new Set(
    (
      await tx.groupBuyCampaign.findMany({
        where: { id: { in: DEMO_GROUP_BUYS.map((c) => demoUuid(`group-buy/${c.key}`)) } },
        select: { id: true },
      })
    ).map((c) => c.id),
  );
  const now = new Date();
  let created = 0;
  for (const c of [...DEMO_GROUP_BUYS].sort((x, y) => y.createdHoursAgo - x.createdHoursAgo)) {
    const id = demoUuid(`group-buy/${c.key}`);
    if (existing.has(id)) continue;
    await seedCampaign(tx, c, id, ids, now);
    created++;
  }
  return created;
}

async function seedCampaign(tx: Tx, c: DemoCampaign, id: string, ids: GroupBuyIds, now: Date): Promise<void> {
  const need = (map: ReadonlyMap<string, string>, key: string, what: string): string => {
    const v = map.get(key);
    if (!v) throw new Error(`demo data: group buy ${c.key} names an unknown ${what} "${key}"`);
    return v;
  };
  const played = playDemoCampaign(c, ids.companyIds, regionOf, now);
  const at = (hoursAgo: number) => new Date(now.getTime() - Math.round(hoursAgo * 3_600_000));
  const skuId = need(ids.skuIds, c.sku, 'SKU');
  const sku = await tx.sku.findUniqueOrThrow({
    where: { id: skuId },
    select: {
      sellerId: true,
      unit: true,
      product: { select: { category: { select: { taxRateBps: true } } } },
    },
  });
  const sellerId = need(ids.companyIds, c.seller, 'company');
  if (sku.sellerId !== sellerId)
    throw new Error(`demo data: group buy ${c.key}: ${c.sku} is not ${c.seller}'s`);
  const organiserId = need(ids.companyIds, c.organiser, 'company');
  const createdById = need(ids.userIds, c.createdBy, 'user');
  const createdAt = at(c.createdHoursAgo);
  const publishedAt = at(c.publishedHoursAgo);
  const [seq] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT nextval('group_buy_number_seq') AS n`;
  const number = `GB-${calendarDayIn(createdAt).replaceAll('-', '')}-${String(seq?.n ?? 0n).padStart(6, '0')}`;
  const actor = { actorCompanyId: organiserId, actorUserId: createdById };
  await tx.groupBuyCampaign.create({
    data: {
      id,
      number,
      organiserId,
      organiserKind: c.organiserKind,
      sellerId,
      skuId,
      status: c.status,
      title: c.title,
      description: c.description,
      unit: sku.unit,
      taxRateBps: sku.product.category.taxRateBps,
      regions: [...c.regions],
      ladder: played.terms.ladder.map((t) => ({
        minQuantity: formatDecimal(t.minQuantity, QUANTITY_PLACES),
        unitPrice: formatDecimal(t.unitPrice, PRICE_PLACES),
      })),
      minTotal: c.minTotal,
      maxTotal: c.maxTotal ?? null,
      perBuyerMin: c.perBuyerMin ?? null,
      perBuyerMax: c.perBuyerMax ?? null,
      lockAt: played.terms.lockAt,
      deadline: played.terms.deadline,
      deliveryMonths: [...played.terms.deliveryMonths],
      depositBps: c.depositBps,
      paymentTerm: c.paymentTerm,
      total: played.total,
      participants: played.commitments.length,
      createdById,
      createdAt,
      publishedAt,
      openedAt: c.status === 'open' ? publishedAt : null,
      version: 2 + played.commitments.length,
      events: {
        create: [
          { kind: 'campaign.created', ...actor, data: { number }, at: createdAt },
          { kind: `campaign.${c.status}`, ...actor, data: {}, at: publishedAt },
        ],
      },
    },
  });
  if (played.commitments.length === 0) return;
  await tx.groupBuyCommitment.createMany({
    data: played.commitments.map((k) => ({
      campaignId: id,
      buyerId: need(ids.companyIds, k.buyer, 'company'),
      quantity: k.quantity,
      deliveryMonth: k.deliveryMonth,
      depositMinor: k.depositMinor,
      createdById: need(ids.userIds, k.user, 'user'),
      joinedAt: k.at,
      updatedAt: k.at,
    })),
  });
  await tx.groupBuyCommitmentChange.createMany({
    data: played.commitments.map((k) => ({
      campaignId: id,
      buyerId: need(ids.companyIds, k.buyer, 'company'),
      userId: need(ids.userIds, k.user, 'user'),
      kind: 'joined',
      quantity: k.quantity,
      delta: k.quantity,
      total: k.total,
      deliveryMonth: k.deliveryMonth,
      depositMinor: k.depositMinor,
      at: k.at,
    })),
  });
}
