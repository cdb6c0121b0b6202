import { BUILT_IN_ROLE_PERMISSIONS } from '@tradeway/shared/contracts';
import { submitOrder, transition, type OrderCommand, type OrderState } from '@tradeway/server/orders/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_COMPANIES, DEMO_INVENTORY, DEMO_USERS } from './demo-data';
import {
  DEMO_ORDERS,
  demoLineFigures,
  demoListPrice,
  demoSku,
  demoUuid,
  type DemoOrder,
} from './demo-orders';

const kindsOf = (code: string) => DEMO_COMPANIES.find((c) => c.code === code)?.kinds ?? [];
const permissionsAt = (email: string, company: string) =>
  DEMO_USERS.find((u) => u.email === email)
    ?.memberships.filter((m) => m.company === company)
    .flatMap((m) => BUILT_IN_ROLE_PERMISSIONS[m.role]) ?? [];

/** The order's final state through the domain's lifecycle, at times counted back from `now`. */
function run(order: DemoOrder, now = new Date('2026-11-26T08:00:00Z')): OrderState {
  const placedAt = new Date(now.getTime() - order.placedHoursAgo * 3_600_000);
  const opening = submitOrder({ requiresApproval: false }, 'buyer', placedAt);
  if (!opening.ok) throw new Error('not placed');
  let state: OrderState = opening.value.state;
  for (const step of order.steps) {
    const at = new Date(placedAt.getTime() + step.afterHours * 3_600_000);
    const side = permissionsAt(step.by, order.buyer).length > 0 ? 'buyer' : 'seller';
    const day = new Date(at.getTime() + 8 * 3_600_000);
    const command: OrderCommand =
      step.command === 'confirm'
        ? {
            type: 'confirm',
            scheduledDate: new Date(day.getTime() + step.scheduledInDays * 86_400_000)
              .toISOString()
              .slice(0, 10),
            timeZone: 'Asia/Shanghai',
          }
        : { type: step.command, reason: step.reason };
    const t = transition({ state }, command, side, at);
    if (!t.ok) throw new Error(`${order.key}: ${step.command} refused (${t.error.code})`);
    state = t.value.to;
  }
  return state;
}

describe('demo orders', () => {
  it('have unique keys and ids, between the demo buyers and the two sugar mills', () => {
    expect(new Set(DEMO_ORDERS.map((o) => o.key)).size).toBe(DEMO_ORDERS.length);
    expect(new Set(DEMO_ORDERS.map((o) => demoUuid(`order/${o.key}`))).size).toBe(DEMO_ORDERS.length);
    expect(demoUuid('order/x')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(new Set(DEMO_ORDERS.map((o) => o.buyer))).toEqual(new Set(['huaxin-food', 'linmu-furniture']));
    expect(new Set(DEMO_ORDERS.map((o) => o.seller))).toEqual(new Set(['guitang-sugar', 'nanning-sugar']));
    for (const o of DEMO_ORDERS) {
      expect(kindsOf(o.buyer), o.key).toContain('buyer');
      expect(kindsOf(o.seller), o.key).toContain('seller');
      expect(o.buyerReference.length, o.key).toBeLessThanOrEqual(60);
    }
    expect(DEMO_ORDERS.length).toBeGreaterThanOrEqual(12);
    expect(DEMO_ORDERS.length).toBeLessThanOrEqual(20);
  });

  it('are placed and acted on by people allowed to: buyers with order:create, sellers with order:fulfil', () => {
    for (const o of DEMO_ORDERS) {
      expect(permissionsAt(o.placedBy, o.buyer), o.key).toContain('order:create');
      for (const step of o.steps) {
        const asBuyer = permissionsAt(step.by, o.buyer);
        const asSeller = permissionsAt(step.by, o.seller);
        expect(asBuyer.length + asSeller.length, `${o.key} ${step.by}`).toBeGreaterThan(0);
        expect([...asBuyer, ...asSeller], o.key).toContain(
          asBuyer.length > 0 ? 'order:create' : 'order:fulfil',
        );
      }
    }
  });

  it('follow the lifecycle to placed, confirmed, rejected and cancelled (by either side), at both mills', () => {
    const states = DEMO_ORDERS.map((o) => ({ o, state: run(o) }));
    for (const seller of ['guitang-sugar', 'nanning-sugar']) {
      const mine = states.filter((s) => s.o.seller === seller).map((s) => s.state);
      expect(new Set(mine), seller).toEqual(new Set(['placed', 'confirmed', 'rejected', 'cancelled']));
    }
    for (const buyer of ['huaxin-food', 'linmu-furniture']) {
      expect(
        states.filter((s) => s.o.buyer === buyer).map((s) => s.state),
        buyer,
      ).toContain('placed');
    }
    const cancelledBy = DEMO_ORDERS.flatMap((o) =>
      o.steps
        .filter((s) => s.command === 'cancel')
        .map((s) => (permissionsAt(s.by, o.buyer).length ? 'b' : 's')),
    );
    expect(new Set(cancelledBy)).toEqual(new Set(['b', 's']));
    // reasons are given wherever a person refuses or cancels
    for (const o of DEMO_ORDERS)
      for (const s of o.steps) if (s.command !== 'confirm') expect(s.reason.trim(), o.key).not.toBe('');
  });

  it('price each line at the buyer’s list price, at or above the minimum, below the first ladder break', () => {
    for (const o of DEMO_ORDERS) {
      expect(o.lines.length, o.key).toBeGreaterThan(0);
      for (const line of o.lines) {
        const sku = demoSku(line.sku);
        expect(sku.seller, o.key).toBe(o.seller);
        expect(Number.isInteger(line.quantity) && line.quantity >= sku.minOrderQuantity, o.key).toBe(true);
        const price = demoListPrice(o.seller, o.buyer, line.sku);
        expect(line.quantity, o.key).toBeLessThan(price.firstBreak);
      }
    }
    // the food group is STRATEGIC at the Chongzuo mill, the furniture maker NEW (public prices)
    expect(demoListPrice('guitang-sugar', 'huaxin-food', 'white-sugar-gx-g1')).toMatchObject({
      list: 'GT-STRATEGIC-2026',
      unitPrice: '6000',
    });
    expect(demoListPrice('guitang-sugar', 'linmu-furniture', 'white-sugar-gx-g1')).toMatchObject({
      list: 'GT-LIST-2026',
      unitPrice: '6100',
    });
  });

  it('figure lines in whole fen: quantity × price in whole yuan, VAT at the category’s rate (13 % for sugar)', () => {
    expect(demoLineFigures({ sku: 'x', quantity: 25 }, '6000', 1300)).toEqual({
      netMinor: 15_000_000n,
      taxMinor: 1_950_000n,
      totalMinor: 16_950_000n,
    });
    expect(demoLineFigures({ sku: 'x', quantity: 3 }, '5', 900).taxMinor).toBe(135n); // 9 % of ¥15
    expect(() => demoLineFigures({ sku: 'x', quantity: 1 }, '6000.5', 1300)).toThrow(/whole yuan/);
    for (const o of DEMO_ORDERS)
      for (const line of o.lines) expect(demoSku(line.sku).taxRateBps, o.key).toBe(1300); // sugar
  });

  it('reserve, on confirmation, stock that the demo inventory holds, 50 t of 一级 at Chongzuo A1', () => {
    const reserved = new Map<string, number>();
    for (const o of DEMO_ORDERS) {
      const cancelled = o.steps.some((s) => s.command === 'cancel');
      for (const step of o.steps) {
        if (step.command !== 'confirm') continue;
        expect(step.reserve, o.key).toHaveLength(o.lines.length);
        step.reserve.forEach((r, i) => {
          const line = o.lines[i];
          if (!line) throw new Error('no line');
          const level = DEMO_INVENTORY.find(
            (l) => l.sku === line.sku && l.warehouse === r.warehouse && l.location === r.location,
          );
          expect(level, `${o.key} ${r.warehouse}/${r.location}`).toBeDefined();
          if (cancelled) return; // released again by the cancellation
          const key = `${line.sku}@${r.warehouse}/${r.location}`;
          reserved.set(key, (reserved.get(key) ?? 0) + line.quantity);
        });
      }
    }
    for (const [key, quantity] of reserved) {
      const level = DEMO_INVENTORY.find((l) => `${l.sku}@${l.warehouse}/${l.location}` === key);
      expect(Number(level?.onHand) - Number(level?.reserved), key).toBeGreaterThanOrEqual(quantity);
    }
    expect(reserved.get('white-sugar-gx-g1@chongzuo-sugar-wh/A1')).toBe(50);
    expect(reserved.get('white-sugar-nn-g1@nanning-sugar-wh/N2')).toBe(40);
  });
});
