import type { RouteObject } from 'react-router';
import type { NavItem, PortalKind } from '@tradeway/web/ui';

/** The approval screens a portal shows (inbox, requisitions, policies, delegations, limits). */
export function approvalsPortalParts(_kind: PortalKind): { nav: NavItem[]; routes: RouteObject[] } {
  return { nav: [], routes: [] };
}
