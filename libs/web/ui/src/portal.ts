import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Permission } from '@tradeway/shared/contracts';

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
  | 'catalog'
  | 'quotes'
  | 'compare';

export interface NavItem {
  /** The route inside the portal, or an absolute path served by the API when `external`. */
  to: string;
  label: NavLabel;
  icon: ReactNode;
  /** Opens in a new tab (the queue dashboard, the API reference). */
  external?: boolean;
  /** Shown only to users holding this permission in the active company. */
  permission?: Permission;
}

/** What makes one portal: who it is for, its menu, its pages. */
export interface PortalDefinition {
  kind: PortalKind;
  nav: NavItem[];
  routes: RouteObject[];
}
