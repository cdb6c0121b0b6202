import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentTermsRule, PriceListKind } from '../data/types';
import {
  OVERRIDABLE_TERMS,
  overrideProblem,
  termsFieldName,
  type TermsFormValues,
  termsFormValues,
  toTermsRule,
} from '../utils/terms';
import { daysRules, percentRules } from './form-rules';
import { TermsPreview } from './TermsPreview';
import { useFormErrors } from './use-form-errors';

/**
 * The payment terms of a list: inherit (no rule of its own), or the seller's annual cost of
 * capital, the days a prepayment comes before delivery, and a fixed share of the goods per
 * term replacing the formula. A live preview on 10 000.00 follows every keystroke.
 */
export function TermsEditor({
  rule,
  kind,
  currency,
  canManage,
  onSave,
}: {
  rule: PaymentTermsRule | null;
  kind: PriceListKind;
  currency: string;
  canManage: boolean;
  /** Sends the rule (null: inherit); rejects with the API's error. */
  onSave: (rule: PaymentTermsRule | null) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TermsFormValues>();
  const initial = termsFormValues(rule);
  const values = (Form.useWatch([], { form, preserve: true }) as TermsFormValues | undefined) ?? initial;
  const errors = useFormErrors(form, termsFieldName);
  const [saving, setSaving] = useState(false);
  const preview = values.inherit ? null : toTermsRule(values);
  const disabled = !canManage;

  const handleFinish = async (v: TermsFormValues) => {
    errors.clear();
    setSaving(true);
    try {
      await onSave(toTermsRule(v));
    } catch (error) {
      errors.report(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<TermsFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={handleFinish}
      disabled={disabled}
      data-testid="terms-form"
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
            <Switch aria-label={t('pricing.terms.inherit')} data-testid="terms-inherit" />
          </Form.Item>
          <Typography.Text>{t('pricing.terms.inherit')}</Typography.Text>
        </Flex>
        {values.inherit ? (
          <Alert
            type="info"
            showIcon
            title={kind === 'list' ? t('pricing.terms.inheritHintList') : t('pricing.terms.inheritHint')}
          />
        ) : (
          <Row gutter={[24, 16]}>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('pricing.terms.formula')}>
                <Typography.Paragraph type="secondary">{t('pricing.terms.formulaHint')}</Typography.Paragraph>
                <Flex gap={16} wrap>
                  <Form.Item
                    name="costPercent"
                    label={t('pricing.terms.costOfCapital')}
                    rules={percentRules(t)}
                    style={{ flex: '1 1 180px' }}
                  >
                    <Input
                      inputMode="decimal"
                      suffix={t('pricing.terms.perYear')}
                      styles={{ input: { textAlign: 'right' } }}
                    />
                  </Form.Item>
                  <Form.Item
                    name="prepaymentDays"
                    label={t('pricing.terms.prepaymentDays')}
                    extra={t('pricing.terms.prepaymentDaysHint')}
                    rules={daysRules(t)}
                    style={{ flex: '1 1 180px' }}
                  >
                    <Input
                      inputMode="numeric"
                      suffix={t('pricing.common.days')}
                      styles={{ input: { textAlign: 'right' } }}
                    />
                  </Form.Item>
                </Flex>
                <Typography.Text strong>{t('pricing.terms.overrides')}</Typography.Text>
                <Typography.Paragraph type="secondary">
                  {t('pricing.terms.overridesHint')}
                </Typography.Paragraph>
                {OVERRIDABLE_TERMS.map((term) => {
                  const on = values.overrides?.[term]?.on ?? false;
                  return (
                    <Flex key={term} gap={12} align="flex-start" data-testid={`override-${term}`}>
                      <Form.Item
                        name={['overrides', term, 'on']}
                        valuePropName="checked"
                        style={{ flex: '0 0 150px' }}
                      >
                        <Checkbox>{t(`pricing.term.${term}`)}</Checkbox>
                      </Form.Item>
                      <Form.Item
                        name={['overrides', term, 'percent']}
                        style={{ flex: '1 1 160px' }}
                        dependencies={[['overrides', term, 'on']]}
                        rules={[
                          ({ getFieldValue }) => ({
                            validator: (_, v: string | undefined) => {
                              if (!getFieldValue(['overrides', term, 'on'])) return Promise.resolve();
                              const p = overrideProblem(term, v);
                              return p
                                ? Promise.reject(
                                    new Error(t(`pricing.validation.override.${p}`, { max: 50 })),
                                  )
                                : Promise.resolve();
                            },
                          }),
                        ]}
                      >
                        <Input
                          inputMode="decimal"
                          disabled={disabled || !on}
                          aria-label={t('pricing.terms.overrideOf', { term: t(`pricing.term.${term}`) })}
                          placeholder={term === 'prepayment' ? '-0.5' : '1.2'}
                          suffix="%"
                          styles={{ input: { textAlign: 'right' } }}
                        />
                      </Form.Item>
                    </Flex>
                  );
                })}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('pricing.terms.preview')}>
                {preview ? (
                  <TermsPreview rule={preview} currency={currency} />
                ) : (
                  <Typography.Text type="secondary">{t('pricing.terms.previewWaiting')}</Typography.Text>
                )}
              </Card>
            </Col>
          </Row>
        )}
        {canManage && (
          <div>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="terms-save">
              {t('pricing.common.save')}
            </Button>
          </div>
        )}
      </Flex>
    </Form>
  );
}
