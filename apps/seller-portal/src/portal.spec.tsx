import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buyerOwner, renderPortal, sellerOwner, testMe } from '@tradeway/web/ui/testing';
import { sellerPortal } from './portal';

describe('seller-portal', () => {
  it('opens on the dashboard with the portal name, its purpose and the platform status', () => {
    renderPortal(sellerPortal, '/', { me: sellerOwner() });
    expect(screen.getByTestId('portal-title').textContent).toBe('供应商门户');
    expect(screen.getByText(/发布分级保密价格表/)).toBeTruthy();
    expect(screen.getByTestId('health-panel')).toBeTruthy();
    expect(screen.getByTestId('active-company').textContent).toBe('广西崇左桂糖制糖有限公司');
  });

  it('asks a visitor to sign in first', async () => {
    const { router } = renderPortal(sellerPortal, '/', { me: null });
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(screen.getByTestId('auth-portal-title').textContent).toBe('供应商门户');
  });

  it('puts the pricing screens after the dashboard, then orders, before approvals', () => {
    const labels = sellerPortal.nav.map((n) => n.label);
    expect(labels.slice(0, 9)).toEqual([
      'dashboard',
      'priceLists',
      'grades',
      'contractPrices',
      'catalogImports',
      'inventory',
      'priceDebugger',
      'offers',
      'orders',
    ]);
    expect(labels.indexOf('approvals')).toBeGreaterThan(labels.indexOf('orders'));
    renderPortal(sellerPortal, '/price-lists', { me: sellerOwner() });
    expect(screen.getByText('价格表', { selector: 'h3' })).toBeTruthy();
  });

  it('lets a logistics company in, with only its pages', () => {
    renderPortal(sellerPortal, '/', {
      me: testMe([{ companyName: '青岛嘉运供应链管理有限公司', kinds: ['logistics'], role: 'warehouse' }]),
    });
    expect(screen.getByText(/查看买方授权本公司提货的任务/)).toBeTruthy();
    const menu = screen.getByRole('navigation');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(['工作台', '提货任务', '仓库放行']);
  });

  it('is not for a buyer company', () => {
    renderPortal(sellerPortal, '/', { me: buyerOwner() });
    expect(screen.getByTestId('wrong-company')).toBeTruthy();
    expect(screen.queryByTestId('health-panel')).toBeNull();
  });
});
