import type { OrderAction, OrderCommand, OrderSide } from '../data/types';

/** The actions of these screens for each side, in the order their buttons appear. */
const ACTIONS: Record<OrderSide, readonly OrderAction[]> = {
  seller: ['confirm', 'reject', 'cancel'],
  buyer: ['cancel'],
};

/**
 * The buttons to show: the actions of my side that the API lists in `allowedCommands` (the
 * lifecycle's table, already empty without the permission). Anything else the API allows —
 * shipping, receipts, disputes — belongs to later screens.
 */
export function orderActions(side: OrderSide, allowed: readonly OrderCommand[]): OrderAction[] {
  return ACTIONS[side].filter((a) => allowed.includes(a));
}

/** Whether the lifecycle requires a reason: every rejection, a seller's cancellation. */
export function reasonRequired(action: OrderAction, side: OrderSide): boolean {
  return action === 'reject' || (action === 'cancel' && side === 'seller');
}

/** The API's bound on a reason. */
export const MAX_REASON = 500;
