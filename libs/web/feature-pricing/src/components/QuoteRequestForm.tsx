import { Alert, Button, DatePicker, Flex, Form, type FormInstance, Input, Radio, Select } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAYMENT_TERMS, REGIONS } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { useWarehouses } from '../data/catalog.queries';
import type { QuoteFormValues } from '../utils/quote-form';
import { CustomerPicker } from './CustomerPicker';
import { priceRules, quantityRules, textRules } from './form-rules';
import { type PickedSku, SkuPicker } from './SkuPicker';
import { useUnitLabel } from './texts';
import type { FormErrorAlert } from './use-form-errors';

const half = { flex: '1 1 240px', minWidth: 0 } as const;

/**
 * The question put to the quote engine — buyer, SKU, quantity, payment term, pickup or
 * delivery region, date, an optional special price — used by the price debugger and, with
 * a note, by a new sales quote. Validated before it is sent; the API's refusals go on the
 * field they concern (see `quoteFieldName`) or in `alert`.
 */
export function QuoteRequestForm({
  form,
  initialValues,
  onFinish,
  onValuesChange,
  submitLabel,
  submitting,
  withNote,
  alert,
  extra,
  testId = 'quote-request-form',
}: {
  form: FormInstance<QuoteFormValues>;
  initialValues: QuoteFormValues;
  onFinish: (values: QuoteFormValues) => void;
  onValuesChange?: (values: QuoteFormValues) => void;
  submitLabel: string;
  submitting?: boolean;
  withNote?: boolean;
  alert?: FormErrorAlert | null;
  /** Shown between the fields and the submit button (a live preview). */
  extra?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const unitLabel = useUnitLabel();
  const warehouses = useWarehouses();
  const [sku, setSku] = useState<PickedSku | null>(null);
  const mode = Form.useWatch('deliveryMode', form) ?? initialValues.deliveryMode;

  return (
    <Form<QuoteFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={(_, all) => onValuesChange?.(all)}
      data-testid={testId}
    >
      {alert && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="form-error"
          title={alert.title}
          description={alert.details.length ? alert.details.join('\n') : undefined}
        />
      )}
      <Flex gap={16} wrap>
        <Form.Item
          name="buyerId"
          label={t('pricing.debugger.buyer')}
          rules={[{ required: true, message: t('pricing.validation.chooseBuyer') }]}
          style={half}
        >
          <CustomerPicker />
        </Form.Item>
        <Form.Item
          name="skuId"
          label={t('pricing.debugger.sku')}
          rules={[{ required: true, message: t('pricing.validation.chooseSku') }]}
          style={{ flex: '2 1 480px', minWidth: 0 }}
        >
          <SkuPicker onPicked={setSku} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item
          name="quantity"
          label={t('pricing.debugger.quantity')}
          rules={quantityRules(t)}
          style={half}
        >
          <Input
            inputMode="decimal"
            suffix={sku ? unitLabel(sku.unit) : undefined}
            styles={{ input: { textAlign: 'right' } }}
          />
        </Form.Item>
        <Form.Item name="paymentTerm" label={t('pricing.debugger.paymentTerm')} style={half}>
          <Select
            options={PAYMENT_TERMS.map((term) => ({ value: term, label: t(`pricing.term.${term}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('pricing.debugger.date')}
          extra={t('pricing.debugger.dateHint')}
          style={half}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item name="deliveryMode" label={t('pricing.debugger.delivery')} style={half}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'delivery', label: t('pricing.debugger.deliveryTo') },
              { value: 'pickup', label: t('pricing.debugger.pickup') },
            ]}
          />
        </Form.Item>
        {mode === 'pickup' ? (
          <Form.Item
            name="warehouseId"
            label={t('pricing.debugger.warehouse')}
            rules={[{ required: true, message: t('pricing.validation.chooseWarehouse') }]}
            style={half}
          >
            <Select
              loading={warehouses.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={(warehouses.data?.items ?? []).map((w) => ({
                value: w.id,
                label: `${language === 'en' ? w.nameEn : w.name} (${w.code})`,
              }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="region"
            label={t('pricing.debugger.region')}
            rules={[{ required: true, message: t('pricing.validation.chooseRegion') }]}
            style={half}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={REGIONS.map((r) => ({ value: r.code, label: language === 'en' ? r.en : r.zh }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="specialUnitPrice"
          label={t('pricing.debugger.specialPrice')}
          extra={t('pricing.debugger.specialHint')}
          rules={priceRules(t, { optional: true })}
          style={half}
        >
          <Input
            inputMode="decimal"
            placeholder={t('pricing.common.optional')}
            styles={{ input: { textAlign: 'right' } }}
          />
        </Form.Item>
      </Flex>
      {withNote && (
        <Form.Item name="note" label={t('pricing.offers.note')} rules={textRules(t, 500, false)}>
          <Input.TextArea rows={2} maxLength={520} />
        </Form.Item>
      )}
      {extra}
      <Button type="primary" htmlType="submit" loading={submitting} data-testid="quote-request-submit">
        {submitLabel}
      </Button>
    </Form>
  );
}
