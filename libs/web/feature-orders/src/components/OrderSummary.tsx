import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REGIONS } from '@tradeway/shared/contracts';
import { api } from '@tradeway/web/data-access';
import { type Language, useLanguage } from '@tradeway/web/i18n';
import { formatDay, formatMoment, Money } from '@tradeway/web/ui';
import type { OrderView } from '../data/types';
import { approvalPath, quotePath } from '../paths';
import { usePartyNames } from './use-party-name';

const regionName = (code: string, language: Language) => {
  const region = REGIONS.find((r) => r.code === code);
  return region ? (language === 'en' ? region.en : region.zh) : code;
};

/** Where the goods go: delivered to a region, or picked up at a warehouse (named in the page's language). */
function DeliveryText({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const warehouses = useQuery({
    ...api.catalog.listWarehouses.queryOptions({ staleTime: 10 * 60_000 }),
    enabled: order.delivery.mode === 'pickup',
  });
  const d = order.delivery;
  if (d.mode === 'delivery') {
    return (
      <span data-testid="order-delivery">
        {t('orders.detail.deliverTo', { region: regionName(d.region, language) })}
      </span>
    );
  }
  const w = warehouses.data?.items.find((x) => x.id === d.warehouseId);
  const name = w ? (language === 'en' ? w.nameEn || w.name : w.name) : t('orders.detail.aWarehouse');
  return <span data-testid="order-delivery">{t('orders.detail.pickupAt', { warehouse: name })}</span>;
}

/** The order's terms at a glance: the other company, the amounts, payment, delivery, date, references. */
export function OrderSummary({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const names = usePartyNames();
  const other = order.side === 'buyer' ? 'seller' : 'buyer';
  const none = <Typography.Text type="secondary">{t('orders.common.none')}</Typography.Text>;

  return (
    <Descriptions column={{ xs: 1, md: 2, xxl: 3 }} size="small" data-testid="order-summary">
      <Descriptions.Item label={t(`orders.detail.counterparty.${order.side}`)}>
        <span data-testid="order-counterparty">{names.party(order, other)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.detail.total')}>
        <Flex vertical gap={0}>
          <Money minor={order.totalMinor} currency={order.currency} strong testId="order-total" />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('orders.detail.net')} <Money minor={order.netMinor} currency={order.currency} /> ·{' '}
            {t('orders.detail.tax')} <Money minor={order.taxMinor} currency={order.currency} />
          </Typography.Text>
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.detail.paymentTerm')}>
        <span data-testid="order-payment-term">{t(`orders.paymentTerm.${order.paymentTerm}`)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.detail.delivery')}>
        <DeliveryText order={order} />
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.detail.scheduledDate')}>
        {order.scheduledDate ? (
          <Typography.Text strong data-testid="order-scheduled-date">
            {formatDay(order.scheduledDate, language)}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary" data-testid="order-scheduled-date">
            {t('orders.detail.notScheduled')}
          </Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.detail.buyerReference')}>
        {order.buyerReference ? <span data-testid="order-reference">{order.buyerReference}</span> : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.detail.channel')}>
        {t(`orders.channel.${order.channel}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.detail.source')}>
        <Flex gap={8} wrap align="baseline">
          <span>{t(`orders.source.${order.source}`)}</span>
          {order.side === 'buyer' && order.source === 'catalog_quote' && order.sourceId && (
            <Link to={quotePath(order.sourceId)} data-testid="order-quote-link">
              {t('orders.detail.fromQuote')}
            </Link>
          )}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.detail.created')}>
        {formatMoment(order.createdAt, language)}
      </Descriptions.Item>
      {order.note && (
        <Descriptions.Item label={t('orders.detail.note')} span="filled">
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="order-note">
            {order.note}
          </Typography.Text>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** Where the order stands for my side, in one sentence: what it waits for, or why it ended. */
export function OrderStateAlert({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const reason = (r: string | null) =>
    r ? t('orders.detail.reasonGiven', { reason: r }) : t('orders.detail.noReason');

  if (order.status === 'pending_approval' && order.side === 'buyer') {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="order-state"
        title={t('orders.detail.state.pending_approval.buyer')}
        action={
          order.approvalRequestId ? (
            <Link to={approvalPath(order.approvalRequestId)}>
              <Button size="small">{t('orders.detail.openApproval')}</Button>
            </Link>
          ) : undefined
        }
      />
    );
  }
  if (order.status === 'placed') {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="order-state"
        title={t(`orders.detail.state.placed.${order.side}`)}
      />
    );
  }
  if (order.status === 'confirmed' && order.scheduledDate) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="order-state"
        title={t(`orders.detail.state.confirmed.${order.side}`, {
          date: formatDay(order.scheduledDate, language),
        })}
      />
    );
  }
  if (order.status === 'rejected') {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="order-state"
        title={t('orders.detail.rejected')}
        description={<span style={{ whiteSpace: 'pre-wrap' }}>{reason(order.rejectionReason)}</span>}
      />
    );
  }
  if (order.status === 'cancelled') {
    const how =
      order.cancellation === 'by_buyer' ||
      order.cancellation === 'by_seller' ||
      order.cancellation === 'by_operator' ||
      order.cancellation === 'approval_rejected'
        ? order.cancellation
        : 'other';
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="order-state"
        title={t(`orders.detail.cancelled.${how}`)}
        description={<span style={{ whiteSpace: 'pre-wrap' }}>{reason(order.cancelReason)}</span>}
      />
    );
  }
  return null;
}
