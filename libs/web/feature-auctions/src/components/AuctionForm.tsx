import { SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PAYMENT_TERMS, REGIONS } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import {
  activeMembership,
  formProblems,
  UNITS,
  type Unit,
  useCompanyName,
  useErrorText,
  useFigures,
  useSession,
} from '@tradeway/web/ui';
import {
  type ParticipantOption,
  useCreateAuction,
  useCustomerOptions,
  useSellerOptions,
} from '../data/auctions.queries';
import type { AuctionDirection, AuctionVisibility } from '../data/types';
import { AUCTIONS_PATH, auctionPath } from '../paths';
import {
  AUCTION_FORM_FIELDS,
  auctionFieldPath,
  type AuctionFormValues,
  endProblem,
  hardStopProblem,
  MAX_DESCRIPTION,
  MAX_PARTICIPANTS,
  MAX_TITLE,
  maxStepBelowMin,
  newAuctionValues,
  priceProblem,
  quantityProblem,
  reserveOnWrongSide,
  startProblem,
  valuesToInput,
} from '../utils/auction-form';
import { stepProblem, type StepKind } from '../utils/step';
import { checkedBy, DecimalInput, MinutePicker } from './form-fields';
import { useDebouncedValue } from './use-debounced-value';

const VISIBILITIES: AuctionVisibility[] = ['rank_only', 'best_price', 'sealed'];

/**
 * The owner's auction form: a buyer's reverse auction (sellers bid down) or a seller's forward
 * auction (buyers bid up). The lot, its opening price, reserve and last price, the steps (an
 * amount or a percentage), the time with the anti-sniping rule, what bidders see and whom to
 * invite. Every field validates before sending; the API's refusals land on the field they name
 * (a conflict with no field shows above). Saved as a draft, whose page then opens.
 */
export function AuctionForm({ direction }: { direction: AuctionDirection }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const companyName = useCompanyName();
  const f = useFigures('auction');
  const me = useSession();
  const [form] = Form.useForm<AuctionFormValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const create = useCreateAuction();
  const [initialValues] = useState<AuctionFormValues>(() =>
    newAuctionValues(activeMembership(me)?.companyRegionCode, dayjs()),
  );
  const unit = (Form.useWatch('unit', form) as Unit | undefined) ?? 't';
  const minKind = (Form.useWatch('minStepKind', form) as StepKind | undefined) ?? 'absolute';
  const maxKind = (Form.useWatch('maxStepKind', form) as StepKind | undefined) ?? 'absolute';
  const reverse = direction === 'reverse';

  // Whom to invite: sellers found by what they sell, or my customers by name; the chosen are remembered.
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 300);
  const sellers = useSellerOptions(query, reverse);
  const customers = useCustomerOptions(query, !reverse);
  const found = reverse ? sellers : customers;
  const [chosen, setChosen] = useState<Map<string, ParticipantOption>>(() => new Map());
  const participantOptions = useMemo(() => {
    const all = new Map(chosen);
    for (const o of found.options) if (!all.has(o.id)) all.set(o.id, o);
    return [...all.values()].map((o) => ({ value: o.id, label: companyName(o.name, o.nameEn) }));
  }, [chosen, found.options, companyName]);

  const required = (label: string) => ({
    required: true,
    message: t('auction.problem.required', { field: label }),
  });
  const choose = (label: string) => ({
    required: true,
    message: t('auction.problem.choose', { field: label }),
  });
  const tooLong = (max: number) => ({ max, message: t('auction.problem.tooLong', { max }) });
  const priceRule = (optional = false) =>
    checkedBy((value: string | undefined) => {
      const p = priceProblem(value, optional);
      return p && t(`auction.problem.price.${p}`);
    });
  const stepRule = (kindField: 'minStepKind' | 'maxStepKind', optional: boolean) =>
    checkedBy((value: string | undefined) => {
      if (optional && !(value ?? '').trim()) return null;
      const p = stepProblem((form.getFieldValue(kindField) as StepKind | undefined) ?? 'absolute', value);
      return p && t(`auction.problem.step.${p}`);
    });
  const moment = (field: keyof AuctionFormValues) =>
    (form.getFieldValue(field) as Dayjs | null | undefined)?.toDate() ?? null;
  const priceAffix = {
    prefix: <Typography.Text type="secondary">¥</Typography.Text>,
    suffix: <Typography.Text type="secondary">/ {f.unit(unit)}</Typography.Text>,
  };
  const minutes = <Typography.Text type="secondary">{t('auction.form.minutes')}</Typography.Text>;

  const handleFinish = async (values: AuctionFormValues) => {
    setAlert(null);
    try {
      const saved = await create.mutateAsync(valuesToInput(values, direction));
      void message.success(t('auction.form.created', { number: saved.number }));
      await navigate(auctionPath(saved.id));
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, {
        fields: AUCTION_FORM_FIELDS,
        rename: auctionFieldPath,
      });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  const stepKindSelect = (label: string, testId: string) => (
    <Select<StepKind>
      style={{ width: 110 }}
      aria-label={t('auction.form.stepKindOf', { field: label })}
      options={[
        { value: 'absolute', label: t('auction.form.stepKind.absolute') },
        { value: 'percent', label: t('auction.form.stepKind.percent') },
      ]}
      data-testid={testId}
    />
  );
  const minLabel = t(`auction.form.minStep.${direction}`);
  const maxLabel = t('auction.form.maxStep');

  return (
    <Form<AuctionFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void handleFinish(values)}
      scrollToFirstError
      data-testid="auction-form"
    >
      <Flex vertical gap={24}>
        {alert && (
          <Alert
            type="error"
            showIcon
            title={alert}
            closable
            onClose={() => setAlert(null)}
            data-testid="auction-form-alert"
          />
        )}
        <Card title={t('auction.form.section.lot')}>
          <Form.Item
            name="title"
            label={t('auction.form.title')}
            rules={[
              required(t('auction.form.title')),
              {
                whitespace: true,
                message: t('auction.problem.required', { field: t('auction.form.title') }),
              },
              tooLong(MAX_TITLE),
            ]}
          >
            <Input
              maxLength={MAX_TITLE}
              placeholder={t('auction.form.titlePlaceholder')}
              data-testid="auction-title-input"
            />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('auction.form.description')}
            rules={[tooLong(MAX_DESCRIPTION)]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={MAX_DESCRIPTION}
              placeholder={t('auction.form.descriptionPlaceholder')}
              data-testid="auction-description-input"
            />
          </Form.Item>
          <Row gutter={24}>
            <Col xs={24} md={8}>
              <Form.Item label={t('auction.form.quantity')} required>
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item
                    name="quantity"
                    noStyle
                    rules={[
                      checkedBy((value: string | undefined) => {
                        const p = quantityProblem(value);
                        return p && t(`auction.problem.quantity.${p}`);
                      }),
                    ]}
                  >
                    <DecimalInput
                      aria-label={t('auction.form.quantity')}
                      data-testid="auction-quantity-input"
                    />
                  </Form.Item>
                  <Form.Item name="unit" noStyle>
                    <Select<Unit>
                      style={{ width: 110 }}
                      aria-label={t('auction.form.unit')}
                      options={UNITS.map((u) => ({ value: u, label: t(`auction.unit.${u}`) }))}
                      data-testid="auction-unit"
                    />
                  </Form.Item>
                </Space.Compact>
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="deliveryRegion"
                label={t('auction.form.region')}
                rules={[choose(t('auction.form.region'))]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('auction.form.regionPlaceholder')}
                  options={REGIONS.map((r) => ({ value: r.code, label: language === 'en' ? r.en : r.zh }))}
                  data-testid="auction-region"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item
                name="deliveryDate"
                label={t('auction.form.deliveryDate')}
                rules={[choose(t('auction.form.deliveryDate'))]}
              >
                <DatePicker style={{ width: '100%' }} data-testid="auction-delivery-date" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item
                name="paymentTerm"
                label={t('auction.form.paymentTerm')}
                rules={[choose(t('auction.form.paymentTerm'))]}
              >
                <Select
                  options={PAYMENT_TERMS.map((p) => ({ value: p, label: t(`auction.paymentTerm.${p}`) }))}
                  data-testid="auction-payment-term"
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('auction.form.section.prices')}>
          <Row gutter={24}>
            <Col xs={24} md={8}>
              <Form.Item
                name="openingPrice"
                label={t(`auction.form.openingPrice.${direction}`)}
                extra={t(`auction.form.openingHint.${direction}`)}
                required
                rules={[priceRule()]}
              >
                <DecimalInput {...priceAffix} data-testid="auction-opening-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="reservePrice"
                label={t('auction.form.reservePrice')}
                extra={t('auction.form.reserveHint')}
                dependencies={['openingPrice']}
                rules={[
                  priceRule(true),
                  checkedBy((value: string | undefined) =>
                    reserveOnWrongSide(
                      direction,
                      form.getFieldValue('openingPrice') as string | undefined,
                      value,
                    )
                      ? t(`auction.problem.reserveSide.${direction}`)
                      : null,
                  ),
                ]}
              >
                <DecimalInput {...priceAffix} data-testid="auction-reserve-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="lastPrice"
                label={t('auction.form.lastPrice')}
                extra={t('auction.form.lastPriceHint')}
                rules={[priceRule(true)]}
              >
                <DecimalInput {...priceAffix} data-testid="auction-last-price-input" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item label={minLabel} required extra={t('auction.form.minStepHint')}>
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item name="minStepKind" noStyle>
                    {stepKindSelect(minLabel, 'auction-step-kind')}
                  </Form.Item>
                  <Form.Item
                    name="minStep"
                    noStyle
                    dependencies={['minStepKind']}
                    rules={[stepRule('minStepKind', false)]}
                  >
                    <DecimalInput
                      aria-label={minLabel}
                      suffix={
                        <Typography.Text type="secondary">
                          {minKind === 'percent' ? '%' : `¥ / ${f.unit(unit)}`}
                        </Typography.Text>
                      }
                      data-testid="auction-step-input"
                    />
                  </Form.Item>
                </Space.Compact>
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={maxLabel} extra={t('auction.form.maxStepHint')}>
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item name="maxStepKind" noStyle>
                    {stepKindSelect(maxLabel, 'auction-max-step-kind')}
                  </Form.Item>
                  <Form.Item
                    name="maxStep"
                    noStyle
                    dependencies={['maxStepKind', 'minStep', 'minStepKind']}
                    rules={[
                      stepRule('maxStepKind', true),
                      checkedBy(() =>
                        maxStepBelowMin(
                          form.getFieldsValue(['minStepKind', 'minStep', 'maxStepKind', 'maxStep']),
                        )
                          ? t('auction.problem.maxBelowMin')
                          : null,
                      ),
                    ]}
                  >
                    <DecimalInput
                      aria-label={maxLabel}
                      suffix={
                        <Typography.Text type="secondary">
                          {maxKind === 'percent' ? '%' : `¥ / ${f.unit(unit)}`}
                        </Typography.Text>
                      }
                      data-testid="auction-max-step-input"
                    />
                  </Form.Item>
                </Space.Compact>
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('auction.form.section.schedule')}>
          <Row gutter={24}>
            <Col xs={24} md={8}>
              <Form.Item
                name="startsAt"
                label={t('auction.form.startsAt')}
                required
                rules={[
                  {
                    validator: (_rule, value: Dayjs | null | undefined) => {
                      const p = startProblem(value?.toDate(), Date.now());
                      return p
                        ? Promise.reject(new Error(t(`auction.problem.schedule.${p}`)))
                        : Promise.resolve();
                    },
                  },
                ]}
              >
                <MinutePicker style={{ width: '100%' }} data-testid="auction-start-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="endsAt"
                label={t('auction.form.endsAt')}
                required
                dependencies={['startsAt']}
                rules={[
                  checkedBy((value: Dayjs | null | undefined) => {
                    const p = endProblem(value?.toDate(), moment('startsAt'));
                    return p && t(`auction.problem.schedule.${p}`);
                  }),
                ]}
              >
                <MinutePicker style={{ width: '100%' }} data-testid="auction-end-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="hardStopAt"
                label={t('auction.form.hardStopAt')}
                extra={t('auction.form.hardStopHint')}
                dependencies={['endsAt']}
                rules={[
                  checkedBy((value: Dayjs | null | undefined) => {
                    const p = hardStopProblem(value?.toDate(), moment('endsAt'));
                    return p && t(`auction.problem.schedule.${p}`);
                  }),
                ]}
              >
                <MinutePicker style={{ width: '100%' }} data-testid="auction-hard-stop-input" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={24}>
            <Col xs={12} md={6}>
              <Form.Item
                name="snipingWindowMinutes"
                label={t('auction.form.snipingWindow')}
                extra={t('auction.form.snipingWindowHint')}
                rules={[
                  {
                    required: true,
                    message: t('auction.problem.required', { field: t('auction.form.snipingWindow') }),
                  },
                ]}
              >
                <InputNumber
                  min={0}
                  max={60}
                  precision={0}
                  suffix={minutes}
                  style={{ width: '100%' }}
                  data-testid="auction-window-input"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="extensionMinutes"
                label={t('auction.form.extension')}
                extra={t('auction.form.extensionHint')}
                rules={[
                  {
                    required: true,
                    message: t('auction.problem.required', { field: t('auction.form.extension') }),
                  },
                ]}
              >
                <InputNumber
                  min={1}
                  max={60}
                  precision={0}
                  suffix={minutes}
                  style={{ width: '100%' }}
                  data-testid="auction-extension-input"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="maxExtensions"
                label={t('auction.form.maxExtensions')}
                extra={t('auction.form.maxExtensionsHint')}
              >
                <InputNumber
                  min={0}
                  max={1000}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid="auction-max-extensions-input"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="triggerRank"
                label={t('auction.form.triggerRank')}
                extra={t('auction.form.triggerRankHint')}
                rules={[
                  {
                    required: true,
                    message: t('auction.problem.required', { field: t('auction.form.triggerRank') }),
                  },
                ]}
              >
                <InputNumber
                  min={1}
                  max={10}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid="auction-trigger-rank-input"
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('auction.form.section.participants')}>
          <Form.Item name="visibility" label={t('auction.form.visibility')}>
            <Radio.Group data-testid="auction-visibility">
              <Flex vertical gap={8}>
                {VISIBILITIES.map((v) => (
                  <Radio key={v} value={v} data-testid={`auction-visibility-${v}`}>
                    {t(`auction.visibility.${v}`)}
                    <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                      {t(`auction.visibilityHint.${v}`)}
                    </Typography.Text>
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="participantIds"
            label={t(`auction.form.participants.${direction}`)}
            required
            extra={t(`auction.form.participantsHint.${direction}`)}
            rules={[
              checkedBy((value: string[] | undefined) => {
                const ids = value ?? [];
                if (ids.length === 0) return t(`auction.problem.participants.${direction}`);
                return ids.length > MAX_PARTICIPANTS
                  ? t('auction.problem.tooManyParticipants', { max: MAX_PARTICIPANTS })
                  : null;
              }),
            ]}
          >
            <Select<string[]>
              mode="multiple"
              allowClear
              showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
              loading={found.isFetching}
              placeholder={t(`auction.form.participantsPlaceholder.${direction}`)}
              notFoundContent={t(`auction.form.noParticipants.${direction}`)}
              options={participantOptions}
              onChange={(ids) => {
                setSearch('');
                setChosen((prev) => {
                  const next = new Map<string, ParticipantOption>();
                  for (const id of ids) {
                    const known = prev.get(id) ?? found.options.find((o) => o.id === id);
                    if (known) next.set(id, known);
                  }
                  return next;
                });
              }}
              data-testid="auction-participants-select"
            />
          </Form.Item>
        </Card>

        <Flex gap={8} justify="flex-end" wrap>
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
            {t('auction.form.saveHint')}
          </Typography.Text>
          <Button onClick={() => void navigate(AUCTIONS_PATH)} data-testid="auction-form-cancel">
            {t('auction.common.cancel')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={create.isPending}
            data-testid="auction-submit"
          >
            {t('auction.form.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
