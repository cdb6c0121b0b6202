import {
  BugOutlined,
  CloudUploadOutlined,
  CrownOutlined,
  DatabaseOutlined,
  FileProtectOutlined,
  TagsOutlined,
  TransactionOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Permission } from '@tradeway/shared/contracts';
import { type NavItem, type PortalKind, RequirePermission } from '@tradeway/web/ui';
import { CatalogImportsPage } from './pages/CatalogImportsPage';
import { GradesPage } from './pages/GradesPage';
import { InventoryPage } from './pages/InventoryPage';
import { OffersPage } from './pages/OffersPage';
import { PriceDebuggerPage } from './pages/PriceDebuggerPage';
import { PriceListEditorPage } from './pages/PriceListEditorPage';
import { PriceListsPage } from './pages/PriceListsPage';
import {
  CATALOG_IMPORTS_PATH,
  CONTRACT_PRICES_PATH,
  GRADES_PATH,
  INVENTORY_PATH,
  OFFERS_PATH,
  PRICE_DEBUGGER_PATH,
  PRICE_LISTS_PATH,
} from './paths';

const guarded = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

/**
 * The pricing screens of the seller portal (DESIGN.md §4, §13): price lists and their editor,
 * contract prices, customer grades, the price debugger for `price_list:view`; spreadsheet
 * imports and the stock per warehouse location (inventory) for `catalog:manage`; quotes and
 * special prices for `quote:view`. Changing anything needs `price_list:manage` (or
 * `quote:create`), checked on each page. Buyers and the operator have none of these screens.
 */
export function pricingPortalParts(kind: PortalKind): { nav: NavItem[]; routes: RouteObject[] } {
  if (kind !== 'seller') return { nav: [], routes: [] };
  const view: Permission = 'price_list:view';
  const manageCatalog: Permission = 'catalog:manage';
  const offers: Permission = 'quote:view';

  const nav: NavItem[] = [
    { to: PRICE_LISTS_PATH, label: 'priceLists', icon: <TagsOutlined />, permission: view },
    { to: GRADES_PATH, label: 'grades', icon: <CrownOutlined />, permission: view },
    { to: CONTRACT_PRICES_PATH, label: 'contractPrices', icon: <FileProtectOutlined />, permission: view },
    {
      to: CATALOG_IMPORTS_PATH,
      label: 'catalogImports',
      icon: <CloudUploadOutlined />,
      permission: manageCatalog,
    },
    { to: INVENTORY_PATH, label: 'inventory', icon: <DatabaseOutlined />, permission: manageCatalog },
    { to: PRICE_DEBUGGER_PATH, label: 'priceDebugger', icon: <BugOutlined />, permission: view },
    { to: OFFERS_PATH, label: 'offers', icon: <TransactionOutlined />, permission: offers },
  ];
  const routes: RouteObject[] = [
    { path: 'price-lists', element: guarded(view, <PriceListsPage />) },
    { path: 'price-lists/:listId', element: guarded(view, <PriceListEditorPage />) },
    {
      path: 'contract-prices',
      element: guarded(view, <PriceListsPage key="contract" fixedKind="contract" />),
    },
    { path: 'grades', element: guarded(view, <GradesPage />) },
    { path: 'catalog-imports', element: guarded(manageCatalog, <CatalogImportsPage />) },
    { path: 'inventory', element: guarded(manageCatalog, <InventoryPage />) },
    { path: 'price-debugger', element: guarded(view, <PriceDebuggerPage />) },
    { path: 'offers', element: guarded(offers, <OffersPage />) },
    { path: 'offers/:quoteId', element: guarded(offers, <OffersPage />) },
  ];
  return { nav, routes };
}
