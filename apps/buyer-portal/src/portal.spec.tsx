import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buyerOwner, renderPortal, sellerOwner } from '@tradeway/web/ui/testing';
import { buyerPortal } from './portal';

describe('buyer-portal', () => {
  it('opens on the dashboard with the portal name, its purpose and the platform status', () => {
    renderPortal(buyerPortal, '/', { me: buyerOwner() });
    expect(screen.getByTestId('portal-title').textContent).toBe('采购商门户');
    expect(screen.getByText(/发起询价/)).toBeTruthy();
    expect(screen.getByTestId('health-panel')).toBeTruthy();
    expect(screen.getByTestId('active-company').textContent).toBe('华鑫食品集团有限公司');
  });

  it('lists the catalog, my quotes and the comparison right after the dashboard', () => {
    renderPortal(buyerPortal, '/', { me: buyerOwner() });
    const menu = within(screen.getByRole('navigation'))
      .getAllByRole('menuitem')
      .map((i) => i.textContent);
    expect(menu.slice(0, 4)).toEqual(['工作台', '商品目录', '我的报价', '比价']);
  });

  it('asks a visitor to sign in first', async () => {
    const { router } = renderPortal(buyerPortal, '/', { me: null });
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(screen.getByTestId('auth-portal-title').textContent).toBe('采购商门户');
  });

  it('is not for a seller company', () => {
    renderPortal(buyerPortal, '/', { me: sellerOwner() });
    expect(screen.getByTestId('wrong-company')).toBeTruthy();
    expect(screen.queryByTestId('health-panel')).toBeNull();
  });
});
