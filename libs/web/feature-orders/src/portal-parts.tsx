import { AlertOutlined, CarOutlined, ContainerOutlined, ExportOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import { type NavItem, type PortalKind, RequirePermission } from '@tradeway/web/ui';
import { LogisticsPickupsPage } from './pages/LogisticsPickupsPage';
import { OrderDetailPage } from './pages/OrderDetailPage';
import { OrdersPage } from './pages/OrdersPage';
import { WarehouseReleasePage } from './pages/WarehouseReleasePage';
import { DisputeDecisionPage } from './pages/DisputeDecisionPage';
import { DisputeDeskPage } from './pages/DisputeDeskPage';
import { DISPUTE_DESK_PATH, ORDERS_PATH, PICKUPS_PATH, WAREHOUSE_RELEASE_PATH } from './paths';

/**
 * The order screens (DESIGN.md §8) of the buyer and the seller portal, for `order:view`: the
 * list of my side's orders and an order's page with its timeline. What a user may do to an
 * order (buyer `order:create`, seller `order:fulfil`) the API says in `allowedCommands`. The
 * operator console has none of them yet.
 */
export function ordersPortalParts(kind: PortalKind): { nav: NavItem[]; routes: RouteObject[] } {
  if (kind === 'operator') return { nav: [], routes: [] };
  const guarded = (page: React.ReactNode) => (
    <RequirePermission permission="order:view">{page}</RequirePermission>
  );
  // The seller portal also serves logistics companies (decision 0017): their pickups, and the
  // release desk of whoever runs warehouses (a logistics company, or a seller with its own).
  const fulfilment = kind === 'seller';
  return {
    nav: [
      { to: ORDERS_PATH, label: 'orders', icon: <ContainerOutlined />, permission: 'order:view' },
      ...(fulfilment
        ? ([
            {
              to: PICKUPS_PATH,
              label: 'pickups',
              icon: <CarOutlined />,
              permission: 'order:view',
              companyKinds: ['logistics'],
            },
            {
              to: WAREHOUSE_RELEASE_PATH,
              label: 'warehouseRelease',
              icon: <ExportOutlined />,
              permission: 'warehouse:operate',
              companyKinds: ['seller', 'logistics'],
            },
          ] satisfies NavItem[])
        : []),
    ],
    routes: [
      { path: 'orders', element: guarded(<OrdersPage key={kind} side={kind} />) },
      { path: 'orders/:orderId', element: guarded(<OrderDetailPage />) },
      ...(fulfilment
        ? [
            { path: 'pickups', element: guarded(<LogisticsPickupsPage />) },
            {
              path: 'warehouse-release',
              element: (
                <RequirePermission permission="warehouse:operate">
                  <WarehouseReleasePage />
                </RequirePermission>
              ),
            },
          ]
        : []),
    ],
  };
}

/**
 * The operator console's part of the order screens (decision 0018): the dispute desk, for
 * `platform:operate` — disputes across companies, oldest first, and one dispute to decide.
 */
export function ordersOperatorPart(): { nav: NavItem[]; routes: RouteObject[] } {
  const guarded = (page: React.ReactNode) => (
    <RequirePermission permission="platform:operate">{page}</RequirePermission>
  );
  return {
    nav: [
      { to: DISPUTE_DESK_PATH, label: 'disputes', icon: <AlertOutlined />, permission: 'platform:operate' },
    ],
    routes: [
      { path: 'disputes', element: guarded(<DisputeDeskPage />) },
      { path: 'disputes/:disputeId', element: guarded(<DisputeDecisionPage />) },
    ],
  };
}
