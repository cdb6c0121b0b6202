import {
  CarOutlined,
  CheckCircleOutlined,
  CloseCircleOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { Button, Col, Empty, Flex, Row, Table, Timeline, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackingKind } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, NUMERIC } from '@tradeway/web/ui';
import type { PickupView, ShipmentAction, ShipmentView } from '../data/fulfilment.queries';
import { PickupAuthorisationsTable } from './PickupAuthorisationsTable';
import { Moment, ShipmentGoods, ShipmentStatusTag } from './ShipmentsParts';
import { useNameIn } from './use-party-name';

/** The order of the buttons, and their looks. */
const ACTION_ORDER: readonly ShipmentAction[] = [
  'authorise_pickup',
  'departed',
  'location',
  'arrived',
  'cancel',
];
const ACTION_ICON: Record<ShipmentAction, ReactNode> = {
  authorise_pickup: <SafetyCertificateOutlined />,
  departed: <CarOutlined />,
  location: <EnvironmentOutlined />,
  arrived: <CheckCircleOutlined />,
  cancel: <CloseCircleOutlined />,
};
const TRACKING_COLOR: Record<TrackingKind, string> = {
  departed: 'blue',
  location: 'gray',
  arrived: 'green',
  cancelled: 'red',
};

/**
 * An order's shipments, compact enough for the order page's main column: number with its
 * warehouse, carrier and tracking number; status with when it left and arrived; the goods; the
 * buttons of what my side may do (`allowedActions`). A row opens onto its tracking events and
 * its pickup authorisations.
 */
export function ShipmentsTable({
  shipments,
  onAction,
  onRevoke,
  canRevoke,
}: {
  shipments: readonly ShipmentView[];
  onAction: (shipment: ShipmentView, action: ShipmentAction) => void;
  onRevoke: (shipment: ShipmentView, pickup: PickupView) => void;
  /** My side may take back an unused authorisation (the buyer, with `order:create`). */
  canRevoke: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const nameIn = useNameIn();
  const latest = shipments.at(-1);

  const columns: TableColumnsType<ShipmentView> = [
    {
      title: t('fulfilment.columns.number'),
      key: 'number',
      render: (_, s) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text
            code
            style={{ whiteSpace: 'nowrap', width: 'fit-content' }}
            data-testid="shipment-number"
          >
            {s.number}
          </Typography.Text>
          <Typography.Text
            type="secondary"
            style={{ fontSize: 12 }}
            ellipsis={{ tooltip: nameIn(s.warehouseName, s.warehouseNameEn) }}
          >
            <HomeOutlined />{' '}
            {nameIn(s.warehouseName, s.warehouseNameEn) || t('fulfilment.shipment.noWarehouse')}
          </Typography.Text>
          {s.carrierName || s.trackingNumber ? (
            <Flex gap={6} style={{ fontSize: 12, minWidth: 0 }} data-testid="shipment-carrier">
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                ellipsis={{ tooltip: s.carrierName }}
              >
                <CarOutlined /> {s.carrierName || t('fulfilment.shipment.noCarrier')}
              </Typography.Text>
              {s.trackingNumber && (
                <Typography.Text copyable style={{ ...NUMERIC, fontSize: 12 }}>
                  {s.trackingNumber}
                </Typography.Text>
              )}
            </Flex>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('fulfilment.columns.status'),
      key: 'status',
      width: 200,
      render: (_, s) => (
        <Flex vertical gap={2} align="flex-start">
          <ShipmentStatusTag status={s.status} />
          {s.departedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="shipment-departed">
              {t('fulfilment.shipment.departedAt', { time: formatMoment(s.departedAt, language) })}
            </Typography.Text>
          )}
          {s.arrivedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="shipment-arrived">
              {t('fulfilment.shipment.arrivedAt', { time: formatMoment(s.arrivedAt, language) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('fulfilment.columns.goods'),
      key: 'goods',
      width: 190,
      render: (_, s) => <ShipmentGoods lines={s.lines} />,
    },
    {
      title: t('fulfilment.columns.actions'),
      key: 'actions',
      width: 132,
      render: (_, s) => {
        const actions = ACTION_ORDER.filter((a) => s.allowedActions.includes(a));
        if (actions.length === 0) return null;
        return (
          <Flex vertical gap={4} align="flex-start">
            {actions.map((a) => (
              <Button
                key={a}
                size="small"
                type={
                  a === 'cancel'
                    ? 'text'
                    : a === 'authorise_pickup' || a === 'departed'
                      ? 'primary'
                      : 'default'
                }
                danger={a === 'cancel'}
                icon={ACTION_ICON[a]}
                onClick={(e) => {
                  e.stopPropagation();
                  onAction(s, a);
                }}
                data-testid={`shipment-action-${a}`}
              >
                {t(`fulfilment.actions.${a}`)}
              </Button>
            ))}
          </Flex>
        );
      },
    },
  ];

  return (
    <Table<ShipmentView>
      data-testid="shipments-table"
      rowKey="id"
      size="middle"
      tableLayout="fixed"
      pagination={false}
      scroll={{ x: 700 }}
      columns={columns}
      dataSource={[...shipments]}
      onRow={() => ({ 'data-testid': 'shipment-row' }) as HTMLAttributes<HTMLElement>}
      expandable={{
        defaultExpandedRowKeys: latest && latest.status !== 'cancelled' ? [latest.id] : [],
        expandedRowRender: (s) => (
          <ShipmentDetails shipment={s} canRevoke={canRevoke} onRevoke={(p) => onRevoke(s, p)} />
        ),
      }}
    />
  );
}

/** Under a shipment: its tracking, oldest first, and its pickup authorisations, newest first. */
function ShipmentDetails({
  shipment,
  canRevoke,
  onRevoke,
}: {
  shipment: ShipmentView;
  canRevoke: boolean;
  onRevoke: (pickup: PickupView) => void;
}) {
  const { t } = useTranslation();
  const items = shipment.tracking.map((e) => ({
    key: e.id,
    color: TRACKING_COLOR[e.kind],
    content: (
      <Flex vertical gap={0} data-testid="tracking-event" data-kind={e.kind}>
        <Flex gap={8} align="baseline" wrap>
          <Typography.Text strong>{t(`fulfilment.trackingKind.${e.kind}`)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <Moment iso={e.at} />
          </Typography.Text>
        </Flex>
        {e.location && (
          <Typography.Text data-testid="tracking-location">
            <EnvironmentOutlined /> {e.location}
          </Typography.Text>
        )}
        {e.note && (
          <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }} data-testid="tracking-note">
            {e.note}
          </Typography.Text>
        )}
      </Flex>
    ),
  }));
  return (
    <Row gutter={[32, 16]} style={{ padding: '8px 8px 0' }} data-testid="shipment-details">
      <Col xs={24} lg={9}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('fulfilment.shipment.tracking')}
        </Typography.Title>
        {items.length > 0 ? (
          <Timeline items={items} data-testid="tracking-timeline" />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fulfilment.shipment.noTracking')} />
        )}
      </Col>
      <Col xs={24} lg={15}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('fulfilment.shipment.authorisations')}
        </Typography.Title>
        <PickupAuthorisationsTable
          authorisations={shipment.authorisations}
          canRevoke={canRevoke}
          onRevoke={onRevoke}
        />
      </Col>
    </Row>
  );
}
