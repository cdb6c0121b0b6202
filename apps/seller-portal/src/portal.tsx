import { DashboardOutlined } from '@ant-design/icons';
import { DashboardPage, type PortalDefinition } from '@tradeway/web/ui';

export const sellerPortal: PortalDefinition = {
  kind: 'seller',
  nav: [{ to: '/', label: 'dashboard', icon: <DashboardOutlined /> }],
  routes: [{ index: true, element: <DashboardPage kind="seller" /> }],
};
