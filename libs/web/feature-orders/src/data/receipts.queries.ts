import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient, DisputeStatus } from '@tradeway/shared/contracts';
import { api, type Upload, uploadFile } from '@tradeway/web/data-access';

/**
 * The receipt and dispute screens' server state (contract group `receipts`, decisions 0014 and
 * 0018): an order's receipts, variances and disputes, one dispute with its evidence and history,
 * and the operator's dispute desk. What the typed client receives: quantities as decimal text,
 * amounts in fen as strings of digits, dates as ISO strings.
 */
type Out<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type Receipts = ApiClient['receipts'];

export type OrderReceiptsView = Out<Receipts['overview']>;
export type ReceiptView = OrderReceiptsView['receipts'][number];
export type ReceiptLineView = ReceiptView['lines'][number];
export type ReceiptAction = OrderReceiptsView['allowedActions'][number];
export type DisputeSummaryView = OrderReceiptsView['disputes'][number];
export type DisputeDetailView = Out<Receipts['getDispute']>;
export type DisputeAction = DisputeDetailView['allowedActions'][number];
export type DisputeLineView = DisputeDetailView['lines'][number];
export type EvidenceView = DisputeDetailView['evidence'][number];
export type HistoryEntryView = DisputeDetailView['history'][number];
export type ResolutionView = NonNullable<DisputeDetailView['outcome']>['resolution'];
export type DeskPageView = Out<Receipts['deskList']>;
export type DeskRowView = DeskPageView['items'][number];

/** Rows per page of the operator's desk. */
export const DESK_PAGE_SIZE = 20;

/** The order's receipts, variances and disputes, asked again whenever the order's page is opened. */
export function useReceipts(orderId: string) {
  return useQuery(api.receipts.overview.queryOptions({ input: { orderId }, staleTime: 0 }));
}

/** One dispute as my side sees it. */
export function useDispute(disputeId: string) {
  return useQuery(api.receipts.getDispute.queryOptions({ input: { disputeId }, staleTime: 0 }));
}

/** After a receipt, an acceptance or a dispute step: the order, its shipments, receipts and lists are asked again. */
function useAfterOrderChange() {
  const queryClient = useQueryClient();
  return (orderId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: api.receipts.overview.queryKey({ input: { orderId } }) }),
      queryClient.invalidateQueries({ queryKey: api.orders.get.queryKey({ input: { orderId } }) }),
      queryClient.invalidateQueries({ queryKey: api.orders.list.key() }),
      queryClient.invalidateQueries({
        queryKey: api.fulfilment.listShipments.queryKey({ input: { orderId } }),
      }),
    ]);
}

/** Record, accept: the answer is the overview as it now is; disputes the receipt opened are read anew. */
function useAfterOverview() {
  const queryClient = useQueryClient();
  const after = useAfterOrderChange();
  return (overview: OrderReceiptsView) => {
    queryClient.setQueryData(
      api.receipts.overview.queryKey({ input: { orderId: overview.orderId } }),
      overview,
    );
    return Promise.all([
      after(overview.orderId),
      queryClient.invalidateQueries({ queryKey: api.receipts.getDispute.key() }),
    ]);
  };
}

/** A dispute step: the answer is the dispute as it now is; its order is read anew. */
function useAfterDispute() {
  const queryClient = useQueryClient();
  const after = useAfterOrderChange();
  return (dispute: DisputeDetailView) => {
    queryClient.setQueryData(api.receipts.getDispute.queryKey({ input: { disputeId: dispute.id } }), dispute);
    return after(dispute.orderId);
  };
}

export function useRecordReceipt() {
  const after = useAfterOverview();
  return useMutation(api.receipts.record.mutationOptions({ onSuccess: after }));
}

export function useAcceptOrder() {
  const after = useAfterOverview();
  return useMutation(api.receipts.accept.mutationOptions({ onSuccess: after }));
}

export function useOpenDispute() {
  const after = useAfterDispute();
  return useMutation(api.receipts.openDispute.mutationOptions({ onSuccess: after }));
}

export function useProposeResolution() {
  const after = useAfterDispute();
  return useMutation(api.receipts.propose.mutationOptions({ onSuccess: after }));
}

export function useAgreeToProposal() {
  const after = useAfterDispute();
  return useMutation(api.receipts.agree.mutationOptions({ onSuccess: after }));
}

export function useDeclineProposal() {
  const after = useAfterDispute();
  return useMutation(api.receipts.decline.mutationOptions({ onSuccess: after }));
}

/** After a file was added: the dispute (its evidence, its history) and the order's overview. */
export function useAfterEvidence() {
  const queryClient = useQueryClient();
  return (dispute: Pick<DisputeDetailView, 'id' | 'orderId'>) =>
    Promise.all([
      queryClient.invalidateQueries({
        queryKey: api.receipts.getDispute.queryKey({ input: { disputeId: dispute.id } }),
      }),
      queryClient.invalidateQueries({
        queryKey: api.receipts.overview.queryKey({ input: { orderId: dispute.orderId } }),
      }),
    ]);
}

/** Where a party downloads an evidence file (the session cookie authorises; same origin). */
export const evidenceUrl = (disputeId: string, evidenceId: string, viewer: 'party' | 'operator') =>
  viewer === 'operator'
    ? `/api/platform/disputes/${disputeId}/evidence/${evidenceId}`
    : `/api/disputes/${disputeId}/evidence/${evidenceId}`;

/** Sends one evidence file to the dispute with the upload's progress (see `uploadFile`). */
export const uploadEvidence = (
  disputeId: string,
  file: File,
  onProgress: (percent: number) => void,
): Upload<EvidenceView> => uploadFile(`/api/disputes/${disputeId}/evidence`, file, onProgress);

// ---- the operator's desk ---------------------------------------------------------------------

/** Which disputes the desk lists: what waits for someone (open and proposed), one status, or all. */
export type DeskStatusFilter = 'waiting' | DisputeStatus | 'all';

export const DESK_STATUS_FILTERS: readonly DeskStatusFilter[] = [
  'waiting',
  'open',
  'proposed',
  'resolved',
  'all',
];

export function deskListInput(status: DeskStatusFilter, q: string, page: number) {
  const statuses = status === 'waiting' ? null : status === 'all' ? 'open,proposed,resolved' : status;
  const search = q.trim();
  return {
    page,
    pageSize: DESK_PAGE_SIZE,
    ...(statuses ? { status: statuses } : {}),
    ...(search ? { q: search.slice(0, 60) } : {}),
  };
}

/** One page of the desk, oldest first, filtered on the server; the last page stays while the next loads. */
export function useDeskDisputes(status: DeskStatusFilter, q: string, page: number) {
  return useQuery(
    api.receipts.deskList.queryOptions({
      input: deskListInput(status, q, page),
      placeholderData: keepPreviousData,
    }),
  );
}

/** One dispute as the operator sees it. */
export function useDeskDispute(disputeId: string | undefined) {
  return useQuery(
    api.receipts.deskGet.queryOptions({ input: disputeId ? { disputeId } : skipToken, staleTime: 0 }),
  );
}

/** The operator decides: the answer is the dispute as it now is; the desk's list is asked again. */
export function useDecideDispute() {
  const queryClient = useQueryClient();
  return useMutation(
    api.receipts.deskDecide.mutationOptions({
      onSuccess: (dispute) => {
        queryClient.setQueryData(
          api.receipts.deskGet.queryKey({ input: { disputeId: dispute.id } }),
          dispute,
        );
        return queryClient.invalidateQueries({ queryKey: api.receipts.deskList.key() });
      },
    }),
  );
}
