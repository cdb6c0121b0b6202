import { ORDER_ACTORS, ORDER_COMMANDS, ORDER_STATUSES } from '@tradeway/shared/contracts';
import { ok, type Result } from '@tradeway/shared/kernel';
import { autoAcceptance, DEFAULT_AUTO_ACCEPT_DAYS } from './auto-acceptance';
import { orderFailure, type OrderError } from './order.errors';

/**
 * The order lifecycle of DESIGN.md §8 as a pure state machine with explicit transition guards
 * (STYLE.md habit 6). `transition` takes the order's current facts, a command, the kind of
 * actor and the server time, and returns the new state with the event to audit and notify,
 * or a typed refusal. Nothing is mutated and nothing is read from a clock.
 *
 * | from             | command          | to               | actors                    | event                     |
 * |------------------|------------------|------------------|---------------------------|---------------------------|
 * | (new)            | submitOrder      | pending_approval | buyer, seller, system     | order.submitted           |
 * | (new)            | submitOrder      | placed           | buyer, seller, system     | order.placed              |
 * | pending_approval | approve          | placed           | system                    | order.approved            |
 * | pending_approval | reject_approval  | cancelled        | system                    | order.approval_rejected   |
 * | pending_approval | cancel           | cancelled        | buyer, operator           | order.cancelled           |
 * | placed           | confirm          | confirmed        | seller                    | order.confirmed           |
 * | placed           | reject           | rejected         | seller                    | order.rejected            |
 * | placed           | cancel           | cancelled        | buyer, seller, operator   | order.cancelled           |
 * | confirmed        | ship             | in_fulfilment    | seller, system            | order.fulfilment_started  |
 * | confirmed        | cancel           | cancelled        | seller, operator          | order.cancelled           |
 * | in_fulfilment    | ship             | in_fulfilment    | seller, system            | order.shipment_added      |
 * | in_fulfilment    | deliver          | delivered        | system, operator          | order.delivered           |
 * | delivered        | accept_receipt   | accepted         | buyer                     | order.accepted            |
 * | delivered        | auto_accept      | accepted         | system                    | order.auto_accepted       |
 * | delivered        | dispute          | disputed         | buyer, operator           | order.disputed            |
 * | disputed         | resolve_dispute  | accepted         | system                    | order.dispute_resolved    |
 * | accepted         | invoice          | invoiced         | seller, system            | order.invoiced            |
 * | invoiced         | settle           | settled          | system                    | order.settled             |
 * | settled          | close            | closed           | system, operator          | order.closed              |
 * | closed, cancelled, rejected | —     | (terminal)       |                           |                           |
 *
 * Decisions where DESIGN.md is silent:
 * - A seller's refusal of a placed order is its own terminal state `rejected` (reason
 *   required), not `cancelled` with a reason: rejection is the seller saying no to a new
 *   order, counted in the seller's acceptance rate and notified differently, while a
 *   cancellation ends an order that was (or would have been) fulfilled.
 * - Approval decisions are taken in the approval engine (§9); the order only applies the
 *   outcome, so approve and reject_approval are `system` commands. A rejected approval
 *   cancels the order with cancellation `approval_rejected`. Likewise `resolve_dispute` is
 *   applied by the system once the dispute (dispute.ts) is resolved by agreement or by an
 *   operator's decision, and `auto_accept` by the scheduled job.
 * - Cancellation: the buyer in pending_approval or placed (reason optional); the seller in
 *   placed or confirmed (reason required); an operator in any state before the first
 *   shipment (reason required, for the audit). A shipment moves the order to in_fulfilment,
 *   so "not yet shipped" is exactly pending_approval, placed and confirmed; from
 *   in_fulfilment onward a cancel is refused with ORDER_ALREADY_SHIPPED (dispute or return
 *   instead). The system never cancels.
 * - `ship` records each shipment: the first moves confirmed → in_fulfilment, later ones keep
 *   the order in in_fulfilment. Whether the quantities fit is shipment-rules.ts's business.
 * - `deliver` needs every ordered quantity shipped and every non-cancelled shipment arrived
 *   (`summariseShipping` in shipment-rules.ts); `system` applies it from tracking events, an
 *   operator may apply it by hand.
 * - A dispute needs a reason (the evidence is attached by the order module).
 * - The seller's scheduled date is a calendar date that must not be before today in the time
 *   zone given with the command (the seller's own), UTC when none is given (§14).
 */

/** The states, commands and actors are the contract's (one list for the API and the rules). */
export const ORDER_STATES = ORDER_STATUSES;
export type OrderState = (typeof ORDER_STATES)[number];

export const TERMINAL_ORDER_STATES: readonly OrderState[] = ['closed', 'cancelled', 'rejected'];

/** States in which at least one shipment has been recorded: no cancellation any more. */
export const SHIPPED_ORDER_STATES: readonly OrderState[] = [
  'in_fulfilment',
  'delivered',
  'accepted',
  'disputed',
  'invoiced',
  'settled',
  'closed',
];

export { ORDER_ACTORS, ORDER_COMMANDS };
export type OrderActor = (typeof ORDER_ACTORS)[number];

export type OrderCommandType = (typeof ORDER_COMMANDS)[number];

/** A command with what it needs. Reasons are trimmed; a blank reason counts as none. */
export type OrderCommand =
  | { readonly type: 'approve' }
  | { readonly type: 'reject_approval'; readonly reason?: string | null }
  | {
      readonly type: 'confirm';
      /** The scheduled delivery date, `YYYY-MM-DD`. */
      readonly scheduledDate: string;
      /** IANA time zone in which "today" is taken (the seller's); UTC when absent. */
      readonly timeZone?: string | null;
    }
  | { readonly type: 'reject'; readonly reason: string }
  | { readonly type: 'ship' }
  | { readonly type: 'deliver' }
  | { readonly type: 'accept_receipt' }
  | { readonly type: 'auto_accept' }
  | { readonly type: 'dispute'; readonly reason: string }
  | { readonly type: 'resolve_dispute' }
  | { readonly type: 'invoice' }
  | { readonly type: 'settle' }
  | { readonly type: 'close' }
  | { readonly type: 'cancel'; readonly reason?: string | null };

export type OrderEventName =
  | 'order.submitted'
  | 'order.placed'
  | 'order.approved'
  | 'order.approval_rejected'
  | 'order.confirmed'
  | 'order.rejected'
  | 'order.fulfilment_started'
  | 'order.shipment_added'
  | 'order.delivered'
  | 'order.accepted'
  | 'order.auto_accepted'
  | 'order.disputed'
  | 'order.dispute_resolved'
  | 'order.invoiced'
  | 'order.settled'
  | 'order.closed'
  | 'order.cancelled';

export interface OrderTransitionRule {
  readonly to: OrderState;
  readonly actors: readonly OrderActor[];
  readonly event: OrderEventName;
}

/** The transition table: for each state, the commands it accepts, who may give them, where they lead. */
export const ORDER_TRANSITIONS: Readonly<
  Record<OrderState, Readonly<Partial<Record<OrderCommandType, OrderTransitionRule>>>>
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
  disputed: {
    resolve_dispute: { to: 'accepted', actors: ['system'], event: 'order.dispute_resolved' },
  },
  accepted: {
    invoice: { to: 'invoiced', actors: ['seller', 'system'], event: 'order.invoiced' },
  },
  invoiced: {
    settle: { to: 'settled', actors: ['system'], event: 'order.settled' },
  },
  settled: {
    close: { to: 'closed', actors: ['system', 'operator'], event: 'order.closed' },
  },
  closed: {},
  cancelled: {},
  rejected: {},
};

/** Actors who must give a reason to cancel. */
const CANCEL_REASON_REQUIRED: readonly OrderActor[] = ['seller', 'operator'];

/** Why an order ended in `cancelled`. */
export type OrderCancellation = 'approval_rejected' | 'by_buyer' | 'by_seller' | 'by_operator';

/** How an order came in (DESIGN.md §8), derived from who submitted it. */
export type OrderChannel = 'self_service' | 'assisted' | 'automatic';

/** Who may submit an order, and the channel that records: a sales rep places assisted orders. */
export const ORDER_SUBMITTERS: Readonly<Partial<Record<OrderActor, OrderChannel>>> = {
  buyer: 'self_service',
  seller: 'assisted',
  system: 'automatic',
};

/** The facts of an order that the guards look at. */
export interface OrderSnapshot {
  readonly state: OrderState;
  /** When the order became delivered; required by auto_accept in state delivered. */
  readonly deliveredAt?: Date | null;
  /** The auto-acceptance period in days (default 7). */
  readonly autoAcceptDays?: number;
  /** Every ordered quantity is in a non-cancelled shipment (deliver); false when absent. */
  readonly fullyShipped?: boolean;
  /** Every non-cancelled shipment has arrived (deliver); false when absent. */
  readonly allShipmentsArrived?: boolean;
}

/** A successful transition: what to store, audit and notify. */
export interface OrderTransition {
  readonly from: OrderState;
  readonly to: OrderState;
  readonly command: OrderCommandType;
  readonly actor: OrderActor;
  readonly event: OrderEventName;
  readonly at: Date;
  /** The trimmed reason of a cancel, reject, dispute or rejected approval, or null. */
  readonly reason: string | null;
  /** Set when the order becomes cancelled. */
  readonly cancellation: OrderCancellation | null;
  /** The scheduled delivery date of a confirmation (`YYYY-MM-DD`), or null. */
  readonly scheduledDate: string | null;
}

export interface OrderOpening {
  readonly state: 'pending_approval' | 'placed';
  readonly event: 'order.submitted' | 'order.placed';
  readonly actor: OrderActor;
  readonly channel: OrderChannel;
  readonly at: Date;
}

export type OrderTransitionErrorCode =
  | 'ORDER_TRANSITION_NOT_ALLOWED'
  | 'ORDER_ACTOR_NOT_ALLOWED'
  | 'ORDER_REASON_REQUIRED'
  | 'ORDER_SCHEDULED_DATE_INVALID'
  | 'ORDER_SCHEDULED_DATE_IN_PAST'
  | 'ORDER_TIME_ZONE_INVALID'
  | 'ORDER_ALREADY_SHIPPED'
  | 'ORDER_NOT_FULLY_DELIVERED'
  | 'ORDER_AUTO_ACCEPT_NOT_DUE';

export type OrderTransitionError = OrderError<OrderTransitionErrorCode>;

export function isTerminalOrderState(state: OrderState): boolean {
  return TERMINAL_ORDER_STATES.includes(state);
}

/**
 * A new order: straight to `placed`, or to `pending_approval` when the buyer's approval
 * policy (§9) says so. Buyers submit (self_service), sellers' sales reps submit on a buyer's
 * behalf (assisted), the system submits repeat and replenishment orders (automatic);
 * operators do not place orders.
 */
export function submitOrder(
  input: { readonly requiresApproval: boolean },
  actor: OrderActor,
  now: Date,
): Result<OrderOpening, OrderError<'ORDER_ACTOR_NOT_ALLOWED'>> {
  const channel = ORDER_SUBMITTERS[actor];
  if (channel === undefined) {
    return orderFailure('ORDER_ACTOR_NOT_ALLOWED', { params: { actor, command: 'submit', state: 'new' } });
  }
  return ok(
    input.requiresApproval
      ? { state: 'pending_approval', event: 'order.submitted', actor, channel, at: now }
      : { state: 'placed', event: 'order.placed', actor, channel, at: now },
  );
}

/** The commands `actor` may give in `state`, in table order (the buttons the UI shows). */
export function allowedCommands(state: OrderState, actor: OrderActor): OrderCommandType[] {
  const rules = ORDER_TRANSITIONS[state];
  return ORDER_COMMANDS.filter((command) => rules[command]?.actors.includes(actor) ?? false);
}

function normaliseReason(reason: string | null | undefined): string | null {
  const trimmed = reason?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date `YYYY-MM-DD` (no 2025-02-30). */
function isCalendarDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `now` in `timeZone` as `YYYY-MM-DD`, or null for an unknown zone. */
export function calendarDateIn(now: Date, timeZone: string): string | null {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    if (timeZone.trim() === '') return null;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      return null;
    }
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: 'year' | 'month' | 'day'): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

type Guarded = { readonly reason: string | null; readonly scheduledDate: string | null };

/** The command-specific guards, once state and actor are known to be allowed. */
function guard(
  order: OrderSnapshot,
  command: OrderCommand,
  actor: OrderActor,
  now: Date,
): Result<Guarded, OrderTransitionError> {
  const none: Guarded = { reason: null, scheduledDate: null };
  switch (command.type) {
    case 'confirm': {
      const date = command.scheduledDate.trim();
      if (!isCalendarDate(date))
        return orderFailure('ORDER_SCHEDULED_DATE_INVALID', { field: 'scheduledDate' });
      const timeZone = command.timeZone ?? 'UTC';
      const today = calendarDateIn(now, timeZone);
      if (today === null) {
        return orderFailure('ORDER_TIME_ZONE_INVALID', { field: 'timeZone', params: { timeZone } });
      }
      if (date < today) {
        return orderFailure('ORDER_SCHEDULED_DATE_IN_PAST', { field: 'scheduledDate', params: { today } });
      }
      return ok({ reason: null, scheduledDate: date });
    }
    case 'reject':
    case 'dispute': {
      const reason = normaliseReason(command.reason);
      if (reason === null) return orderFailure('ORDER_REASON_REQUIRED', { field: 'reason' });
      return ok({ reason, scheduledDate: null });
    }
    case 'cancel': {
      const reason = normaliseReason(command.reason);
      if (reason === null && CANCEL_REASON_REQUIRED.includes(actor)) {
        return orderFailure('ORDER_REASON_REQUIRED', { field: 'reason' });
      }
      return ok({ reason, scheduledDate: null });
    }
    case 'reject_approval':
      return ok({ reason: normaliseReason(command.reason), scheduledDate: null });
    case 'deliver':
      if (order.fullyShipped !== true || order.allShipmentsArrived !== true) {
        return orderFailure('ORDER_NOT_FULLY_DELIVERED');
      }
      return ok(none);
    case 'auto_accept': {
      if (!order.deliveredAt) throw new RangeError('auto_accept needs the deliveredAt of a delivered order');
      const check = autoAcceptance(order.deliveredAt, now, order.autoAcceptDays ?? DEFAULT_AUTO_ACCEPT_DAYS);
      if (!check.due) {
        return orderFailure('ORDER_AUTO_ACCEPT_NOT_DUE', { params: { dueAt: check.dueAt.toISOString() } });
      }
      return ok(none);
    }
    case 'approve':
    case 'ship':
    case 'accept_receipt':
    case 'resolve_dispute':
    case 'invoice':
    case 'settle':
    case 'close':
      return ok(none);
  }
}

function cancellationOf(command: OrderCommandType, actor: OrderActor): OrderCancellation | null {
  if (command === 'reject_approval') return 'approval_rejected';
  if (command !== 'cancel') return null;
  return actor === 'buyer' ? 'by_buyer' : actor === 'seller' ? 'by_seller' : 'by_operator';
}

/**
 * Applies `command` given by `actor` to `order` at server time `now`. Checks, in this order:
 * 1. the state accepts the command: ORDER_ALREADY_SHIPPED for a cancel after the first
 *    shipment, ORDER_TRANSITION_NOT_ALLOWED otherwise;
 * 2. the actor may give it in this state: ORDER_ACTOR_NOT_ALLOWED;
 * 3. the command's own guard: ORDER_REASON_REQUIRED, ORDER_SCHEDULED_DATE_INVALID,
 *    ORDER_TIME_ZONE_INVALID, ORDER_SCHEDULED_DATE_IN_PAST, ORDER_NOT_FULLY_DELIVERED,
 *    ORDER_AUTO_ACCEPT_NOT_DUE.
 */
export function transition(
  order: OrderSnapshot,
  command: OrderCommand,
  actor: OrderActor,
  now: Date,
): Result<OrderTransition, OrderTransitionError> {
  const from = order.state;
  const rule = ORDER_TRANSITIONS[from][command.type];
  const params = { state: from, command: command.type, actor };
  if (rule === undefined) {
    if (command.type === 'cancel' && SHIPPED_ORDER_STATES.includes(from) && !isTerminalOrderState(from)) {
      return orderFailure('ORDER_ALREADY_SHIPPED', { params });
    }
    return orderFailure('ORDER_TRANSITION_NOT_ALLOWED', { params });
  }
  if (!rule.actors.includes(actor)) return orderFailure('ORDER_ACTOR_NOT_ALLOWED', { params });
  const guarded = guard(order, command, actor, now);
  if (!guarded.ok) return guarded;
  return ok({
    from,
    to: rule.to,
    command: command.type,
    actor,
    event: rule.event,
    at: now,
    reason: guarded.value.reason,
    cancellation: cancellationOf(command.type, actor),
    scheduledDate: guarded.value.scheduledDate,
  });
}
