import { Flex, Steps, Tag, Typography } from 'antd';
import type { StepsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApprovalRequestView, ApprovalTaskView, PolicyLevelView } from '../data/types';
import { type LevelState, levelSteps } from '../utils/approval-view';
import { formatDateTime } from '../utils/format';
import { useLevelText } from './level-text';
import { TaskStatusTag } from './StatusTags';
import { useNow } from './use-now';

const STEP_STATUS: Record<LevelState, NonNullable<StepsProps['items']>[number]['status']> = {
  current: 'process',
  approved: 'finish',
  rejected: 'error',
  waiting: 'wait',
  not_reached: 'wait',
};

/** One approver's task: decision, by whom (a delegate), comment, when; due and escalation. */
function TaskLine({ task, now }: { task: ApprovalTaskView; now: Date }) {
  const { t } = useTranslation();
  const byDelegate = task.decidedByUserId && task.decidedByUserId !== task.approverUserId;
  return (
    <Flex
      vertical
      gap={2}
      data-testid="approval-task"
      data-approver={task.approverName}
      style={{ padding: '6px 10px', background: '#fafbfc', border: '1px solid #eef0f3', borderRadius: 6 }}
    >
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{task.approverName}</Typography.Text>
        <TaskStatusTag status={task.status} />
        {byDelegate && (
          <Typography.Text type="secondary" data-testid="decided-by">
            {t('approvals.request.decidedByDelegate', { name: task.decidedByName ?? '' })}
          </Typography.Text>
        )}
        {task.decidedAt && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(task.decidedAt)}
          </Typography.Text>
        )}
      </Flex>
      {task.comment && <Typography.Text data-testid="task-comment">“{task.comment}”</Typography.Text>}
      {(task.status === 'pending' && task.dueAt) || task.escalatedAt ? (
        <Flex gap={8} wrap>
          {task.status === 'pending' && task.dueAt && (
            <Typography.Text
              type={Date.parse(task.dueAt) <= now.getTime() ? 'danger' : 'secondary'}
              style={{ fontSize: 12 }}
            >
              {t('approvals.request.dueAt', { time: formatDateTime(task.dueAt) })}
            </Typography.Text>
          )}
          {task.escalatedAt && (
            <Tag color="warning" style={{ marginInlineEnd: 0 }}>
              {t('approvals.request.escalatedAt', { time: formatDateTime(task.escalatedAt) })}
            </Tag>
          )}
        </Flex>
      ) : null}
    </Flex>
  );
}

function LevelTitle({ level, state }: { level: PolicyLevelView; state: LevelState }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center" wrap>
      <span>{t('approvals.request.level', { order: level.order })}</span>
      <Tag style={{ marginInlineEnd: 0 }}>{t(`approvals.request.state.${state}`)}</Tag>
    </Flex>
  );
}

/**
 * The levels of an approval, in order: who is asked (roles, users, any or all), the SLA and
 * what happens when it passes, and each approver's decision.
 */
export function ApprovalSteps({ request }: { request: ApprovalRequestView }) {
  const { t } = useTranslation();
  const { approvers, rule } = useLevelText();
  const now = useNow();
  const steps = levelSteps(request);
  if (steps.length === 0) {
    return <Typography.Text type="secondary">{t('approvals.request.noLevels')}</Typography.Text>;
  }
  return (
    <Steps
      orientation="vertical"
      size="small"
      data-testid="approval-steps"
      current={steps.findIndex((s) => s.state === 'current')}
      items={steps.map(({ level, state, tasks }) => ({
        status: STEP_STATUS[state],
        title: <LevelTitle level={level} state={state} />,
        content: (
          <Flex
            vertical
            gap={6}
            style={{ padding: '4px 0 12px' }}
            data-testid={`level-${level.order}`}
            data-state={state}
          >
            <Typography.Text type="secondary">
              {approvers(level)} · {rule(level)}
            </Typography.Text>
            {tasks.map((task) => (
              <TaskLine key={`${task.level}:${task.approverUserId}`} task={task} now={now} />
            ))}
          </Flex>
        ),
      }))}
    />
  );
}
