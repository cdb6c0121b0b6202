import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../data/types';
import { OrderLinesTable } from './OrderLinesTable';
import { ReservationsTable } from './ReservationsTable';
import { SHIPPING_STATUSES, ShipmentsSection } from './ShipmentsSection';
import { DISPUTE_ORDER_STATUSES, DisputesSection } from './DisputePanel';
import { RECEIPT_STATUSES, ReceiptsSection } from './ReceiptsSection';

/**
 * The sections of an order's page below its summary, in order. Each decides whether it has
 * something to show for this order and side; later screens (shipments, receipts, disputes)
 * add theirs here rather than changing the page.
 */
export interface OrderSection {
  key: string;
  render: (order: OrderView) => ReactNode;
}

function LinesSection({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  return (
    <Card title={t('orders.lines.title')} data-testid="section-lines">
      <OrderLinesTable order={order} />
    </Card>
  );
}

function ReservationsSection({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  return (
    <Card title={t('orders.reservations.title')} data-testid="section-reservations">
      <Typography.Paragraph type="secondary">{t('orders.reservations.hint')}</Typography.Paragraph>
      <ReservationsTable order={order} />
    </Card>
  );
}

export const ORDER_SECTIONS: readonly OrderSection[] = [
  { key: 'lines', render: (order) => <LinesSection order={order} /> },
  {
    key: 'reservations',
    // The seller's own stock: the API sends reservations to the seller only, from confirmation on.
    render: (order) =>
      order.side === 'seller' && order.reservations.length > 0 ? <ReservationsSection order={order} /> : null,
  },
  {
    key: 'shipments',
    // Both sides, from confirmation on: shipments, tracking and pickup authorisations (ShipmentsSection).
    render: (order) => (SHIPPING_STATUSES.has(order.status) ? <ShipmentsSection order={order} /> : null),
  },
  {
    key: 'receipts',
    // Both sides, once goods may have arrived: receipts and variances, accept or dispute (ReceiptsSection).
    render: (order) => (RECEIPT_STATUSES.has(order.status) ? <ReceiptsSection order={order} /> : null),
  },
  {
    key: 'disputes',
    // Both sides, from disputed on: each dispute with evidence, proposals and history (DisputePanel).
    render: (order) => (DISPUTE_ORDER_STATUSES.has(order.status) ? <DisputesSection order={order} /> : null),
  },
];
