import type { ApiClient } from '@tradeway/shared/contracts';

/**
 * What the auction screens send and receive, as the typed client sees it: the contract's
 * schemas after JSON (prices and quantities as decimal text, amounts in fen as strings of
 * digits, moments as ISO strings).
 */
type Out<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type In<F extends (...args: never[]) => Promise<unknown>> = Parameters<F>[0];
type Auctions = ApiClient['auctions'];

export type AuctionView = Out<Auctions['get']>;
export type AuctionPageView = Out<Auctions['list']>;
export type AuctionSummaryView = AuctionPageView['items'][number];
export type AuctionStatus = AuctionView['status'];
export type AuctionDirection = AuctionView['direction'];
export type AuctionVisibility = AuctionView['visibility'];
export type AuctionSide = AuctionView['side'];
export type AuctionRankRow = AuctionView['ranking'][number];
export type AuctionAwardView = NonNullable<AuctionView['award']>;
export type Step = AuctionView['minStep'];
export type PaymentTerm = AuctionView['paymentTerm'];

export type AuctionInputBody = In<Auctions['create']>;
export type BidReceiptView = Out<Auctions['bid']>;
export type BidLogView = Out<Auctions['bidLog']>;
export type AuctionResultView = Out<Auctions['result']>;
export type AuctionSavings = NonNullable<AuctionResultView['vsOpening']>;
export type AuctionCurvePoint = AuctionResultView['curve'][number];

/** One event of the live view (`GET /api/auctions/{id}/live`): the state after `lastSeq`. */
export type AuctionLiveEventView = Pick<
  AuctionView,
  | 'status'
  | 'currentEnd'
  | 'extensions'
  | 'lastSeq'
  | 'headHash'
  | 'myRank'
  | 'myBestPrice'
  | 'bestPrice'
  | 'ranking'
  | 'serverTime'
>;

/** A bid receipt as the bidder keeps it: the API's answer and the price that was sent. */
export interface KeptReceipt extends BidReceiptView {
  price: string;
}
