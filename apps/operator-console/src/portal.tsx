import { ApiOutlined, DashboardOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { DashboardPage, type PortalDefinition } from '@tradeway/web/ui';
import { API_DOCS_PATH, OperatorTools, QUEUE_DASHBOARD_PATH } from './OperatorTools';

export const operatorPortal: PortalDefinition = {
  kind: 'operator',
  nav: [
    { to: '/', label: 'dashboard', icon: <DashboardOutlined /> },
    { to: QUEUE_DASHBOARD_PATH, label: 'queues', icon: <UnorderedListOutlined />, external: true },
    { to: API_DOCS_PATH, label: 'apiDocs', icon: <ApiOutlined />, external: true },
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
  ],
};
