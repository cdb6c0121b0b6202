import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { BuiltInRole, Me } from '@tradeway/shared/contracts';
import { type PortalDefinition, visibleNav } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import { rfqPortalParts } from './index';

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
  visibleNav(rfqPortalParts(kind).nav, me).map((n) => n.label as string);

describe('RFQ screens in the portals', () => {
  it('gives the buyer the RFQs, the seller the inbox, and the operator nothing', () => {
    const b = rfqPortalParts('buyer');
    expect(b.nav.map((n) => [n.to, n.label, n.permission])).toEqual([['/rfqs', 'rfqs', 'rfq:view']]);
    expect(b.routes.map((r) => r.path)).toEqual(['rfqs', 'rfqs/new', 'rfqs/:rfqId', 'rfqs/:rfqId/edit']);
    const s = rfqPortalParts('seller');
    expect(s.nav.map((n) => [n.to, n.label, n.permission])).toEqual([
      ['/rfq-inbox', 'rfqInbox', 'quote:create'],
    ]);
    expect(s.routes.map((r) => r.path)).toEqual(['rfq-inbox', 'rfqs/:rfqId']);
    expect(rfqPortalParts('operator')).toEqual({ nav: [], routes: [] });
  });

  it('shows the RFQs to the buyer roles holding rfq:view, the inbox to the seller roles that quote', () => {
    for (const role of ['owner', 'admin', 'purchaser', 'approver', 'viewer'] as const) {
      expect(labels('buyer', buyer(role))).toEqual(['rfqs']);
    }
    for (const role of ['finance', 'warehouse'] as const) expect(labels('buyer', buyer(role))).toEqual([]);
    for (const role of ['owner', 'sales', 'sales_manager'] as const) {
      expect(labels('seller', seller(role))).toEqual(['rfqInbox']);
    }
    // viewing is not quoting
    for (const role of ['viewer', 'warehouse', 'finance'] as const)
      expect(labels('seller', seller(role))).toEqual([]);
  });

  it('keeps the pages from those without the permission: the list without rfq:view, the form without rfq:create', () => {
    const portal: PortalDefinition = { kind: 'buyer', ...rfqPortalParts('buyer') };
    const { unmount } = renderPortal(portal, '/rfqs', { me: without(buyer('owner'), 'rfq:') });
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(screen.queryByTestId('rfqs-table')).toBeNull();
    unmount();
    // an approver reads RFQs but does not write them
    renderPortal(portal, '/rfqs/new', { me: buyer('approver') });
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(screen.queryByTestId('rfq-form')).toBeNull();
  });

  it('keeps the seller’s pages from those who may not quote', () => {
    const portal: PortalDefinition = { kind: 'seller', ...rfqPortalParts('seller') };
    renderPortal(portal, '/rfq-inbox', { me: seller('viewer') });
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(screen.queryByTestId('inbox-table')).toBeNull();
  });

  it('names the menu items in both languages', () => {
    const buyerPortal: PortalDefinition = { kind: 'buyer', ...rfqPortalParts('buyer') };
    const me = without(buyer('purchaser'), 'rfq:');
    const first = renderPortal(buyerPortal, '/', { me: buyer('purchaser') });
    expect(within(screen.getByRole('navigation')).getByText('询价')).toBeTruthy();
    first.unmount();
    const second = renderPortal(buyerPortal, '/', { me: buyer('purchaser'), language: 'en' });
    expect(within(screen.getByRole('navigation')).getByText('RFQs')).toBeTruthy();
    second.unmount();
    const third = renderPortal(buyerPortal, '/', { me });
    expect(within(screen.getByRole('navigation')).queryByText('询价')).toBeNull();
    third.unmount();
    const sellerPortal: PortalDefinition = { kind: 'seller', ...rfqPortalParts('seller') };
    renderPortal(sellerPortal, '/', { me: seller('sales'), language: 'en' });
    expect(within(screen.getByRole('navigation')).getByText('RFQ inbox')).toBeTruthy();
  });
});
