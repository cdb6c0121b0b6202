import { DashboardOutlined } from '@ant-design/icons';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import { type PortalDefinition, type PortalKind } from '@tradeway/web/ui';
import { buyerOwner, operatorAdmin, renderPortal, testMe } from '@tradeway/web/ui/testing';
import { companyAdminPortalParts } from './portal-parts';

/** A portal as the apps build one: dashboard, then the admin screens. */
function portal(kind: PortalKind): PortalDefinition {
  const admin = companyAdminPortalParts(kind);
  return {
    kind,
    nav: [{ to: '/', label: 'dashboard', icon: <DashboardOutlined /> }, ...admin.nav],
    routes: [{ index: true, element: <div>dashboard</div> }, ...admin.routes],
  };
}
const buyerAs = (role: BuiltInRole) =>
  testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role }], { displayName: '张伟' });
const menu = () =>
  within(screen.getByRole('navigation'))
    .getAllByRole('menuitem')
    .map((i) => i.textContent);

describe('company administration in the portals', () => {
  it('gives buyers and sellers six screens, each behind the permission its list needs', () => {
    for (const kind of ['buyer', 'seller'] as const) {
      expect(companyAdminPortalParts(kind).nav.map((n) => [n.to, n.permission])).toEqual([
        ['/company/members', 'user:view'],
        ['/company/roles', 'user:view'],
        ['/company/departments', 'company:view'],
        ['/company/api-keys', 'apikey:manage'],
        ['/company/audit', 'audit:view'],
        ['/company/staff-activity', 'activity:view'],
      ]);
    }
  });

  it('gives the operator console members, roles and audit, and the platform audit behind platform:operate', () => {
    const parts = companyAdminPortalParts('operator');
    expect(parts.nav.map((n) => n.label)).toEqual(['members', 'roles', 'audit']);
    expect(parts.routes.map((r) => r.path)).toEqual([
      'company/members',
      'company/roles',
      'company/audit',
      'platform/audit',
    ]);
  });

  it('shows the owner every admin screen in the menu', () => {
    renderPortal(portal('buyer'), '/', { language: 'en', me: buyerOwner() });
    expect(menu()).toEqual([
      'Dashboard',
      'Members',
      'Roles',
      'Departments',
      'API keys',
      'Audit log',
      'Staff activity',
    ]);
  });

  it('shows a purchaser only departments, and refuses the audit log opened by its address', () => {
    renderPortal(portal('buyer'), '/company/audit', { language: 'zh-CN', me: buyerAs('purchaser') });
    expect(menu()).toEqual(['工作台', '部门']);
    expect(screen.getByText('无权访问')).toBeTruthy();
  });

  it('shows a sales manager members, roles and staff activity, read only', () => {
    renderPortal(portal('seller'), '/company/roles', {
      language: 'en',
      me: testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role: 'sales_manager' }]),
    });
    expect(menu()).toEqual(['Dashboard', 'Members', 'Roles', 'Departments', 'Staff activity']);
    expect(screen.getByRole('heading', { name: 'Roles' })).toBeTruthy();
    expect(screen.getByText('Read only: your role cannot change this.')).toBeTruthy();
    expect(screen.queryByTestId('create-role')).toBeNull();
  });

  it('keeps the audit filters in the address: reads them into the form, writes a search back, page 1', async () => {
    const user = userEvent.setup();
    const { router } = renderPortal(
      portal('buyer'),
      '/company/audit?action=member.&from=2026-11-01&to=2026-11-30&page=3',
      { language: 'en', me: buyerOwner() },
    );
    const filters = within(screen.getByTestId('audit-filters'));
    expect(filters.getByRole('combobox', { name: 'Action' })).toHaveProperty('value', 'member.');
    expect(filters.getByPlaceholderText('Start date')).toHaveProperty('value', '2026-11-01');
    expect(filters.getByPlaceholderText('End date')).toHaveProperty('value', '2026-11-30');

    await user.type(filters.getByLabelText('Subject id'), 'abc-123');
    await user.click(filters.getByRole('button', { name: /Search/ }));
    await waitFor(
      () =>
        expect(router.state.location.search).toBe(
          '?action=member.&subjectId=abc-123&from=2026-11-01&to=2026-11-30',
        ),
      { timeout: 5000 },
    );

    await user.click(within(screen.getByTestId('audit-filters')).getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(router.state.location.search).toBe(''), { timeout: 5000 });
  });

  it('lets an operator switch between the operator company’s log and the platform’s, with a company filter there', async () => {
    const user = userEvent.setup();
    const { router } = renderPortal(portal('operator'), '/company/audit', {
      language: 'en',
      me: operatorAdmin(),
    });
    await user.click(within(screen.getByTestId('audit-scope')).getByText('All companies'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/platform/audit'));
    expect(screen.getByRole('heading', { name: 'Platform audit log' })).toBeTruthy();

    const filters = within(screen.getByTestId('audit-filters'));
    await user.type(filters.getByLabelText('Company id'), 'acme');
    await user.click(filters.getByRole('button', { name: /Search/ }));
    expect(await filters.findByText('A company id looks like 0a1b2c3d-…')).toBeTruthy();
    expect(router.state.location.search).toBe('');

    await user.clear(filters.getByLabelText('Company id'));
    await user.type(filters.getByLabelText('Company id'), '0A1B2C3D-0000-4000-8000-00000000000A');
    await user.click(filters.getByRole('button', { name: /Search/ }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?companyId=0a1b2c3d-0000-4000-8000-00000000000a'),
    );
  });

  it('refuses the platform audit to an operator without platform:operate', () => {
    renderPortal(portal('operator'), '/platform/audit', {
      language: 'en',
      me: testMe([{ companyName: '上海贸途网络科技有限公司', kinds: ['operator'], role: 'viewer' }]),
    });
    expect(screen.getByText('No access')).toBeTruthy();
  });

  it('keeps the staff-activity period in the address', async () => {
    const user = userEvent.setup();
    const { router } = renderPortal(portal('buyer'), '/company/staff-activity', {
      language: 'zh-CN',
      me: buyerOwner(),
    });
    await user.click(within(screen.getByTestId('activity-period')).getByText('周'));
    await waitFor(() => expect(router.state.location.search).toBe('?period=week'));
  });
});
