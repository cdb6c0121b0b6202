import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { BuiltInRole, Me } from '@tradeway/shared/contracts';
import { type PortalDefinition, visibleNav } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import { groupBuyPortalParts } from './index';

// Whole portals rendered in jsdom: on the shared two-core machine under load a render can pass 30 s.
vi.setConfig({ testTimeout: 90_000 });

const buyer = (role: BuiltInRole) =>
  testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role }]);
const seller = (role: BuiltInRole) =>
  testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role }]);
const without = (me: Me, prefix: string): Me => ({
  ...me,
  permissions: me.permissions.filter((p) => !p.startsWith(prefix)),
});
const labels = (kind: 'buyer' | 'seller', me: Me) =>
  visibleNav(groupBuyPortalParts(kind).nav, me).map((n) => n.label as string);

describe('group-buy screens in the portals', () => {
  it('gives both portals the list, the form and a campaign’s page, and the operator nothing', () => {
    for (const kind of ['buyer', 'seller'] as const) {
      const parts = groupBuyPortalParts(kind);
      expect(parts.nav.map((n) => [n.to, n.label, n.permission])).toEqual([
        ['/group-buys', 'groupBuys', 'group_buy:view'],
      ]);
      expect(parts.routes.map((r) => r.path)).toEqual([
        'group-buys',
        'group-buys/new',
        'group-buys/:campaignId',
      ]);
    }
    expect(groupBuyPortalParts('operator')).toEqual({ nav: [], routes: [] });
  });

  it('shows the menu item to the roles holding group_buy:view', () => {
    for (const role of ['owner', 'admin', 'purchaser', 'viewer'] as const) {
      expect(labels('buyer', buyer(role))).toEqual(['groupBuys']);
    }
    for (const role of ['finance', 'warehouse', 'approver'] as const)
      expect(labels('buyer', buyer(role))).toEqual([]);
    for (const role of ['owner', 'sales', 'sales_manager'] as const) {
      expect(labels('seller', seller(role))).toEqual(['groupBuys']);
    }
  });

  it('keeps the form from those who may not manage group buys', () => {
    const portal: PortalDefinition = { kind: 'buyer', ...groupBuyPortalParts('buyer') };
    const { unmount } = renderPortal(portal, '/group-buys/new', { me: buyer('viewer') });
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(screen.queryByTestId('campaign-form')).toBeNull();
    unmount();
    renderPortal(portal, '/group-buys', { me: without(buyer('owner'), 'group_buy:') });
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(screen.queryByTestId('campaign-list')).toBeNull();
  });

  it('names the menu item in both languages', () => {
    const portal: PortalDefinition = { kind: 'buyer', ...groupBuyPortalParts('buyer') };
    const first = renderPortal(portal, '/', { me: buyer('purchaser') });
    expect(within(screen.getByRole('navigation')).getByText('团购')).toBeTruthy();
    first.unmount();
    renderPortal(portal, '/', { me: buyer('purchaser'), language: 'en' });
    expect(within(screen.getByRole('navigation')).getByText('Group buys')).toBeTruthy();
  });
});
