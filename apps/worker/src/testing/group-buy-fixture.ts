import { randomUUID } from 'node:crypto';
import { factories, type TestDatabase } from '@tradeway/server/testing';

type Prisma = TestDatabase['prisma'];
type CampaignData = Parameters<Prisma['groupBuyCampaign']['create']>[0]['data'];

/** A sugar mill (seller) with an owner and one SKU sold by the tonne, for group-buy tests. */
export async function sugarMill(prisma: Prisma, tag: string, extra: { salesEmail?: string } = {}) {
  const make = factories(prisma);
  const mill = await make.company(['seller'], { name: '桂糖制糖' });
  const ownerId = (await make.member(mill.id, 'owner', `owner@mill.${tag}.test`)).user.id;
  if (extra.salesEmail) await make.member(mill.id, 'sales', extra.salesEmail);
  const sku = await make.sugarSku(mill.id, tag);
  return { sellerId: mill.id, ownerId, skuId: sku.id };
}

/** `n` buyer companies in 广西 (the campaigns' region), created in one statement. */
export async function guangxiBuyers(prisma: Prisma, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  await prisma.company.createMany({
    data: ids.map((id, i) => ({
      id,
      code: `gb-${id.slice(0, 8)}`,
      name: `食品厂 ${i + 1}`,
      kinds: ['buyer' as const],
      region: '广西',
      regionCode: 'CN-GX',
    })),
  });
  return ids;
}

/**
 * An open sugar campaign of the mill (DESIGN.md §7's ladder: < 500 t ¥5 000, ≥ 500 t ¥4 900,
 * ≥ 1 000 t ¥4 800; minimum 600 t), deadline in two hours unless `over` says otherwise.
 */
export async function sugarCampaign(
  prisma: Prisma,
  mill: { sellerId: string; ownerId: string; skuId: string },
  over: Partial<CampaignData> = {},
): Promise<string> {
  const id = randomUUID();
  await prisma.groupBuyCampaign.create({
    data: {
      id,
      number: `GB-TEST-${id.slice(0, 8)}`,
      organiserId: mill.sellerId,
      organiserKind: 'seller',
      sellerId: mill.sellerId,
      skuId: mill.skuId,
      status: 'open',
      title: '白砂糖集采',
      unit: 't',
      taxRateBps: 1300,
      regions: ['CN-GX'],
      ladder: [
        { minQuantity: '0.000', unitPrice: '5000.0000' },
        { minQuantity: '500.000', unitPrice: '4900.0000' },
        { minQuantity: '1000.000', unitPrice: '4800.0000' },
      ],
      minTotal: '600',
      lockAt: new Date(Date.now() + 3_600_000),
      deadline: new Date(Date.now() + 7_200_000),
      deliveryMonths: ['2027-01'],
      depositBps: 1000,
      paymentTerm: 'cash',
      createdById: mill.ownerId,
      ...over,
    } as CampaignData,
  });
  return id;
}
