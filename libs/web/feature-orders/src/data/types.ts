import type { ApiClient } from '@tradeway/shared/contracts';

/**
 * What the order screens send and receive, as the typed client sees it: the contract's
 * schemas after JSON (amounts in fen arrive as strings of digits, dates as ISO strings).
 */
type Out<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type Orders = ApiClient['orders'];

type Summary = Out<Orders['list']>['items'][number];
type Detail = Out<Orders['get']>;

/** Company names come as the legal name and the English name (null when none): see `usePartyNames`. */
export type OrderSummaryView = Summary;
export type OrderView = Detail;
export type OrderPageView = Out<Orders['list']>;

export type OrderLine = Detail['lines'][number];
export type OrderReservation = Detail['reservations'][number];
export type OrderEvent = Detail['events'][number];
export type OrderStatus = Detail['status'];
export type OrderSide = Detail['side'];
export type OrderChannel = Detail['channel'];
export type OrderCommand = Detail['allowedCommands'][number];
export type PaymentTerm = Detail['paymentTerm'];

/** What a person may do to an order on these screens (the other commands belong to later screens). */
export type OrderAction = Extract<OrderCommand, 'confirm' | 'reject' | 'cancel'>;
