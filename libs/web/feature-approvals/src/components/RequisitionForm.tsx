import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { CategoryView, DepartmentView, RequisitionPayload } from '../data/types';
import {
  emptyLine,
  LIMITS,
  lineTotalOf,
  MAX_LINES,
  type RequisitionFormValues,
  requisitionFieldName,
  runningTotalOf,
  toRequisitionPayload,
} from '../utils/requisition-form';
import { Amount } from './Amount';
import { quantityRules, textRules, yuanRules } from './form-rules';
import { useFormErrors } from './use-form-errors';

const UNITS = ['t', 'kg', 'm3', 'piece', 'box'];
/** Column widths of a line: #, description, category, quantity, unit, unit price, total, remove. */
const COLS = [
  '28px',
  'minmax(180px, 2fr)',
  'minmax(140px, 1.2fr)',
  '120px',
  '90px',
  '150px',
  '150px',
  '40px',
];
const GRID = {
  display: 'grid',
  gridTemplateColumns: COLS.join(' '),
  columnGap: 8,
  alignItems: 'start',
} as const;

export interface RequisitionFormProps {
  initialValues: RequisitionFormValues;
  departments: DepartmentView[];
  departmentsLoading?: boolean;
  categories: CategoryView[];
  submitLabel: string;
  /** Shown above the form (e.g. "saving restarts approval"). */
  notice?: ReactNode;
  onSubmit: (payload: RequisitionPayload) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * Title, department and lines (description, category, quantity, unit, unit price in yuan)
 * with each line's total and the requisition's total as the user types, computed in fen
 * without floating point. Every field is checked before sending; what the API refuses shows
 * on its field (`lines.0.quantity`) or above the form.
 */
export function RequisitionForm({
  initialValues,
  departments,
  departmentsLoading,
  categories,
  submitLabel,
  notice,
  onSubmit,
  onCancel,
}: RequisitionFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<RequisitionFormValues>();
  const lines = Form.useWatch('lines', form) ?? initialValues.lines;
  const { alert, report, clear } = useFormErrors(form, requisitionFieldName);
  const [pending, setPending] = useState(false);
  const running = runningTotalOf(lines);

  const handleFinish = async (values: RequisitionFormValues) => {
    clear();
    setPending(true);
    try {
      await onSubmit(toRequisitionPayload(values));
    } catch (error) {
      report(error);
    } finally {
      setPending(false);
    }
  };

  const categoryOptions = categories.map((c) => ({
    value: c.id,
    label: language === 'en' ? c.nameEn : c.nameZh,
  }));
  const lineLabel = (index: number, field: string) =>
    t('approvals.requisitionForm.lineField', { n: index + 1, field });

  return (
    <Form<RequisitionFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={handleFinish}
      onFinishFailed={({ errorFields }) => {
        const first = errorFields[0];
        if (first) form.scrollToField(first.name, { block: 'center' });
      }}
      data-testid="requisition-form"
      scrollToFirstError={false}
    >
      <Flex vertical gap={16}>
        {notice}
        {alert && (
          <Alert
            type="error"
            showIcon
            data-testid="form-error"
            title={alert.title}
            description={alert.details.length ? alert.details.join('\n') : undefined}
          />
        )}
        <Card title={t('approvals.requisitionForm.general')}>
          <Flex gap={16} wrap>
            <Form.Item
              name="title"
              label={t('approvals.requisitionForm.title')}
              rules={textRules(t, LIMITS.title)}
              style={{ flex: '2 1 360px', marginBottom: 0 }}
            >
              <Input
                placeholder={t('approvals.requisitionForm.titlePlaceholder')}
                maxLength={LIMITS.title + 20}
              />
            </Form.Item>
            <Form.Item
              name="departmentId"
              label={t('approvals.requisitionForm.department')}
              style={{ flex: '1 1 240px', marginBottom: 0 }}
            >
              <Select
                allowClear
                loading={departmentsLoading}
                placeholder={t('approvals.requisitionForm.noDepartment')}
                options={departments.map((d) => ({ value: d.id, label: `${d.name} (${d.budgetCode})` }))}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Flex>
        </Card>
        <Card title={t('approvals.requisitionForm.lines')} styles={{ body: { overflowX: 'auto' } }}>
          <Form.List
            name="lines"
            rules={[
              {
                validator: (_, value: unknown[] | undefined) =>
                  !value || value.length === 0
                    ? Promise.reject(new Error(t('approvals.requisitionForm.noLines')))
                    : value.length > MAX_LINES
                      ? Promise.reject(
                          new Error(t('approvals.requisitionForm.tooManyLines', { max: MAX_LINES })),
                        )
                      : Promise.resolve(),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <div style={{ minWidth: 1000 }}>
                <div
                  style={{ ...GRID, paddingBottom: 6, borderBottom: '1px solid #f0f0f0', marginBottom: 10 }}
                >
                  {[
                    '#',
                    t('approvals.requisitionForm.description'),
                    t('approvals.requisitionForm.category'),
                    t('approvals.requisitionForm.quantity'),
                    t('approvals.requisitionForm.unit'),
                    t('approvals.requisitionForm.unitPrice'),
                    t('approvals.requisitionForm.lineTotal'),
                    '',
                  ].map((label, i) => (
                    <Typography.Text
                      key={i}
                      type="secondary"
                      style={{ fontSize: 13, textAlign: i === 5 || i === 6 ? 'right' : 'left' }}
                    >
                      {label}
                    </Typography.Text>
                  ))}
                </div>
                {fields.map((field, index) => {
                  const lineTotal = lineTotalOf(lines[index]);
                  return (
                    <div key={field.key} style={GRID} data-testid="requisition-line">
                      <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
                        {index + 1}
                      </Typography.Text>
                      <Form.Item name={[field.name, 'description']} rules={textRules(t, LIMITS.description)}>
                        <Input aria-label={lineLabel(index, t('approvals.requisitionForm.description'))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'categoryId']}>
                        <Select
                          allowClear
                          aria-label={lineLabel(index, t('approvals.requisitionForm.category'))}
                          placeholder={t('approvals.common.optional')}
                          options={categoryOptions}
                          showSearch={{ optionFilterProp: 'label' }}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'quantity']} rules={quantityRules(t)}>
                        <Input
                          inputMode="decimal"
                          aria-label={lineLabel(index, t('approvals.requisitionForm.quantity'))}
                          style={{ textAlign: 'right' }}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'unit']} rules={textRules(t, LIMITS.unit)}>
                        <AutoComplete
                          aria-label={lineLabel(index, t('approvals.requisitionForm.unit'))}
                          options={UNITS.map((u) => ({ value: u }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'unitPrice']} rules={yuanRules(t)}>
                        <Input
                          inputMode="decimal"
                          prefix="¥"
                          aria-label={lineLabel(index, t('approvals.requisitionForm.unitPrice'))}
                          styles={{ input: { textAlign: 'right' } }}
                        />
                      </Form.Item>
                      <div style={{ textAlign: 'right', lineHeight: '32px' }} data-testid="line-total">
                        {lineTotal === null ? (
                          <Typography.Text type="secondary">{t('approvals.common.none')}</Typography.Text>
                        ) : (
                          <Amount minor={lineTotal} />
                        )}
                      </div>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        disabled={fields.length <= 1}
                        aria-label={t('approvals.requisitionForm.removeLine', { n: index + 1 })}
                        onClick={() => remove(field.name)}
                      />
                    </div>
                  );
                })}
                <Form.ErrorList errors={errors} />
                <Flex justify="space-between" align="center" style={{ marginTop: 4 }}>
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    disabled={fields.length >= MAX_LINES}
                    onClick={() => add(emptyLine())}
                  >
                    {t('approvals.requisitionForm.addLine')}
                  </Button>
                  <Flex align="baseline" gap={12}>
                    <Typography.Text type="secondary">{t('approvals.requisitionForm.total')}</Typography.Text>
                    <Typography.Text style={{ fontSize: 20 }} data-testid="requisition-total">
                      <Amount minor={running.totalMinor} strong />
                    </Typography.Text>
                    {running.incomplete > 0 && (
                      <Typography.Text type="secondary" data-testid="incomplete-lines">
                        {t('approvals.requisitionForm.incomplete', { count: running.incomplete })}
                      </Typography.Text>
                    )}
                  </Flex>
                </Flex>
              </div>
            )}
          </Form.List>
        </Card>
        <Flex gap={12}>
          <Button type="primary" htmlType="submit" loading={pending} data-testid="requisition-submit">
            {submitLabel}
          </Button>
          <Button onClick={onCancel}>{t('approvals.common.cancel')}</Button>
        </Flex>
      </Flex>
    </Form>
  );
}
