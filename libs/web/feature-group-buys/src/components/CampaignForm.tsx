import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PAYMENT_TERMS, REGIONS } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { activeMembership, formProblems, useErrorText, useFigures, useSession } from '@tradeway/web/ui';
import { useCreateCampaign } from '../data/group-buys.queries';
import { campaignPath, GROUP_BUYS_PATH } from '../paths';
import {
  CAMPAIGN_FORM_FIELDS,
  campaignFieldPath,
  type CampaignFormValues,
  deadlineProblem,
  depositProblem,
  isBelow,
  lockProblem,
  MAX_DESCRIPTION,
  MAX_MONTHS,
  MAX_REGIONS,
  MAX_TITLE,
  monthOptions,
  monthsProblem,
  newCampaignValues,
  quantityProblem,
  valuesToInput,
} from '../utils/campaign-form';
import { checkedBy, DecimalInput, MinutePicker } from './form-fields';
import { LadderEditor } from './LadderEditor';
import { type PickedSku, SkuPicker } from './SkuPicker';
import { useMonthName } from './use-month-name';

/**
 * The campaign form: the SKU (from the catalog; a seller only its own), title and description,
 * the eligible regions, the price ladder, the minimum for success and the maximum (the seller's
 * capacity), the per-buyer limits, the lock time and the deadline, the delivery months and the
 * deposit, the payment term. Every field validates before sending; the API's refusals land on
 * the field they name (a ladder cell on its row), the rest above. Saved as a draft, whose page
 * then opens — to publish it there.
 */
export function CampaignForm({ mine }: { mine: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const f = useFigures('groupBuy');
  const me = useSession();
  const month = useMonthName();
  const [form] = Form.useForm<CampaignFormValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const [sku, setSku] = useState<PickedSku | null>(null);
  const create = useCreateCampaign();
  const [now] = useState(() => dayjs());
  const [initialValues] = useState<CampaignFormValues>(() =>
    newCampaignValues(activeMembership(me)?.companyRegionCode, now),
  );
  const deadline = Form.useWatch('deadline', form) as Dayjs | null | undefined;
  const chosenMonths = (Form.useWatch('deliveryMonths', form) as string[] | undefined) ?? [];
  const unit = sku?.unit ?? 't';
  const onPicked = useCallback((picked: PickedSku | null) => setSku(picked), []);

  const required = (label: string) => ({
    required: true,
    message: t('groupBuy.problem.required', { field: label }),
  });
  const tooLong = (max: number) => ({ max, message: t('groupBuy.problem.tooLong', { max }) });
  const quantityRule = (optional: boolean) =>
    checkedBy((value: string | undefined) => {
      const p = quantityProblem(value, optional);
      return p && t(`groupBuy.problem.quantity.${p}`);
    });
  const moment = (field: 'deadline' | 'lockAt') =>
    (form.getFieldValue(field) as Dayjs | null | undefined)?.toDate() ?? null;
  const unitSuffix = <Typography.Text type="secondary">{f.unit(unit)}</Typography.Text>;
  const value = (field: keyof CampaignFormValues) => form.getFieldValue(field) as string | undefined;

  const handleValuesChange = (changed: Partial<CampaignFormValues>) => {
    // the lock follows the deadline (a day before) until it is set by hand
    if (changed.deadline && !form.isFieldTouched('lockAt')) {
      form.setFieldValue('lockAt', changed.deadline.subtract(1, 'day'));
    }
  };

  const handleFinish = async (values: CampaignFormValues) => {
    setAlert(null);
    try {
      const saved = await create.mutateAsync(valuesToInput(values));
      void message.success(t('groupBuy.form.created', { number: saved.number }));
      await navigate(campaignPath(saved.id));
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, {
        fields: CAMPAIGN_FORM_FIELDS,
        rename: campaignFieldPath,
      });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  return (
    <Form<CampaignFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={handleValuesChange}
      onFinish={(values) => void handleFinish(values)}
      scrollToFirstError
      data-testid="campaign-form"
    >
      <Flex vertical gap={24}>
        {alert && (
          <Alert
            type="error"
            showIcon
            title={alert}
            closable
            onClose={() => setAlert(null)}
            data-testid="campaign-form-alert"
          />
        )}
        <Card title={t('groupBuy.form.section.product')}>
          <SkuPicker mine={mine} onPicked={onPicked} />
          <Form.Item
            name="title"
            label={t('groupBuy.form.title')}
            rules={[
              required(t('groupBuy.form.title')),
              {
                whitespace: true,
                message: t('groupBuy.problem.required', { field: t('groupBuy.form.title') }),
              },
              tooLong(MAX_TITLE),
            ]}
          >
            <Input
              maxLength={MAX_TITLE}
              placeholder={t('groupBuy.form.titlePlaceholder')}
              data-testid="campaign-title-input"
            />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('groupBuy.form.description')}
            rules={[tooLong(MAX_DESCRIPTION)]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={MAX_DESCRIPTION}
              placeholder={t('groupBuy.form.descriptionPlaceholder')}
              data-testid="campaign-description-input"
            />
          </Form.Item>
          <Form.Item
            name="regions"
            label={t('groupBuy.form.regions')}
            extra={t('groupBuy.form.regionsHint')}
            rules={[
              checkedBy((v: string[] | undefined) =>
                (v ?? []).length === 0
                  ? t('groupBuy.problem.regions')
                  : (v ?? []).length > MAX_REGIONS
                    ? t('groupBuy.problem.tooMany', { max: MAX_REGIONS })
                    : null,
              ),
            ]}
          >
            <Select<string[]>
              mode="multiple"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('groupBuy.form.regionsPlaceholder')}
              aria-label={t('groupBuy.form.regions')}
              options={REGIONS.map((r) => ({ value: r.code, label: language === 'en' ? r.en : r.zh }))}
              data-testid="campaign-regions-select"
            />
          </Form.Item>
        </Card>

        <Card
          title={t('groupBuy.form.section.ladder')}
          extra={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('groupBuy.form.ladderHint')}
            </Typography.Text>
          }
        >
          <LadderEditor unit={unit} />
        </Card>

        <Card title={t('groupBuy.form.section.totals')}>
          <Row gutter={24}>
            <Col xs={24} md={6}>
              <Form.Item
                name="minTotal"
                label={t('groupBuy.form.minTotal')}
                extra={t('groupBuy.form.minTotalHint')}
                required
                rules={[quantityRule(false)]}
              >
                <DecimalInput suffix={unitSuffix} data-testid="campaign-min-total-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="maxTotal"
                label={t('groupBuy.form.maxTotal')}
                extra={t('groupBuy.form.maxTotalHint')}
                dependencies={['minTotal']}
                rules={[
                  quantityRule(true),
                  checkedBy((v: string | undefined) =>
                    isBelow(v, value('minTotal')) ? t('groupBuy.problem.maxBelowMin') : null,
                  ),
                ]}
              >
                <DecimalInput suffix={unitSuffix} data-testid="campaign-max-total-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="perBuyerMin"
                label={t('groupBuy.form.perBuyerMin')}
                extra={t('groupBuy.form.perBuyerHint')}
                dependencies={['maxTotal']}
                rules={[
                  quantityRule(true),
                  checkedBy((v: string | undefined) =>
                    isBelow(value('maxTotal'), v) ? t('groupBuy.problem.buyerMinAboveMaxTotal') : null,
                  ),
                ]}
              >
                <DecimalInput suffix={unitSuffix} data-testid="campaign-per-buyer-min-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="perBuyerMax"
                label={t('groupBuy.form.perBuyerMax')}
                extra={t('groupBuy.form.perBuyerMaxHint')}
                dependencies={['perBuyerMin']}
                rules={[
                  quantityRule(true),
                  checkedBy((v: string | undefined) =>
                    isBelow(v, value('perBuyerMin')) ? t('groupBuy.problem.buyerMaxBelowMin') : null,
                  ),
                ]}
              >
                <DecimalInput suffix={unitSuffix} data-testid="campaign-per-buyer-max-input" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('groupBuy.form.section.schedule')}>
          <Row gutter={24}>
            <Col xs={24} md={8}>
              <Form.Item
                name="deadline"
                label={t('groupBuy.form.deadline')}
                extra={t('groupBuy.form.deadlineHint')}
                required
                rules={[
                  {
                    validator: (_rule, v: Dayjs | null | undefined) => {
                      const p = deadlineProblem(v?.toDate(), Date.now());
                      return p
                        ? Promise.reject(new Error(t(`groupBuy.problem.schedule.${p}`)))
                        : Promise.resolve();
                    },
                  },
                ]}
              >
                <MinutePicker style={{ width: '100%' }} data-testid="campaign-deadline-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="lockAt"
                label={t('groupBuy.form.lockAt')}
                extra={t('groupBuy.form.lockHint')}
                required
                dependencies={['deadline']}
                rules={[
                  checkedBy((v: Dayjs | null | undefined) => {
                    const p = lockProblem(v?.toDate(), moment('deadline'));
                    return p && t(`groupBuy.problem.schedule.${p}`);
                  }),
                ]}
              >
                <MinutePicker style={{ width: '100%' }} data-testid="campaign-lock-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="deliveryMonths"
                label={t('groupBuy.form.months')}
                extra={t('groupBuy.form.monthsHint', { max: MAX_MONTHS })}
                required
                dependencies={['deadline']}
                rules={[
                  checkedBy((v: string[] | undefined) => {
                    const p = monthsProblem(v, form.getFieldValue('deadline') as Dayjs | null | undefined);
                    if (!p) return null;
                    return p.problem === 'past'
                      ? t('groupBuy.problem.months.past', { month: month(p.month) })
                      : t(`groupBuy.problem.months.${p.problem}`, { max: MAX_MONTHS });
                  }),
                ]}
              >
                <Select<string[]>
                  mode="multiple"
                  allowClear
                  placeholder={t('groupBuy.form.monthsPlaceholder')}
                  aria-label={t('groupBuy.form.months')}
                  options={monthOptions(deadline, now, chosenMonths).map((m) => ({
                    value: m,
                    label: month(m),
                  }))}
                  data-testid="campaign-months-select"
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('groupBuy.form.section.terms')}>
          <Row gutter={24}>
            <Col xs={24} md={8}>
              <Form.Item
                name="depositPercent"
                label={t('groupBuy.form.deposit')}
                extra={t('groupBuy.form.depositHint')}
                required
                rules={[
                  checkedBy((v: string | undefined) => {
                    const p = depositProblem(v);
                    return p && t(`groupBuy.problem.deposit.${p}`);
                  }),
                ]}
              >
                <DecimalInput
                  suffix={<Typography.Text type="secondary">%</Typography.Text>}
                  data-testid="campaign-deposit-input"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="paymentTerm"
                label={t('groupBuy.form.paymentTerm')}
                rules={[
                  {
                    required: true,
                    message: t('groupBuy.problem.choose', { field: t('groupBuy.form.paymentTerm') }),
                  },
                ]}
              >
                <Select
                  aria-label={t('groupBuy.form.paymentTerm')}
                  options={PAYMENT_TERMS.map((p) => ({ value: p, label: t(`groupBuy.paymentTerm.${p}`) }))}
                  data-testid="campaign-payment-term"
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Flex gap={8} justify="flex-end" wrap>
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
            {t('groupBuy.form.saveHint')}
          </Typography.Text>
          <Button onClick={() => void navigate(GROUP_BUYS_PATH)} data-testid="campaign-form-cancel">
            {t('groupBuy.common.cancel')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={create.isPending}
            data-testid="campaign-submit"
          >
            {t('groupBuy.form.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
