import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Select,
  Space,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { QuoteStatusSchema } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { hasPermission, PageHeader, useCompanyName, useErrorText, useSession } from '@tradeway/web/ui';
import { DecimalText, MoneyText } from '../components/MoneyText';
import { NewOfferDrawer } from '../components/NewOfferDrawer';
import { OfferDetailDrawer } from '../components/OfferDetailDrawer';
import { QuoteStatusTag } from '../components/StatusTags';
import { useUnitLabel } from '../components/texts';
import { PAGE_SIZE, useCreateOffer, useOffers } from '../data/pricing.queries';
import type { QuoteStatus, QuoteView } from '../data/types';
import { OFFERS_PATH, offerPath } from '../paths';
import { formatMoment } from '../utils/format';
import { bpsToPercent } from '../utils/money';
import { useServerPagination } from '../components/use-server-pagination';

const STATUSES: QuoteStatus[] = QuoteStatusSchema.options;

/**
 * `/offers` (and `/offers/:quoteId` with its detail open): my company's quotes to buyers,
 * filtered by status and special price and paged on the server; a new quote with
 * `quote:create`, priced live, a special price under the floor going to approval.
 */
export function OffersPage() {
  const { t } = useTranslation();
  const pagination = useServerPagination();
  const { language } = useLanguage();
  const companyName = useCompanyName();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const errorText = useErrorText();
  const unitLabel = useUnitLabel();
  const me = useSession();
  const canCreate = hasPermission(me, 'quote:create') && hasPermission(me, 'price_list:view');
  const { quoteId } = useParams();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = STATUSES.includes(statusParam as QuoteStatus) ? (statusParam as QuoteStatus) : undefined;
  const special = params.get('special') === '1';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const offers = useOffers({ status, special: special || undefined }, page);
  const create = useCreateOffer();
  const [creating, setCreating] = useState(false);

  const setQuery = (next: { status?: QuoteStatus | undefined; special?: boolean; page?: number }) => {
    const m = { status, special, ...next };
    const out = new URLSearchParams();
    if (m.status) out.set('status', m.status);
    if (m.special) out.set('special', '1');
    if ((next.page ?? 1) > 1) out.set('page', String(next.page));
    setParams(out);
  };
  const open = (id: string) => void navigate({ pathname: offerPath(id), search: location.search });

  const columns: TableColumnsType<QuoteView> = [
    {
      title: t('pricing.offers.number'),
      dataIndex: 'number',
      width: 175,
      render: (n: string | null) => <Typography.Text code>{n ?? '—'}</Typography.Text>,
    },
    {
      title: t('pricing.offers.buyer'),
      key: 'buyer',
      ellipsis: { showTitle: true },
      render: (_, q) => companyName(q.buyerName, q.buyerNameEn),
    },
    {
      title: t('pricing.offers.sku'),
      key: 'sku',
      width: 140,
      render: (_, q) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text ellipsis>{language === 'en' ? q.productNameEn : q.productNameZh}</Typography.Text>
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
            {q.skuCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('pricing.offers.quantity'),
      key: 'quantity',
      align: 'right',
      width: 90,
      render: (_, q) => <DecimalText value={q.quantity} unit={unitLabel(q.unit)} />,
    },
    {
      title: t('pricing.offers.unitPrice'),
      key: 'unitPrice',
      align: 'right',
      width: 120,
      render: (_, q) => <DecimalText value={q.unitPrice} currency={q.currency} />,
    },
    {
      title: t('pricing.offers.total'),
      key: 'total',
      align: 'right',
      width: 120,
      render: (_, q) => <MoneyText minor={q.totalMinor} currency={q.currency} />,
    },
    {
      title: t('pricing.offers.status'),
      dataIndex: 'status',
      width: 80,
      render: (s: QuoteStatus | null) => <QuoteStatusTag status={s} />,
    },
    {
      title: t('pricing.offers.validUntil'),
      dataIndex: 'validUntil',
      width: 150,
      render: (iso: string) => formatMoment(iso, language),
    },
    {
      title: t('pricing.offers.discount'),
      key: 'discount',
      align: 'right',
      width: 80,
      render: (_, q) =>
        q.special ? (
          <Typography.Text type={q.special.belowFloor ? 'danger' : undefined} data-testid="special-discount">
            {`${bpsToPercent(q.special.discountBps)} %`}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('pricing.common.none')}</Typography.Text>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1400 }}>
      <PageHeader
        title={t('pricing.offers.pageTitle')}
        hint={t('pricing.offers.hint')}
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="new-offer"
            >
              {t('pricing.offers.new')}
            </Button>
          )
        }
      />
      <Card>
        <Flex vertical gap={16}>
          <Flex gap={12} wrap align="center">
            <Select<string>
              style={{ width: 180 }}
              value={status ?? 'all'}
              aria-label={t('pricing.offers.status')}
              onChange={(v) => setQuery({ status: v === 'all' ? undefined : (v as QuoteStatus) })}
              options={[
                { value: 'all', label: t('pricing.offers.allStatuses') },
                ...STATUSES.map((s) => ({ value: s, label: t(`pricing.quoteStatus.${s}`) })),
              ]}
            />
            <Checkbox checked={special} onChange={(e) => setQuery({ special: e.target.checked })}>
              {t('pricing.offers.onlySpecial')}
            </Checkbox>
          </Flex>
          {offers.isError && <Alert type="error" showIcon title={errorText(offers.error)} />}
          <Table<QuoteView>
            data-testid="offers-table"
            rowKey={(q) => q.id ?? `${q.buyerId}:${q.skuId}:${q.createdAt ?? ''}`}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1120 }}
            columns={columns}
            dataSource={offers.data?.items ?? []}
            loading={offers.isPending || offers.isPlaceholderData}
            locale={{ emptyText: t('pricing.offers.empty') }}
            onRow={(q) => ({ onClick: () => q.id && open(q.id), style: { cursor: 'pointer' } })}
            pagination={pagination({
              page,
              pageSize: PAGE_SIZE,
              total: offers.data?.total,
              onChange: (p) => setQuery({ page: p }),
            })}
          />
        </Flex>
      </Card>
      {canCreate && (
        <NewOfferDrawer
          open={creating}
          onClose={() => setCreating(false)}
          onCreate={async (payload) => {
            const quote = await create.mutateAsync(payload);
            void message.success(
              quote.status === 'pending_approval'
                ? t('pricing.offers.sentToApproval', { number: quote.number ?? '' })
                : t('pricing.offers.created', { number: quote.number ?? '' }),
            );
            setCreating(false);
            if (quote.id) open(quote.id);
            return quote;
          }}
        />
      )}
      <OfferDetailDrawer
        quoteId={quoteId}
        onClose={() => void navigate({ pathname: OFFERS_PATH, search: location.search })}
      />
    </Space>
  );
}
