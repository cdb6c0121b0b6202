import { CheckCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '@tradeway/shared/contracts';
import { hasPermission, useErrorText, useSession } from '@tradeway/web/ui';
import {
  type IssuedPickupView,
  type PickupView,
  type ShipmentAction,
  type ShipmentView,
  type TrackingInputKind,
  useShipments,
} from '../data/fulfilment.queries';
import type { OrderView } from '../data/types';
import { PickupAuthorisationCodeModal } from './PickupAuthorisationCodeModal';
import { type KnownCarrier, PickupAuthorisationModal } from './PickupAuthorisationModal';
import { PickupAuthorisationRevokeModal } from './PickupAuthorisationRevokeModal';
import { ShipmentsCancelModal } from './ShipmentsCancelModal';
import { ShipmentsNewDrawer } from './ShipmentsNewDrawer';
import { ShipmentsProgress } from './ShipmentsProgress';
import { ShipmentsTable } from './ShipmentsTable';
import { ShipmentsTrackingModal } from './ShipmentsTrackingModal';

/** The states in which an order has (or is about to have) shipments: from confirmation on. */
export const SHIPPING_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'confirmed',
  'in_fulfilment',
  'delivered',
  'accepted',
  'disputed',
  'invoiced',
  'settled',
  'closed',
]);

type Dialog =
  | { kind: 'new' }
  | { kind: 'tracking'; shipment: ShipmentView; tracking: TrackingInputKind }
  | { kind: 'cancel'; shipment: ShipmentView }
  | { kind: 'authorise'; shipment: ShipmentView }
  | { kind: 'revoke'; pickup: PickupView };

/**
 * The order page's shipments, for both sides: what is shipped of each line, the shipments with
 * their tracking and pickup authorisations, and what my side may do — the seller plans,
 * cancels and tracks shipments, the buyer authorises a logistics company to collect one (its
 * code shown once) and takes an unused authorisation back.
 */
export function ShipmentsSection({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const me = useSession();
  const errorText = useErrorText();
  const query = useShipments(order.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [issued, setIssued] = useState<{ pickup: IssuedPickupView; shipment: ShipmentView } | null>(null);
  const data = query.data;

  const known = useMemo(() => {
    const out = new Map<string, KnownCarrier>();
    for (const s of data?.shipments ?? [])
      for (const a of s.authorisations)
        if (!out.has(a.logisticsCompanyId))
          out.set(a.logisticsCompanyId, {
            id: a.logisticsCompanyId,
            name: a.logisticsCompanyName,
            nameEn: a.logisticsCompanyNameEn,
          });
    return [...out.values()];
  }, [data]);

  const side = data?.side ?? order.side;
  const canPlan =
    side === 'seller' &&
    hasPermission(me, 'order:fulfil') &&
    order.allowedCommands.includes('ship') &&
    !!data &&
    !data.fullyShipped;
  const canRevoke = side === 'buyer' && hasPermission(me, 'order:create');

  const handleAction = (shipment: ShipmentView, action: ShipmentAction) => {
    if (action === 'cancel') setDialog({ kind: 'cancel', shipment });
    else if (action === 'authorise_pickup') setDialog({ kind: 'authorise', shipment });
    else setDialog({ kind: 'tracking', shipment, tracking: action });
  };
  const close = () => setDialog(null);

  let body;
  if (query.isError && !data) {
    body = <Alert type="error" showIcon title={errorText(query.error)} data-testid="shipments-error" />;
  } else if (!data) {
    body = <Skeleton active paragraph={{ rows: 3 }} />;
  } else {
    body = (
      <Flex vertical gap={20}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t(`fulfilment.section.hint.${side}`)}
        </Typography.Paragraph>
        <div>
          <Flex justify="space-between" align="baseline" style={{ marginBottom: 8 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('fulfilment.progress.title')}
            </Typography.Title>
            {data.fullyShipped && (
              <Tag icon={<CheckCircleOutlined />} color="success" data-testid="fully-shipped">
                {data.allShipmentsArrived
                  ? t('fulfilment.section.allArrived')
                  : t('fulfilment.section.fullyShipped')}
              </Tag>
            )}
          </Flex>
          <ShipmentsProgress order={order} lines={data.lines} />
        </div>
        <div>
          <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 8 }}>
            {t('fulfilment.section.shipments', { count: data.shipments.length })}
          </Typography.Title>
          {data.shipments.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(`fulfilment.section.empty.${canPlan ? 'seller' : 'other'}`)}
              data-testid="shipments-empty"
            >
              {canPlan && (
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setDialog({ kind: 'new' })}
                  data-testid="shipment-new"
                >
                  {t('fulfilment.section.newShipment')}
                </Button>
              )}
            </Empty>
          ) : (
            <ShipmentsTable
              shipments={data.shipments}
              onAction={handleAction}
              onRevoke={(_, pickup) => setDialog({ kind: 'revoke', pickup })}
              canRevoke={canRevoke}
            />
          )}
        </div>
      </Flex>
    );
  }

  return (
    <Card
      title={t('fulfilment.section.title')}
      data-testid="section-shipments"
      extra={
        canPlan && data && data.shipments.length > 0 ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'new' })}
            data-testid="shipment-new"
          >
            {t('fulfilment.section.newShipment')}
          </Button>
        ) : null
      }
    >
      {body}
      {dialog?.kind === 'new' && data && <ShipmentsNewDrawer order={order} shipping={data} onClose={close} />}
      {dialog?.kind === 'tracking' && (
        <ShipmentsTrackingModal
          key={`${dialog.shipment.id}-${dialog.tracking}`}
          orderId={order.id}
          shipment={dialog.shipment}
          kind={dialog.tracking}
          onClose={close}
        />
      )}
      {dialog?.kind === 'cancel' && (
        <ShipmentsCancelModal orderId={order.id} shipment={dialog.shipment} onClose={close} />
      )}
      {dialog?.kind === 'authorise' && (
        <PickupAuthorisationModal
          orderId={order.id}
          shipment={dialog.shipment}
          known={known}
          onIssued={(pickup) => {
            setIssued({ pickup, shipment: dialog.shipment });
            close();
          }}
          onClose={close}
        />
      )}
      {dialog?.kind === 'revoke' && (
        <PickupAuthorisationRevokeModal orderId={order.id} pickup={dialog.pickup} onClose={close} />
      )}
      {issued && (
        <PickupAuthorisationCodeModal
          pickup={issued.pickup}
          shipment={issued.shipment}
          onClose={() => setIssued(null)}
        />
      )}
    </Card>
  );
}
