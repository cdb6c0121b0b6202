import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Segmented, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { hasPermission, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { Amount } from '../components/Amount';
import { RequisitionStatusTag } from '../components/StatusTags';
import { PAGE_SIZE } from '../data/approvals.queries';
import { useRequisitions } from '../data/requisitions.queries';
import type { RequisitionStatus, RequisitionView } from '../data/types';
import { NEW_REQUISITION_PATH, requisitionPath } from '../paths';
import { formatDateTime } from '../utils/format';

const STATUSES: RequisitionStatus[] = ['pending_approval', 'approved', 'rejected', 'withdrawn'];
const isStatus = (v: string | null): v is RequisitionStatus => STATUSES.includes(v as RequisitionStatus);

/**
 * `/requisitions`: my requisitions (the company's, with `requisition:view_all`), filtered by
 * status (`?status=`) and paged on the server (`&page=`); a new one with `requisition:create`.
 */
export function RequisitionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSession();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useRequisitions(status, page);

  const setQuery = (next: { status?: RequisitionStatus | undefined; page?: number }) => {
    const q = new URLSearchParams();
    const s = 'status' in next ? next.status : status;
    if (s) q.set('status', s);
    const p = next.page ?? 1;
    if (p > 1) q.set('page', String(p));
    setParams(q);
  };

  const columns: TableColumnsType<RequisitionView> = [
    {
      title: t('approvals.requisitions.number'),
      dataIndex: 'number',
      width: 170,
      render: (n: string) => <Typography.Text code>{n}</Typography.Text>,
    },
    { title: t('approvals.requisitions.title'), dataIndex: 'title', ellipsis: true },
    { title: t('approvals.requisitions.requester'), dataIndex: 'requesterName', width: 120, ellipsis: true },
    {
      title: t('approvals.requisitions.total'),
      key: 'total',
      align: 'right',
      width: 170,
      render: (_, r) => <Amount minor={r.totalMinor} currency={r.currency} />,
    },
    {
      title: t('approvals.requisitions.status'),
      dataIndex: 'status',
      width: 120,
      render: (s: RequisitionStatus) => <RequisitionStatusTag status={s} />,
    },
    {
      title: t('approvals.requisitions.updated'),
      dataIndex: 'updatedAt',
      width: 150,
      render: formatDateTime,
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1200 }}>
      <PageHeader
        title={t('approvals.requisitions.pageTitle')}
        hint={t('approvals.requisitions.hint')}
        extra={
          hasPermission(me, 'requisition:create') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate(NEW_REQUISITION_PATH)}
              data-testid="new-requisition"
            >
              {t('approvals.requisitions.new')}
            </Button>
          )
        }
      />
      <Card>
        <Flex vertical gap={16}>
          <Segmented<string>
            data-testid="requisition-status-filter"
            value={status ?? 'all'}
            onChange={(v) => setQuery({ status: v === 'all' ? undefined : (v as RequisitionStatus) })}
            options={[
              { value: 'all', label: t('approvals.requisitions.all') },
              ...STATUSES.map((s) => ({ value: s, label: t(`approvals.requisitionStatus.${s}`) })),
            ]}
          />
          {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
          <Table<RequisitionView>
            data-testid="requisitions-table"
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isPending || list.isPlaceholderData}
            locale={{ emptyText: t('approvals.requisitions.empty') }}
            onRow={(r) => ({
              onClick: () => void navigate(requisitionPath(r.id)),
              style: { cursor: 'pointer' },
            })}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (n) => t('approvals.common.total', { count: n }),
              onChange: (p) => setQuery({ page: p }),
            }}
          />
        </Flex>
      </Card>
    </Space>
  );
}
