import { DashboardOutlined } from '@ant-design/icons';
import { DashboardPage, type PortalDefinition } from '@tradeway/web/ui';

export const buyerPortal: PortalDefinition = {
  kind: 'buyer',
  nav: [{ to: '/', label: 'dashboard', icon: <DashboardOutlined /> }],
  routes: [{ index: true, element: <DashboardPage kind="buyer" /> }],
};
