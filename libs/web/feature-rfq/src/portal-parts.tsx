import { FileSearchOutlined, InboxOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { Permission } from '@tradeway/shared/contracts';
import { type NavItem, type NavLabel, type PortalKind, RequirePermission } from '@tradeway/web/ui';
import { RfqDetailPage } from './pages/RfqDetailPage';
import { RfqEditPage, RfqNewPage } from './pages/RfqEditPage';
import { RfqInboxPage } from './pages/RfqInboxPage';
import { RfqListPage } from './pages/RfqListPage';
import { SellerRfqPage } from './pages/SellerRfqPage';
import { RFQ_INBOX_PATH, RFQS_PATH } from './paths';

const RFQS_LABEL: NavLabel = 'rfqs';
const RFQ_INBOX_LABEL: NavLabel = 'rfqInbox';

const guarded = (permission: Permission, page: React.ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

/**
 * The RFQ screens (DESIGN.md §5, §13). Buyer portal, for `rfq:view`: the list, an RFQ's page
 * with the comparison, counter-offers and the award; `rfq:create` to create and change drafts
 * (the API checks `rfq:create` and `rfq:award` again for each command). Seller portal, for
 * `quote:create`: the inbox of RFQs my company may quote and an RFQ's page with my quote. The
 * operator console has none.
 */
export function rfqPortalParts(kind: PortalKind): { nav: NavItem[]; routes: RouteObject[] } {
  if (kind === 'buyer') {
    return {
      nav: [{ to: RFQS_PATH, label: RFQS_LABEL, icon: <FileSearchOutlined />, permission: 'rfq:view' }],
      routes: [
        { path: 'rfqs', element: guarded('rfq:view', <RfqListPage />) },
        { path: 'rfqs/new', element: guarded('rfq:create', <RfqNewPage />) },
        { path: 'rfqs/:rfqId', element: guarded('rfq:view', <RfqDetailPage />) },
        { path: 'rfqs/:rfqId/edit', element: guarded('rfq:create', <RfqEditPage />) },
      ],
    };
  }
  if (kind === 'seller') {
    return {
      nav: [
        { to: RFQ_INBOX_PATH, label: RFQ_INBOX_LABEL, icon: <InboxOutlined />, permission: 'quote:create' },
      ],
      routes: [
        { path: 'rfq-inbox', element: guarded('quote:create', <RfqInboxPage />) },
        { path: 'rfqs/:rfqId', element: guarded('quote:create', <SellerRfqPage />) },
      ],
    };
  }
  return { nav: [], routes: [] };
}
