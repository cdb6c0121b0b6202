import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../data/types';

/** Blue while it waits on someone, cyan/green as it moves on, red where it went wrong, grey when over. */
export const STATUS_COLOR: Record<OrderStatus, string> = {
  pending_approval: 'gold',
  placed: 'blue',
  confirmed: 'cyan',
  in_fulfilment: 'geekblue',
  delivered: 'purple',
  accepted: 'green',
  disputed: 'red',
  invoiced: 'magenta',
  settled: 'success',
  closed: 'default',
  cancelled: 'default',
  rejected: 'volcano',
};

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={STATUS_COLOR[status]}
      data-testid="order-status"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`orders.status.${status}`)}
    </Tag>
  );
}
