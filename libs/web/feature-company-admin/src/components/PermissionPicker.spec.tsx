import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ROLE_PERMISSIONS, type Permission } from '@tradeway/shared/contracts';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import { pickablePermissions } from '../utils/permissions';
import { BuiltInRolesMatrix, matrixRows } from './BuiltInRolesMatrix';
import { PermissionPicker } from './PermissionPicker';

function Harness({ initial = [] as Permission[], options = pickablePermissions({ isOperator: false }) }) {
  const [value, setValue] = useState<Permission[]>(initial);
  return (
    <>
      <PermissionPicker value={value} onChange={setValue} options={options} />
      <output data-testid="value">{value.join(',')}</output>
    </>
  );
}

describe('permission picker', () => {
  it('groups the permissions by area with names in Chinese, and no platform area outside the operator', () => {
    renderWithProviders(<Harness />, { language: 'zh-CN' });
    const rfq = within(screen.getByTestId('permission-area-rfq'));
    expect(rfq.getByText('询价')).toBeTruthy();
    expect(rfq.getByText('rfq:*')).toBeTruthy();
    expect(rfq.getAllByRole('checkbox')).toHaveLength(4); // the area and its three permissions
    expect(screen.queryByTestId('permission-area-platform')).toBeNull();
    expect(screen.getByTestId('permission-count').textContent).toBe('已选 0 / 38');
  });

  it('chooses a whole area at once, shows it half-chosen when partly, and clears it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial={['user:view']} />, { language: 'en' });
    const rfq = within(screen.getByTestId('permission-area-rfq'));
    await user.click(rfq.getByRole('checkbox', { name: /RFQs rfq:\*/ }));
    expect(screen.getByTestId('value').textContent).toBe('user:view,rfq:create,rfq:view,rfq:award');

    await user.click(rfq.getByRole('checkbox', { name: 'Award RFQs' }));
    expect(screen.getByTestId('value').textContent).toBe('user:view,rfq:create,rfq:view');
    const areaBox = rfq.getByRole('checkbox', { name: /RFQs rfq:\*/ });
    expect(areaBox.closest('.ant-checkbox')?.className).toContain('indeterminate');

    await user.click(areaBox);
    expect(screen.getByTestId('value').textContent).toBe('user:view,rfq:create,rfq:view,rfq:award');
    await user.click(areaBox);
    expect(screen.getByTestId('value').textContent).toBe('user:view');
    expect(screen.getByTestId('permission-count').textContent).toBe('1 of 38 selected');
  });

  it('offers an API key only the creator’s permissions', () => {
    renderWithProviders(
      <Harness
        options={pickablePermissions({ isOperator: false, heldOnly: BUILT_IN_ROLE_PERMISSIONS.purchaser })}
      />,
      { language: 'en' },
    );
    expect(screen.queryByTestId('permission-area-audit')).toBeNull();
    expect(screen.getByTestId('permission-area-requisition')).toBeTruthy();
    // the purchaser's permissions: rfq:award included (they propose awards; the policy decides),
    // auction:bid and auction:view (they bid in forward auctions), and group_buy:join, :view and
    // :manage (they join group buys and gather peers in their own)
    expect(screen.getByTestId('permission-count').textContent).toBe('0 of 16 selected');
  });
});

describe('built-in roles matrix', () => {
  it('makes one row per permission, the area cell spanning its permissions', () => {
    const rows = matrixRows(['rfq:create', 'rfq:view', 'rfq:award', 'audit:view']);
    expect(rows.map((r) => [r.permission, r.areaSpan])).toEqual([
      ['audit:view', 1],
      ['rfq:create', 3],
      ['rfq:view', 0],
      ['rfq:award', 0],
    ]);
  });

  it('ticks what each built-in role holds, and counts its members', () => {
    renderWithProviders(
      <BuiltInRolesMatrix
        permissions={pickablePermissions({ isOperator: false })}
        memberCounts={{
          owner: 1,
          admin: 1,
          purchaser: 3,
          approver: 1,
          finance: 1,
          sales: 0,
          sales_manager: 0,
          warehouse: 0,
          viewer: 2,
        }}
      />,
      { language: 'en' },
    );
    expect(screen.getAllByTestId('role-column-purchaser')[0]?.textContent).toBe('Purchaser3 members');
    expect(screen.getByLabelText('Purchaser: rfq:create')).toBeTruthy();
    expect(screen.queryByLabelText('Purchaser: order:approve')).toBeNull();
    expect(screen.getByLabelText('Viewer: rfq:view')).toBeTruthy();
    expect(screen.queryByLabelText('Viewer: audit:view')).toBeNull(); // who did what is for admins
    expect(screen.getByLabelText('Sales manager: activity:view')).toBeTruthy();
  });
});
