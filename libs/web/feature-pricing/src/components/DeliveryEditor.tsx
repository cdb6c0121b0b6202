import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import type { DeliveryRule, PriceListKind, WarehouseView } from '../data/types';
import {
  deliveryFieldName,
  type DeliveryFormValues,
  deliveryFormValues,
  emptyZone,
  isDuplicateWarehouse,
  isDuplicateZoneCode,
  MAX_PICKUPS,
  MAX_ZONES,
  regionName,
  toDeliveryRule,
  ZONE_CODE,
  zoneHoldingRegion,
  type ZoneRow,
} from '../utils/delivery';
import { currencySymbol } from '../utils/money';
import { priceRules, textRules, yuanRules } from './form-rules';
import { useFormErrors } from './use-form-errors';

const PICKUP_GRID = {
  display: 'grid',
  gridTemplateColumns: 'minmax(220px, 2fr) minmax(140px, 1fr) 36px',
  columnGap: 8,
} as const;
const ZONE_GRID = {
  display: 'grid',
  gridTemplateColumns:
    '110px minmax(110px, 1fr) minmax(110px, 1fr) minmax(220px, 2.4fr) minmax(120px, 1fr) minmax(120px, 1fr) 36px',
  columnGap: 8,
} as const;

const Head = ({ labels, grid }: { labels: string[]; grid: object }) => (
  <div style={{ ...grid, paddingBottom: 4 }}>
    {labels.map((l, i) => (
      <Typography.Text key={i} type="secondary" style={{ fontSize: 13 }}>
        {l}
      </Typography.Text>
    ))}
  </div>
);

/**
 * Where and how a list's buyers take delivery: inherit, or pickup at my warehouses with a
 * handling fee per unit and delivery zones — regions, freight per unit and a fee per
 * shipment (typed in yuan, sent in fen). A region belongs to one zone only; codes and
 * warehouses are not repeated.
 */
export function DeliveryEditor({
  rule,
  kind,
  currency,
  canManage,
  warehouses,
  onSave,
}: {
  rule: DeliveryRule | null;
  kind: PriceListKind;
  currency: string;
  canManage: boolean;
  warehouses: readonly WarehouseView[];
  onSave: (rule: DeliveryRule | null) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<DeliveryFormValues>();
  const initial = deliveryFormValues(rule);
  const inherit = (Form.useWatch('inherit', form) as boolean | undefined) ?? initial.inherit;
  const errors = useFormErrors(form, deliveryFieldName);
  const [saving, setSaving] = useState(false);
  const disabled = !canManage;
  const money = currencySymbol(currency, language);
  const regionOptions = REGIONS.map((r) => ({
    value: r.code,
    label: language === 'en' ? r.en : r.zh,
  }));

  const handleFinish = async (v: DeliveryFormValues) => {
    errors.clear();
    setSaving(true);
    try {
      await onSave(toDeliveryRule(v));
    } catch (error) {
      errors.report(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<DeliveryFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={handleFinish}
      disabled={disabled}
      data-testid="delivery-form"
    >
      <Flex vertical gap={16}>
        {errors.alert && (
          <Alert
            type="error"
            showIcon
            data-testid="form-error"
            title={errors.alert.title}
            description={errors.alert.details.length ? errors.alert.details.join('\n') : undefined}
          />
        )}
        <Flex align="center" gap={12}>
          <Form.Item name="inherit" valuePropName="checked" noStyle>
            <Switch aria-label={t('pricing.delivery.inherit')} />
          </Form.Item>
          <Typography.Text>{t('pricing.delivery.inherit')}</Typography.Text>
        </Flex>
        {inherit ? (
          <Alert
            type="info"
            showIcon
            title={
              kind === 'list' ? t('pricing.delivery.inheritHintList') : t('pricing.delivery.inheritHint')
            }
          />
        ) : (
          <>
            <Card size="small" title={t('pricing.delivery.pickups')} styles={{ body: { overflowX: 'auto' } }}>
              <Form.List name="pickups">
                {(fields, { add, remove }) => (
                  <div style={{ minWidth: 460 }}>
                    {fields.length === 0 ? (
                      <Typography.Paragraph type="secondary">
                        {t('pricing.delivery.noPickups')}
                      </Typography.Paragraph>
                    ) : (
                      <Head
                        labels={[t('pricing.delivery.warehouse'), t('pricing.delivery.handling'), '']}
                        grid={PICKUP_GRID}
                      />
                    )}
                    {fields.map((field, index) => (
                      <div key={field.key} style={PICKUP_GRID} data-testid="pickup-row">
                        <Form.Item
                          name={[field.name, 'warehouseId']}
                          rules={[
                            { required: true, message: t('pricing.validation.chooseWarehouse') },
                            ({ getFieldValue }) => ({
                              validator: () =>
                                isDuplicateWarehouse(getFieldValue('pickups') as [], index)
                                  ? Promise.reject(new Error(t('pricing.validation.duplicateWarehouse')))
                                  : Promise.resolve(),
                            }),
                          ]}
                        >
                          <Select
                            aria-label={t('pricing.delivery.warehouse')}
                            showSearch={{ optionFilterProp: 'label' }}
                            options={warehouses.map((w) => ({
                              value: w.id,
                              label: `${language === 'en' ? w.nameEn : w.name} · ${w.city} (${w.code})`,
                            }))}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'handlingPerUnit']} rules={priceRules(t)}>
                          <Input
                            inputMode="decimal"
                            prefix={money}
                            aria-label={t('pricing.delivery.handling')}
                            styles={{ input: { textAlign: 'right' } }}
                          />
                        </Form.Item>
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('pricing.delivery.removePickup', { n: index + 1 })}
                          onClick={() => remove(field.name)}
                        />
                      </div>
                    ))}
                    {canManage && (
                      <Button
                        type="dashed"
                        icon={<PlusOutlined />}
                        disabled={fields.length >= MAX_PICKUPS}
                        onClick={() => add({ warehouseId: undefined, handlingPerUnit: '0' })}
                      >
                        {t('pricing.delivery.addPickup')}
                      </Button>
                    )}
                  </div>
                )}
              </Form.List>
            </Card>
            <Card size="small" title={t('pricing.delivery.zones')} styles={{ body: { overflowX: 'auto' } }}>
              <Typography.Paragraph type="secondary">{t('pricing.delivery.zonesHint')}</Typography.Paragraph>
              <Form.List name="zones">
                {(fields, { add, remove }) => (
                  <div style={{ minWidth: 1000 }}>
                    {fields.length === 0 ? (
                      <Typography.Paragraph type="secondary">
                        {t('pricing.delivery.noZones')}
                      </Typography.Paragraph>
                    ) : (
                      <Head
                        grid={ZONE_GRID}
                        labels={[
                          t('pricing.delivery.zoneCode'),
                          t('pricing.delivery.nameZh'),
                          t('pricing.delivery.nameEn'),
                          t('pricing.delivery.regions'),
                          t('pricing.delivery.freight'),
                          t('pricing.delivery.shipmentFee'),
                          '',
                        ]}
                      />
                    )}
                    {fields.map((field, index) => {
                      const zoneLabel = (f: string) =>
                        t('pricing.delivery.zoneField', { n: index + 1, field: f });
                      return (
                        <div key={field.key} style={ZONE_GRID} data-testid="zone-row">
                          <Form.Item
                            name={[field.name, 'code']}
                            rules={[
                              { required: true, whitespace: true, message: t('pricing.validation.required') },
                              { pattern: ZONE_CODE, message: t('pricing.validation.code', { max: 20 }) },
                              ({ getFieldValue }) => ({
                                validator: () =>
                                  isDuplicateZoneCode(getFieldValue('zones') as ZoneRow[], index)
                                    ? Promise.reject(new Error(t('pricing.validation.duplicateZone')))
                                    : Promise.resolve(),
                              }),
                            ]}
                          >
                            <Input
                              aria-label={zoneLabel(t('pricing.delivery.zoneCode'))}
                              style={{ fontFamily: 'monospace' }}
                            />
                          </Form.Item>
                          <Form.Item name={[field.name, 'nameZh']} rules={textRules(t, 60)}>
                            <Input aria-label={zoneLabel(t('pricing.delivery.nameZh'))} />
                          </Form.Item>
                          <Form.Item name={[field.name, 'nameEn']} rules={textRules(t, 60)}>
                            <Input aria-label={zoneLabel(t('pricing.delivery.nameEn'))} />
                          </Form.Item>
                          <Form.Item
                            name={[field.name, 'regions']}
                            rules={[
                              {
                                required: true,
                                type: 'array',
                                min: 1,
                                message: t('pricing.validation.chooseRegions'),
                              },
                              ({ getFieldValue }) => ({
                                validator: (_, regions: string[] | undefined) => {
                                  const zones = getFieldValue('zones') as ZoneRow[];
                                  for (const region of regions ?? []) {
                                    const other = zoneHoldingRegion(zones, region, index);
                                    if (other)
                                      return Promise.reject(
                                        new Error(
                                          t('pricing.validation.regionInTwoZones', {
                                            region: regionName(region, language),
                                            zone: other.code || '?',
                                          }),
                                        ),
                                      );
                                  }
                                  return Promise.resolve();
                                },
                              }),
                            ]}
                          >
                            <Select
                              mode="multiple"
                              aria-label={zoneLabel(t('pricing.delivery.regions'))}
                              maxTagCount="responsive"
                              showSearch={{ optionFilterProp: 'label' }}
                              options={regionOptions}
                            />
                          </Form.Item>
                          <Form.Item name={[field.name, 'freightPerUnit']} rules={priceRules(t)}>
                            <Input
                              inputMode="decimal"
                              prefix={money}
                              aria-label={zoneLabel(t('pricing.delivery.freight'))}
                              styles={{ input: { textAlign: 'right' } }}
                            />
                          </Form.Item>
                          <Form.Item name={[field.name, 'perShipmentFee']} rules={yuanRules(t)}>
                            <Input
                              inputMode="decimal"
                              prefix={money}
                              aria-label={zoneLabel(t('pricing.delivery.shipmentFee'))}
                              styles={{ input: { textAlign: 'right' } }}
                            />
                          </Form.Item>
                          <Button
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('pricing.delivery.removeZone', { n: index + 1 })}
                            onClick={() => remove(field.name)}
                          />
                        </div>
                      );
                    })}
                    {canManage && (
                      <Button
                        type="dashed"
                        icon={<PlusOutlined />}
                        disabled={fields.length >= MAX_ZONES}
                        onClick={() => add(emptyZone())}
                        data-testid="add-zone"
                      >
                        {t('pricing.delivery.addZone')}
                      </Button>
                    )}
                  </div>
                )}
              </Form.List>
            </Card>
          </>
        )}
        {canManage && (
          <div>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="delivery-save">
              {t('pricing.common.save')}
            </Button>
          </div>
        )}
      </Flex>
    </Form>
  );
}
