import type { ApiClient } from '@tradeway/shared/contracts';

/**
 * What the RFQ screens send and receive, as the typed client sees it: the contract's schemas
 * after JSON (amounts in fen arrive as strings of digits, quantities and prices as decimal
 * text, dates as ISO strings).
 */
type Out<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type In<F extends (...args: never[]) => Promise<unknown>> = Parameters<F>[0];
type Rfqs = ApiClient['rfqs'];

export type RfqView = Out<Rfqs['get']>;
export type RfqPageView = Out<Rfqs['list']>;
export type RfqSummaryView = RfqPageView['items'][number];
export type RfqStatus = RfqView['status'];
export type RfqItemView = RfqView['items'][number];
export type RfqAttachmentView = RfqView['attachments'][number];
export type RfqInvitationView = RfqView['invitations'][number];
export type RfqEventView = RfqView['events'][number];
export type RfqAwardView = NonNullable<RfqView['award']>;
export type PaymentTerm = RfqView['acceptedPaymentTerms'][number];
export type MyQuoteState = NonNullable<RfqSummaryView['myQuote']>;

export type RfqInputBody = In<Rfqs['create']>;

export type RfqQuoteView = Out<Rfqs['submitQuote']>;
export type RfqQuoteVersionView = RfqQuoteView['versions'][number];
export type RfqRoundView = RfqQuoteView['openRounds'][number];
export type RfqQuoteBody = In<Rfqs['submitQuote']>;
export type RfqSuggestionView = Out<Rfqs['suggestQuote']>;
export type RfqSuggestionLine = RfqSuggestionView['lines'][number];

export type RfqComparisonView = Out<Rfqs['comparison']>;
export type ComparisonQuote = RfqComparisonView['quotes'][number];
export type ComparisonItem = RfqComparisonView['items'][number];
export type ComparisonOffer = ComparisonItem['offers'][number];
export type BestSplit = RfqComparisonView['bestSplit'];
export type AwardAllocation = BestSplit['allocations'][number];

/** The comparison's weighted score: price, delivery date and supplier score, adding up to 100. */
export interface ComparisonWeights {
  price: number;
  delivery: number;
  supplier: number;
}

export type AttachmentView = Out<Rfqs['uploadAttachment']>;
