import {
  Alert,
  Card,
  Col,
  Descriptions,
  Flex,
  Row,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { InventoryView, SkuView } from '../data/types';
import { attributeLabel, visibleAttributes } from '../utils/attributes';
import { formatScaled, parseScaled, QUANTITY_PLACES } from '../utils/decimal';
import { formatDay } from '../utils/format';
import { allowedQuantities } from '../utils/quantity';
import { regionName } from '../utils/regions';
import { unitText } from '../utils/units';
import { NUMERIC } from './Amount';
import { LadderTable } from './LadderTable';
import { ListKindTag } from './PriceTags';
import { useFormatters } from './use-formatters';

const sumQuantities = (values: string[]) =>
  formatScaled(
    values.reduce((s, v) => s + (parseScaled(v, QUANTITY_PLACES) ?? 0n), 0n),
    QUANTITY_PLACES,
  );

/** The specification and order rules of a SKU: attributes, pack size, MOQ, increment, unit conversions. */
export function SkuSpecs({ sku }: { sku: SkuView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = useFormatters();
  const allowed = allowedQuantities(sku);
  return (
    <Card title={t('catalog.product.specs')} size="small" data-testid="sku-specs">
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('catalog.product.skuCode')}>
          <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
            {sku.code}
          </Typography.Text>
        </Descriptions.Item>
        {sku.specCode && (
          <Descriptions.Item label={t('catalog.product.specCodeLabel')}>
            <Typography.Text style={{ whiteSpace: 'nowrap' }}>{sku.specCode}</Typography.Text>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('catalog.product.unit')}>{unitText(t, sku.unit)}</Descriptions.Item>
        {visibleAttributes(sku.attributes, language).map(([key, value]) => (
          <Descriptions.Item key={key} label={attributeLabel(t, key)}>
            {value}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('catalog.product.packSize')}>
          {f.quantity(sku.packSize, sku.unit)}
        </Descriptions.Item>
        <Descriptions.Item label={t('catalog.product.moq')}>
          <span data-testid="moq">{f.quantity(sku.minOrderQuantity, sku.unit)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('catalog.product.increment')}>
          {f.quantity(sku.orderIncrement, sku.unit)}
        </Descriptions.Item>
        <Descriptions.Item label={t('catalog.product.allowed')}>
          <span data-testid="allowed-quantities">
            {allowed.length > 0
              ? t('catalog.product.allowedList', {
                  list: allowed.map((q) => f.quantity(q, sku.unit)).join(t('catalog.common.listSeparator')),
                })
              : t('catalog.product.anyQuantity')}
          </span>
        </Descriptions.Item>
        {sku.conversions.length > 0 && (
          <Descriptions.Item label={t('catalog.product.conversions')} span="filled">
            <Space size={[12, 4]} wrap>
              {sku.conversions.map((c) => (
                <span key={`${c.fromUnit}-${c.toUnit}`} style={NUMERIC}>
                  {t('catalog.product.conversion', {
                    from: f.quantity('1', c.fromUnit),
                    to: f.quantity(c.factor, c.toUnit),
                  })}
                </span>
              ))}
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

const nowrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;

/** Stock of a SKU per warehouse: on hand, reserved and available, with the total available. */
export function StockTable({
  sku,
  warehouseName,
}: {
  sku: SkuView;
  /** the warehouse's name in the page's language (the stock row carries its Chinese name) */
  warehouseName?: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const qty = (q: string) => <span style={NUMERIC}>{f.quantity(q, sku.unit)}</span>;
  const columns: TableColumnsType<InventoryView> = [
    {
      // wraps rather than cut: the name is what tells two warehouses apart
      title: t('catalog.stock.warehouse'),
      key: 'warehouse',
      render: (_, r) => warehouseName?.(r.warehouseId) ?? r.warehouseName,
    },
    { title: t('catalog.stock.location'), dataIndex: 'locationCode', width: 90 },
    { title: nowrap(t('catalog.stock.onHand')), dataIndex: 'onHand', align: 'right', render: qty },
    { title: nowrap(t('catalog.stock.reserved')), dataIndex: 'reserved', align: 'right', render: qty },
    {
      title: nowrap(t('catalog.stock.available')),
      dataIndex: 'available',
      align: 'right',
      render: (q: string) => <Typography.Text strong>{qty(q)}</Typography.Text>,
    },
  ];
  const available = sumQuantities(sku.inventory.map((i) => i.available));
  return (
    <Card
      title={t('catalog.stock.title')}
      size="small"
      extra={
        <Typography.Text type="secondary" data-testid="stock-available">
          {t('catalog.stock.totalAvailable', { quantity: f.quantity(available, sku.unit) })}
        </Typography.Text>
      }
    >
      <Table<InventoryView>
        rowKey={(r) => `${r.warehouseId}-${r.locationCode}`}
        size="small"
        columns={columns}
        dataSource={sku.inventory}
        pagination={false}
        locale={{ emptyText: t('catalog.stock.empty') }}
      />
    </Card>
  );
}

/** My price for a SKU with its kind, validity and ladder; or "price on request" and what to do then. */
export function MyPriceCard({
  sku,
  warehouseName,
}: {
  sku: SkuView;
  warehouseName: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = useFormatters();
  const price = sku.myPrice;
  if (!price) {
    return (
      <Card title={t('catalog.myPrice.title')} size="small" data-testid="my-price">
        <Alert
          type="info"
          showIcon
          data-testid="my-price-on-request"
          title={t('catalog.priceOnRequest')}
          description={t('catalog.myPrice.onRequestHint')}
        />
      </Card>
    );
  }
  return (
    <Card title={t('catalog.myPrice.title')} size="small" data-testid="my-price">
      <Flex vertical gap={12}>
        <Row gutter={[16, 8]} align="middle">
          <Col flex="auto">
            <Flex align="baseline" gap={12} wrap>
              <Typography.Text strong style={{ fontSize: 22, ...NUMERIC }} data-testid="my-unit-price">
                {f.perUnit(price.unitPrice, sku.unit, price.currency)}
              </Typography.Text>
              <ListKindTag kind={price.listKind} />
              <Typography.Text type="secondary">{t('catalog.myPrice.netOfVat')}</Typography.Text>
            </Flex>
          </Col>
          <Col>
            <Typography.Text type="secondary" data-testid="my-price-valid">
              {price.validTo
                ? t('catalog.myPrice.validTo', { date: formatDay(price.validTo, language) })
                : t('catalog.myPrice.noEnd')}
            </Typography.Text>
          </Col>
        </Row>
        <LadderTable price={price} unit={sku.unit} />
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('catalog.myPrice.pickup')}>
            {price.pickupWarehouseIds.length ? (
              <Space size={[4, 4]} wrap>
                {price.pickupWarehouseIds.map((id) => (
                  <Tag key={id}>{warehouseName(id) ?? t('catalog.breakdown.aWarehouse')}</Tag>
                ))}
              </Space>
            ) : (
              t('catalog.myPrice.noPickup')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.myPrice.delivery')}>
            {price.deliveryRegions.length ? (
              <Space size={[4, 4]} wrap>
                {price.deliveryRegions.map((code) => (
                  <Tag key={code}>{regionName(code, language)}</Tag>
                ))}
              </Space>
            ) : (
              t('catalog.myPrice.noDelivery')
            )}
          </Descriptions.Item>
        </Descriptions>
      </Flex>
    </Card>
  );
}
