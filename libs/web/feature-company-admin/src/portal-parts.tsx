import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Permission } from '@tradeway/shared/contracts';
import { type NavItem, type PortalKind, RequirePermission } from '@tradeway/web/ui';
import { ApiKeysPage } from './pages/ApiKeysPage';
import { AuditPage, PlatformAuditPage } from './pages/AuditPages';
import { DepartmentsPage } from './pages/DepartmentsPage';
import { MembersPage } from './pages/MembersPage';
import { RolesPage } from './pages/RolesPage';
import { StaffActivityPage } from './pages/StaffActivityPage';

type AdminPage = 'members' | 'roles' | 'departments' | 'apiKeys' | 'audit' | 'staffActivity';

interface PageDef {
  path: string;
  permission: Permission;
  icon: ReactNode;
  element: (kind: PortalKind) => ReactNode;
}

/** Each page, the permission that opens it (the one its list route needs) and its menu icon. */
const PAGES: Record<AdminPage, PageDef> = {
  members: {
    path: '/company/members',
    permission: 'user:view',
    icon: <TeamOutlined />,
    element: () => <MembersPage />,
  },
  roles: {
    path: '/company/roles',
    permission: 'user:view',
    icon: <SafetyCertificateOutlined />,
    element: () => <RolesPage />,
  },
  departments: {
    path: '/company/departments',
    permission: 'company:view',
    icon: <ApartmentOutlined />,
    element: () => <DepartmentsPage />,
  },
  apiKeys: {
    path: '/company/api-keys',
    permission: 'apikey:manage',
    icon: <KeyOutlined />,
    element: () => <ApiKeysPage />,
  },
  audit: {
    path: '/company/audit',
    permission: 'audit:view',
    icon: <AuditOutlined />,
    element: (kind) => <AuditPage kind={kind} />,
  },
  staffActivity: {
    path: '/company/staff-activity',
    permission: 'activity:view',
    icon: <BarChartOutlined />,
    element: () => <StaffActivityPage />,
  },
};

/**
 * Buyers and sellers administer their whole company; the operator console has members,
 * roles and the audit log of the operator company, and the platform's audit log.
 */
const PAGES_OF: Record<PortalKind, AdminPage[]> = {
  buyer: ['members', 'roles', 'departments', 'apiKeys', 'audit', 'staffActivity'],
  seller: ['members', 'roles', 'departments', 'apiKeys', 'audit', 'staffActivity'],
  operator: ['members', 'roles', 'audit'],
};

const guarded = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

/** The company administration screens a portal shows (members, roles, departments, keys, audit, activity). */
export function companyAdminPortalParts(kind: PortalKind): { nav: NavItem[]; routes: RouteObject[] } {
  const pages = PAGES_OF[kind];
  const nav: NavItem[] = pages.map((label) => ({
    to: PAGES[label].path,
    label,
    icon: PAGES[label].icon,
    permission: PAGES[label].permission,
  }));
  const routes: RouteObject[] = pages.map((label) => ({
    path: PAGES[label].path.slice(1),
    element: guarded(PAGES[label].permission, PAGES[label].element(kind)),
  }));
  if (kind === 'operator') {
    // No menu label exists for it yet: it is reached from the audit page's scope switch.
    routes.push({ path: 'platform/audit', element: guarded('platform:operate', <PlatformAuditPage />) });
  }
  return { nav, routes };
}
