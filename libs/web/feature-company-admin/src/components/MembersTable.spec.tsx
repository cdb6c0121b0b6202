import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Member } from '@tradeway/shared/contracts';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import { filterMembers } from '../pages/MembersPage';
import { successorOptions } from './DisableMemberModal';
import { MembersTable } from './MembersTable';
import { ReassignedList, reassignedEntries } from './ReassignedList';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const member = (n: number, over: Partial<Member>): Member => ({
  membershipId: id(100 + n),
  userId: id(n),
  email: `m${n}@huaxin-food.demo`,
  displayName: `m${n}`,
  role: 'purchaser',
  customRoleIds: [],
  departmentId: null,
  isOwner: false,
  disabledAt: null,
  lastSignInAt: null,
  ...over,
});
const owner = member(1, {
  displayName: '王建国',
  role: 'owner',
  isOwner: true,
  lastSignInAt: '2026-11-25T08:00:00.000Z',
});
const admin = member(2, { displayName: '赵磊', role: 'admin' });
const buyer = member(3, { displayName: '张伟', customRoleIds: [id(900)], departmentId: id(800) });
const leaver = member(4, { displayName: '李离', disabledAt: '2026-11-20T08:00:00.000Z' });
const members = [owner, admin, buyer, leaver];

const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

describe('members table', () => {
  it('lists roles, custom roles and department by name, the owner tagged, who is disabled', () => {
    renderWithProviders(
      <MembersTable
        members={members}
        roleName={(x) => (x === id(900) ? '内审' : undefined)}
        departmentName={(x) => (x === id(800) ? '采购部' : undefined)}
        myUserId={admin.userId}
        canManage={false}
        loading={false}
        onEdit={() => undefined}
        onDisable={() => undefined}
      />,
      { language: 'zh-CN' },
    );
    expect(within(rowOf('王建国')).getAllByText('企业主')).toHaveLength(2); // the tag and the role
    expect(within(rowOf('张伟')).getByText('内审')).toBeTruthy();
    expect(within(rowOf('张伟')).getByText('采购部')).toBeTruthy();
    expect(within(rowOf('李离')).getByTestId('member-status').textContent).toBe('已停用');
    expect(within(rowOf('张伟')).getByText('从未登录')).toBeTruthy();
    expect(within(rowOf('赵磊')).getByText('(我)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '停 用' })).toBeNull(); // no user:manage, no actions
  });

  it('lets an admin edit anyone active, and disable anyone but the owner, themselves and the disabled', async () => {
    const onDisable = vi.fn();
    renderWithProviders(
      <MembersTable
        members={members}
        roleName={() => undefined}
        departmentName={() => undefined}
        myUserId={admin.userId}
        canManage
        loading={false}
        onEdit={() => undefined}
        onDisable={onDisable}
      />,
      { language: 'en' },
    );
    expect(within(rowOf('王建国')).getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(within(rowOf('王建国')).queryByRole('button', { name: 'Disable' })).toBeNull();
    expect(within(rowOf('赵磊')).queryByRole('button', { name: 'Disable' })).toBeNull();
    expect(within(rowOf('李离')).queryByRole('button', { name: 'Edit' })).toBeNull();
    await userEvent.click(within(rowOf('张伟')).getByRole('button', { name: 'Disable' }));
    expect(onDisable).toHaveBeenCalledWith(buyer);
  });

  it('finds members by name or email, hiding the disabled unless asked', () => {
    expect(filterMembers(members, '', false).map((m) => m.displayName)).toEqual(['王建国', '赵磊', '张伟']);
    expect(filterMembers(members, 'M3@HUAXIN', false)).toEqual([buyer]);
    expect(filterMembers(members, '李', true)).toEqual([leaver]);
  });
});

describe('disabling with hand-over', () => {
  it('offers the active colleagues, the owner first, never the leaver', () => {
    expect(successorOptions(members, buyer).map((m) => m.displayName)).toEqual(['王建国', '赵磊']);
  });

  it('lists what was handed over, known kinds first, nothing of a kind left out', () => {
    expect(reassignedEntries({ zebras: 1, approvalTasks: 1, requisitions: 2, quotes: 0 })).toEqual([
      { key: 'requisitions', count: 2 },
      { key: 'approvalTasks', count: 1 },
      { key: 'zebras', count: 1 },
    ]);
    renderWithProviders(<ReassignedList heir="王建国" reassigned={{ requisitions: 2, approvalTasks: 1 }} />, {
      language: 'en',
    });
    expect(screen.getByTestId('reassigned').textContent).toBe(
      'Handed over to 王建国:2 open requisitions1 approval task',
    );
  });

  it('says when there was nothing to hand over', () => {
    renderWithProviders(<ReassignedList heir="王建国" reassigned={{ requisitions: 0, approvalTasks: 0 }} />, {
      language: 'zh-CN',
    });
    expect(screen.getByTestId('reassigned').textContent).toBe('没有需要移交的未完成工作。');
  });
});
