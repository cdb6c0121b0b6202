import { DashboardOutlined, ApiOutlined } from '@ant-design/icons';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@tradeway/web/i18n';
import type { PortalDefinition } from './portal';
import { operatorAdmin } from './testing/me';
import { renderPortal } from './testing/render-portal';

const portal: PortalDefinition = {
  kind: 'operator',
  nav: [
    { to: '/', label: 'dashboard', icon: <DashboardOutlined /> },
    { to: '/api/docs', label: 'apiDocs', icon: <ApiOutlined />, external: true },
  ],
  routes: [{ index: true, element: <p>home page</p> }],
};

describe('portal shell', () => {
  it('shows the portal name and its menu in Chinese, the page inside', () => {
    renderPortal(portal, '/', { me: operatorAdmin() });
    expect(screen.getByTestId('portal-title').textContent).toBe('运营控制台');
    expect(screen.getByText('工作台')).toBeTruthy();
    expect(screen.getByText('home page')).toBeTruthy();
    const docs = screen.getByText('接口文档').closest('a');
    expect(docs?.getAttribute('href')).toBe('/api/docs');
    expect(docs?.getAttribute('target')).toBe('_blank');
  });

  it('switches to English at once and remembers the choice for the next visit', async () => {
    renderPortal(portal, '/', { me: operatorAdmin() });
    await userEvent.click(screen.getByText('English'));
    await waitFor(() => expect(screen.getByTestId('portal-title').textContent).toBe('Operator console'));
    expect(screen.getByText('Dashboard')).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('answers an unknown address with a 404 page that leads back to the dashboard', async () => {
    const { router } = renderPortal(portal, '/no/such/page', { me: operatorAdmin() });
    expect(screen.getByText('页面不存在')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /返回工作台/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(screen.getByText('home page')).toBeTruthy();
  });
});
