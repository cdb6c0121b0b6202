import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import { AuditDiff } from './AuditDiff';

const ROLE = '00000000-0000-4000-8000-0000000000a1';
const DEPT = '00000000-0000-4000-8000-0000000000d1';
const lookups = {
  role: (id: string) => (id === ROLE ? '内审' : undefined),
  department: (id: string) => (id === DEPT ? '采购部' : undefined),
  user: (id: string) => (id === 'u-owner' ? '王建国' : undefined),
};
const rowOf = (field: RegExp) =>
  screen
    .getAllByRole('row')
    .find((r) => field.test(within(r).queryAllByRole('cell')[0]?.textContent ?? '')) as HTMLElement;

describe('audit diff view', () => {
  it('shows a member change field by field, with names instead of ids and what changed marked (zh-CN)', () => {
    renderWithProviders(
      <AuditDiff
        before={{ role: 'purchaser', customRoleIds: [], departmentId: DEPT }}
        after={{ role: 'viewer', customRoleIds: [ROLE], departmentId: DEPT }}
        timeZone="Asia/Shanghai"
        lookups={lookups}
      />,
      { language: 'zh-CN' },
    );
    const role = rowOf(/^角色/);
    expect(role.getAttribute('data-change')).toBe('changed');
    expect(within(role).getByText('修改')).toBeTruthy();
    expect(
      within(role)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['角色修改', '采购员', '只读成员']);

    const custom = rowOf(/^自定义角色/);
    expect(within(custom).getByText('内审').closest('[data-marked]')?.getAttribute('data-marked')).toBe(
      'after',
    );

    const dept = rowOf(/^部门/);
    expect(dept.getAttribute('data-change')).toBe('same');
    expect(within(dept).getAllByText('采购部')).toHaveLength(2);
  });

  it('shows a creation with every field added, permissions by name and times in the user’s zone (en)', () => {
    renderWithProviders(
      <AuditDiff
        before={{ disabledAt: null }}
        after={{
          disabledAt: '2026-11-25T16:30:05.000Z',
          reassignedTo: 'u-owner',
          reassigned: { requisitions: 2 },
        }}
        timeZone="Asia/Shanghai"
        lookups={lookups}
      />,
      { language: 'en' },
    );
    expect(within(rowOf(/^Disabled at/)).getByText('2026-11-26 00:30:05')).toBeTruthy();
    expect(within(rowOf(/^Handed over to/)).getByText('王建国')).toBeTruthy();
    expect(rowOf(/^Handed over · Requisitions/).getAttribute('data-change')).toBe('added');
  });

  it('names permissions and marks the ones removed', () => {
    renderWithProviders(
      <AuditDiff
        before={{ name: '内审', permissions: ['audit:view', 'user:view'] }}
        after={{ name: '内审', permissions: ['audit:view'] }}
        timeZone="UTC"
      />,
      { language: 'en' },
    );
    const perms = rowOf(/^Permissions/);
    expect(
      within(perms).getByText('View members').closest('[data-marked]')?.getAttribute('data-marked'),
    ).toBe('before');
    expect(within(perms).getAllByText('View the audit log')).toHaveLength(2);
  });

  it('says so when nothing was recorded', () => {
    renderWithProviders(<AuditDiff before={null} after={null} timeZone="UTC" />, { language: 'zh-CN' });
    expect(screen.getByTestId('audit-diff-empty').textContent).toBe('未记录详情。');
  });
});
