import type { Result } from '@tradeway/shared/kernel';
import type { OrderActor, OrderCommand, OrderCommandType, OrderEventName, OrderState } from '../order-states';

/** Builders and the expected tables for the specs of this library. */

export const T0 = new Date('2025-09-01T02:00:00.000Z');
export const DAY = 86_400_000;
export const at = (ms: number): Date => new Date(T0.getTime() + ms);

/** The value of a successful result, or a failed test. */
export function value<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error, bigintJson)}`);
  return result.value;
}

/** The error of a failed result, or a failed test. */
export function failure<E>(result: Result<unknown, E>): E {
  if (result.ok) throw new Error(`expected failure, got ${JSON.stringify(result.value, bigintJson)}`);
  return result.error;
}

function bigintJson(_key: string, v: unknown): unknown {
  return typeof v === 'bigint' ? `${v}n` : v;
}

export const STATES: readonly OrderState[] = [
  'pending_approval',
  'placed',
  'confirmed',
  'in_fulfilment',
  'delivered',
  'accepted',
  'disputed',
  'invoiced',
  'settled',
  'closed',
  'cancelled',
  'rejected',
];
export const ACTORS: readonly OrderActor[] = ['buyer', 'seller', 'operator', 'system'];
export const COMMANDS: readonly OrderCommandType[] = [
  'approve',
  'reject_approval',
  'confirm',
  'reject',
  'ship',
  'deliver',
  'accept_receipt',
  'auto_accept',
  'dispute',
  'resolve_dispute',
  'invoice',
  'settle',
  'close',
  'cancel',
];

/**
 * The expected order lifecycle, written out independently of the implementation's table:
 * for each state, each command it accepts, where it leads, who may give it and what event it
 * raises. Anything not listed must be refused.
 */
export const EXPECTED: Record<
  OrderState,
  Partial<Record<OrderCommandType, { to: OrderState; actors: OrderActor[]; event: OrderEventName }>>
> = {
  pending_approval: {
    approve: { to: 'placed', actors: ['system'], event: 'order.approved' },
    reject_approval: { to: 'cancelled', actors: ['system'], event: 'order.approval_rejected' },
    cancel: { to: 'cancelled', actors: ['buyer', 'operator'], event: 'order.cancelled' },
  },
  placed: {
    confirm: { to: 'confirmed', actors: ['seller'], event: 'order.confirmed' },
    reject: { to: 'rejected', actors: ['seller'], event: 'order.rejected' },
    cancel: { to: 'cancelled', actors: ['buyer', 'seller', 'operator'], event: 'order.cancelled' },
  },
  confirmed: {
    ship: { to: 'in_fulfilment', actors: ['seller', 'system'], event: 'order.fulfilment_started' },
    cancel: { to: 'cancelled', actors: ['seller', 'operator'], event: 'order.cancelled' },
  },
  in_fulfilment: {
    ship: { to: 'in_fulfilment', actors: ['seller', 'system'], event: 'order.shipment_added' },
    deliver: { to: 'delivered', actors: ['system', 'operator'], event: 'order.delivered' },
  },
  delivered: {
    accept_receipt: { to: 'accepted', actors: ['buyer'], event: 'order.accepted' },
    auto_accept: { to: 'accepted', actors: ['system'], event: 'order.auto_accepted' },
    dispute: { to: 'disputed', actors: ['buyer', 'operator'], event: 'order.disputed' },
  },
  accepted: { invoice: { to: 'invoiced', actors: ['seller', 'system'], event: 'order.invoiced' } },
  disputed: { resolve_dispute: { to: 'accepted', actors: ['system'], event: 'order.dispute_resolved' } },
  invoiced: { settle: { to: 'settled', actors: ['system'], event: 'order.settled' } },
  settled: { close: { to: 'closed', actors: ['system', 'operator'], event: 'order.closed' } },
  closed: {},
  cancelled: {},
  rejected: {},
};

/** States from which a cancel is refused as "already shipped" rather than simply not allowed. */
export const SHIPPED_NOT_FINAL: readonly OrderState[] = [
  'in_fulfilment',
  'delivered',
  'accepted',
  'disputed',
  'invoiced',
  'settled',
];

/** A command of each type with a payload that passes its own guard at T0. */
export const VALID_COMMAND: Record<OrderCommandType, OrderCommand> = {
  approve: { type: 'approve' },
  reject_approval: { type: 'reject_approval', reason: '超出预算' },
  confirm: { type: 'confirm', scheduledDate: '2025-09-15' },
  reject: { type: 'reject', reason: '库存不足 out of stock' },
  ship: { type: 'ship' },
  deliver: { type: 'deliver' },
  accept_receipt: { type: 'accept_receipt' },
  auto_accept: { type: 'auto_accept' },
  dispute: { type: 'dispute', reason: '短重 1.2%，附过磅单' },
  resolve_dispute: { type: 'resolve_dispute' },
  invoice: { type: 'invoice' },
  settle: { type: 'settle' },
  close: { type: 'close' },
  cancel: { type: 'cancel', reason: '需求变更' },
};

/** An order in `state` whose facts satisfy every guard at T0 (delivered 8 days earlier, all arrived). */
export const readyOrder = (state: OrderState) => ({
  state,
  deliveredAt: at(-8 * DAY),
  autoAcceptDays: 7,
  fullyShipped: true,
  allShipmentsArrived: true,
});
