import { Flex, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../utils/format';

/** When a task is due, with how long is left and an "overdue" tag once it has passed. */
export function DueTime({ dueAt, overdue }: { dueAt: string | null; overdue: boolean }) {
  const { t } = useTranslation();
  if (!dueAt) return <Typography.Text type="secondary">{t('approvals.common.none')}</Typography.Text>;
  return (
    <Flex align="center" gap={6} wrap>
      <Tooltip title={dayjs(dueAt).fromNow()}>
        <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {formatDateTime(dueAt)}
        </span>
      </Tooltip>
      {overdue && (
        <Tag color="error" data-testid="overdue" style={{ marginInlineEnd: 0 }}>
          {t('approvals.inbox.overdue')}
        </Tag>
      )}
    </Flex>
  );
}
