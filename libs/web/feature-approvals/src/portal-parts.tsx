import { AuditOutlined, FileTextOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Permission } from '@tradeway/shared/contracts';
import { type NavItem, type PortalKind, RequirePermission } from '@tradeway/web/ui';
import { InboxPage } from './pages/InboxPage';
import { PoliciesPage } from './pages/PoliciesPage';
import { PolicyEditPage } from './pages/PolicyEditPage';
import { RequestDetailPage } from './pages/RequestDetailPage';
import { RequisitionDetailPage } from './pages/RequisitionDetailPage';
import { RequisitionEditPage } from './pages/RequisitionEditPage';
import { RequisitionsPage } from './pages/RequisitionsPage';
import { APPROVALS_PATH, POLICIES_PATH, REQUISITIONS_PATH } from './paths';

const guarded = (permission: Permission | undefined, page: ReactNode) =>
  permission ? <RequirePermission permission={permission}>{page}</RequirePermission> : page;

/**
 * The approval screens a portal shows: the inbox (with delegations) for every signed-in
 * user, requisitions, and the policy editor (with spending limits) for `approval_policy:manage`.
 * Buyers list their requisitions whatever their role (creating one needs `requisition:create`);
 * in the seller portal requisitions appear only for those who may create them.
 */
export function approvalsPortalParts(kind: PortalKind): { nav: NavItem[]; routes: RouteObject[] } {
  if (kind === 'operator') return { nav: [], routes: [] };
  const requisitionsNeed: Permission | undefined = kind === 'buyer' ? undefined : 'requisition:create';
  const policies: Permission = 'approval_policy:manage';

  const nav: NavItem[] = [
    { to: APPROVALS_PATH, label: 'approvals', icon: <AuditOutlined /> },
    {
      to: REQUISITIONS_PATH,
      label: 'requisitions',
      icon: <FileTextOutlined />,
      ...(requisitionsNeed ? { permission: requisitionsNeed } : {}),
    },
    { to: POLICIES_PATH, label: 'policies', icon: <SafetyCertificateOutlined />, permission: policies },
  ];
  const routes: RouteObject[] = [
    { path: 'approvals', element: <InboxPage /> },
    { path: 'approvals/delegations', element: <InboxPage /> },
    { path: 'approvals/:requestId', element: <RequestDetailPage /> },
    { path: 'requisitions', element: guarded(requisitionsNeed, <RequisitionsPage />) },
    { path: 'requisitions/new', element: guarded('requisition:create', <RequisitionEditPage />) },
    { path: 'requisitions/:requisitionId', element: guarded(requisitionsNeed, <RequisitionDetailPage />) },
    {
      path: 'requisitions/:requisitionId/edit',
      element: guarded('requisition:create', <RequisitionEditPage />),
    },
    { path: 'approval-policies', element: guarded(policies, <PoliciesPage />) },
    { path: 'approval-policies/new', element: guarded(policies, <PolicyEditPage />) },
    { path: 'approval-policies/:policyId', element: guarded(policies, <PolicyEditPage />) },
  ];
  return { nav, routes };
}
