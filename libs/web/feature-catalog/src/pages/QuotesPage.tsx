import { Alert, Card, Flex, Segmented, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader, useCompanyName, useErrorText } from '@tradeway/web/ui';
import { Amount } from '../components/Amount';
import { QuoteStatusTag } from '../components/PriceTags';
import { ProductName } from '../components/ProductTable';
import { useFormatters } from '../components/use-formatters';
import { ValidUntil } from '../components/ValidUntil';
import { PAGE_SIZE } from '../data/catalog.queries';
import { useQuotes } from '../data/quotes.queries';
import type { QuoteStatus, QuoteView } from '../data/types';
import { quotePath } from '../paths';

export const QUOTE_STATUSES: QuoteStatus[] = [
  'active',
  'pending_approval',
  'accepted',
  'expired',
  'rejected',
];
const isStatus = (v: string | null): v is QuoteStatus => QUOTE_STATUSES.includes(v as QuoteStatus);

/** `/quotes`: my company's saved and received quotes, filtered by status (`?status=`), paged on the server (`&page=`). */
export function QuotesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const companyName = useCompanyName();
  const f = useFormatters();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1);
  const list = useQuotes(status, page);

  const setQuery = (next: { status?: QuoteStatus | undefined; page?: number }) => {
    const q = new URLSearchParams();
    const s = 'status' in next ? next.status : status;
    if (s) q.set('status', s);
    const p = next.page ?? 1;
    if (p > 1) q.set('page', String(p));
    setParams(q);
  };

  const columns: TableColumnsType<QuoteView> = [
    {
      title: t('catalog.quotes.number'),
      dataIndex: 'number',
      width: 175,
      render: (n: string | null) =>
        n ? <Typography.Text code>{n}</Typography.Text> : t('catalog.common.none'),
    },
    {
      title: t('catalog.quotes.product'),
      key: 'product',
      render: (_, q) => <ProductName nameZh={q.productNameZh} nameEn={q.productNameEn} code={q.skuCode} />,
    },
    {
      title: t('catalog.quotes.seller'),
      key: 'seller',
      width: 185,
      ellipsis: { showTitle: true },
      render: (_, q) => companyName(q.sellerName, q.sellerNameEn),
    },
    {
      title: t('catalog.quotes.quantity'),
      key: 'quantity',
      align: 'right',
      width: 90,
      render: (_, q) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{f.quantity(q.quantity, q.unit)}</span>
      ),
    },
    {
      title: t('catalog.quotes.unitPrice'),
      key: 'unitPrice',
      align: 'right',
      width: 135,
      render: (_, q) => (
        <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {f.perUnit(q.unitPrice, q.unit, q.currency)}
        </span>
      ),
    },
    {
      title: t('catalog.quotes.total'),
      key: 'total',
      align: 'right',
      width: 125,
      render: (_, q) => <Amount minor={q.totalMinor} currency={q.currency} strong />,
    },
    {
      title: t('catalog.quotes.status'),
      dataIndex: 'status',
      width: 80,
      render: (s: QuoteStatus | null) => <QuoteStatusTag status={s} />,
    },
    {
      title: t('catalog.quotes.validUntil'),
      key: 'validUntil',
      width: 160,
      render: (_, q) => <ValidUntil validUntil={q.validUntil} status={q.status} />,
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1400 }}>
      <PageHeader title={t('catalog.quotes.pageTitle')} hint={t('catalog.quotes.hint')} />
      <Card>
        <Flex vertical gap={16}>
          <Segmented<string>
            data-testid="quote-status-filter"
            value={status ?? 'all'}
            onChange={(v) => setQuery({ status: v === 'all' ? undefined : (v as QuoteStatus) })}
            options={[
              { value: 'all', label: t('catalog.quotes.all') },
              ...QUOTE_STATUSES.map((s) => ({ value: s, label: t(`catalog.quoteStatus.${s}`) })),
            ]}
          />
          {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
          <Table<QuoteView>
            data-testid="quotes-table"
            rowKey={(q) => q.id ?? `${q.skuId}-${q.validUntil}`}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1120 }}
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isPending || list.isPlaceholderData}
            locale={{ emptyText: status ? t('catalog.quotes.emptyStatus') : t('catalog.quotes.empty') }}
            onRow={(q) => ({
              onClick: () => {
                if (q.id) void navigate(quotePath(q.id));
              },
              style: { cursor: 'pointer' },
              'data-testid': 'quote-row',
            })}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (n) => t('catalog.common.total', { count: n }),
              onChange: (p) => setQuery({ page: p }),
            }}
          />
        </Flex>
      </Card>
    </Space>
  );
}
