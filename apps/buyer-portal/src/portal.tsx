import { DashboardOutlined } from '@ant-design/icons';
import { approvalsPortalParts } from '@tradeway/web/feature-approvals';
import { auctionPortalParts } from '@tradeway/web/feature-auctions';
import { catalogPortalParts } from '@tradeway/web/feature-catalog';
import { companyAdminPortalParts } from '@tradeway/web/feature-company-admin';
import { groupBuyPortalParts } from '@tradeway/web/feature-group-buys';
import { ordersPortalParts } from '@tradeway/web/feature-orders';
import { rfqPortalParts } from '@tradeway/web/feature-rfq';
import { DashboardPage, type PortalDefinition } from '@tradeway/web/ui';

const catalog = catalogPortalParts('buyer');
const rfqs = rfqPortalParts('buyer');
const auctions = auctionPortalParts('buyer');
const groupBuys = groupBuyPortalParts('buyer');
const orders = ordersPortalParts('buyer');
const approvals = approvalsPortalParts('buyer');
const admin = companyAdminPortalParts('buyer');

export const buyerPortal: PortalDefinition = {
  kind: 'buyer',
  nav: [
    { to: '/', label: 'dashboard', icon: <DashboardOutlined /> },
    ...catalog.nav,
    ...rfqs.nav,
    ...auctions.nav,
    ...groupBuys.nav,
    ...orders.nav,
    ...approvals.nav,
    ...admin.nav,
  ],
  routes: [
    { index: true, element: <DashboardPage kind="buyer" /> },
    ...catalog.routes,
    ...rfqs.routes,
    ...auctions.routes,
    ...groupBuys.routes,
    ...orders.routes,
    ...approvals.routes,
    ...admin.routes,
  ],
};
