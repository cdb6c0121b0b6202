import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Switch,
  Tooltip,
  Typography,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_ROLES } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import type { CategoryView, CustomRoleView, DepartmentView, MemberView, PolicyPayload } from '../data/types';
import { parseYuan } from '../utils/money';
import {
  emptyLevel,
  type PolicyFormValues,
  policyFieldName,
  SUBJECT_TYPES,
  toPolicyPayload,
} from '../utils/policy-form';
import { percentRules, textRules, yuanRules } from './form-rules';
import { useFormErrors } from './use-form-errors';

export interface PolicyFormProps {
  initialValues: PolicyFormValues;
  members: MemberView[];
  /** False when the user may not list members (`user:view`): users cannot be picked. */
  membersAvailable: boolean;
  customRoles: CustomRoleView[];
  departments: DepartmentView[];
  categories: CategoryView[];
  submitLabel: string;
  extraActions?: ReactNode;
  onSubmit: (payload: PolicyPayload) => Promise<unknown>;
  onCancel: () => void;
}

const TRI_OPTIONS = ['any', 'yes', 'no'] as const;
const MAX_LEVELS = 20;

/**
 * An approval policy: what it applies to (subject type, priority, conditions — amount band
 * in yuan, categories, new supplier, discount, payment term, departments, spending limit)
 * and its ordered levels, each with any/all approvers by role and/or user, an SLA and what
 * happens when it passes. Checked before sending; the API's 422 field errors
 * (`levels.1.approverRoles`) show on the field they concern.
 */
export function PolicyForm({
  initialValues,
  members,
  membersAvailable,
  customRoles,
  departments,
  categories,
  submitLabel,
  extraActions,
  onSubmit,
  onCancel,
}: PolicyFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<PolicyFormValues>();
  const { alert, report, clear } = useFormErrors(form, policyFieldName);
  const [pending, setPending] = useState(false);

  const handleFinish = async (values: PolicyFormValues) => {
    clear();
    setPending(true);
    try {
      await onSubmit(toPolicyPayload(values));
    } catch (error) {
      report(error);
    } finally {
      setPending(false);
    }
  };

  const roleOptions = [
    {
      label: t('approvals.policyForm.builtInRoles'),
      options: BUILT_IN_ROLES.map((r) => ({ value: r, label: t(`approvals.role.${r}`) })),
    },
    ...(customRoles.length
      ? [
          {
            label: t('approvals.policyForm.customRoles'),
            options: customRoles.map((r) => ({ value: r.id, label: r.name })),
          },
        ]
      : []),
  ];
  const memberOptions = members
    .filter((m) => !m.disabledAt)
    .map((m) => ({ value: m.userId, label: `${m.displayName} · ${t(`approvals.role.${m.role}`)}` }));
  const triOptions = TRI_OPTIONS.map((v) => ({ value: v, label: t(`approvals.policyForm.tri.${v}`) }));

  return (
    <Form<PolicyFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={handleFinish}
      onFinishFailed={({ errorFields }) => {
        const first = errorFields[0];
        if (first) form.scrollToField(first.name, { block: 'center' });
      }}
      data-testid="policy-form"
    >
      <Flex vertical gap={16}>
        {alert && (
          <Alert
            type="error"
            showIcon
            data-testid="form-error"
            title={alert.title}
            description={alert.details.length ? alert.details.join('\n') : undefined}
          />
        )}
        <Card title={t('approvals.policyForm.general')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('approvals.policyForm.name')} rules={textRules(t, 100)}>
                <Input placeholder={t('approvals.policyForm.namePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="subjectType"
                label={t('approvals.policyForm.subjectType')}
                rules={[{ required: true }]}
              >
                <Select
                  options={SUBJECT_TYPES.map((s) => ({ value: s, label: t(`approvals.subjectType.${s}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="priority"
                label={t('approvals.policyForm.priority')}
                tooltip={t('approvals.policyForm.priorityHint')}
                rules={[{ required: true, message: t('approvals.validation.required') }]}
              >
                <InputNumber min={0} max={10_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="active" label={t('approvals.policyForm.active')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card
          title={t('approvals.policyForm.conditions')}
          extra={
            <Typography.Text type="secondary">{t('approvals.policyForm.conditionsHint')}</Typography.Text>
          }
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['conditions', 'minAmount']}
                label={t('approvals.policyForm.minAmount')}
                extra={t('approvals.policyForm.minAmountHint')}
                rules={yuanRules(t, { optional: true })}
              >
                <Input prefix="¥" inputMode="decimal" placeholder={t('approvals.policyForm.noLimit')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['conditions', 'maxAmount']}
                label={t('approvals.policyForm.maxAmount')}
                extra={t('approvals.policyForm.maxAmountHint')}
                dependencies={[['conditions', 'minAmount']]}
                rules={[
                  ...yuanRules(t, { optional: true }),
                  ({ getFieldValue }) => ({
                    validator: (_, value: string | undefined) => {
                      const max = parseYuan(value);
                      const min = parseYuan(getFieldValue(['conditions', 'minAmount']) as string | undefined);
                      return max !== null && min !== null && max <= min
                        ? Promise.reject(new Error(t('approvals.serverMessages.maxAboveMin')))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                <Input prefix="¥" inputMode="decimal" placeholder={t('approvals.policyForm.noLimit')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['conditions', 'categoryIds']} label={t('approvals.policyForm.categories')}>
                <Select
                  mode="multiple"
                  allowClear
                  placeholder={t('approvals.policyForm.anyCategory')}
                  options={categories.map((c) => ({
                    value: c.id,
                    label: language === 'en' ? c.nameEn : c.nameZh,
                  }))}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['conditions', 'departmentIds']} label={t('approvals.policyForm.departments')}>
                <Select
                  mode="multiple"
                  allowClear
                  placeholder={t('approvals.policyForm.anyDepartment')}
                  options={departments.map((d) => ({ value: d.id, label: `${d.name} (${d.budgetCode})` }))}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['conditions', 'minDiscountPercent']}
                label={t('approvals.policyForm.minDiscount')}
                rules={percentRules(t)}
              >
                <Input suffix="%" inputMode="decimal" placeholder={t('approvals.policyForm.noLimit')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['conditions', 'minPaymentTermDays']}
                label={t('approvals.policyForm.paymentTerm')}
              >
                <InputNumber
                  min={0}
                  max={3650}
                  precision={0}
                  style={{ width: '100%' }}
                  suffix={t('approvals.policyForm.days')}
                  placeholder={t('approvals.policyForm.noLimit')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Flex gap={16} wrap>
                <Form.Item name={['conditions', 'newSupplier']} label={t('approvals.policyForm.newSupplier')}>
                  <Radio.Group optionType="button" size="middle" options={triOptions} />
                </Form.Item>
                <Form.Item
                  name={['conditions', 'overSpendingLimit']}
                  label={t('approvals.policyForm.overSpendingLimit')}
                >
                  <Radio.Group optionType="button" size="middle" options={triOptions} />
                </Form.Item>
              </Flex>
            </Col>
          </Row>
        </Card>

        <Card
          title={t('approvals.policyForm.levels')}
          extra={<Typography.Text type="secondary">{t('approvals.policyForm.levelsHint')}</Typography.Text>}
        >
          <Form.List name="levels">
            {(fields, { add, remove, move }) => (
              <Flex vertical gap={12}>
                {fields.length === 0 && (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('approvals.policyForm.noLevels')}
                    data-testid="no-levels"
                  />
                )}
                {fields.map((field, index) => (
                  <Card
                    key={field.key}
                    size="small"
                    type="inner"
                    data-testid="policy-level"
                    title={t('approvals.request.level', { order: index + 1 })}
                    extra={
                      <Flex gap={4}>
                        <Tooltip title={t('approvals.policyForm.moveUp')}>
                          <Button
                            size="small"
                            type="text"
                            icon={<ArrowUpOutlined />}
                            disabled={index === 0}
                            aria-label={t('approvals.policyForm.moveUpLevel', { n: index + 1 })}
                            onClick={() => move(index, index - 1)}
                          />
                        </Tooltip>
                        <Tooltip title={t('approvals.policyForm.moveDown')}>
                          <Button
                            size="small"
                            type="text"
                            icon={<ArrowDownOutlined />}
                            disabled={index === fields.length - 1}
                            aria-label={t('approvals.policyForm.moveDownLevel', { n: index + 1 })}
                            onClick={() => move(index, index + 1)}
                          />
                        </Tooltip>
                        <Tooltip title={t('approvals.policyForm.removeLevel')}>
                          <Button
                            size="small"
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('approvals.policyForm.removeLevelN', { n: index + 1 })}
                            onClick={() => remove(field.name)}
                          />
                        </Tooltip>
                      </Flex>
                    }
                  >
                    <Row gutter={16}>
                      <Col xs={24} md={12}>
                        <Form.Item
                          name={[field.name, 'approverRoles']}
                          label={t('approvals.policyForm.approverRoles')}
                          dependencies={[['levels', field.name, 'approverUserIds']]}
                          rules={[
                            ({ getFieldValue }) => ({
                              validator: (_, roles: string[] | undefined) => {
                                const users = getFieldValue(['levels', field.name, 'approverUserIds']) as
                                  string[] | undefined;
                                return (roles?.length ?? 0) + (users?.length ?? 0) === 0
                                  ? Promise.reject(
                                      new Error(t('approvals.serverMessages.levelNeedsApprover')),
                                    )
                                  : Promise.resolve();
                              },
                            }),
                          ]}
                        >
                          <Select
                            mode="multiple"
                            allowClear
                            aria-label={t('approvals.policyForm.levelRoles', { n: index + 1 })}
                            placeholder={t('approvals.policyForm.pickRoles')}
                            options={roleOptions}
                            showSearch={{ optionFilterProp: 'label' }}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item
                          name={[field.name, 'approverUserIds']}
                          label={t('approvals.policyForm.approverUsers')}
                          extra={membersAvailable ? undefined : t('approvals.policyForm.noMemberList')}
                        >
                          <Select
                            mode="multiple"
                            allowClear
                            disabled={!membersAvailable}
                            aria-label={t('approvals.policyForm.levelUsers', { n: index + 1 })}
                            placeholder={t('approvals.policyForm.pickUsers')}
                            options={memberOptions}
                            showSearch={{ optionFilterProp: 'label' }}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'mode']} label={t('approvals.policyForm.mode')}>
                          <Radio.Group
                            aria-label={t('approvals.policyForm.levelMode', { n: index + 1 })}
                            options={(['any', 'all'] as const).map((m) => ({
                              value: m,
                              label: t(`approvals.mode.${m}`),
                            }))}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item
                          name={[field.name, 'slaHours']}
                          label={t('approvals.policyForm.slaHours')}
                          tooltip={t('approvals.policyForm.slaHint')}
                        >
                          <InputNumber
                            min={1}
                            max={24 * 90}
                            style={{ width: '100%' }}
                            suffix={t('approvals.policyForm.hours')}
                            placeholder={t('approvals.policyForm.noSla')}
                            aria-label={t('approvals.policyForm.levelSla', { n: index + 1 })}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={10}>
                        <Form.Item
                          noStyle
                          dependencies={[
                            ['levels', field.name, 'escalation'],
                            ['levels', field.name, 'slaHours'],
                          ]}
                        >
                          {({ getFieldValue }) => {
                            const kind = getFieldValue(['levels', field.name, 'escalation']) as string;
                            const noSla = getFieldValue(['levels', field.name, 'slaHours']) == null;
                            return (
                              <Flex gap={8} align="flex-start">
                                <Form.Item
                                  name={[field.name, 'escalation']}
                                  label={t('approvals.policyForm.escalation')}
                                  style={{ flex: '1 1 50%' }}
                                >
                                  <Select
                                    disabled={noSla}
                                    aria-label={t('approvals.policyForm.levelEscalation', { n: index + 1 })}
                                    options={(['notify', 'next_level', 'user'] as const).map((k) => ({
                                      value: k,
                                      label: t(`approvals.escalation.${k}`),
                                    }))}
                                  />
                                </Form.Item>
                                {kind === 'user' && (
                                  <Form.Item
                                    name={[field.name, 'escalationUserId']}
                                    label={t('approvals.policyForm.escalationUser')}
                                    style={{ flex: '1 1 50%' }}
                                    rules={[
                                      {
                                        required: true,
                                        message: t('approvals.serverMessages.escalationUser'),
                                      },
                                    ]}
                                  >
                                    <Select
                                      showSearch={{ optionFilterProp: 'label' }}
                                      disabled={!membersAvailable}
                                      options={memberOptions}
                                    />
                                  </Form.Item>
                                )}
                              </Flex>
                            );
                          }}
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= MAX_LEVELS}
                  onClick={() => add(emptyLevel())}
                  data-testid="add-level"
                >
                  {t('approvals.policyForm.addLevel')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Card>

        <Flex gap={12} justify="space-between" wrap>
          <Flex gap={12}>
            <Button type="primary" htmlType="submit" loading={pending} data-testid="policy-submit">
              {submitLabel}
            </Button>
            <Button onClick={onCancel}>{t('approvals.common.cancel')}</Button>
          </Flex>
          {extraActions}
        </Flex>
      </Flex>
    </Form>
  );
}
