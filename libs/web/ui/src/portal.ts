import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { MembershipSummary, Permission } from '@tradeway/shared/contracts';

export type PortalKind = 'buyer' | 'seller' | 'operator';
export type NavLabel =
  | 'dashboard'
  | 'queues'
  | 'apiDocs'
  | 'mailbox'
  | 'approvals'
  | 'requisitions'
  | 'policies'
  | 'companyAdmin'
  | 'members'
  | 'roles'
  | 'departments'
  | 'apiKeys'
  | 'audit'
  | 'staffActivity'
  | 'priceLists'
  | 'grades'
  | 'contractPrices'
  | 'catalogImports'
  | 'priceDebugger'
  | 'offers'
  | 'inventory'
  | 'catalog'
  | 'quotes'
  | 'compare'
  | 'rfqs'
  | 'rfqInbox'
  | 'auctions'
  | 'groupBuys'
  | 'orders'
  | 'pickups'
  | 'warehouseRelease'
  | 'disputes';

export interface NavItem {
  /** The route inside the portal, or an absolute path served by the API when `external`. */
  to: string;
  label: NavLabel;
  icon: ReactNode;
  /** Opens in a new tab (the queue dashboard, the API reference). */
  external?: boolean;
  /** Shown only to users holding this permission in the active company. */
  permission?: Permission;
  /**
   * Shown only when the active company is of one of these kinds. Without it, an item is for
   * companies of the portal's own kind (and the dashboard, `/`, for every company the portal
   * lets in): see `PORTAL_GUEST_KINDS`.
   */
  companyKinds?: ReadonlyArray<CompanyKind>;
}

export type CompanyKind = MembershipSummary['companyKinds'][number];

/** What makes one portal: who it is for, its menu, its pages. */
export interface PortalDefinition {
  kind: PortalKind;
  nav: NavItem[];
  routes: RouteObject[];
}
