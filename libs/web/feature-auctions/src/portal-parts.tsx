import { ThunderboltOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { Permission } from '@tradeway/shared/contracts';
import { type NavItem, type NavLabel, type PortalKind, RequirePermission } from '@tradeway/web/ui';
import { AuctionDetailPage } from './pages/AuctionDetailPage';
import { AuctionListPage } from './pages/AuctionListPage';
import { AuctionNewPage } from './pages/AuctionNewPage';
import { AUCTIONS_PATH } from './paths';

const AUCTIONS_LABEL: NavLabel = 'auctions';

const guarded = (permission: Permission, page: React.ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

/**
 * The auction screens (DESIGN.md §6, §13), the same routes in both portals for `auction:view`:
 * the list of auctions my company runs or is invited to, and an auction's page — the owner's
 * monitor or the bidding console, by my side in it. `auction:create` to create one: a buyer
 * runs reverse auctions (sellers bid down), a seller forward auctions (buyers bid up). The API
 * checks `auction:create` and `auction:bid` again for each command. The operator console has none.
 */
export function auctionPortalParts(kind: PortalKind): { nav: NavItem[]; routes: RouteObject[] } {
  if (kind === 'operator') return { nav: [], routes: [] };
  const direction = kind === 'buyer' ? 'reverse' : 'forward';
  return {
    nav: [
      { to: AUCTIONS_PATH, label: AUCTIONS_LABEL, icon: <ThunderboltOutlined />, permission: 'auction:view' },
    ],
    routes: [
      { path: 'auctions', element: guarded('auction:view', <AuctionListPage />) },
      { path: 'auctions/new', element: guarded('auction:create', <AuctionNewPage direction={direction} />) },
      { path: 'auctions/:auctionId', element: guarded('auction:view', <AuctionDetailPage />) },
    ],
  };
}
