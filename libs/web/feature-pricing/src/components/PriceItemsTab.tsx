import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Flex,
  Input,
  Popconfirm,
  Space,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { useErrorText } from '@tradeway/web/ui';
import { PAGE_SIZE, useDeletePriceItem, usePriceItems, usePutPriceItem } from '../data/pricing.queries';
import type { PriceItemView, PriceListView } from '../data/types';
import { LadderSummary } from './LadderSummary';
import { DecimalText } from './MoneyText';
import { PriceItemDrawer } from './PriceItemDrawer';
import { useUnitLabel } from './texts';
import { useServerPagination } from './use-server-pagination';

type Editing = { item: PriceItemView | null } | null;

/** The SKU prices of a list, paged and searched on the server; add, change, remove with `price_list:manage`. */
export function PriceItemsTab({ list, canManage }: { list: PriceListView; canManage: boolean }) {
  const { t } = useTranslation();
  const pagination = useServerPagination();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const unitLabel = useUnitLabel();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const items = usePriceItems(list.id, q || undefined, page);
  const put = usePutPriceItem();
  const remove = useDeletePriceItem();
  const [editing, setEditing] = useState<Editing>(null);

  const handleDelete = async (item: PriceItemView) => {
    try {
      await remove.mutateAsync({ listId: list.id, skuId: item.skuId });
      void message.success(t('pricing.items.deleted', { sku: item.skuCode }));
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const columns: TableColumnsType<PriceItemView> = [
    {
      title: t('pricing.items.sku'),
      dataIndex: 'skuCode',
      width: 220,
      render: (code: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {code}
        </Typography.Text>
      ),
    },
    {
      title: t('pricing.items.product'),
      key: 'product',
      ellipsis: true,
      render: (_, i) => (language === 'en' ? i.productNameEn : i.productNameZh),
    },
    { title: t('pricing.items.unit'), dataIndex: 'unit', width: 70, render: (u: string) => unitLabel(u) },
    {
      title: t('pricing.items.unitPrice'),
      dataIndex: 'unitPrice',
      align: 'right',
      width: 140,
      render: (p: string) => <DecimalText value={p} currency={list.currency} />,
    },
    {
      title: t('pricing.items.floor'),
      dataIndex: 'floorPrice',
      align: 'right',
      width: 140,
      render: (p: string | null) => <DecimalText value={p} currency={list.currency} />,
    },
    {
      title: t('pricing.items.ladder'),
      key: 'ladder',
      width: 300,
      render: (_, i) => (
        <Flex vertical gap={2}>
          <LadderSummary ladder={i.ladder} unit={i.unit} />
          {i.ladder.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`pricing.ladderMode.${i.ladderMode}`)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    ...(canManage
      ? [
          {
            title: '',
            key: 'actions',
            width: 96,
            render: (_: unknown, i: PriceItemView) => (
              <Space size={0}>
                <Button
                  type="text"
                  icon={<EditOutlined />}
                  aria-label={t('pricing.items.edit', { sku: i.skuCode })}
                  onClick={() => setEditing({ item: i })}
                />
                <Popconfirm
                  title={t('pricing.items.confirmDelete', { sku: i.skuCode })}
                  okText={t('pricing.common.delete')}
                  cancelText={t('pricing.common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => handleDelete(i)}
                >
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('pricing.items.delete', { sku: i.skuCode })}
                  />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" gap={12} wrap>
        <Input.Search
          allowClear
          style={{ width: 320 }}
          placeholder={t('pricing.items.searchPlaceholder')}
          aria-label={t('pricing.items.searchPlaceholder')}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
        />
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ item: null })}
            data-testid="add-price-item"
          >
            {t('pricing.items.add')}
          </Button>
        )}
      </Flex>
      {items.isError && <Alert type="error" showIcon title={errorText(items.error)} />}
      <Table<PriceItemView>
        data-testid="price-items-table"
        rowKey="skuId"
        size="middle"
        tableLayout="fixed"
        scroll={{ x: 1120 }}
        columns={columns}
        dataSource={items.data?.items ?? []}
        loading={items.isPending || items.isPlaceholderData}
        locale={{ emptyText: q ? t('pricing.items.noMatch') : t('pricing.items.empty') }}
        pagination={pagination({ page, pageSize: PAGE_SIZE, total: items.data?.total, onChange: setPage })}
      />
      {canManage && (
        <PriceItemDrawer
          key={editing?.item?.skuId ?? 'new'}
          open={!!editing}
          listId={list.id}
          item={editing?.item ?? null}
          currency={list.currency}
          onClose={() => setEditing(null)}
          onSave={async (payload) => {
            const saved = await put.mutateAsync(payload);
            void message.success(t('pricing.items.saved', { sku: saved.skuCode }));
            setEditing(null);
          }}
        />
      )}
    </Flex>
  );
}
