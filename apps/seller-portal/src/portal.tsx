import { DashboardOutlined } from '@ant-design/icons';
import { approvalsPortalParts } from '@tradeway/web/feature-approvals';
import { companyAdminPortalParts } from '@tradeway/web/feature-company-admin';
import { DashboardPage, type PortalDefinition } from '@tradeway/web/ui';

const approvals = approvalsPortalParts('seller');
const admin = companyAdminPortalParts('seller');

export const sellerPortal: PortalDefinition = {
  kind: 'seller',
  nav: [{ to: '/', label: 'dashboard', icon: <DashboardOutlined /> }, ...approvals.nav, ...admin.nav],
  routes: [{ index: true, element: <DashboardPage kind="seller" /> }, ...approvals.routes, ...admin.routes],
};
