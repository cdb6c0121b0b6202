import { TeamOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { Permission } from '@tradeway/shared/contracts';
import { type NavItem, type NavLabel, type PortalKind, RequirePermission } from '@tradeway/web/ui';
import { CampaignDetailPage } from './pages/CampaignDetailPage';
import { CampaignListPage } from './pages/CampaignListPage';
import { CampaignNewPage } from './pages/CampaignNewPage';
import { GROUP_BUYS_PATH } from './paths';

const GROUP_BUYS_LABEL: NavLabel = 'groupBuys';

const guarded = (permission: Permission, page: React.ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

/**
 * The group-buy screens (DESIGN.md §7, §13), the same routes in both portals for
 * `group_buy:view`: the campaigns (a buyer discovers the open ones of its region and sees its
 * own; a seller the campaigns of its SKUs), a campaign's page — progress, join panel, the
 * organiser's monitor — and `group_buy:manage` to create one: in the buyer portal a buyer
 * gathering peers on a seller's SKU, in the seller portal a campaign of my own SKUs. The API
 * checks `group_buy:manage` and `group_buy:join` again for each command. The operator console
 * has none.
 */
export function groupBuyPortalParts(kind: PortalKind): { nav: NavItem[]; routes: RouteObject[] } {
  if (kind === 'operator') return { nav: [], routes: [] };
  return {
    nav: [
      { to: GROUP_BUYS_PATH, label: GROUP_BUYS_LABEL, icon: <TeamOutlined />, permission: 'group_buy:view' },
    ],
    routes: [
      { path: 'group-buys', element: guarded('group_buy:view', <CampaignListPage kind={kind} />) },
      { path: 'group-buys/new', element: guarded('group_buy:manage', <CampaignNewPage kind={kind} />) },
      { path: 'group-buys/:campaignId', element: guarded('group_buy:view', <CampaignDetailPage />) },
    ],
  };
}
