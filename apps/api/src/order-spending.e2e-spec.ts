import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpHarness, type HttpHarness } from './testing/http';
import { tradeWorld, type TradeWorld } from './testing/trade';

/**
 * Spending limits count orders (DESIGN.md §9): an order placed, and not cancelled or rejected,
 * spends the limit of the member who placed it and of their department; an order beyond what
 * remains goes to the approval policy that asks for it. Sugar at 6 000/t + 13 % VAT, picked
 * up: 10 t cost 67 800.00.
 */
const yuan = (n: number) => String(BigInt(Math.round(n * 100)));
const TEN_TONNES = yuan(67_800);

interface Limit {
  id: string;
  userId: string | null;
  departmentId: string | null;
  spentMinor: string;
  remainingMinor: string;
}
interface Order {
  id: string;
  status: string;
  version: number;
  totalMinor: string;
  approvalRequestId: string | null;
}

describe('spending limits count orders', () => {
  let h: HttpHarness;
  let w: TradeWorld;
  let purchaserId: string;
  let departmentId: string;

  const quote = async (quantity: string) =>
    w.ok<{ id: string; totalMinor: string }>(
      await w.call('POST', '/api/quotes', w.s.purchaser, {
        skuId: w.id.sku,
        quantity,
        delivery: { mode: 'pickup', warehouseId: w.id.warehouse },
      }),
      201,
    );
  const order = async (quantity = '10') =>
    w.ok<Order>(
      await w.call('POST', '/api/orders', w.s.purchaser, { quoteId: (await quote(quantity)).id }),
      201,
    );
  const limits = async () =>
    (await w.ok<{ items: Limit[] }>(await w.call('GET', '/api/approval/spending-limits', w.s.buyerOwner)))
      .items;

  beforeAll(async () => {
    h = await httpHarness();
    w = await tradeWorld(h, 'spend');
    const db = h.db.prisma;
    purchaserId = (await db.user.findUniqueOrThrow({ where: { email: w.email('purchaser') } })).id;
    const department = await db.department.create({
      data: { companyId: w.id.buyer, name: '采购部', budgetCode: 'CC-PUR' },
    });
    departmentId = department.id;
    await db.membership.updateMany({
      where: { companyId: w.id.buyer, userId: purchaserId },
      data: { departmentId },
    });
    // 华鑫's owner: a purchase order beyond the remaining limit needs the owner's approval.
    await w.ok(
      await w.call('POST', '/api/approval/policies', w.s.buyerOwner, {
        subjectType: 'purchase_order',
        name: '超出采购额度',
        priority: 1,
        conditions: { overSpendingLimit: true },
        levels: [{ order: 1, mode: 'any', approverRoles: ['owner'] }],
      }),
      201,
    );
    await w.ok(
      await w.call('POST', '/api/approval/spending-limits', w.s.buyerOwner, {
        userId: purchaserId,
        period: 'month',
        limitMinor: yuan(150_000),
      }),
      201,
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('places orders within the limit at once, spends it, and sends the one beyond it to approval', async () => {
    const first = await order();
    expect(first.status).toBe('placed');
    const second = await order();
    expect(second.status).toBe('placed');
    expect(second.totalMinor).toBe(TEN_TONNES);
    let [limit] = await limits();
    expect(limit).toMatchObject({ spentMinor: yuan(135_600), remainingMinor: yuan(14_400) });

    // 67 800 is beyond the 14 400 left: the policy asks the owner.
    const third = await order();
    expect(third.status).toBe('pending_approval');
    const request = await w.ok<{ overSpendingLimit: boolean; status: string }>(
      await w.call('GET', `/api/approval/requests/${third.approvalRequestId}`, w.s.buyerOwner),
    );
    expect(request).toMatchObject({ overSpendingLimit: true, status: 'pending' });
    // An order waiting for approval spends nothing yet.
    [limit] = await limits();
    expect(limit?.spentMinor).toBe(yuan(135_600));

    // A cancelled order gives its amount back: the next order fits again.
    await w.ok(
      await w.call('POST', `/api/orders/${second.id}/cancel`, w.s.purchaser, {
        reason: '需求取消',
        version: second.version,
      }),
    );
    [limit] = await limits();
    expect(limit?.spentMinor).toBe(TEN_TONNES);
    expect((await order()).status).toBe('placed');
  });

  it('counts the orders of a department for its limit, and stores the department on the order', async () => {
    const placed = await h.db.prisma.order.findMany({
      where: { buyerId: w.id.buyer, status: { notIn: ['cancelled', 'pending_approval'] } },
      select: { departmentId: true, totalMinor: true },
    });
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.every((o) => o.departmentId === departmentId)).toBe(true);
    const spent = placed.reduce((sum, o) => sum + o.totalMinor, 0n);

    const created = await w.ok<Limit>(
      await w.call('POST', '/api/approval/spending-limits', w.s.buyerOwner, {
        departmentId,
        period: 'month',
        limitMinor: String(spent + 1n),
      }),
      201,
    );
    expect(created.spentMinor).toBe(String(spent));
    expect(created.remainingMinor).toBe('1');
  });
});
