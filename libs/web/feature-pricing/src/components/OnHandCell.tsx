import { CheckOutlined, CloseOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblem } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { useErrorText } from '@tradeway/web/ui';
import { useRefreshInventory, useSetInventory } from '../data/inventory.queries';
import type { InventoryRowView } from '../data/types';
import { formatDecimal } from '../utils/money';
import { onHandRules } from './inventory-rules';
import { useFormErrors } from './use-form-errors';

const onHandField = (path: string) => (path === 'onHand' ? ['onHand'] : null);

/** `仓库 · 库位` of a stock position in the page's language. */
export function useLocationLabel() {
  const { language } = useLanguage();
  return (r: Pick<InventoryRowView, 'warehouseName' | 'warehouseNameEn' | 'locationCode'>) =>
    `${(language === 'en' ? r.warehouseNameEn : r.warehouseName) ?? ''} · ${r.locationCode ?? ''}`;
}

/**
 * The on-hand quantity of one stock position, changed in place: the pencil opens a field
 * checked as it is typed (0 or more, at most 3 decimals, not below the reserved quantity);
 * Enter saves at the version the table showed, Esc cancels. What the server refuses — the
 * reserved quantity grew, someone else saved first (409: the table reloads) — shows on the
 * field, in the page's language.
 */
export function OnHandCell({ row, unit }: { row: InventoryRowView; unit: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [editing, setEditing] = useState(false);
  const shown = formatDecimal(row.onHand, language, 3);
  if (!editing) {
    return (
      <Flex justify="flex-end" align="center" gap={4}>
        <span style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="on-hand">
          {shown}
        </span>
        <Tooltip title={t('inventory.edit', { sku: row.skuCode })}>
          <Button
            type="text"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('inventory.edit', { sku: row.skuCode })}
            onClick={() => setEditing(true)}
            data-testid="edit-on-hand"
          />
        </Tooltip>
      </Flex>
    );
  }
  return <OnHandEditor row={row} unit={unit} onDone={() => setEditing(false)} />;
}

function OnHandEditor({ row, unit, onDone }: { row: InventoryRowView; unit: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const locationLabel = useLocationLabel();
  const [form] = Form.useForm<{ onHand: string }>();
  const errors = useFormErrors(form, onHandField);
  const save = useSetInventory();
  const refresh = useRefreshInventory();

  const handleFinish = async ({ onHand }: { onHand: string }) => {
    if (!row.locationId) return;
    try {
      const saved = await save.mutateAsync({
        skuId: row.skuId,
        locationId: row.locationId,
        onHand: onHand.trim(),
        expectedVersion: row.version,
      });
      void message.success(
        t('inventory.saved', {
          sku: saved.skuCode,
          location: locationLabel(saved),
          quantity: `${formatDecimal(saved.onHand, language, 3)} ${unit}`,
        }),
      );
      onDone();
    } catch (error) {
      const problem = apiProblem(error);
      // Someone else changed it: show the current quantities, keep what the user typed.
      if (problem.status === 409) void refresh();
      if (problem.fields.some((f) => f.path === 'onHand')) errors.report(error);
      else void message.error(errorText(error));
    }
  };

  return (
    <Form
      form={form}
      initialValues={{ onHand: row.onHand }}
      onFinish={(v) => void handleFinish(v)}
      data-testid="on-hand-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      {/* The field and its buttons on one line; the field's errors below the whole line. */}
      <Form.Item style={{ marginBottom: 0 }}>
        <Flex gap={4} align="center">
          <Form.Item
            name="onHand"
            noStyle
            rules={onHandRules(t, row.reserved, language)}
            validateTrigger={['onChange', 'onBlur']}
          >
            <Input
              size="small"
              autoFocus
              inputMode="decimal"
              suffix={unit}
              aria-label={t('inventory.edit', { sku: row.skuCode })}
              styles={{ input: { textAlign: 'right' } }}
              data-testid="on-hand-input"
            />
          </Form.Item>
          <Button
            type="primary"
            size="small"
            htmlType="submit"
            icon={<CheckOutlined />}
            loading={save.isPending}
            aria-label={t('inventory.save')}
            data-testid="on-hand-save"
            style={{ flex: 'none' }}
          />
          <Button
            type="text"
            size="small"
            icon={<CloseOutlined />}
            aria-label={t('inventory.cancel')}
            onClick={onDone}
            data-testid="on-hand-cancel"
            style={{ flex: 'none' }}
          />
        </Flex>
      </Form.Item>
    </Form>
  );
}
