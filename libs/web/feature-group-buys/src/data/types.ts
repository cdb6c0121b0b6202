import type { ApiClient } from '@tradeway/shared/contracts';

/**
 * What the group-buy screens send and receive, as the typed client sees it: the contract's
 * schemas after JSON (prices and quantities as decimal text, deposits in fen as strings of
 * digits, moments as ISO strings).
 */
type Out<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type In<F extends (...args: never[]) => Promise<unknown>> = Parameters<F>[0];
type GroupBuys = ApiClient['groupBuys'];

export type CampaignView = Out<GroupBuys['get']>;
export type CommitmentResultView = Out<GroupBuys['join']>;
export type CampaignPageView = Out<GroupBuys['list']>;
export type CampaignSummaryView = CampaignPageView['items'][number];
export type CampaignStatus = CampaignView['progress']['status'];
export type CampaignSide = CampaignView['side'];
export type CampaignProgressView = CampaignView['progress'];
export type CommitmentView = NonNullable<CampaignView['mine']>;
export type DepositStatus = CommitmentView['depositStatus'];
export type PendingRequestView = NonNullable<CampaignView['pendingRequest']>;
export type LadderTier = CampaignView['ladder'][number];
export type PaymentTerm = CampaignView['paymentTerm'];
export type CampaignMonitorView = Out<GroupBuys['monitor']>;
export type ParticipantRow = CampaignMonitorView['participants'][number];

export type CampaignInputBody = In<GroupBuys['create']>;
export type JoinBody = In<GroupBuys['join']>;
