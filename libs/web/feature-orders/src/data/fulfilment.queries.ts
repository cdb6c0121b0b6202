import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient, PickupStatus } from '@tradeway/shared/contracts';
import { api } from '@tradeway/web/data-access';
import { listPickupsInput } from '../utils/shipping';

/**
 * The fulfilment screens' server state (contract group `fulfilment`, decision 0013): an
 * order's shipments, their tracking and pickup authorisations; the logistics company's and
 * the warehouse's lists of collections. What the typed client receives: quantities as
 * decimal text, dates as ISO strings.
 */
type Out<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type Fulfilment = ApiClient['fulfilment'];

export type OrderShipmentsView = Out<Fulfilment['listShipments']>;
export type ShipmentView = OrderShipmentsView['shipments'][number];
export type LineShippingView = OrderShipmentsView['lines'][number];
export type ShipmentAction = ShipmentView['allowedActions'][number];
export type TrackingEventView = ShipmentView['tracking'][number];
export type PickupView = ShipmentView['authorisations'][number];
export type IssuedPickupView = Out<Fulfilment['issuePickup']>;
export type PickupTaskView = Out<Fulfilment['listLogisticsPickups']>['items'][number];
export type PickupTaskPageView = Out<Fulfilment['listLogisticsPickups']>;
export type PickupReleaseView = Out<Fulfilment['releasePickup']>;
export type TrackingInputKind = 'departed' | 'location' | 'arrived';

/** Rows per page of the logistics and warehouse lists. */
export const PICKUPS_PAGE_SIZE = 20;
/** How many collections awaiting release the release form offers to choose from (the API's page maximum). */
export const AWAITING_RELEASE_LIMIT = 100;

/** An order's shipments as my side sees them, asked again whenever the order's page is opened. */
export function useShipments(orderId: string) {
  return useQuery(api.fulfilment.listShipments.queryOptions({ input: { orderId }, staleTime: 0 }));
}

/**
 * After a change to an order's shipments: the shipments, the order (its status, its timeline)
 * and the order lists are asked again.
 */
function useAfterShipmentChange(orderId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({
        queryKey: api.fulfilment.listShipments.queryKey({ input: { orderId } }),
      }),
      queryClient.invalidateQueries({ queryKey: api.orders.get.queryKey({ input: { orderId } }) }),
      queryClient.invalidateQueries({ queryKey: api.orders.list.key() }),
    ]);
}

export function useCreateShipment(orderId: string) {
  const after = useAfterShipmentChange(orderId);
  return useMutation(api.fulfilment.createShipment.mutationOptions({ onSuccess: after }));
}

export function useCancelShipment(orderId: string) {
  const after = useAfterShipmentChange(orderId);
  return useMutation(api.fulfilment.cancelShipment.mutationOptions({ onSuccess: after }));
}

export function useAddTracking(orderId: string) {
  const after = useAfterShipmentChange(orderId);
  return useMutation(api.fulfilment.addTracking.mutationOptions({ onSuccess: after }));
}

export function useIssuePickup(orderId: string) {
  const after = useAfterShipmentChange(orderId);
  return useMutation(api.fulfilment.issuePickup.mutationOptions({ onSuccess: after }));
}

export function useRevokePickup(orderId: string) {
  const after = useAfterShipmentChange(orderId);
  return useMutation(api.fulfilment.revokePickup.mutationOptions({ onSuccess: after }));
}

/** The collections my (logistics) company is authorised for, one page, filtered on the server. */
export function useLogisticsPickups(statuses: readonly PickupStatus[], page: number) {
  return useQuery(
    api.fulfilment.listLogisticsPickups.queryOptions({
      input: listPickupsInput(statuses, page, PICKUPS_PAGE_SIZE),
      placeholderData: keepPreviousData,
    }),
  );
}

/** Collections from the warehouses my company operates, one page, filtered on the server. */
export function useWarehousePickups(statuses: readonly PickupStatus[], page: number) {
  return useQuery(
    api.fulfilment.listWarehousePickups.queryOptions({
      input: listPickupsInput(statuses, page, PICKUPS_PAGE_SIZE),
      placeholderData: keepPreviousData,
    }),
  );
}

/** What the release form offers: the newest collections still awaiting release. */
export function useAwaitingRelease() {
  return useQuery(
    api.fulfilment.listWarehousePickups.queryOptions({
      input: listPickupsInput(['issued'], 1, AWAITING_RELEASE_LIMIT),
    }),
  );
}

/**
 * Release against a code. Every warehouse list is asked again afterwards, also after a refusal:
 * a code found used or revoked means the list was out of date.
 */
export function useReleasePickup() {
  const queryClient = useQueryClient();
  return useMutation(
    api.fulfilment.releasePickup.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: api.fulfilment.listWarehousePickups.key() }),
    }),
  );
}

/** The platform's warehouses by id (names for a pickup warehouse that holds no reservation of the order). */
export function useWarehouseNames(enabled: boolean) {
  return useQuery(api.catalog.listWarehouses.queryOptions({ enabled, staleTime: 5 * 60_000 }));
}
