import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, NUMERIC, useFigures } from '@tradeway/web/ui';
import type { OrderReservation, OrderView } from '../data/types';
import { useLineDescription, useNameIn } from './use-party-name';

/** The seller's stock held for the order, per warehouse location, and whether it was released since. */
export function ReservationsTable({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = useFigures('orders');
  const nameIn = useNameIn();
  const describe = useLineDescription();
  const lineOf = (r: OrderReservation) => order.lines.find((l) => l.id === r.orderLineId);

  const columns: TableColumnsType<OrderReservation> = [
    {
      title: t('orders.reservations.warehouse'),
      key: 'warehouse',
      ellipsis: { showTitle: true },
      render: (_, r) => (
        <span data-testid="reservation-warehouse">
          {nameIn(r.warehouseName, r.warehouseNameEn) || t('orders.common.none')}
        </span>
      ),
    },
    {
      title: t('orders.reservations.location'),
      dataIndex: 'locationCode',
      width: 120,
      render: (code: string) => <Tag style={{ marginInlineEnd: 0 }}>{code || t('orders.common.none')}</Tag>,
    },
    {
      title: t('orders.reservations.line'),
      key: 'line',
      width: 240,
      render: (_, r) => {
        const line = lineOf(r);
        return line ? (
          <Typography.Text ellipsis={{ tooltip: describe(line.description) }}>
            {line.lineNo} · <Typography.Text code>{line.skuCode}</Typography.Text>
          </Typography.Text>
        ) : (
          t('orders.common.none')
        );
      },
    },
    {
      title: t('orders.reservations.quantity'),
      key: 'quantity',
      align: 'right',
      width: 140,
      render: (_, r) => (
        <span style={NUMERIC} data-testid="reservation-quantity">
          {f.quantity(r.quantity, lineOf(r)?.unit ?? '')}
        </span>
      ),
    },
    {
      title: t('orders.reservations.reservedAt'),
      dataIndex: 'createdAt',
      width: 180,
      render: (iso: string) => <span style={NUMERIC}>{formatMoment(iso, language)}</span>,
    },
    {
      title: t('orders.reservations.released'),
      dataIndex: 'releasedAt',
      width: 200,
      render: (iso: string | null) =>
        iso ? (
          <Typography.Text type="secondary" data-testid="reservation-released">
            {t('orders.reservations.releasedAt', { time: formatMoment(iso, language) })}
          </Typography.Text>
        ) : (
          <Tag color="processing" data-testid="reservation-held" style={{ marginInlineEnd: 0 }}>
            {t('orders.reservations.held')}
          </Tag>
        ),
    },
  ];

  return (
    <Table<OrderReservation>
      data-testid="order-reservations"
      rowKey="id"
      size="middle"
      tableLayout="fixed"
      scroll={{ x: 900 }}
      pagination={false}
      columns={columns}
      dataSource={order.reservations}
      locale={{ emptyText: t('orders.reservations.empty') }}
    />
  );
}
