import { BarChartOutlined, SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS, type FieldError } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import type { MyPriceView, QuoteRequestPayload, QuoteView, SkuView } from '../data/types';
import { formatDateTime } from '../utils/format';
import { allowedQuantities } from '../utils/quantity';
import {
  askedQuantity,
  PAYMENT_TERM_OPTIONS,
  type QuoteFormValues,
  quoteFieldName,
  requestKey,
  toQuoteRequest,
} from '../utils/quote-form';
import { regionName } from '../utils/regions';
import { quoteUnits } from '../utils/unit-conversion';
import { type Unit, unitText } from '../utils/units';
import { Breakdown } from './Breakdown';
import { quantityMessage } from './quantity-message';
import { useDebouncedValue } from './use-debounced-value';
import { useFormErrors } from './use-form-errors';
import { useFormatters } from './use-formatters';

/** How long the typing must pause before the price is asked. */
export const PREVIEW_DEBOUNCE_MS = 400;

export interface PreviewState {
  data: QuoteView | undefined;
  error: unknown;
  isFetching: boolean;
  /** the answer on screen is for earlier inputs (kept while the new one comes) */
  isPlaceholderData: boolean;
}

export interface QuoteBuilderProps {
  sku: SkuView & { myPrice: MyPriceView };
  /** where the seller lets me pick up: id and name */
  pickupWarehouses: Array<{ id: string; name: string }>;
  /** my company's region: the delivery place to start from */
  defaultRegion: string | undefined;
  /** the request the preview below answers, once the form describes one */
  onRequestChange: (request: QuoteRequestPayload | null) => void;
  preview: PreviewState;
  onSave: (request: QuoteRequestPayload) => Promise<unknown>;
  onCompare?: (values: {
    quantity?: string;
    paymentTerm?: QuoteRequestPayload['paymentTerm'];
    region?: string;
  }) => void;
  warehouseName?: (id: string) => string | undefined;
}

const QUANTITY_REASONS = new Set([
  'QUANTITY_INVALID',
  'BELOW_MINIMUM_QUANTITY',
  'OFF_INCREMENT',
  'QUANTITY_NOT_CONVERTIBLE',
  'QUANTITY_TOO_LARGE',
  'UNIT_NOT_CONVERTIBLE',
]);

/**
 * The quote builder (DESIGN.md §4): quantity checked against the SKU's order rules as it is
 * typed — in the SKU's unit or, when it declares conversions, another unit converted exactly
 * into it ("= 18 000 kg") —, payment term, pickup or delivery place, the day; a live price with its breakdown
 * once the form describes a request, and "Save quote". What the API refuses shows on the
 * field it concerns (below the minimum, a region the seller does not serve …).
 */
export function QuoteBuilder({
  sku,
  pickupWarehouses,
  defaultRegion,
  onRequestChange,
  preview,
  onSave,
  onCompare,
  warehouseName,
}: QuoteBuilderProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = useFormatters();
  const [form] = Form.useForm<QuoteFormValues>();
  const price = sku.myPrice;
  const covered = useMemo(() => new Set(price.deliveryRegions), [price.deliveryRegions]);
  const canPickup = pickupWarehouses.length > 0;
  const canDeliver = covered.size > 0;
  const quantityOf = useCallback((q: string) => f.quantity(q, sku.unit), [f, sku.unit]);
  const units = useMemo(() => quoteUnits(sku), [sku]);
  const chooseUnit = units.length > 1;

  const initialValues: QuoteFormValues = useMemo(
    () => ({
      quantity: allowedQuantities(sku, 1)[0] ?? '',
      unit: units[0],
      paymentTerm: 'cash',
      deliveryMode: canDeliver ? 'delivery' : canPickup ? 'pickup' : undefined,
      warehouseId: pickupWarehouses.length === 1 ? pickupWarehouses[0]?.id : undefined,
      region: defaultRegion && covered.has(defaultRegion) ? defaultRegion : undefined,
      date: null,
    }),
    [sku, units, canDeliver, canPickup, pickupWarehouses, defaultRegion, covered],
  );

  /** The quantity field as asked, checked in the SKU's unit. */
  const asked = useCallback(
    (quantity: string | undefined, unit: Unit | undefined = form.getFieldValue('unit') as Unit | undefined) =>
      askedQuantity(quantity, unit, sku),
    [form, sku],
  );
  const ownMessage = useCallback(
    (reason: string, field: FieldError) => {
      if ((field.path !== 'quantity' && field.path !== 'unit') || !QUANTITY_REASONS.has(reason))
        return undefined;
      const { problem } = asked(form.getFieldValue('quantity') as string | undefined);
      return problem ? quantityMessage(t, problem, sku, quantityOf, f.quantity) : undefined;
    },
    [form, asked, sku, t, quantityOf, f.quantity],
  );
  // A refusal of the unit goes on the quantity's line, where the unit is chosen; without a choice, above the form.
  const fieldName = useCallback(
    (path: string) => (path === 'unit' && !chooseUnit ? null : quoteFieldName(path)),
    [chooseUnit],
  );
  const { alert, report, clear } = useFormErrors(form, fieldName, ownMessage);
  const [saving, setSaving] = useState(false);

  const values = Form.useWatch([], form) as Partial<QuoteFormValues> | undefined;
  const request = toQuoteRequest(values ?? initialValues, sku);
  const key = requestKey(request);
  const settledKey = useDebouncedValue(key, PREVIEW_DEBOUNCE_MS);
  useEffect(() => {
    onRequestChange(settledKey ? (JSON.parse(settledKey) as QuoteRequestPayload) : null);
  }, [settledKey, onRequestChange]);

  // A refusal of the preview for what the form shows now goes on the field it concerns.
  const previewError = settledKey === key ? preview.error : null;
  useEffect(() => {
    if (previewError) report(previewError, { scroll: false });
    else clear();
  }, [previewError, report, clear]);

  const mode = Form.useWatch('deliveryMode', form) ?? initialValues.deliveryMode;
  const unit = (values?.unit ?? initialValues.unit) as Unit | undefined;
  const converted =
    chooseUnit && unit !== sku.unit
      ? asked(values?.quantity ?? initialValues.quantity, unit).inSkuUnit
      : null;

  const handleFinish = async (v: QuoteFormValues) => {
    const r = toQuoteRequest(v, sku);
    if (!r) return;
    clear();
    setSaving(true);
    try {
      await onSave(r);
    } catch (error) {
      report(error);
    } finally {
      setSaving(false);
    }
  };

  const regionOptions = [...REGIONS]
    .sort((a, b) => Number(covered.has(b.code)) - Number(covered.has(a.code)))
    .map((r) => ({
      value: r.code,
      label: covered.has(r.code)
        ? regionName(r.code, language)
        : t('catalog.builder.notCovered', { region: regionName(r.code, language) }),
      disabled: !covered.has(r.code),
    }));
  const allowed = allowedQuantities(sku);

  const showing = preview.data && key !== '' ? preview.data : undefined;
  const stale = !!showing && (settledKey !== key || preview.isPlaceholderData || preview.isFetching);

  return (
    <Card title={t('catalog.builder.title')} data-testid="quote-builder">
      <Row gutter={[32, 24]}>
        <Col xs={24} lg={10}>
          <Form<QuoteFormValues>
            form={form}
            layout="vertical"
            initialValues={initialValues}
            onFinish={handleFinish}
            data-testid="quote-form"
            requiredMark={false}
          >
            <Form.Item
              label={t('catalog.builder.quantity')}
              extra={
                allowed.length > 0
                  ? t('catalog.builder.allowed', {
                      list: allowed.map(quantityOf).join(t('catalog.common.listSeparator')),
                    })
                  : undefined
              }
            >
              <Flex align="center" gap={12} wrap>
                <Space.Compact style={{ flex: '1 1 200px', maxWidth: chooseUnit ? 320 : undefined }}>
                  <Form.Item
                    name="quantity"
                    noStyle
                    validateFirst
                    dependencies={['unit']}
                    rules={[
                      {
                        validator: (_, value: string | undefined) => {
                          const { problem } = asked(value);
                          return problem
                            ? Promise.reject(
                                new Error(quantityMessage(t, problem, sku, quantityOf, f.quantity)),
                              )
                            : Promise.resolve();
                        },
                      },
                    ]}
                  >
                    <Input
                      inputMode="decimal"
                      {...(chooseUnit ? {} : { suffix: unitText(t, sku.unit) })}
                      aria-label={t('catalog.builder.quantity')}
                      data-testid="quote-quantity"
                      styles={{ input: { textAlign: 'right' } }}
                    />
                  </Form.Item>
                  {chooseUnit && (
                    <Form.Item name="unit" noStyle>
                      <Select<Unit>
                        aria-label={t('catalog.builder.unit')}
                        data-testid="quote-unit"
                        options={units.map((u) => ({ value: u, label: unitText(t, u) }))}
                        style={{ width: 96 }}
                        onChange={() => form.setFields([{ name: 'unit', errors: [] }])}
                      />
                    </Form.Item>
                  )}
                </Space.Compact>
                {converted !== null && (
                  <Typography.Text
                    type="secondary"
                    data-testid="quote-converted"
                    title={t('catalog.builder.convertedHint')}
                    style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                  >
                    {t('catalog.builder.converted', { quantity: quantityOf(converted) })}
                  </Typography.Text>
                )}
              </Flex>
            </Form.Item>
            <Form.Item name="paymentTerm" label={t('catalog.builder.paymentTerm')}>
              {/* plain radios, as the delivery choice below: five buttons do not fit beside the breakdown in English */}
              <Radio.Group
                aria-label={t('catalog.builder.paymentTerm')}
                options={PAYMENT_TERM_OPTIONS.map((term) => ({
                  value: term,
                  label: t(`catalog.paymentTerm.${term}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="deliveryMode"
              label={t('catalog.builder.delivery')}
              rules={[{ required: true, message: t('catalog.validation.chooseDelivery') }]}
            >
              <Radio.Group aria-label={t('catalog.builder.delivery')}>
                <Radio value="delivery" disabled={!canDeliver}>
                  {t('catalog.builder.deliverTo')}
                </Radio>
                <Radio value="pickup" disabled={!canPickup}>
                  {t('catalog.builder.pickup')}
                </Radio>
              </Radio.Group>
            </Form.Item>
            {mode === 'pickup' ? (
              <Form.Item
                name="warehouseId"
                label={t('catalog.builder.warehouse')}
                rules={[{ required: true, message: t('catalog.validation.chooseWarehouse') }]}
              >
                <Select
                  aria-label={t('catalog.builder.warehouse')}
                  placeholder={t('catalog.builder.warehousePlaceholder')}
                  options={pickupWarehouses.map((w) => ({ value: w.id, label: w.name }))}
                />
              </Form.Item>
            ) : (
              <Form.Item
                name="region"
                label={t('catalog.builder.region')}
                rules={[
                  { required: true, message: t('catalog.validation.chooseRegion') },
                  {
                    validator: (_, value: string | undefined) =>
                      !value || covered.has(value)
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('catalog.quoteError.ZONE_NOT_COVERED'))),
                  },
                ]}
                extra={defaultRegion ? undefined : t('catalog.builder.noCompanyRegion')}
              >
                <Select
                  aria-label={t('catalog.builder.region')}
                  placeholder={t('catalog.builder.regionPlaceholder')}
                  options={regionOptions}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
            )}
            <Form.Item name="date" label={t('catalog.builder.date')} extra={t('catalog.builder.dateHint')}>
              <DatePicker
                aria-label={t('catalog.builder.date')}
                placeholder={t('catalog.builder.today')}
                disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
                style={{ width: '100%' }}
              />
            </Form.Item>
            {alert && (
              <Alert
                type="error"
                showIcon
                data-testid="quote-form-error"
                title={alert.title}
                description={alert.details.length ? alert.details.join('\n') : undefined}
                style={{ marginBottom: 16 }}
              />
            )}
            <Flex gap={12} wrap>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SaveOutlined />}
                loading={saving}
                data-testid="save-quote"
              >
                {t('catalog.builder.save')}
              </Button>
              {onCompare && (
                <Button
                  icon={<BarChartOutlined />}
                  data-testid="compare-sellers"
                  onClick={() => {
                    const v = form.getFieldsValue();
                    // the comparison is in the SKU's unit
                    const inSkuUnit = asked(v.quantity, v.unit).inSkuUnit;
                    onCompare({
                      ...(inSkuUnit !== null ? { quantity: inSkuUnit } : {}),
                      paymentTerm: v.paymentTerm,
                      ...(v.deliveryMode === 'delivery' && v.region ? { region: v.region } : {}),
                    });
                  }}
                >
                  {t('catalog.builder.compare')}
                </Button>
              )}
            </Flex>
          </Form>
        </Col>
        <Col xs={24} lg={14}>
          <Flex vertical gap={12} data-testid="quote-preview">
            <Flex justify="space-between" align="center">
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('catalog.preview.title')}
              </Typography.Title>
              {stale && <Spin size="small" data-testid="preview-updating" />}
            </Flex>
            {key === '' ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalog.preview.incomplete')} />
            ) : previewError && !preview.isFetching ? (
              <Alert
                type="warning"
                showIcon
                data-testid="preview-error"
                title={t('catalog.preview.failed')}
                description={
                  alert ? [alert.title, ...alert.details].join('\n') : t('catalog.preview.seeFields')
                }
              />
            ) : showing ? (
              <div style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 0.2s' }}>
                <Breakdown source={showing} unit={sku.unit} {...(warehouseName ? { warehouseName } : {})} />
                <Typography.Text type="secondary" data-testid="preview-valid-until">
                  {t('catalog.preview.validUntil', { time: formatDateTime(showing.validUntil, language) })}
                </Typography.Text>
              </div>
            ) : (
              <Flex justify="center" style={{ padding: 32 }}>
                <Spin />
              </Flex>
            )}
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}
