import type { RouteObject } from 'react-router';
import type { NavItem, PortalKind } from '@tradeway/web/ui';

/** The company administration screens a portal shows (members, roles, departments, keys, audit, activity). */
export function companyAdminPortalParts(_kind: PortalKind): { nav: NavItem[]; routes: RouteObject[] } {
  return { nav: [], routes: [] };
}
