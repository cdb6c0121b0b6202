import { BarChartOutlined, FileDoneOutlined, ShopOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Permission } from '@tradeway/shared/contracts';
import { type NavItem, type PortalKind, RequirePermission } from '@tradeway/web/ui';
import { CatalogPage } from './pages/CatalogPage';
import { ComparePage } from './pages/ComparePage';
import { ProductPage } from './pages/ProductPage';
import { QuoteDetailPage } from './pages/QuoteDetailPage';
import { QuotesPage } from './pages/QuotesPage';
import { CATALOG_PATH, COMPARE_PATH, QUOTES_PATH } from './paths';

const guarded = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

/**
 * The buyer's catalog screens: the catalog and product pages for every signed-in user (the
 * quote builder on a product page needs `quote:request`), my quotes with `quote:view`
 * (accepting one needs `order:create`), and the seller comparison with `quote:request`.
 * Sellers and the operator get none of them.
 */
export function catalogPortalParts(kind: PortalKind): { nav: NavItem[]; routes: RouteObject[] } {
  if (kind !== 'buyer') return { nav: [], routes: [] };
  const nav: NavItem[] = [
    { to: CATALOG_PATH, label: 'catalog', icon: <ShopOutlined /> },
    { to: QUOTES_PATH, label: 'quotes', icon: <FileDoneOutlined />, permission: 'quote:view' },
    { to: COMPARE_PATH, label: 'compare', icon: <BarChartOutlined />, permission: 'quote:request' },
  ];
  const routes: RouteObject[] = [
    { path: 'catalog', element: <CatalogPage /> },
    { path: 'catalog/products/:productId', element: <ProductPage /> },
    { path: 'quotes', element: guarded('quote:view', <QuotesPage />) },
    { path: 'quotes/:quoteId', element: guarded('quote:view', <QuoteDetailPage />) },
    { path: 'compare', element: guarded('quote:request', <ComparePage />) },
  ];
  return { nav, routes };
}
