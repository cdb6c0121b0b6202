import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblem } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { useErrorText } from '@tradeway/web/ui';
import { useSetInventory, useStockLocations } from '../data/inventory.queries';
import type { InventoryRowView } from '../data/types';
import { onHandRules } from './inventory-rules';
import { type PickedSku, SkuPicker } from './SkuPicker';
import { useUnitLabel } from './texts';
import { useFormErrors } from './use-form-errors';

interface Values {
  skuId: string;
  locationId: string;
  onHand: string;
}

const FIELDS = new Set(['skuId', 'locationId', 'onHand']);
const toName = (path: string) => (FIELDS.has(path) ? [path] : null);

/**
 * Records a first stock position: one of my SKUs (searched in my catalog, or the row's SKU
 * when opened from a SKU without stock) at a warehouse location, with its quantity on hand.
 * Sent as "version 0": a position that exists already is refused (409), shown on the location.
 */
export function AddStockModal({
  open,
  sku,
  warehouseId,
  onClose,
}: {
  open: boolean;
  /** The SKU of a row without stock, fixed; null to pick one. */
  sku: Pick<InventoryRowView, 'skuId' | 'skuCode' | 'productNameZh' | 'productNameEn' | 'unit'> | null;
  /** The warehouse the table is filtered on, whose locations come first. */
  warehouseId?: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const unitLabel = useUnitLabel();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, toName);
  const locations = useStockLocations();
  const save = useSetInventory();
  const [picked, setPicked] = useState<PickedSku | null>(null);
  const unit = sku?.unit ?? picked?.unit;
  const warehouses = [...(locations.data?.items ?? [])].sort(
    (a, b) => Number(b.id === warehouseId) - Number(a.id === warehouseId),
  );
  const warehouseName = (w: { name: string; nameEn: string }) => (language === 'en' ? w.nameEn : w.name);

  const handleFinish = async (values: Values) => {
    const skuId = sku?.skuId ?? values.skuId;
    try {
      const saved = await save.mutateAsync({
        skuId,
        locationId: values.locationId,
        onHand: values.onHand.trim(),
        expectedVersion: 0,
      });
      const name = language === 'en' ? saved.warehouseNameEn : saved.warehouseName;
      void message.success(
        t('inventory.add.saved', { sku: saved.skuCode, location: `${name} · ${saved.locationCode}` }),
      );
      form.resetFields();
      onClose();
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.status === 409) {
        form.setFields([{ name: 'locationId', errors: [t('inventory.add.exists')] }]);
      } else if (problem.fields.some((f) => FIELDS.has(f.path))) {
        errors.report(error);
      } else {
        void message.error(errorText(error));
      }
    }
  };

  return (
    <Modal
      open={open}
      title={t('inventory.add.title')}
      okText={t('inventory.add.submit')}
      cancelText={t('inventory.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => void handleFinish(v)}
        data-testid="add-stock-form"
      >
        {sku ? (
          <Form.Item label={t('inventory.add.sku')}>
            <Typography.Text code>{sku.skuCode}</Typography.Text>{' '}
            {language === 'en' ? sku.productNameEn : sku.productNameZh}
          </Form.Item>
        ) : (
          <Form.Item
            name="skuId"
            label={t('inventory.add.sku')}
            rules={[{ required: true, message: t('inventory.add.chooseSku') }]}
          >
            <SkuPicker onPicked={setPicked} />
          </Form.Item>
        )}
        <Form.Item
          name="locationId"
          label={t('inventory.add.location')}
          rules={[{ required: true, message: t('inventory.add.chooseLocation') }]}
        >
          <Select<string>
            showSearch={{ optionFilterProp: 'label' }}
            loading={locations.isPending}
            placeholder={t('inventory.add.locationPlaceholder')}
            options={warehouses.map((w) => ({
              label: warehouseName(w),
              title: warehouseName(w),
              options: w.locations.map((l) => ({ value: l.id, label: `${warehouseName(w)} · ${l.code}` })),
            }))}
            data-testid="add-stock-location"
          />
        </Form.Item>
        <Form.Item
          name="onHand"
          label={t('inventory.add.onHand')}
          rules={onHandRules(t, '0', language)}
          validateTrigger={['onChange', 'onBlur']}
        >
          <Input
            inputMode="decimal"
            suffix={unit ? unitLabel(unit) : undefined}
            style={{ maxWidth: 240 }}
            onPressEnter={() => form.submit()}
            data-testid="add-stock-on-hand"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
