import { ApiOutlined, DashboardOutlined, MailOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { companyAdminPortalParts } from '@tradeway/web/feature-company-admin';
import { ordersOperatorPart } from '@tradeway/web/feature-orders';
import { DashboardPage, type PortalDefinition, RequirePermission } from '@tradeway/web/ui';
import { MailboxPage } from './mailbox/MailboxPage';
import { API_DOCS_PATH, OperatorTools, QUEUE_DASHBOARD_PATH } from './OperatorTools';

const admin = companyAdminPortalParts('operator');
const orders = ordersOperatorPart();

export const operatorPortal: PortalDefinition = {
  kind: 'operator',
  nav: [
    { to: '/', label: 'dashboard', icon: <DashboardOutlined /> },
    ...orders.nav,
    { to: '/mailbox', label: 'mailbox', icon: <MailOutlined />, permission: 'platform:mailbox' },
    {
      to: QUEUE_DASHBOARD_PATH,
      label: 'queues',
      icon: <UnorderedListOutlined />,
      external: true,
      permission: 'platform:queues',
    },
    { to: API_DOCS_PATH, label: 'apiDocs', icon: <ApiOutlined />, external: true },
    ...admin.nav,
  ],
  routes: [
    {
      index: true,
      element: (
        <DashboardPage kind="operator">
          <OperatorTools />
        </DashboardPage>
      ),
    },
    {
      path: 'mailbox',
      element: (
        <RequirePermission permission="platform:mailbox">
          <MailboxPage />
        </RequirePermission>
      ),
    },
    ...orders.routes,
    ...admin.routes,
  ],
};
