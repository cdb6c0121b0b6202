import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { BuiltInRole, Me } from '@tradeway/shared/contracts';
import { type PortalDefinition, visibleNav } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import { ordersPortalParts } from './index';

// Whole portals rendered in jsdom: on the shared two-core machine under load a render can pass 30 s.
vi.setConfig({ testTimeout: 90_000 });

const seller = (role: BuiltInRole) =>
  testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role }]);
/** A member whose custom role holds no order permission. */
const withoutOrders = (me: Me): Me => ({
  ...me,
  permissions: me.permissions.filter((p) => !p.startsWith('order:')),
});

describe('order screens in the portals', () => {
  it('gives the buyer and the seller portal the orders first, behind order:view, and the operator nothing', () => {
    for (const kind of ['buyer', 'seller'] as const) {
      const { nav, routes } = ordersPortalParts(kind);
      expect(nav.map((n) => [n.to, n.label, n.permission])[0]).toEqual(['/orders', 'orders', 'order:view']);
      expect(routes.map((r) => r.path).slice(0, 2)).toEqual(['orders', 'orders/:orderId']);
    }
    expect(ordersPortalParts('operator').nav.some((n) => n.label === 'orders')).toBe(false);
  });

  it('shows the orders to every built-in role, and not without order:view', () => {
    const orders = ordersPortalParts('seller').nav.filter((n) => n.label === 'orders');
    for (const role of ['owner', 'sales', 'sales_manager', 'warehouse', 'viewer'] as const) {
      expect(visibleNav(orders, seller(role)).map((n) => n.label)).toEqual(['orders']);
    }
    expect(visibleNav(orders, withoutOrders(seller('owner')))).toEqual([]);
  });

  it('keeps the pages from those without order:view', () => {
    const portal: PortalDefinition = { kind: 'seller', ...ordersPortalParts('seller') };
    renderPortal(portal, '/orders', { me: withoutOrders(seller('owner')) });
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(screen.queryByTestId('orders-table')).toBeNull();
  });

  it('names the menu item in both languages', () => {
    const portal: PortalDefinition = { kind: 'buyer', ...ordersPortalParts('buyer') };
    const buyer = testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role: 'purchaser' }]);
    const { unmount } = renderPortal(portal, '/orders', { me: buyer });
    expect(within(screen.getByRole('navigation')).getByText('订单')).toBeTruthy();
    unmount();
    renderPortal(portal, '/orders', { me: buyer, language: 'en' });
    expect(within(screen.getByRole('navigation')).getByText('Orders')).toBeTruthy();
  });
});
