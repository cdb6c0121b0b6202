import { DashboardOutlined } from '@ant-design/icons';
import { approvalsPortalParts } from '@tradeway/web/feature-approvals';
import { auctionPortalParts } from '@tradeway/web/feature-auctions';
import { companyAdminPortalParts } from '@tradeway/web/feature-company-admin';
import { groupBuyPortalParts } from '@tradeway/web/feature-group-buys';
import { ordersPortalParts } from '@tradeway/web/feature-orders';
import { pricingPortalParts } from '@tradeway/web/feature-pricing';
import { rfqPortalParts } from '@tradeway/web/feature-rfq';
import { DashboardPage, type PortalDefinition } from '@tradeway/web/ui';

const pricing = pricingPortalParts('seller');
const orders = ordersPortalParts('seller');
const rfqs = rfqPortalParts('seller');
const auctions = auctionPortalParts('seller');
const groupBuys = groupBuyPortalParts('seller');
const approvals = approvalsPortalParts('seller');
const admin = companyAdminPortalParts('seller');

export const sellerPortal: PortalDefinition = {
  kind: 'seller',
  nav: [
    { to: '/', label: 'dashboard', icon: <DashboardOutlined /> },
    ...pricing.nav,
    ...orders.nav,
    ...rfqs.nav,
    ...auctions.nav,
    ...groupBuys.nav,
    ...approvals.nav,
    ...admin.nav,
  ],
  routes: [
    { index: true, element: <DashboardPage kind="seller" /> },
    ...pricing.routes,
    ...orders.routes,
    ...rfqs.routes,
    ...auctions.routes,
    ...groupBuys.routes,
    ...approvals.routes,
    ...admin.routes,
  ],
};
