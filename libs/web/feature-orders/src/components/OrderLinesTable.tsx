import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { bpsToPercent, Money, NUMERIC, useFigures } from '@tradeway/web/ui';
import type { OrderLine, OrderView } from '../data/types';
import { descriptionIn } from '../utils/lines';

/** The lines of an order as they were priced: SKU, quantity, unit price, VAT and totals, with the order's sums. */
export function OrderLinesTable({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const f = useFigures('orders');
  const { language } = f;
  const currency = order.currency;

  const columns: TableColumnsType<OrderLine> = [
    { title: t('orders.lines.no'), dataIndex: 'lineNo', width: 56, align: 'center' },
    {
      title: t('orders.lines.sku'),
      key: 'sku',
      render: (_, l) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: l.description }} data-testid="line-description">
            {descriptionIn(l.description, language)}
          </Typography.Text>
          <Flex gap={8} wrap align="center">
            <Typography.Text code style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="line-sku">
              {l.skuCode}
            </Typography.Text>
            {l.specCode && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l.specCode}
              </Typography.Text>
            )}
            {l.grade && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('orders.lines.grade', { grade: l.grade })}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('orders.lines.quantity'),
      key: 'quantity',
      align: 'right',
      width: 130,
      render: (_, l) => (
        <span style={NUMERIC} data-testid="line-quantity">
          {f.quantity(l.quantity, l.unit)}
        </span>
      ),
    },
    {
      title: t('orders.lines.unitPrice'),
      key: 'unitPrice',
      align: 'right',
      width: 150,
      render: (_, l) => (
        <span style={NUMERIC} data-testid="line-unit-price">
          {f.perUnit(l.unitPrice, l.unit, currency)}
        </span>
      ),
    },
    {
      title: t('orders.lines.taxRate'),
      dataIndex: 'taxRateBps',
      align: 'right',
      width: 80,
      render: (bps: number) => (
        <span style={NUMERIC}>{t('orders.format.percent', { value: bpsToPercent(bps) })}</span>
      ),
    },
    {
      title: t('orders.lines.net'),
      dataIndex: 'netMinor',
      align: 'right',
      width: 150,
      render: (m: string) => <Money minor={m} currency={currency} />,
    },
    {
      title: t('orders.lines.tax'),
      dataIndex: 'taxMinor',
      align: 'right',
      width: 140,
      render: (m: string) => <Money minor={m} currency={currency} />,
    },
    {
      title: t('orders.lines.total'),
      dataIndex: 'totalMinor',
      align: 'right',
      width: 160,
      render: (m: string) => <Money minor={m} currency={currency} strong testId="line-total" />,
    },
  ];

  return (
    <Table<OrderLine>
      data-testid="order-lines"
      rowKey="id"
      size="middle"
      tableLayout="fixed"
      scroll={{ x: 1000 }}
      pagination={false}
      columns={columns}
      dataSource={order.lines}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={5} align="right">
            <Typography.Text strong>{t('orders.lines.sum')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            <Money minor={order.netMinor} currency={currency} />
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} align="right">
            <Money minor={order.taxMinor} currency={currency} />
          </Table.Summary.Cell>
          <Table.Summary.Cell index={7} align="right">
            <Money minor={order.totalMinor} currency={currency} strong testId="order-sum" />
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
