import { expect } from 'vitest';
import type { HttpHarness } from './http';

export type Session = { cookies: Record<string, string> };
type Response = Awaited<ReturnType<HttpHarness['app']['inject']>>;

/** The people of a trade world: a sugar mill, a food buyer, a logistics firm and a stranger. */
export type TradeRole =
  'millOwner' | 'millSales' | 'millStore' | 'buyerOwner' | 'purchaser' | 'carrierOwner' | 'strangerOwner';

export interface TradeWorld {
  /** Sessions by person. */
  s: Record<TradeRole, Session>;
  email(who: TradeRole): string;
  /** mill (seller), buyer, carrier (logistics), stranger (buyer and seller), sku, the mill's warehouse and its location. */
  id: Record<'mill' | 'buyer' | 'carrier' | 'stranger' | 'sku' | 'warehouse' | 'location' | 'list', string>;
  call(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    as: Session | null,
    payload?: object,
    headers?: Record<string, string>,
  ): Promise<Response>;
  /** Asserts the status and returns the body. */
  ok<T>(res: Response, status?: number): Promise<T>;
  /**
   * A placed order of `quantity` t of the mill's sugar for the buyer (no approval policy asks),
   * picked up at the mill's warehouse or delivered to Guangdong. Unit price 6 000/t, 13 % VAT.
   */
  placedOrder(quantity?: string, delivery?: 'pickup' | 'delivery'): Promise<{ id: string; number: string }>;
  /** The same, confirmed by the mill for tomorrow (stock reserved). */
  confirmedOrder(
    quantity?: string,
    delivery?: 'pickup' | 'delivery',
  ): Promise<{ id: string; number: string }>;
}

/** Tomorrow in China (the server's business day, DESIGN.md §14). */
export const chinaDay = (offset = 0) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Builds a small trade world over HTTP, for the tests of orders and what follows them: the mill
 * 桂糖制糖 (owner, sales, warehouse) with 1 000 t of white sugar in its own warehouse and a
 * published list (6 000/t, pickup there or delivery to Guangdong at 50/t + 200.00 a shipment);
 * the buyer 华鑫食品 (owner, purchaser) without approval policies; the logistics firm 顺达物流
 * (owner); and a stranger trading company. `tag` keeps e-mails apart between suites.
 */
export async function tradeWorld(h: HttpHarness, tag: string): Promise<TradeWorld> {
  const db = h.db.prisma;
  const s = {} as Record<TradeRole, Session>;
  const email = (who: TradeRole) => `${who.toLowerCase()}@${tag}.test`;
  const call: TradeWorld['call'] = (method, url, as, payload, headers = {}) =>
    h.app.inject({ method, url, payload, headers, ...(as ?? {}) });
  const ok = async <T>(res: Response, status = 200): Promise<T> => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as T;
  };

  const mill = await h.make.company(['seller'], { name: '桂糖制糖', nameEn: 'Guitang Sugar' });
  const buyer = await h.make.company(['buyer'], { name: '华鑫食品' });
  const carrier = await h.make.company(['logistics'], { name: '顺达物流', nameEn: 'Shunda Logistics' });
  const stranger = await h.make.company(['buyer', 'seller'], { name: '无关贸易' });
  for (const [who, company, role] of [
    ['millOwner', mill.id, 'owner'],
    ['millSales', mill.id, 'sales'],
    ['millStore', mill.id, 'warehouse'],
    ['buyerOwner', buyer.id, 'owner'],
    ['purchaser', buyer.id, 'purchaser'],
    ['carrierOwner', carrier.id, 'owner'],
    ['strangerOwner', stranger.id, 'owner'],
  ] as const) {
    await h.make.member(company, role, email(who));
    s[who] = await h.signIn(email(who));
  }

  const sku = await h.make.sugarSku(mill.id, tag, {
    code: 'WS-GB1',
    specCode: 'SUGAR-WHITE-GB1',
    attributes: { grade: '一级' },
  });
  const location = await db.warehouseLocation.create({
    data: {
      code: 'A1',
      warehouse: {
        create: {
          code: `CZ-${tag}`.slice(0, 20),
          name: '崇左一号库',
          nameEn: 'Chongzuo No. 1',
          kind: 'ambient',
          city: '崇左',
          address: '崇左市',
          operatorId: mill.id,
          dailyStorageFeeMinor: 100n,
          feeUnit: 't',
          exitFeeDays: 3,
        },
      },
    },
  });
  await db.inventoryLevel.create({ data: { skuId: sku.id, locationId: location.id, onHand: '1000' } });

  const list = await ok<{ id: string }>(
    await call('POST', '/api/pricing/lists', s.millOwner, {
      kind: 'list',
      code: 'LIST-2026',
      name: '2026 公开价',
      delivery: {
        pickups: [{ warehouseId: location.warehouseId, handlingPerUnit: '0' }],
        zones: [
          {
            code: 'GD',
            nameZh: '广东',
            nameEn: 'Guangdong',
            regions: ['CN-GD'],
            freightPerUnit: '50',
            perShipmentFeeMinor: '20000',
          },
        ],
      },
    }),
    201,
  );
  await ok(
    await call('PUT', `/api/pricing/lists/${list.id}/items/${sku.id}`, s.millOwner, { unitPrice: '6000' }),
  );
  const current = await ok<{ version: number }>(
    await call('GET', `/api/pricing/lists/${list.id}`, s.millOwner),
  );
  await ok(
    await call('PATCH', `/api/pricing/lists/${list.id}`, s.millOwner, {
      status: 'published',
      version: current.version,
    }),
  );

  const id = {
    mill: mill.id,
    buyer: buyer.id,
    carrier: carrier.id,
    stranger: stranger.id,
    sku: sku.id,
    warehouse: location.warehouseId,
    location: location.id,
    list: list.id,
  };
  const placedOrder: TradeWorld['placedOrder'] = async (quantity = '10', delivery = 'pickup') => {
    const quote = await ok<{ id: string }>(
      await call('POST', '/api/quotes', s.purchaser, {
        skuId: sku.id,
        quantity,
        delivery:
          delivery === 'pickup'
            ? { mode: 'pickup', warehouseId: location.warehouseId }
            : { mode: 'delivery', region: 'CN-GD' },
      }),
      201,
    );
    const order = await ok<{ id: string; number: string; status: string }>(
      await call('POST', '/api/orders', s.purchaser, { quoteId: quote.id }),
      201,
    );
    expect(order.status).toBe('placed');
    return { id: order.id, number: order.number };
  };
  return {
    s,
    email,
    id,
    call,
    ok,
    placedOrder,
    async confirmedOrder(quantity, delivery) {
      const order = await placedOrder(quantity, delivery);
      await ok(
        await call('POST', `/api/orders/${order.id}/confirm`, s.millSales, { scheduledDate: chinaDay(1) }),
      );
      return order;
    },
  };
}
