import { ORPCError } from '@orpc/client';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { DecisionPayload } from '../data/types';
import type { DecisionOption } from '../utils/approval-view';
import { DecisionPanel, type Refusal, RefusalAlert } from './DecisionPanel';

const REQUEST = '00000000-0000-4000-8000-0000000000aa';
const ME = '00000000-0000-4000-8000-000000000001';
const BOSS = '00000000-0000-4000-8000-000000000003';
const mine: DecisionOption = { approverUserId: ME, approverName: '陈静' };
const forBoss: DecisionOption = { approverUserId: BOSS, approverName: '王建国', onBehalfOfUserId: BOSS };

function renderPanel(
  options: DecisionOption[],
  onDecide: (p: DecisionPayload) => Promise<unknown>,
  onRefused: (r: Refusal | null) => void = () => undefined,
  language: 'zh-CN' | 'en' = 'zh-CN',
) {
  renderWithProviders(
    <DecisionPanel requestId={REQUEST} options={options} onDecide={onDecide} onRefused={onRefused} />,
    { language },
  );
}

const refusal = (code: string, status: number, en: string, zh: string) =>
  new ORPCError(code, { status, message: en, data: { reason: code, messageZh: zh } });

describe('approve / reject', () => {
  it('asks for a comment on the field before a rejection is sent', async () => {
    const onDecide = vi.fn((_: DecisionPayload) => Promise.resolve());
    renderPanel([mine], onDecide);
    await userEvent.click(screen.getByTestId('reject'));
    expect(await screen.findByText('驳回时请填写理由')).toBeTruthy();
    expect(onDecide).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('审批意见'), '预算不足');
    await waitFor(() => expect(screen.queryByText('驳回时请填写理由')).toBeNull());
    await userEvent.click(screen.getByTestId('reject'));
    await waitFor(() => expect(onDecide).toHaveBeenCalledTimes(1));
    expect(onDecide.mock.calls[0]?.[0]).toEqual({
      requestId: REQUEST,
      decision: 'reject',
      comment: '预算不足',
    });
  });

  it('approves without a comment', async () => {
    const onDecide = vi.fn((_: DecisionPayload) => Promise.resolve());
    renderPanel([mine], onDecide);
    await userEvent.click(screen.getByTestId('approve'));
    await waitFor(() => expect(onDecide).toHaveBeenCalledTimes(1));
    expect(onDecide.mock.calls[0]?.[0]).toEqual({ requestId: REQUEST, decision: 'approve', comment: '' });
  });

  it('decides for an absent colleague with onBehalfOfUserId, and says so', async () => {
    const onDecide = vi.fn((_: DecisionPayload) => Promise.resolve());
    renderPanel([forBoss], onDecide);
    expect(screen.getByTestId('deciding-for').textContent).toBe('您正代 王建国 审批（对方已委托您）。');
    await userEvent.click(screen.getByTestId('approve'));
    await waitFor(() => expect(onDecide).toHaveBeenCalledTimes(1));
    expect(onDecide.mock.calls[0]?.[0]).toMatchObject({ decision: 'approve', onBehalfOfUserId: BOSS });
  });

  it('lets the user choose between their own task and a delegator’s', async () => {
    const onDecide = vi.fn((_: DecisionPayload) => Promise.resolve());
    renderPanel([mine, forBoss], onDecide);
    await userEvent.click(screen.getByLabelText('代 王建国 审批'));
    await userEvent.click(screen.getByTestId('approve'));
    await waitFor(() => expect(onDecide).toHaveBeenCalledTimes(1));
    expect(onDecide.mock.calls[0]?.[0].onBehalfOfUserId).toBe(BOSS);
  });

  it('hands the API’s refusal on with its message in Chinese (data.messageZh), in English on an English page', async () => {
    const onRefused = vi.fn();
    const decided = refusal(
      'ALREADY_DECIDED',
      409,
      'This approval task has already been decided; decisions cannot be changed',
      '该审批任务已处理，决定不可更改',
    );
    renderPanel([mine], () => Promise.reject(decided), onRefused);
    await userEvent.click(screen.getByTestId('approve'));
    await waitFor(() =>
      expect(onRefused).toHaveBeenLastCalledWith({
        kind: 'ALREADY_DECIDED',
        text: '该审批任务已处理，决定不可更改',
      }),
    );
    onRefused.mockClear();
    const self = refusal(
      'SELF_APPROVAL',
      403,
      'No one may approve their own request',
      '不能审批自己提交的申请',
    );
    renderPanel([mine], () => Promise.reject(self), onRefused, 'en');
    await userEvent.click(screen.getAllByTestId('approve')[1] as HTMLElement);
    await waitFor(() =>
      expect(onRefused).toHaveBeenLastCalledWith({
        kind: 'SELF_APPROVAL',
        text: 'No one may approve their own request',
      }),
    );
  });

  it('puts a refused blank rejection on the comment field', async () => {
    const onRefused = vi.fn();
    const blank = refusal('COMMENT_REQUIRED', 422, 'A comment is required to reject', '驳回时必须填写意见');
    renderPanel([mine], () => Promise.reject(blank), onRefused);
    await userEvent.type(screen.getByLabelText('审批意见'), ' x');
    await userEvent.click(screen.getByTestId('reject'));
    expect(await screen.findByText('驳回时请填写理由')).toBeTruthy();
    expect(onRefused).not.toHaveBeenCalledWith(expect.objectContaining({ kind: 'COMMENT_REQUIRED' }));
  });

  it('explains each refusal with a title of its own and the API’s words', () => {
    renderWithProviders(
      <RefusalAlert refusal={{ kind: 'NOT_PENDING', text: '该审批已结束，不能再操作' }} />,
      { language: 'zh-CN' },
    );
    const alert = screen.getByTestId('decision-error');
    expect(alert.getAttribute('data-code')).toBe('NOT_PENDING');
    expect(alert.textContent).toContain('该审批已结束');
    expect(alert.textContent).toContain('该审批已结束，不能再操作');
    expect(alert.textContent).toContain('下方已显示该审批的最新进度。');
  });
});
