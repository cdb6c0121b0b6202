import { Flex, Progress, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { NUMERIC, useFigures } from '@tradeway/web/ui';
import type { LineShippingView } from '../data/fulfilment.queries';
import type { OrderView } from '../data/types';
import { shippedPercent, toThousandths } from '../utils/shipping';
import { useLineDescription } from './use-party-name';

/** Per order line: ordered, shipped in shipments that are not cancelled, left to ship, and a bar. */
export function ShipmentsProgress({
  order,
  lines,
}: {
  order: OrderView;
  lines: readonly LineShippingView[];
}) {
  const { t } = useTranslation();
  const f = useFigures('orders');
  const describe = useLineDescription();
  const orderLine = (id: string) => order.lines.find((l) => l.id === id);

  const columns: TableColumnsType<LineShippingView> = [
    { title: t('fulfilment.progress.line'), dataIndex: 'lineNo', width: 56, align: 'center' },
    {
      title: t('fulfilment.progress.goods'),
      key: 'goods',
      render: (_, l) => {
        const line = orderLine(l.orderLineId);
        return (
          <Flex vertical gap={0} style={{ minWidth: 0 }}>
            <Typography.Text ellipsis={{ tooltip: line?.description }}>
              {line ? describe(line.description) : ''}
            </Typography.Text>
            <Typography.Text code style={{ fontSize: 12, width: 'fit-content' }}>
              {line?.skuCode ?? ''}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      title: t('fulfilment.progress.ordered'),
      key: 'ordered',
      align: 'right',
      width: 110,
      render: (_, l) => <span style={NUMERIC}>{f.quantity(l.ordered, l.unit)}</span>,
    },
    {
      title: t('fulfilment.progress.shipped'),
      key: 'shipped',
      align: 'right',
      width: 110,
      render: (_, l) => (
        <span style={NUMERIC} data-testid="progress-shipped">
          {f.quantity(l.shipped, l.unit)}
        </span>
      ),
    },
    {
      title: t('fulfilment.progress.remaining'),
      key: 'remaining',
      align: 'right',
      width: 110,
      render: (_, l) =>
        (toThousandths(l.remaining) ?? 0n) > 0n ? (
          <Typography.Text strong style={NUMERIC} data-testid="progress-remaining">
            {f.quantity(l.remaining, l.unit)}
          </Typography.Text>
        ) : (
          <Typography.Text type="success" data-testid="progress-remaining">
            {t('fulfilment.progress.done')}
          </Typography.Text>
        ),
    },
    {
      title: t('fulfilment.progress.progress'),
      key: 'bar',
      width: 170,
      render: (_, l) => {
        const percent = shippedPercent(l.shipped, l.ordered);
        return (
          <Progress
            percent={percent}
            size="small"
            status={percent >= 100 ? 'success' : 'normal'}
            data-testid="progress-bar"
            aria-label={t('fulfilment.progress.progress')}
          />
        );
      },
    },
  ];

  return (
    <Table<LineShippingView>
      data-testid="shipping-progress"
      rowKey="orderLineId"
      size="small"
      tableLayout="fixed"
      pagination={false}
      columns={columns}
      dataSource={[...lines]}
      scroll={{ x: 640 }}
    />
  );
}
