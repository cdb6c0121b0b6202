import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { ApprovalRequestView, InboxItemView } from '../data/types';
import { ApprovalSteps } from './ApprovalSteps';
import { InboxTable } from './InboxTable';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const item = (over: Partial<InboxItemView>): InboxItemView => ({
  requestId: uuid(1),
  subjectType: 'purchase_requisition',
  subjectId: uuid(2),
  subjectTitle: 'PR-2026-000001 白砂糖 25 吨',
  requesterName: '张伟',
  amountMinor: '15000000',
  currency: 'CNY',
  level: 1,
  levelCount: 2,
  approverUserId: uuid(3),
  onBehalfOf: null,
  taskStatus: 'pending',
  requestStatus: 'pending',
  dueAt: '2026-11-26T08:00:00.000Z',
  overdue: false,
  createdAt: '2026-11-25T08:00:00.000Z',
  ...over,
});

function renderInbox(
  items: InboxItemView[],
  status: 'pending' | 'decided',
  language: 'zh-CN' | 'en' = 'zh-CN',
) {
  const onOpen = vi.fn();
  renderWithProviders(
    <InboxTable
      status={status}
      items={items}
      total={items.length}
      page={1}
      pageSize={20}
      loading={false}
      onPageChange={() => undefined}
      onOpen={onOpen}
    />,
    { language },
  );
  return { onOpen, rows: () => screen.getAllByTestId('inbox-row') };
}

describe('approval inbox', () => {
  it('lists subject, requester, amount in yuan, level of levels, due time and whom the user stands in for', async () => {
    const { rows, onOpen } = renderInbox(
      [
        item({}),
        item({
          requestId: uuid(4),
          subjectTitle: 'PR-2026-000002 纸箱',
          amountMinor: '5000000',
          level: 2,
          onBehalfOf: '王建国',
          overdue: true,
          dueAt: '2026-11-24T08:00:00.000Z',
        }),
      ],
      'pending',
    );
    const [first, second] = rows() as [HTMLElement, HTMLElement];
    expect(first.textContent).toContain('白砂糖 25 吨');
    expect(first.textContent).toContain('采购申请');
    expect(first.textContent).toContain('张伟');
    expect(first.textContent).toContain('¥150,000.00');
    expect(within(first).getByTestId('inbox-level').textContent).toBe('1 / 2');
    expect(within(first).queryByTestId('overdue')).toBeNull();
    expect(within(first).queryByTestId('on-behalf-of')).toBeNull();
    expect(second.textContent).toContain('¥50,000.00');
    expect(within(second).getByTestId('inbox-level').textContent).toBe('2 / 2');
    expect(within(second).getByTestId('overdue').textContent).toBe('已超时');
    expect(within(second).getByTestId('on-behalf-of').textContent).toBe('代 王建国 审批');
    await userEvent.click(second);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ requestId: uuid(4) }));
  });

  it('shows the decision and the outcome in the decided tab, in English', () => {
    const { rows } = renderInbox(
      [item({ taskStatus: 'approved', requestStatus: 'pending', onBehalfOf: 'Wang Jianguo' })],
      'decided',
      'en',
    );
    const row = rows()[0] as HTMLElement;
    expect(within(row).getByTestId('task-status').textContent).toBe('Approved');
    expect(within(row).getByTestId('request-status').textContent).toBe('Pending');
    expect(within(row).getByTestId('on-behalf-of').textContent).toBe('on behalf of Wang Jianguo');
    expect(screen.getByText('My decision')).toBeTruthy();
  });

  it('says when nothing waits', () => {
    renderInbox([], 'pending');
    expect(screen.getAllByText('暂无待审批事项').length).toBeGreaterThan(0);
  });
});

const midway: ApprovalRequestView = {
  id: uuid(1),
  subjectType: 'purchase_requisition',
  subjectId: uuid(2),
  subjectVersion: 1,
  subjectTitle: 'PR-2026-000001 白砂糖 25 吨',
  requesterId: uuid(10),
  requesterName: '张伟',
  amountMinor: '15000000',
  currency: 'CNY',
  status: 'pending',
  currentLevel: 2,
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
      escalation: { kind: 'next_level' },
    },
  ],
  policyId: uuid(20),
  overSpendingLimit: false,
  tasks: [
    {
      level: 1,
      approverUserId: uuid(11),
      approverName: '刘洋',
      status: 'approved',
      decidedByUserId: uuid(12),
      decidedByName: '陈静',
      comment: '价格合理',
      decidedAt: '2026-11-25T09:00:00.000Z',
      dueAt: '2026-11-26T08:00:00.000Z',
      escalatedAt: null,
    },
    {
      level: 2,
      approverUserId: uuid(12),
      approverName: '陈静',
      status: 'approved',
      decidedByUserId: uuid(12),
      decidedByName: '陈静',
      comment: null,
      decidedAt: '2026-11-25T10:00:00.000Z',
      dueAt: '2026-11-27T09:00:00.000Z',
      escalatedAt: null,
    },
    {
      level: 2,
      approverUserId: uuid(13),
      approverName: '王建国',
      status: 'pending',
      decidedByUserId: null,
      decidedByName: null,
      comment: null,
      decidedAt: null,
      dueAt: '2026-11-27T09:00:00.000Z',
      escalatedAt: '2026-11-27T09:01:00.000Z',
    },
  ],
  createdAt: '2026-11-25T08:00:00.000Z',
  decidedAt: null,
};

describe('approval levels', () => {
  it('shows each level with who approves, its rule, and every decision with comment, delegate, due and escalation', () => {
    renderWithProviders(<ApprovalSteps request={midway} />, { language: 'zh-CN' });
    const one = screen.getByTestId('level-1');
    const two = screen.getByTestId('level-2');
    expect(one.getAttribute('data-state')).toBe('approved');
    expect(two.getAttribute('data-state')).toBe('current');
    expect(one.textContent).toContain('审批人（采购经理）');
    expect(one.textContent).toContain('任一人同意即可（或签）');
    expect(one.textContent).toContain('时限 24 小时');
    expect(within(one).getByTestId('task-comment').textContent).toBe('“价格合理”');
    expect(within(one).getByTestId('decided-by').textContent).toBe('由 陈静 代为审批');
    expect(two.textContent).toContain('财务 和 所有者（总经理）');
    expect(two.textContent).toContain('须全部同意（会签）');
    expect(two.textContent).toContain('转交下一级');
    const tasks = within(two).getAllByTestId('approval-task');
    expect(tasks.map((t) => within(t).getByTestId('task-status').textContent)).toEqual(['已同意', '待审批']);
    expect(within(tasks[1] as HTMLElement).queryByTestId('decided-by')).toBeNull();
    expect(tasks[1]?.textContent).toContain('截止');
    expect(tasks[1]?.textContent).toContain('超时升级');
  });

  it('says when a request needed no levels', () => {
    renderWithProviders(
      <ApprovalSteps
        request={{ ...midway, levels: [], tasks: [], status: 'approved', currentLevel: null }}
      />,
      {
        language: 'en',
      },
    );
    expect(screen.getByText('No approval levels: approved at once.')).toBeTruthy();
  });
});
