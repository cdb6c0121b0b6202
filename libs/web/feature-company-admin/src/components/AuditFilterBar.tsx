import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, isUuid } from '../utils/audit-filters';
import { ACTION_PREFIXES, SUBJECT_TYPES, useAuditTexts } from './audit-texts';

interface FormValues {
  action?: string;
  subjectType?: string;
  subjectId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
  companyId?: string;
}

const DAY = 'YYYY-MM-DD';

/** The form's values → the filters (page back to 1). */
export function formToFilters(values: FormValues, pageSize: number): AuditFilters {
  const text = (v: string | undefined) => v?.trim() || undefined;
  const [from, to] = values.range ?? [];
  return Object.fromEntries(
    Object.entries({
      action: text(values.action),
      subjectType: text(values.subjectType),
      subjectId: text(values.subjectId),
      from: from?.format(DAY),
      to: to?.format(DAY),
      companyId: text(values.companyId)?.toLowerCase(),
      page: 1,
      pageSize,
    }).filter(([, v]) => v !== undefined),
  ) as unknown as AuditFilters;
}

/**
 * The audit log's filters: action (prefix), subject type and id, a date range, and for the
 * platform log the company. Searching writes them to the address; the page reads them back.
 */
export function AuditFilterBar({
  filters,
  withCompany = false,
  onApply,
}: {
  filters: AuditFilters;
  withCompany?: boolean;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const texts = useAuditTexts();
  const [form] = Form.useForm<FormValues>();
  const { action, subjectType, subjectId, from, to, companyId } = filters;
  // The address is the truth: when it changes (search, reset, back button, a click on a
  // subject), the form shows it again.
  useEffect(() => {
    form.setFieldsValue({
      action,
      subjectType,
      subjectId,
      range: from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null,
      companyId,
    });
  }, [form, action, subjectType, subjectId, from, to, companyId]);
  const typeOptions = [
    ...new Set([...SUBJECT_TYPES, ...(filters.subjectType ? [filters.subjectType] : [])]),
  ].map((type) => ({ value: type, label: `${texts.subjectType(type)} · ${type}` }));
  return (
    <Form<FormValues>
      form={form}
      layout="inline"
      data-testid="audit-filters"
      onFinish={(values) => onApply(formToFilters(values, filters.pageSize))}
      style={{ rowGap: 12 }}
    >
      <Form.Item name="action" label={t('admin.audit.filter.action')}>
        <AutoComplete
          allowClear
          options={ACTION_PREFIXES.map((p) => ({ value: p }))}
          placeholder={t('admin.audit.filter.actionPlaceholder')}
          style={{ width: 200 }}
          filterOption={(input, option) => String(option?.value ?? '').startsWith(input.trim())}
        />
      </Form.Item>
      <Form.Item name="subjectType" label={t('admin.audit.filter.subjectType')}>
        <Select allowClear showSearch options={typeOptions} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="subjectId" label={t('admin.audit.filter.subjectId')}>
        <Input allowClear style={{ width: 200 }} maxLength={100} />
      </Form.Item>
      <Form.Item name="range" label={t('admin.audit.filter.dateRange')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      {withCompany && (
        <Form.Item
          name="companyId"
          label={t('admin.audit.filter.company')}
          rules={[
            {
              validator: (_, v: string | undefined) =>
                !v?.trim() || isUuid(v.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('admin.audit.filter.companyInvalid'))),
            },
          ]}
        >
          <Input allowClear style={{ width: 320 }} placeholder="00000000-0000-0000-0000-000000000000" />
        </Form.Item>
      )}
      <Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {t('admin.audit.filter.search')}
          </Button>
          <Button onClick={() => onApply({ page: 1, pageSize: filters.pageSize })}>
            {t('admin.audit.filter.reset')}
          </Button>
        </Flex>
      </Form.Item>
    </Form>
  );
}
