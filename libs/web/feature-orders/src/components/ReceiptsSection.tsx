import { AuditOutlined, CheckOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Divider,
  Flex,
  Skeleton,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { Fragment, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { bpsToPercent, formatMoment, Money, NUMERIC, useErrorText, useFigures } from '@tradeway/web/ui';
import { type ShipmentView, useShipments } from '../data/fulfilment.queries';
import { type OrderReceiptsView, useReceipts } from '../data/receipts.queries';
import type { OrderView } from '../data/types';
import { DisputeOpenModal } from './DisputeOpenModal';
import { ReceiptAcceptModal } from './ReceiptAcceptModal';
import { ReceiptForm } from './ReceiptForm';
import { ReceiptBlock } from './ReceiptParts';

/** The states in which goods may have arrived: receipts, acceptance and disputes belong to them. */
export const RECEIPT_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'in_fulfilment',
  'delivered',
  'accepted',
  'disputed',
  'invoiced',
  'settled',
  'closed',
]);

type Dialog = { kind: 'record'; shipment: ShipmentView } | { kind: 'accept' } | { kind: 'dispute' };

/** Whether the overview has anything to show: arrived shipments, receipts, disputes or something to do. */
export const hasReceiptContent = (o: OrderReceiptsView) =>
  o.shipments.some((s) => s.status === 'arrived') ||
  o.receipts.length > 0 ||
  o.disputes.length > 0 ||
  o.allowedActions.length > 0;

/**
 * The order page's receipt and inspection (收货验收), for both sides: the order's tolerance, when
 * it is accepted by itself, credits agreed in disputes; for the buyer, each arrived shipment
 * waiting for its receipt ("Record receipt"), then Accept or Dispute once the order is delivered
 * (as the API allows); every receipt recorded with its variances.
 */
export function ReceiptsSection({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const f = useFigures('orders');
  const query = useReceipts(order.id);
  const shipments = useShipments(order.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const data = query.data;

  // The shipments section changes shipments (an arrival) and the order: read the overview again then.
  const arrivedNow = shipments.data?.shipments.filter((s) => s.status === 'arrived').length;
  const arrivedKnown = data?.shipments.filter((s) => s.status === 'arrived').length;
  // Once per change seen (never in a loop, should the two answers disagree for a while).
  const stale = !!data && ((arrivedNow ?? 0) > (arrivedKnown ?? 0) || data.version < order.version);
  const signature = `${arrivedNow ?? '-'}|${order.version}`;
  const asked = useRef<string | null>(null);
  const { refetch, isFetching } = query;
  useEffect(() => {
    if (!stale || isFetching || asked.current === signature) return;
    asked.current = signature;
    void refetch();
  }, [stale, isFetching, refetch, signature]);

  if (query.isError && !data) {
    return (
      <Card title={t('receipts.section.title')} data-testid="section-receipts">
        <Alert type="error" showIcon title={errorText(query.error)} data-testid="receipts-error" />
      </Card>
    );
  }
  if (!data) {
    return (
      <Card title={t('receipts.section.title')} data-testid="section-receipts">
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  }
  if (!hasReceiptContent(data)) return null;

  const buyer = data.side === 'buyer';
  const can = (a: OrderReceiptsView['allowedActions'][number]) => data.allowedActions.includes(a);
  const pending = data.shipments.filter((s) => s.status === 'arrived' && !s.receiptId);
  const shipmentOf = (id: string) => shipments.data?.shipments.find((s) => s.id === id);
  const credited = BigInt(data.creditedMinor) > 0n;
  const outside = data.receipts.filter((r) => r.outcome === 'disputed').length;

  const pendingColumns: TableColumnsType<(typeof pending)[number]> = [
    {
      title: t('receipts.section.shipment'),
      dataIndex: 'number',
      width: 230,
      render: (n: string) => (
        <Typography.Text code data-testid="pending-shipment">
          {n}
        </Typography.Text>
      ),
    },
    {
      title: t('receipts.section.goods'),
      key: 'goods',
      render: (_, s) => {
        const lines = shipmentOf(s.id)?.lines ?? [];
        return (
          <Typography.Text ellipsis>
            {lines.map((l) => `${l.skuCode} ${f.quantity(l.quantity, l.unit)}`).join('；') ||
              t('receipts.common.none')}
          </Typography.Text>
        );
      },
    },
    {
      title: t('receipts.section.arrivedAt'),
      dataIndex: 'arrivedAt',
      width: 180,
      render: (iso: string | null) => <span style={NUMERIC}>{iso ? formatMoment(iso, language) : '—'}</span>,
    },
    {
      title: '',
      key: 'action',
      width: 150,
      align: 'right',
      render: (_, s) => {
        const shipment = shipmentOf(s.id);
        return can('record_receipt') ? (
          <Button
            type="primary"
            size="small"
            icon={<AuditOutlined />}
            disabled={!shipment}
            onClick={() => shipment && setDialog({ kind: 'record', shipment })}
            data-testid="record-receipt"
          >
            {t('receipts.section.record')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('receipts.section.awaiting')}</Typography.Text>
        );
      },
    },
  ];

  const figures = [
    {
      key: 'tolerance',
      label: t('receipts.section.tolerance'),
      children: (
        <Flex vertical gap={0}>
          <Typography.Text strong style={NUMERIC} data-testid="order-tolerance">
            {t('receipts.lines.toleranceValue', { value: bpsToPercent(data.toleranceBps) })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('receipts.section.toleranceHint')}
          </Typography.Text>
        </Flex>
      ),
    },
    data.acceptedAt
      ? {
          key: 'accepted',
          label: t('receipts.section.acceptedAt'),
          children: <span style={NUMERIC}>{formatMoment(data.acceptedAt, language)}</span>,
        }
      : {
          key: 'auto',
          label: t('receipts.section.autoAccept'),
          children: data.autoAcceptDueAt ? (
            <Flex vertical gap={0}>
              <Typography.Text strong style={NUMERIC} data-testid="auto-accept-due">
                {formatMoment(data.autoAcceptDueAt, language)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('receipts.section.autoAcceptDays', { count: data.autoAcceptDays })}
              </Typography.Text>
            </Flex>
          ) : (
            <Typography.Text type="secondary">
              {t('receipts.section.autoAcceptDays', { count: data.autoAcceptDays })}
            </Typography.Text>
          ),
        },
    credited
      ? {
          key: 'credited',
          label: t('receipts.section.adjustedTotal'),
          children: (
            <Flex vertical gap={0}>
              <Money
                minor={data.adjustedTotalMinor}
                currency={data.currency}
                strong
                testId="adjusted-total"
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="credited">
                {t('receipts.section.creditedOf', {
                  credited: f.money(data.creditedMinor, data.currency),
                  total: f.money(data.totalMinor, data.currency),
                })}
              </Typography.Text>
            </Flex>
          ),
        }
      : {
          key: 'total',
          label: t('receipts.section.total'),
          children: <Money minor={data.totalMinor} currency={data.currency} strong />,
        },
  ];

  // What the buyer is asked: outside tolerance first, then receipts still to record, else all within.
  const decideText = outside > 0 ? 'decideOutside' : pending.length > 0 ? 'decidePending' : 'decide';
  let state = null;
  if (buyer && (can('accept') || can('dispute'))) {
    state = (
      <Alert
        type={outside > 0 ? 'warning' : pending.length > 0 ? 'info' : 'success'}
        showIcon
        data-testid="receipts-decide"
        title={t(`receipts.section.${decideText}`)}
        description={
          data.autoAcceptDueAt
            ? t('receipts.section.decideHint', { date: formatMoment(data.autoAcceptDueAt, language) })
            : undefined
        }
        action={
          <Flex gap={8} wrap>
            {can('accept') && (
              <Button
                type={decideText === 'decide' ? 'primary' : 'default'}
                icon={<CheckOutlined />}
                onClick={() => setDialog({ kind: 'accept' })}
                data-testid="receipts-accept"
              >
                {t('receipts.section.accept')}
              </Button>
            )}
            {can('dispute') && (
              <Button
                danger
                icon={<ExclamationCircleOutlined />}
                onClick={() => setDialog({ kind: 'dispute' })}
                data-testid="receipts-dispute"
              >
                {t('receipts.section.dispute')}
              </Button>
            )}
          </Flex>
        }
      />
    );
  } else if (!buyer && data.status === 'delivered') {
    state = (
      <Alert
        type="info"
        showIcon
        data-testid="receipts-waiting"
        title={t('receipts.section.sellerWaiting')}
        description={
          data.autoAcceptDueAt
            ? t('receipts.section.decideHint', { date: formatMoment(data.autoAcceptDueAt, language) })
            : undefined
        }
      />
    );
  }

  return (
    <Card title={t('receipts.section.title')} data-testid="section-receipts">
      <Flex vertical gap={20}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t(`receipts.section.hint.${data.side}`)}
        </Typography.Paragraph>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} items={figures} data-testid="receipts-figures" />
        {state}
        {pending.length > 0 && (
          <div>
            <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 8 }}>
              {t('receipts.section.pending', { count: pending.length })}
            </Typography.Title>
            <Table
              rowKey="id"
              size="small"
              tableLayout="fixed"
              pagination={false}
              columns={pendingColumns}
              dataSource={pending}
              data-testid="pending-receipts"
            />
          </div>
        )}
        <div>
          <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 8 }}>
            {t('receipts.section.recorded', { count: data.receipts.length })}
          </Typography.Title>
          {data.receipts.length === 0 ? (
            <Typography.Text type="secondary" data-testid="receipts-empty">
              {t(`receipts.section.empty.${data.side}`)}
            </Typography.Text>
          ) : (
            <Flex vertical data-testid="receipts">
              {data.receipts.map((r, i) => (
                <Fragment key={r.id}>
                  {i > 0 && <Divider style={{ margin: '16px 0' }} />}
                  <ReceiptBlock receipt={r} />
                </Fragment>
              ))}
            </Flex>
          )}
        </div>
      </Flex>
      {dialog?.kind === 'record' && (
        <ReceiptForm
          order={order}
          overview={data}
          shipment={dialog.shipment}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'accept' && <ReceiptAcceptModal overview={data} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'dispute' && <DisputeOpenModal overview={data} onClose={() => setDialog(null)} />}
    </Card>
  );
}
