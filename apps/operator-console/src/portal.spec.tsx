import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { operatorAdmin, renderPortal, testMe } from '@tradeway/web/ui/testing';
import { operatorPortal } from './portal';

const auditor = () =>
  testMe([{ companyName: '上海贸途网络科技有限公司', kinds: ['operator'], role: 'viewer' }], {
    displayName: '张婷',
    email: 'ops.auditor@tradeway.demo',
  });

describe('operator-console', () => {
  it('links the queue dashboard and the API reference from the menu and the dashboard, in a new tab', () => {
    renderPortal(operatorPortal, '/', { language: 'en', me: operatorAdmin() });
    expect(screen.getByTestId('portal-title').textContent).toBe('Operator console');
    expect(screen.getByTestId('tool-queues').getAttribute('href')).toBe('/api/admin/queues');
    expect(screen.getByTestId('tool-api-docs').getAttribute('href')).toBe('/api/docs');
    const menuLinks = screen.getAllByRole('link').filter((a) => a.closest('nav'));
    expect(menuLinks.map((a) => [a.getAttribute('href'), a.getAttribute('target')])).toEqual([
      ['/api/admin/queues', '_blank'],
      ['/api/docs', '_blank'],
    ]);
    expect(screen.getByTestId('health-panel')).toBeTruthy();
  });

  it('has the dev mailbox in the menu for an operator admin, and opens it', async () => {
    const { router } = renderPortal(operatorPortal, '/mailbox?to=buyer', {
      language: 'en',
      me: operatorAdmin(),
    });
    expect(within(screen.getByRole('navigation')).getByText('Dev mailbox')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Dev mailbox' })).toBeTruthy();
    expect(screen.getByRole('searchbox')).toHaveProperty('value', 'buyer');
    await waitFor(() => expect(router.state.location.search).toBe('?to=buyer'));
  });

  it('hides the mailbox and the queue dashboard from a role without their permissions', () => {
    renderPortal(operatorPortal, '/mailbox', { language: 'en', me: auditor() });
    const nav = within(screen.getByRole('navigation'));
    expect(nav.queryByText('Dev mailbox')).toBeNull();
    expect(nav.queryByText('Queue dashboard')).toBeNull();
    expect(nav.getByText('API reference')).toBeTruthy();
    expect(screen.getByText('No access')).toBeTruthy();
  });
});
