import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { NUMERIC, useFigures } from '@tradeway/web/ui';
import type { RfqItemView } from '../data/types';

/** The items asked for: what (free text or a catalog SKU), the specification, how much. */
export function RfqItemsTable({ items }: { items: RfqItemView[] }) {
  const { t } = useTranslation();
  const f = useFigures('rfq');
  const columns: TableColumnsType<RfqItemView> = [
    { title: t('rfq.items.no'), dataIndex: 'itemNo', width: 56, align: 'center' },
    {
      title: t('rfq.items.description'),
      dataIndex: 'description',
      render: (d: string) => <Typography.Text strong>{d}</Typography.Text>,
    },
    {
      title: t('rfq.items.specification'),
      dataIndex: 'specification',
      render: (s: string) =>
        s ? (
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{s}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('rfq.common.none')}</Typography.Text>
        ),
    },
    {
      title: t('rfq.items.quantity'),
      key: 'quantity',
      width: 150,
      align: 'right',
      render: (_, i) => (
        <span style={NUMERIC} data-testid="item-quantity-shown">
          {f.quantity(i.quantity, i.unit)}
        </span>
      ),
    },
  ];
  return (
    <Table<RfqItemView>
      rowKey="itemNo"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={items}
      data-testid="rfq-items"
    />
  );
}
