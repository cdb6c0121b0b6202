import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CustomRole, Department } from '@tradeway/shared/contracts';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import { ApiKeySecretModal } from './ApiKeySecretModal';
import { DepartmentFormModal } from './DepartmentFormModal';
import { InviteMemberModal } from './InviteMemberModal';
import { RoleFormModal } from './RoleFormModal';

// Each form validates before it submits: these cases never reach the API (and the test
// environment's API address is a closed port, so a request would fail, not pass).

const roles: CustomRole[] = [
  { id: '00000000-0000-4000-8000-0000000000a1', name: '内审', permissions: ['audit:view'], memberCount: 0 },
];
const departments: Department[] = [
  { id: '00000000-0000-4000-8000-0000000000d1', name: '采购部', budgetCode: 'CC-100', memberCount: 2 },
];
const fieldError = (form: HTMLElement, label: string) =>
  within(form).getByLabelText(label).closest('.ant-form-item')?.querySelector('.ant-form-item-explain')
    ?.textContent ?? '';

describe('invite form', () => {
  it('asks for email and name and offers every role but owner, with purchaser preselected', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <InviteMemberModal open roles={roles} departments={departments} onClose={() => undefined} />,
      {
        language: 'zh-CN',
      },
    );
    const form = await screen.findByTestId('invite-form');
    await user.click(screen.getByRole('button', { name: '发送邀请' }));
    await waitFor(() => expect(fieldError(form, '邮箱')).toBe('请输入邮箱'));
    expect(fieldError(form, '姓名')).toBe('请输入姓名');
    expect(within(form).getByText('采购员')).toBeTruthy();

    await user.click(within(form).getByLabelText('角色'));
    const options = await waitFor(() => {
      const shown = [...document.querySelectorAll('.ant-select-item-option-content')].map(
        (o) => o.textContent,
      );
      expect(shown.length).toBeGreaterThan(0);
      return shown;
    });
    expect(options).toEqual(['管理员', '采购员', '审批人', '财务', '业务员', '销售经理', '仓储', '只读成员']);
  });

  it('refuses an address the API would refuse, and a name of only spaces (en)', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <InviteMemberModal open roles={roles} departments={departments} onClose={() => undefined} />,
      {
        language: 'en',
      },
    );
    const form = await screen.findByTestId('invite-form');
    await user.type(within(form).getByLabelText('Email'), 'not-an-email');
    await user.type(within(form).getByLabelText('Name'), '   ');
    await user.click(screen.getByRole('button', { name: 'Send the invitation' }));
    await waitFor(() => expect(fieldError(form, 'Email')).toBe('Enter a valid email address'));
    expect(fieldError(form, 'Name')).toBe('Enter the name');
  });
});

describe('department form', () => {
  it('checks the budget code by the API’s rule before it submits', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DepartmentFormModal open department={null} onClose={() => undefined} />, {
      language: 'zh-CN',
    });
    const form = await screen.findByTestId('department-form');
    await user.type(within(form).getByLabelText('名称'), '采购部');
    await user.type(within(form).getByLabelText('预算编码'), 'CC 100');
    await user.click(screen.getByRole('button', { name: '创 建' }));
    await waitFor(() =>
      expect(fieldError(form, '预算编码')).toBe('只能包含字母、数字、“.”、“-” 或 “_”，并以字母或数字开头'),
    );
    expect(fieldError(form, '名称')).toBe('');

    await user.clear(within(form).getByLabelText('预算编码'));
    await user.type(within(form).getByLabelText('预算编码'), `CC-${'9'.repeat(30)}`);
    await user.click(screen.getByRole('button', { name: '创 建' }));
    await waitFor(() => expect(fieldError(form, '预算编码')).toBe('最多 32 个字符'));
  });

  it('starts from the department’s name and code when renaming', async () => {
    renderWithProviders(
      <DepartmentFormModal open department={departments[0] ?? null} onClose={() => undefined} />,
      {
        language: 'en',
      },
    );
    const form = await screen.findByTestId('department-form');
    expect(within(form).getByLabelText('Name')).toHaveProperty('value', '采购部');
    expect(within(form).getByLabelText('Budget code')).toHaveProperty('value', 'CC-100');
    expect(screen.getByText('Rename 采购部')).toBeTruthy();
  });
});

describe('custom role form', () => {
  it('wants a name and at least one permission', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <RoleFormModal open role={null} options={['audit:view', 'user:view']} onClose={() => undefined} />,
      { language: 'en' },
    );
    const form = await screen.findByTestId('role-form');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(fieldError(form, 'Name')).toBe('Enter a name'));
    expect(within(form).getByText('Choose at least one permission')).toBeTruthy();
  });
});

describe('the secret of a new API key', () => {
  it('is shown once with a warning, copied with one click, and closed only on purpose', async () => {
    const user = userEvent.setup(); // gives the page a clipboard
    const onDone = vi.fn();
    const secret = 'tw_0123456789ab_QmFzZTY0VXJsU2VjcmV0VmFsdWU';
    renderWithProviders(<ApiKeySecretModal secret={secret} name="ERP" onDone={onDone} />, {
      language: 'zh-CN',
    });
    expect(screen.getByTestId('api-key-secret')).toHaveProperty('value', secret);
    expect(screen.getByTestId('secret-warning').textContent).toContain('密钥只显示这一次');
    expect(screen.queryByRole('button', { name: /close|关闭/i })).toBeNull();

    await user.click(screen.getByTestId('secret-copy'));
    expect(await navigator.clipboard.readText()).toBe(secret);
    expect(screen.getByTestId('secret-copy').textContent).toContain('已复制');

    await user.keyboard('{Escape}');
    expect(onDone).not.toHaveBeenCalled();
    await user.click(screen.getByTestId('secret-done'));
    expect(onDone).toHaveBeenCalledOnce();
  });
});
