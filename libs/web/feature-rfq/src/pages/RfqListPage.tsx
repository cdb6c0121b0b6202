import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLanguage } from '@tradeway/web/i18n';
import { hasPermission, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { Deadline } from '../components/Deadline';
import { NUMERIC } from '../components/Figures';
import { RfqFilterBar } from '../components/RfqFilterBar';
import { RfqStatusTag, SealedIcon } from '../components/RfqTags';
import { useRfqs } from '../data/rfqs.queries';
import type { RfqStatus, RfqSummaryView } from '../data/types';
import { NEW_RFQ_PATH, rfqPath } from '../paths';
import { formatDay } from '../utils/format';
import { hasFilters, PAGE_SIZE, readRfqQuery, type RfqFilters, writeRfqQuery } from '../utils/rfq-query';

/**
 * `/rfqs`: my company's RFQs (询价), newest first, filtered and paged on the server with
 * everything in the address; the deadline counts down; a sealed RFQ shows no quote count
 * before its deadline. A row opens the RFQ.
 */
export function RfqListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const { filters, page } = readRfqQuery(params);
  const list = useRfqs(filters, page);
  const canCreate = hasPermission(me, 'rfq:create');

  const setQuery = (next: RfqFilters, nextPage = 1) => setParams(writeRfqQuery(next, nextPage));

  const columns: TableColumnsType<RfqSummaryView> = [
    {
      title: t('rfq.list.columns.number'),
      dataIndex: 'number',
      width: 180,
      render: (n: string, r) => (
        <Link to={rfqPath(r.id)} onClick={(e) => e.stopPropagation()} data-testid="rfq-number">
          <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
            {n}
          </Typography.Text>
        </Link>
      ),
    },
    {
      title: t('rfq.list.columns.title'),
      dataIndex: 'title',
      ellipsis: { showTitle: true },
      render: (title: string, r) => (
        <Space size={6}>
          {r.sealed && <SealedIcon />}
          <span data-testid="rfq-title">{title}</span>
        </Space>
      ),
    },
    {
      title: t('rfq.list.columns.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: RfqStatus) => <RfqStatusTag status={s} />,
    },
    {
      title: t('rfq.list.columns.deadline'),
      dataIndex: 'deadline',
      width: 190,
      render: (d: string) => <Deadline deadline={d} />,
    },
    {
      title: t('rfq.list.columns.delivery'),
      dataIndex: 'deliveryDate',
      width: 130,
      render: (d: string) => <span style={NUMERIC}>{formatDay(d, language)}</span>,
    },
    {
      title: t('rfq.list.columns.items'),
      dataIndex: 'itemCount',
      width: 80,
      align: 'right',
      render: (n: number) => <span style={NUMERIC}>{n}</span>,
    },
    {
      title: t('rfq.list.columns.quotes'),
      key: 'quotes',
      width: 100,
      align: 'right',
      render: (_, r) =>
        r.quoteCount === null ? (
          <Typography.Text type="secondary" data-testid="rfq-quotes">
            {r.status === 'draft' || r.status === 'pending_approval'
              ? t('rfq.common.none')
              : t('rfq.common.sealed')}
          </Typography.Text>
        ) : (
          <span style={NUMERIC} data-testid="rfq-quotes">
            {r.quoteCount}
          </span>
        ),
    },
  ];

  const empty = hasFilters(filters) ? (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t('rfq.list.emptyFiltered')}
      data-testid="rfqs-empty"
    >
      <Button onClick={() => setQuery({ statuses: [] })} data-testid="empty-clear-filters">
        {t('rfq.filters.clear')}
      </Button>
    </Empty>
  ) : (
    <Empty description={t('rfq.list.empty')} data-testid="rfqs-empty">
      {canCreate && (
        <Button type="primary" onClick={() => void navigate(NEW_RFQ_PATH)} data-testid="empty-new-rfq">
          {t('rfq.list.new')}
        </Button>
      )}
    </Empty>
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <PageHeader
        title={t('rfq.list.pageTitle')}
        hint={t('rfq.list.hint')}
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate(NEW_RFQ_PATH)}
              data-testid="new-rfq"
            >
              {t('rfq.list.new')}
            </Button>
          )
        }
      />
      <Card>
        <Flex vertical gap={16}>
          <RfqFilterBar side="buyer" filters={filters} onChange={(next) => setQuery(next)} />
          {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
          <Table<RfqSummaryView>
            data-testid="rfqs-table"
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1000 }}
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isPending || list.isPlaceholderData}
            locale={{ emptyText: list.isPending ? ' ' : empty }}
            onRow={(r) => ({
              onClick: () => void navigate(rfqPath(r.id)),
              style: { cursor: 'pointer' },
              'data-testid': 'rfq-row',
            })}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (n) => t('rfq.list.total', { count: n }),
              onChange: (p) => setQuery(filters, p),
            }}
          />
        </Flex>
      </Card>
    </Space>
  );
}
