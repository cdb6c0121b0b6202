import { describe, expect, it } from 'vitest';
import type { NavItem } from '../portal';
import { buyerOwner, sellerOwner, testMe } from '../testing/me';
import { fittingMemberships, gateDecision, safeNext, signInPath, visibleNav } from './portal-access';

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('auth gate decision', () => {
  it('waits for the answer, and offers a retry when the API could not be asked', () => {
    expect(gateDecision({ me: undefined, failed: false, portal: 'buyer', location: at('/') }).kind).toBe(
      'checking',
    );
    expect(gateDecision({ me: undefined, failed: true, portal: 'buyer', location: at('/') }).kind).toBe(
      'unavailable',
    );
  });

  it('sends a visitor to sign in, remembering the page asked for', () => {
    expect(gateDecision({ me: null, failed: false, portal: 'buyer', location: at('/') })).toEqual({
      kind: 'sign-in',
      to: '/sign-in',
    });
    expect(
      gateDecision({
        me: null,
        failed: false,
        portal: 'buyer',
        location: at('/rfqs/42', '?tab=quotes', '#q7'),
      }),
    ).toEqual({ kind: 'sign-in', to: '/sign-in?next=%2Frfqs%2F42%3Ftab%3Dquotes%23q7' });
  });

  it('lets in a user whose active company fits the portal, even while a later check fails on the network', () => {
    expect(gateDecision({ me: buyerOwner(), failed: false, portal: 'buyer', location: at('/') }).kind).toBe(
      'allow',
    );
    expect(gateDecision({ me: buyerOwner(), failed: true, portal: 'buyer', location: at('/') }).kind).toBe(
      'allow',
    );
    expect(gateDecision({ me: sellerOwner(), failed: false, portal: 'seller', location: at('/') }).kind).toBe(
      'allow',
    );
  });

  it('stops a user whose active company is of another kind', () => {
    expect(gateDecision({ me: sellerOwner(), failed: false, portal: 'buyer', location: at('/') }).kind).toBe(
      'wrong-company',
    );
    expect(
      gateDecision({ me: buyerOwner(), failed: false, portal: 'operator', location: at('/') }).kind,
    ).toBe('wrong-company');
  });

  it('a company that buys and sells fits both portals; the others of a user are offered to switch to', () => {
    const trader = testMe([
      { companyName: '天津恒通钢化贸易有限公司', kinds: ['seller', 'buyer'], role: 'owner' },
      { companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role: 'finance' },
    ]);
    expect(gateDecision({ me: trader, failed: false, portal: 'buyer', location: at('/') }).kind).toBe(
      'allow',
    );
    expect(gateDecision({ me: trader, failed: false, portal: 'seller', location: at('/') }).kind).toBe(
      'allow',
    );
    expect(fittingMemberships(trader, 'buyer').map((m) => m.companyName)).toHaveLength(2);
    expect(fittingMemberships(trader, 'seller').map((m) => m.companyName)).toEqual([
      '天津恒通钢化贸易有限公司',
    ]);
  });
});

describe('where to go after signing in', () => {
  it('goes back to a page of this portal', () => {
    expect(safeNext('/rfqs/42?tab=quotes')).toBe('/rfqs/42?tab=quotes');
    expect(safeNext('/')).toBe('/');
  });

  it('never leaves the portal nor loops back to a public page', () => {
    for (const next of [
      null,
      '',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '/sign-in',
      '/sign-in?next=/x',
      '/reset-password?token=abc',
    ]) {
      expect(safeNext(next), String(next)).toBe('/');
    }
  });

  it('does not remember a public page as the page asked for', () => {
    expect(signInPath(at('/sign-in', '?next=%2Fx'))).toBe('/sign-in');
    expect(signInPath(at('/mailbox', '?to=buyer'))).toBe('/sign-in?next=%2Fmailbox%3Fto%3Dbuyer');
  });
});

describe('menu by permission', () => {
  const nav: NavItem[] = [
    { to: '/', label: 'dashboard', icon: null },
    { to: '/mailbox', label: 'mailbox', icon: null, permission: 'platform:mailbox' },
  ];

  it('hides the items whose permission the user lacks in the active company', () => {
    const operator = testMe([
      { companyName: '上海贸途网络科技有限公司', kinds: ['operator'], role: 'admin' },
    ]);
    const auditor = testMe([
      { companyName: '上海贸途网络科技有限公司', kinds: ['operator'], role: 'viewer' },
    ]);
    expect(visibleNav(nav, operator).map((i) => i.to)).toEqual(['/', '/mailbox']);
    expect(visibleNav(nav, auditor).map((i) => i.to)).toEqual(['/']);
    // platform permissions never count outside the operator company, even for an owner
    expect(visibleNav(nav, buyerOwner()).map((i) => i.to)).toEqual(['/']);
  });
});

describe('a logistics company in the seller portal (decision 0017)', () => {
  const carrier = (role: 'owner' | 'warehouse' | 'viewer') =>
    testMe([{ companyName: '青岛嘉运供应链管理有限公司', kinds: ['logistics'], role }]);
  const nav: NavItem[] = [
    { to: '/', label: 'dashboard', icon: null },
    { to: '/price-lists', label: 'priceLists', icon: null, permission: 'price_list:view' },
    { to: '/orders', label: 'orders', icon: null, permission: 'order:view' },
    { to: '/pickups', label: 'pickups', icon: null, permission: 'order:view', companyKinds: ['logistics'] },
    {
      to: '/warehouse-release',
      label: 'warehouseRelease',
      icon: null,
      permission: 'warehouse:operate',
      companyKinds: ['seller', 'logistics'],
    },
  ];

  it('lets it in to the seller portal only', () => {
    for (const portal of ['seller', 'buyer', 'operator'] as const) {
      expect(
        gateDecision({ me: carrier('owner'), failed: false, portal, location: at('/') }).kind,
        portal,
      ).toBe(portal === 'seller' ? 'allow' : 'wrong-company');
    }
    expect(fittingMemberships(carrier('warehouse'), 'seller')).toHaveLength(1);
  });

  it('shows it only its pages; a seller sees its own and the release desk, not the pickups', () => {
    expect(visibleNav(nav, carrier('owner'), 'seller').map((i) => i.label)).toEqual([
      'dashboard',
      'pickups',
      'warehouseRelease',
    ]);
    expect(visibleNav(nav, carrier('viewer'), 'seller').map((i) => i.label)).toEqual([
      'dashboard',
      'pickups',
    ]);
    expect(visibleNav(nav, sellerOwner(), 'seller').map((i) => i.label)).toEqual([
      'dashboard',
      'priceLists',
      'orders',
      'warehouseRelease',
    ]);
    // Without the portal, only permissions count (as before).
    expect(visibleNav(nav, sellerOwner()).map((i) => i.label)).toHaveLength(5);
  });
});
