import { Alert, Button, Descriptions, Drawer, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { PriceItemPayload, PriceItemView } from '../data/types';
import { currencySymbol } from '../utils/money';
import {
  emptyPriceItem,
  priceItemFieldName,
  type PriceItemFormValues,
  toPriceItemFormValues,
  toPriceItemPayload,
} from '../utils/price-item-form';
import { priceRules } from './form-rules';
import { LadderEditor } from './LadderEditor';
import { type PickedSku, SkuPicker } from './SkuPicker';
import { useUnitLabel } from './texts';
import { useFormErrors } from './use-form-errors';

/**
 * Prices one SKU in a list: the SKU (searched in my catalog when new), unit price, floor
 * price (the lowest special price a rep may give without approval) and the quantity ladder.
 * Checked before sending; what the API refuses shows on its field (`ladder.1.value`).
 */
export function PriceItemDrawer({
  open,
  listId,
  item,
  currency,
  onSave,
  onClose,
}: {
  open: boolean;
  listId: string;
  /** The row to change; null for a new one. */
  item: PriceItemView | null;
  currency: string;
  onSave: (payload: PriceItemPayload) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const unitLabel = useUnitLabel();
  const [form] = Form.useForm<PriceItemFormValues>();
  const errors = useFormErrors(form, priceItemFieldName);
  const [picked, setPicked] = useState<PickedSku | null>(null);
  const [saving, setSaving] = useState(false);
  const unit = item?.unit ?? picked?.unit ?? '';
  const symbol = currencySymbol(currency, language);

  const handleFinish = async (values: PriceItemFormValues) => {
    errors.clear();
    setSaving(true);
    try {
      // An existing row shows its SKU as text, so the form has no SKU field to give it.
      await onSave(toPriceItemPayload(listId, { ...values, skuId: item?.skuId ?? values.skuId }));
    } catch (error) {
      errors.report(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      size={760}
      destroyOnHidden
      title={item ? t('pricing.items.editTitle', { sku: item.skuCode }) : t('pricing.items.newTitle')}
      onClose={() => {
        errors.clear();
        onClose();
      }}
      footer={
        <Flex gap={12} justify="flex-end">
          <Button onClick={onClose}>{t('pricing.common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="price-item-save">
            {t('pricing.common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<PriceItemFormValues>
        form={form}
        layout="vertical"
        initialValues={item ? toPriceItemFormValues(item) : emptyPriceItem()}
        onFinish={handleFinish}
        data-testid="price-item-form"
      >
        <Flex vertical gap={8}>
          {errors.alert && (
            <Alert
              type="error"
              showIcon
              data-testid="form-error"
              title={errors.alert.title}
              description={errors.alert.details.length ? errors.alert.details.join('\n') : undefined}
            />
          )}
          {item ? (
            <Descriptions
              size="small"
              column={2}
              style={{ marginBottom: 16 }}
              items={[
                { key: 'sku', label: t('pricing.items.sku'), children: item.skuCode },
                {
                  key: 'product',
                  label: t('pricing.items.product'),
                  children: language === 'en' ? item.productNameEn : item.productNameZh,
                },
                { key: 'unit', label: t('pricing.items.unit'), children: unitLabel(item.unit) },
              ]}
            />
          ) : (
            <Form.Item
              name="skuId"
              label={t('pricing.items.sku')}
              extra={t('pricing.items.skuHint')}
              rules={[{ required: true, message: t('pricing.validation.chooseSku') }]}
            >
              <SkuPicker onPicked={setPicked} />
            </Form.Item>
          )}
          <Flex gap={16} wrap>
            <Form.Item
              name="unitPrice"
              label={t('pricing.items.unitPrice')}
              extra={unit ? t('pricing.items.perUnit', { unit: unitLabel(unit) }) : undefined}
              rules={priceRules(t)}
              style={{ flex: '1 1 200px' }}
            >
              <Input inputMode="decimal" prefix={symbol} styles={{ input: { textAlign: 'right' } }} />
            </Form.Item>
            <Form.Item
              name="floorPrice"
              label={t('pricing.items.floor')}
              extra={t('pricing.items.floorHint')}
              rules={priceRules(t, { optional: true })}
              style={{ flex: '1 1 200px' }}
            >
              <Input
                inputMode="decimal"
                prefix={symbol}
                placeholder={t('pricing.common.optional')}
                styles={{ input: { textAlign: 'right' } }}
              />
            </Form.Item>
          </Flex>
          <LadderEditor unit={unit ? unitLabel(unit) : ''} currency={currency} />
        </Flex>
      </Form>
    </Drawer>
  );
}
