import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ShipmentStatus } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, NUMERIC, useFigures } from '@tradeway/web/ui';
import type { ShipmentView } from '../data/fulfilment.queries';
import { useLineDescription } from './use-party-name';

/** Blue while planned, geekblue on the road, green once arrived, grey when cancelled. */
export const SHIPMENT_STATUS_COLOR: Record<ShipmentStatus, string> = {
  planned: 'blue',
  in_transit: 'geekblue',
  arrived: 'green',
  cancelled: 'default',
};

export function ShipmentStatusTag({ status }: { status: ShipmentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={SHIPMENT_STATUS_COLOR[status]}
      data-testid="shipment-status"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`fulfilment.shipmentStatus.${status}`)}
    </Tag>
  );
}

/** A moment to the minute in the page's language, or a dash. */
export function Moment({ iso, testId }: { iso: string | null; testId?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!iso) return <Typography.Text type="secondary">{t('fulfilment.common.none')}</Typography.Text>;
  return (
    <span style={NUMERIC} data-testid={testId}>
      {formatMoment(iso, language)}
    </span>
  );
}

/** The goods of a shipment, one line each: SKU and quantity with its unit. */
export function ShipmentGoods({ lines }: { lines: ShipmentView['lines'] }) {
  const f = useFigures('orders');
  const describe = useLineDescription();
  return (
    <Flex vertical gap={2}>
      {lines.map((l) => (
        <Flex key={l.id} gap={8} align="baseline" wrap={false} data-testid="shipment-line">
          <Typography.Text code style={{ fontSize: 12 }} ellipsis={{ tooltip: describe(l.description) }}>
            {l.skuCode}
          </Typography.Text>
          <span style={NUMERIC} data-testid="shipment-line-quantity">
            {f.quantity(l.quantity, l.unit)}
          </span>
        </Flex>
      ))}
    </Flex>
  );
}
