import { EnvironmentOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PickupStatus } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, NUMERIC, useFigures } from '@tradeway/web/ui';
import type { PickupTaskView } from '../data/fulfilment.queries';
import { useLineDescription, useNameIn } from './use-party-name';

/** Blue while it may be used, green once used, grey when revoked, orange when it ran out. */
export const PICKUP_STATUS_COLOR: Record<PickupStatus, string> = {
  issued: 'processing',
  used: 'success',
  revoked: 'default',
  expired: 'warning',
};

export function PickupStatusTag({ status }: { status: PickupStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={PICKUP_STATUS_COLOR[status]}
      data-testid="pickup-status"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`fulfilment.pickupStatus.${status}`)}
    </Tag>
  );
}

/**
 * From when until when an authorisation may be used, in the user's time zone; "not yet valid"
 * while an issued one waits for its start.
 */
export function PickupValidity({
  validFrom,
  validUntil,
  status,
  compact = false,
  now = new Date(),
}: {
  validFrom: string;
  validUntil: string;
  status: PickupStatus;
  /** Both ends in small type, under a status. */
  compact?: boolean;
  now?: Date;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const early = status === 'issued' && new Date(validFrom).getTime() > now.getTime();
  return (
    <Flex vertical gap={0} data-testid="pickup-validity">
      {compact ? (
        <Typography.Text type="secondary" style={{ ...NUMERIC, fontSize: 12 }}>
          {t('fulfilment.validity.from', { time: formatMoment(validFrom, language) })}
        </Typography.Text>
      ) : (
        <span style={NUMERIC}>{formatMoment(validFrom, language)}</span>
      )}
      <Typography.Text type="secondary" style={{ ...NUMERIC, fontSize: 12 }}>
        {t('fulfilment.validity.until', { time: formatMoment(validUntil, language) })}
      </Typography.Text>
      {early && (
        <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="pickup-not-yet-valid">
          {t('fulfilment.validity.notYetValid')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** What is to be collected: each line's description, SKU and quantity (never a price). */
export function PickupGoods({ goods }: { goods: PickupTaskView['goods'] }) {
  const f = useFigures('orders');
  const describe = useLineDescription();
  return (
    <Flex vertical gap={4}>
      {goods.map((g, i) => (
        <Flex key={`${g.skuCode}-${i}`} vertical gap={0} data-testid="pickup-goods">
          <Flex gap={8} align="baseline" justify="space-between">
            <Typography.Text ellipsis={{ tooltip: g.description }} style={{ minWidth: 0 }}>
              {describe(g.description)}
            </Typography.Text>
            <Typography.Text strong style={NUMERIC} data-testid="pickup-quantity">
              {f.quantity(g.quantity, g.unit)}
            </Typography.Text>
          </Flex>
          <Flex gap={6} wrap>
            <Typography.Text code style={{ fontSize: 12 }}>
              {g.skuCode}
            </Typography.Text>
            {g.grade && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {g.grade}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
}

/** The warehouse the goods are collected from, with its city and address. */
export function PickupWarehouse({ warehouse }: { warehouse: PickupTaskView['warehouse'] }) {
  const { t } = useTranslation();
  const nameIn = useNameIn();
  if (!warehouse) return <Typography.Text type="secondary">{t('fulfilment.common.none')}</Typography.Text>;
  return (
    <Flex vertical gap={0} data-testid="pickup-warehouse">
      <Typography.Text>{nameIn(warehouse.name, warehouse.nameEn)}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <EnvironmentOutlined /> {[warehouse.city, warehouse.address].filter(Boolean).join(' · ')}
      </Typography.Text>
    </Flex>
  );
}

/** Driver and vehicle plate, as the warehouse compares them. */
export function DriverAndPlate({ driverName, vehiclePlate }: { driverName: string; vehiclePlate: string }) {
  return (
    <Flex vertical gap={2} data-testid="pickup-driver">
      <Typography.Text>{driverName}</Typography.Text>
      <Tag
        style={{ width: 'fit-content', fontVariantNumeric: 'tabular-nums', marginInlineEnd: 0 }}
        data-testid="pickup-plate"
      >
        {vehiclePlate}
      </Tag>
    </Flex>
  );
}
