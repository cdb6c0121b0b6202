import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLanguage } from '@tradeway/web/i18n';
import { PageHeader, useErrorText } from '@tradeway/web/ui';
import { AddStockModal } from '../components/AddStockModal';
import { OnHandCell, useLocationLabel } from '../components/OnHandCell';
import { useUnitLabel } from '../components/texts';
import { useInventory, useStockLocations } from '../data/inventory.queries';
import { PAGE_SIZE } from '../data/pricing.queries';
import type { InventoryRowView } from '../data/types';
import { formatMoment } from '../utils/format';
import { inventoryRowKey, noneAvailable } from '../utils/inventory';
import { formatDecimal } from '../utils/money';
import { useServerPagination } from '../components/use-server-pagination';

const numeric = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * `/inventory`: my SKUs at each warehouse location (DESIGN.md §3) — on hand, reserved for
 * orders and available — filtered on the server by keyword, warehouse and low stock, and
 * paged (all kept in the address). On hand is changed in place (`OnHandCell`); a SKU
 * without stock at a location is recorded there with "Record stock". Behind `catalog:manage`.
 */
export function InventoryPage() {
  const { t } = useTranslation();
  const pagination = useServerPagination();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const unitLabel = useUnitLabel();
  const locationLabel = useLocationLabel();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const warehouseId = params.get('warehouse') ?? undefined;
  const onlyLow = params.get('low') === '1';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const inventory = useInventory({ q: q || undefined, warehouseId, onlyLow: onlyLow || undefined }, page);
  const locations = useStockLocations();
  const [adding, setAdding] = useState<{ sku: InventoryRowView | null } | null>(null);

  const setQuery = (next: { q?: string; warehouse?: string | undefined; low?: boolean; page?: number }) => {
    const merged = { q, warehouse: warehouseId, low: onlyLow, ...next };
    const out = new URLSearchParams();
    if (merged.q) out.set('q', merged.q);
    if (merged.warehouse) out.set('warehouse', merged.warehouse);
    if (merged.low) out.set('low', '1');
    if ((next.page ?? 1) > 1) out.set('page', String(next.page));
    setParams(out);
  };
  const quantity = (text: string) => formatDecimal(text, language, 3);

  const columns: TableColumnsType<InventoryRowView> = [
    {
      title: t('inventory.columns.product'),
      key: 'product',
      render: (_, r) => {
        const name = language === 'en' ? r.productNameEn : r.productNameZh;
        return (
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Text ellipsis={{ tooltip: name }}>{name}</Typography.Text>
            <Typography.Text code style={{ fontSize: 12, alignSelf: 'flex-start' }} data-testid="sku-code">
              {r.skuCode}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      title: t('inventory.columns.location'),
      key: 'location',
      width: 270,
      render: (_, r) =>
        r.locationId ? (
          <Flex gap={8} align="center" style={{ minWidth: 0 }} data-testid="location">
            <Tag style={{ marginInlineEnd: 0, flex: 'none' }}>{r.locationCode}</Tag>
            <Typography.Text ellipsis={{ tooltip: locationLabel(r) }}>
              {language === 'en' ? r.warehouseNameEn : r.warehouseName}
            </Typography.Text>
          </Flex>
        ) : (
          <Flex gap={4} align="center" wrap data-testid="no-position">
            <Typography.Text type="secondary">
              {warehouseId ? t('inventory.noPositionHere') : t('inventory.noPosition')}
            </Typography.Text>
            <Button
              size="small"
              type="link"
              icon={<PlusOutlined />}
              onClick={() => setAdding({ sku: r })}
              data-testid="record-stock"
            >
              {t('inventory.add.rowButton')}
            </Button>
          </Flex>
        ),
    },
    {
      title: t('inventory.columns.onHand'),
      key: 'onHand',
      align: 'right',
      width: 210,
      render: (_, r) =>
        r.locationId ? (
          <OnHandCell row={r} unit={unitLabel(r.unit)} />
        ) : (
          <Typography.Text type="secondary" style={numeric}>
            {quantity(r.onHand)}
          </Typography.Text>
        ),
    },
    {
      title: t('inventory.columns.reserved'),
      dataIndex: 'reserved',
      align: 'right',
      width: 100,
      render: (v: string) => (
        <span style={numeric} data-testid="reserved">
          {quantity(v)}
        </span>
      ),
    },
    {
      title: t('inventory.columns.available'),
      key: 'available',
      align: 'right',
      width: 160,
      render: (_, r) => (
        <Flex justify="flex-end" align="center" gap={8} data-testid="available">
          {r.low && (
            <Tooltip
              title={t('inventory.lowHint', { moq: `${quantity(r.minOrderQuantity)} ${unitLabel(r.unit)}` })}
            >
              <Tag
                color={noneAvailable(r.available) ? 'error' : 'warning'}
                style={{ marginInlineEnd: 0 }}
                data-testid="low-tag"
              >
                {noneAvailable(r.available) ? t('inventory.outOfStock') : t('inventory.low')}
              </Tag>
            </Tooltip>
          )}
          <Typography.Text strong style={numeric} type={r.low ? 'danger' : undefined}>
            {quantity(r.available)}
          </Typography.Text>
          <Typography.Text type="secondary">{unitLabel(r.unit)}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('inventory.columns.updated'),
      dataIndex: 'updatedAt',
      width: 170,
      render: (iso: string | null) =>
        iso ? formatMoment(iso, language) : <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader
        title={t('inventory.pageTitle')}
        hint={t('inventory.hint')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding({ sku: null })}
            data-testid="add-stock"
          >
            {t('inventory.add.button')}
          </Button>
        }
      />
      <Card>
        <Flex vertical gap={16}>
          <Flex gap={12} wrap align="center" data-testid="inventory-filters">
            <Input.Search
              key={q}
              defaultValue={q}
              allowClear
              style={{ width: 300 }}
              placeholder={t('inventory.filters.search')}
              aria-label={t('inventory.filters.search')}
              onSearch={(v) => setQuery({ q: v.trim() })}
              data-testid="inventory-search"
            />
            <Select<string>
              style={{ width: 260 }}
              value={warehouseId ?? 'all'}
              aria-label={t('inventory.filters.warehouse')}
              loading={locations.isPending}
              onChange={(v) => setQuery({ warehouse: v === 'all' ? undefined : v })}
              options={[
                { value: 'all', label: t('inventory.filters.allWarehouses') },
                ...(locations.data?.items ?? []).map((w) => ({
                  value: w.id,
                  label: language === 'en' ? w.nameEn : w.name,
                })),
              ]}
              data-testid="warehouse-filter"
            />
            <Tooltip title={t('inventory.filters.onlyLowHint')}>
              <Checkbox
                checked={onlyLow}
                onChange={(e) => setQuery({ low: e.target.checked })}
                data-testid="only-low"
              >
                {t('inventory.filters.onlyLow')}
              </Checkbox>
            </Tooltip>
          </Flex>
          {inventory.isError && <Alert type="error" showIcon title={errorText(inventory.error)} />}
          <Table<InventoryRowView>
            data-testid="inventory-table"
            rowKey={inventoryRowKey}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1000 }}
            columns={columns}
            dataSource={inventory.data?.items ?? []}
            loading={inventory.isPending || inventory.isPlaceholderData}
            locale={{ emptyText: t('inventory.empty') }}
            pagination={pagination({
              page,
              pageSize: PAGE_SIZE,
              total: inventory.data?.total,
              onChange: (p) => setQuery({ page: p }),
            })}
          />
        </Flex>
      </Card>
      <AddStockModal
        open={adding !== null}
        sku={adding?.sku ?? null}
        warehouseId={warehouseId}
        onClose={() => setAdding(null)}
      />
    </Space>
  );
}
