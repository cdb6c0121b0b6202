import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestStatus, RequisitionStatus, TaskStatus } from '../data/types';

const REQUEST_COLOR: Record<RequestStatus, string> = {
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};
const REQUISITION_COLOR: Record<RequisitionStatus, string> = {
  pending_approval: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};
const TASK_COLOR: Record<TaskStatus, string> = {
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  skipped: 'default',
};

export function RequestStatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={REQUEST_COLOR[status]} data-testid="request-status" data-status={status}>
      {t(`approvals.requestStatus.${status}`)}
    </Tag>
  );
}

export function RequisitionStatusTag({ status }: { status: RequisitionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={REQUISITION_COLOR[status]} data-testid="requisition-status" data-status={status}>
      {t(`approvals.requisitionStatus.${status}`)}
    </Tag>
  );
}

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={TASK_COLOR[status]} data-testid="task-status" data-status={status}>
      {t(`approvals.taskStatus.${status}`)}
    </Tag>
  );
}
