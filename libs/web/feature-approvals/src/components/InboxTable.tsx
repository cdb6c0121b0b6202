import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InboxItemView } from '../data/types';
import { formatDateTime } from '../utils/format';
import { Amount } from './Amount';
import { DueTime } from './DueTime';
import { RequestStatusTag, TaskStatusTag } from './StatusTags';

export interface InboxTableProps {
  status: 'pending' | 'decided';
  items: InboxItemView[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number) => void;
  onOpen: (item: InboxItemView) => void;
}

/**
 * One page of the approval inbox (the server pages it): subject, requester, amount, the
 * level out of how many, and the deadline (waiting) or the decision (decided). A row opens
 * the request.
 */
export function InboxTable({
  status,
  items,
  total,
  page,
  pageSize,
  loading,
  onPageChange,
  onOpen,
}: InboxTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<InboxItemView> = [
    {
      title: t('approvals.inbox.subject'),
      key: 'subject',
      render: (_, item) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis={{ tooltip: item.subjectTitle }} data-testid="inbox-subject">
            {item.subjectTitle}
          </Typography.Text>
          <Flex gap={6} wrap align="center">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`approvals.subjectType.${item.subjectType}`)}
            </Typography.Text>
            {item.onBehalfOf && (
              <Tag color="purple" data-testid="on-behalf-of" style={{ marginInlineEnd: 0 }}>
                {t('approvals.inbox.onBehalfOf', { name: item.onBehalfOf })}
              </Tag>
            )}
          </Flex>
        </Flex>
      ),
    },
    { title: t('approvals.inbox.requester'), dataIndex: 'requesterName', width: 120, ellipsis: true },
    {
      title: t('approvals.inbox.amount'),
      key: 'amount',
      align: 'right',
      width: 170,
      render: (_, item) => <Amount minor={item.amountMinor} currency={item.currency} />,
    },
    {
      title: t('approvals.inbox.level'),
      key: 'level',
      align: 'center',
      width: 90,
      render: (_, item) => (
        <span data-testid="inbox-level">
          {t('approvals.inbox.levelOf', { level: item.level, count: item.levelCount })}
        </span>
      ),
    },
    status === 'pending'
      ? {
          title: t('approvals.inbox.due'),
          key: 'due',
          width: 230,
          render: (_, item) => <DueTime dueAt={item.dueAt} overdue={item.overdue} />,
        }
      : {
          title: t('approvals.inbox.myDecision'),
          key: 'decision',
          width: 110,
          render: (_, item) => <TaskStatusTag status={item.taskStatus} />,
        },
    ...(status === 'decided'
      ? [
          {
            title: t('approvals.inbox.requestStatus'),
            key: 'requestStatus',
            width: 110,
            render: (_: unknown, item: InboxItemView) => <RequestStatusTag status={item.requestStatus} />,
          },
        ]
      : []),
    {
      title: t('approvals.inbox.received'),
      dataIndex: 'createdAt',
      width: 150,
      render: (iso: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(iso)}</span>,
    },
  ];
  return (
    <Table<InboxItemView>
      data-testid="inbox-table"
      rowKey={(item) => `${item.requestId}:${item.level}:${item.approverUserId}`}
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      tableLayout="fixed"
      locale={{
        emptyText: t(status === 'pending' ? 'approvals.inbox.empty' : 'approvals.inbox.emptyDecided'),
      }}
      onRow={(item) => ({
        onClick: () => onOpen(item),
        style: { cursor: 'pointer' },
        'data-testid': 'inbox-row',
      })}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (n) => t('approvals.common.total', { count: n }),
        onChange: onPageChange,
      }}
    />
  );
}
