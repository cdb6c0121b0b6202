import { Alert, Button, Card, Empty, Flex, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLanguage } from '@tradeway/web/i18n';
import {
  formatDay,
  formatMoment,
  hasPermission,
  Money,
  NUMERIC,
  PageHeader,
  useErrorText,
  useSession,
} from '@tradeway/web/ui';
import { OrderFilterBar } from '../components/OrderFilterBar';
import { OrderStatusTag } from '../components/OrderStatusTag';
import { usePartyNames } from '../components/use-party-name';
import { useOrders } from '../data/orders.queries';
import type { OrderChannel, OrderSide, OrderStatus, OrderSummaryView } from '../data/types';
import { orderPath, QUOTES_PATH } from '../paths';
import {
  hasFilters,
  type OrderFilters,
  PAGE_SIZE,
  readOrderQuery,
  writeOrderQuery,
} from '../utils/order-query';

/**
 * `/orders`: my company's orders on my side of them (the buyer portal: orders I placed; the
 * seller portal: orders placed with me), newest first, filtered and paged on the server with
 * everything in the address. A row opens the order.
 */
export function OrdersPage({ side }: { side: OrderSide }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const me = useSession();
  const names = usePartyNames();
  const [params, setParams] = useSearchParams();
  const { filters, page } = readOrderQuery(params);
  const list = useOrders(side, filters, page);

  const setQuery = (next: OrderFilters, nextPage = 1) => setParams(writeOrderQuery(next, nextPage));
  const filtered = hasFilters(filters);

  const columns: TableColumnsType<OrderSummaryView> = [
    {
      title: t('orders.columns.number'),
      dataIndex: 'number',
      width: 172,
      render: (n: string, o) => (
        <Link to={orderPath(o.id)} onClick={(e) => e.stopPropagation()} data-testid="order-number">
          <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
            {n}
          </Typography.Text>
        </Link>
      ),
    },
    {
      title: t(`orders.columns.counterparty.${side}`),
      key: 'counterparty',
      ellipsis: { showTitle: true },
      render: (_, o) => <span data-testid="order-counterparty">{names.counterparty(o)}</span>,
    },
    {
      title: t('orders.columns.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: OrderStatus) => <OrderStatusTag status={s} />,
    },
    {
      title: t('orders.columns.total'),
      key: 'total',
      align: 'right',
      width: 135,
      render: (_, o) => <Money minor={o.totalMinor} currency={o.currency} strong testId="order-total" />,
    },
    {
      title: t('orders.columns.created'),
      dataIndex: 'createdAt',
      width: 165,
      render: (iso: string) => <span style={NUMERIC}>{formatMoment(iso, language)}</span>,
    },
    {
      title: t('orders.columns.scheduledDate'),
      dataIndex: 'scheduledDate',
      width: 125,
      render: (d: string | null) =>
        d ? (
          <span style={NUMERIC}>{formatDay(d, language)}</span>
        ) : (
          <Typography.Text type="secondary">{t('orders.common.none')}</Typography.Text>
        ),
    },
    {
      title: t('orders.columns.channel'),
      dataIndex: 'channel',
      width: 100,
      render: (c: OrderChannel) => (
        <span title={t(`orders.channel.${c}`)} data-testid="order-channel">
          {t(`orders.channelShort.${c}`)}
        </span>
      ),
    },
    {
      title: t('orders.columns.buyerReference'),
      dataIndex: 'buyerReference',
      width: 140,
      ellipsis: { showTitle: true },
      render: (r: string) =>
        r ? (
          <span data-testid="order-reference">{r}</span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  const empty = filtered ? (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t('orders.list.emptyFiltered')}
      data-testid="orders-empty"
    >
      <Button onClick={() => setQuery({ statuses: [] })} data-testid="empty-clear-filters">
        {t('orders.filters.clear')}
      </Button>
    </Empty>
  ) : (
    <Empty description={t(`orders.list.empty.${side}`)} data-testid="orders-empty">
      {side === 'buyer' && hasPermission(me, 'quote:view') && (
        <Button type="primary" onClick={() => void navigate(QUOTES_PATH)} data-testid="empty-to-quotes">
          {t('orders.list.toQuotes')}
        </Button>
      )}
    </Empty>
  );
  const total = list.data?.total ?? 0;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <PageHeader title={t('orders.list.pageTitle')} hint={t(`orders.list.hint.${side}`)} />
      <Card>
        <Flex vertical gap={16}>
          <OrderFilterBar side={side} filters={filters} onChange={(next) => setQuery(next)} />
          {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
          <Table<OrderSummaryView>
            data-testid="orders-table"
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1100 }}
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isPending || list.isPlaceholderData}
            locale={{ emptyText: list.isPending ? ' ' : empty }}
            onRow={(o) => ({
              onClick: () => void navigate(orderPath(o.id)),
              style: { cursor: 'pointer' },
              'data-testid': 'order-row',
            })}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (n) =>
                list.data?.totalIsLowerBound
                  ? t('orders.common.totalMore', { count: n })
                  : t('orders.common.total', { count: n }),
              onChange: (p) => setQuery(filters, p),
            }}
          />
        </Flex>
      </Card>
    </Space>
  );
}
