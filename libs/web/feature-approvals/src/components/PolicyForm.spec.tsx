import { ORPCError } from '@orpc/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { PolicyPayload } from '../data/types';
import { emptyLevel, emptyPolicy, type PolicyFormValues } from '../utils/policy-form';
import { PolicyForm } from './PolicyForm';

/** "Above 100 000: the purchasing manager, then finance and the general manager (all)". */
const aboveHundredThousand: PolicyFormValues = {
  ...emptyPolicy(),
  name: '10 万元以上',
  priority: 30,
  conditions: { ...emptyPolicy().conditions, minAmount: '100000.00' },
  levels: [
    { ...emptyLevel(), approverRoles: ['approver'] },
    { ...emptyLevel(), mode: 'all', approverRoles: ['finance', 'owner'], slaHours: 48 },
  ],
};

function renderForm(
  initialValues: PolicyFormValues,
  onSubmit: (p: PolicyPayload) => Promise<unknown>,
  language: 'zh-CN' | 'en' = 'zh-CN',
) {
  renderWithProviders(
    <PolicyForm
      initialValues={initialValues}
      members={[]}
      membersAvailable
      customRoles={[]}
      departments={[]}
      categories={[]}
      submitLabel="保存"
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />,
    { language },
  );
  return { submit: () => userEvent.click(screen.getByTestId('policy-submit')) };
}

const levels = () => screen.getAllByTestId('policy-level');

describe('policy editor', () => {
  it('shows the third band with its two levels, roles named in Chinese, and sends it back unchanged', async () => {
    const onSubmit = vi.fn((_: PolicyPayload) => Promise.resolve());
    const { submit } = renderForm(aboveHundredThousand, onSubmit);
    expect(levels()).toHaveLength(2);
    expect(within(levels()[0] as HTMLElement).getByText('审批人（采购经理）')).toBeTruthy();
    expect(within(levels()[1] as HTMLElement).getByText('财务')).toBeTruthy();
    expect(within(levels()[1] as HTMLElement).getByText('所有者（总经理）')).toBeTruthy();
    await submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      subjectType: 'purchase_requisition',
      name: '10 万元以上',
      priority: 30,
      active: true,
      conditions: { minAmountMinor: '10000000' },
      levels: [
        {
          order: 1,
          mode: 'any',
          approverRoles: ['approver'],
          approverUserIds: [],
          slaHours: 24,
          escalation: { kind: 'notify' },
        },
        {
          order: 2,
          mode: 'all',
          approverRoles: ['finance', 'owner'],
          approverUserIds: [],
          slaHours: 48,
          escalation: { kind: 'notify' },
        },
      ],
    });
  });

  it('reorders levels: the order sent is the order shown', async () => {
    const onSubmit = vi.fn((_: PolicyPayload) => Promise.resolve());
    const { submit } = renderForm(aboveHundredThousand, onSubmit);
    await userEvent.click(screen.getByRole('button', { name: '第 2 级上移' }));
    await submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0].levels?.map((l) => [l.order, l.approverRoles])).toEqual([
      [1, ['finance', 'owner']],
      [2, ['approver']],
    ]);
  });

  it('asks for an approver on every level and an upper amount above the lower one, before sending', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    const { submit } = renderForm({ ...emptyPolicy(), name: '测试' }, onSubmit);
    expect(screen.getByTestId('no-levels')).toBeTruthy();
    await userEvent.click(screen.getByTestId('add-level'));
    fireEvent.change(screen.getByLabelText('金额下限（元，含）'), { target: { value: '100000' } });
    fireEvent.change(screen.getByLabelText('金额上限（元，不含）'), { target: { value: '10000' } });
    await submit();
    expect(
      await within(levels()[0] as HTMLElement).findByText('每个环节至少指定一个审批角色或审批人'),
    ).toBeTruthy();
    expect(screen.getByText('必须大于金额下限')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('金额上限（元，不含）'), { target: { value: '10000.001' } });
    expect(await screen.findByText('最多 2 位小数（分）')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('折扣不低于（%）'), { target: { value: '120' } });
    expect(await screen.findByText('不能超过 100%')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows the API’s 422 on the field of the level it concerns, in Chinese', async () => {
    const refusal = new ORPCError('POLICY_INVALID', {
      status: 422,
      message: 'The approval policy is invalid',
      data: {
        reason: 'POLICY_INVALID',
        messageZh: '审批策略配置无效',
        fields: [{ path: 'levels.1.approverRoles.0', message: 'Unknown role' }],
      },
    });
    const { submit } = renderForm(aboveHundredThousand, () => Promise.reject(refusal));
    await submit();
    expect(await within(levels()[1] as HTMLElement).findByText('角色不存在')).toBeTruthy();
    expect(within(levels()[0] as HTMLElement).queryByText('角色不存在')).toBeNull();
    expect(screen.queryByTestId('form-error')).toBeNull(); // all of it is on a field
  });

  it('names roles and modes in English', () => {
    renderForm(aboveHundredThousand, () => Promise.resolve(), 'en');
    expect(within(levels()[0] as HTMLElement).getByText('Approver (purchasing manager)')).toBeTruthy();
    expect(within(levels()[1] as HTMLElement).getByText('Owner (general manager)')).toBeTruthy();
    expect(screen.getAllByText('All must approve').length).toBeGreaterThan(0);
  });
});
