import { Alert, Button, Card, Empty, Flex, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLanguage } from '@tradeway/web/i18n';
import { PageHeader, useCompanyName, useErrorText } from '@tradeway/web/ui';
import { Deadline } from '../components/Deadline';
import { NUMERIC } from '../components/Figures';
import { RfqFilterBar } from '../components/RfqFilterBar';
import { MyQuoteTag, RfqStatusTag, SealedIcon } from '../components/RfqTags';
import { useInbox } from '../data/quotes.queries';
import type { RfqStatus, RfqSummaryView } from '../data/types';
import { rfqPath } from '../paths';
import { formatDay } from '../utils/format';
import { hasFilters, PAGE_SIZE, readRfqQuery, type RfqFilters, writeRfqQuery } from '../utils/rfq-query';
import { useRegionName } from '../components/use-region-name';

/**
 * `/rfq-inbox`: the RFQs my company may quote — invited, or open to a category I sell in —
 * newest first, with the deadline counting down and my own quote's state; filtered (status,
 * search, quoted or not) and paged on the server with everything in the address.
 */
export function RfqInboxPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const companyName = useCompanyName();
  const regionName = useRegionName();
  const [params, setParams] = useSearchParams();
  const { filters, page } = readRfqQuery(params);
  const list = useInbox(filters, page);

  const setQuery = (next: RfqFilters, nextPage = 1) => setParams(writeRfqQuery(next, nextPage));

  const columns: TableColumnsType<RfqSummaryView> = [
    {
      title: t('rfq.inbox.columns.number'),
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
      title: t('rfq.inbox.columns.buyer'),
      key: 'buyer',
      width: 220,
      ellipsis: { showTitle: true },
      render: (_, r) => <span data-testid="rfq-buyer">{companyName(r.buyerName, r.buyerNameEn)}</span>,
    },
    {
      title: t('rfq.inbox.columns.title'),
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
      title: t('rfq.inbox.columns.deadline'),
      dataIndex: 'deadline',
      width: 190,
      render: (d: string) => <Deadline deadline={d} />,
    },
    {
      title: t('rfq.inbox.columns.delivery'),
      key: 'delivery',
      width: 150,
      render: (_, r) => (
        <Flex vertical gap={0}>
          <span style={NUMERIC}>{formatDay(r.deliveryDate, language)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {regionName(r.deliveryRegion)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('rfq.inbox.columns.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: RfqStatus) => <RfqStatusTag status={s} />,
    },
    {
      title: t('rfq.inbox.columns.myQuote'),
      key: 'myQuote',
      width: 110,
      render: (_, r) => <MyQuoteTag state={r.myQuote ?? 'none'} />,
    },
  ];

  const empty = hasFilters(filters) ? (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t('rfq.inbox.emptyFiltered')}
      data-testid="rfqs-empty"
    >
      <Button onClick={() => setQuery({ statuses: [] })} data-testid="empty-clear-filters">
        {t('rfq.filters.clear')}
      </Button>
    </Empty>
  ) : (
    <Empty description={t('rfq.inbox.empty')} data-testid="rfqs-empty" />
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <PageHeader title={t('rfq.inbox.pageTitle')} hint={t('rfq.inbox.hint')} />
      <Card>
        <Flex vertical gap={16}>
          <RfqFilterBar side="seller" filters={filters} onChange={(next) => setQuery(next)} />
          {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
          <Table<RfqSummaryView>
            data-testid="inbox-table"
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1100 }}
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
