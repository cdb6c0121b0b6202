import { BulbOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Typography,
  type FormListFieldData,
  type TableColumnsType,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, Money, NUMERIC, useErrorText, useFigures } from '@tradeway/web/ui';
import { useSubmitQuote, useSuggestQuote, useWithdrawQuote } from '../data/quotes.queries';
import type { RfqQuoteView, RfqView } from '../data/types';
import { priceTimesQuantityMinor } from '../utils/decimal';
import {
  applySuggestion,
  MAX_LINE_NOTE,
  MAX_QUOTE_NOTE,
  offeredQuantityProblem,
  priceProblem,
  QUOTE_FORM_FIELDS,
  type QuoteFormValues,
  quoteFieldPath,
  type QuoteLineValues,
  quoteToValues,
  rowOffered,
  type SuggestionReason,
  taxRateProblem,
  valuesToQuoteInput,
} from '../utils/quote-form';
import { CellItem, checkedBy, DecimalInput, ListTable, MinutePicker } from './form-fields';

/**
 * The seller's quote on an RFQ: per item the quantity offered (at most what was asked; an item
 * without a price is not offered), unit price, freight per unit and tax rate; one of the payment
 * terms the buyer accepts, the delivery date, until when the quote holds, a note. "Fill from my
 * price list" asks my own price rules and says, per item, why there is no price. Sending makes a
 * new version (every version is kept); withdrawing is possible until the deadline. After the
 * deadline the form is read-only, unless the buyer's counter-offer is open. The API's refusals
 * land on the field of the line they name.
 */
export function SellerQuoteForm({
  rfq,
  quote,
  mode,
}: {
  rfq: RfqView;
  quote: RfqQuoteView | null;
  mode: 'open' | 'round' | 'closed';
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const f = useFigures('rfq');
  const [form] = Form.useForm<QuoteFormValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const [reasons, setReasons] = useState<Map<number, SuggestionReason>>(new Map());
  const [initialValues] = useState<QuoteFormValues>(() => quoteToValues(rfq, quote));
  const submit = useSubmitQuote();
  const suggest = useSuggestQuote();
  const withdraw = useWithdrawQuote();
  const readOnly = mode === 'closed';
  const watched = (Form.useWatch('lines', form) as QuoteLineValues[] | undefined) ?? initialValues.lines;
  const goods = watched.reduce(
    (sum, row) =>
      sum + (rowOffered(row) ? (priceTimesQuantityMinor(row.unitPrice ?? '', row.quantity ?? '') ?? 0n) : 0n),
    0n,
  );
  const active = quote?.status === 'active';

  const handleFill = async () => {
    setAlert(null);
    try {
      const paymentTerm = form.getFieldValue('paymentTerm') as QuoteFormValues['paymentTerm'];
      const suggestion = await suggest.mutateAsync({
        rfqId: rfq.id,
        ...(paymentTerm ? { paymentTerm } : {}),
      });
      const current = form.getFieldsValue(true) as QuoteFormValues;
      const next = applySuggestion(rfq.items, current, suggestion);
      form.setFieldsValue(next.values);
      setReasons(next.reasons);
      void message.info(t('rfq.quote.filled', { count: next.filled, total: rfq.items.length }));
    } catch (error) {
      setAlert(errorText(error));
    }
  };

  const handleFinish = async (values: QuoteFormValues) => {
    setAlert(null);
    const { body, rows } = valuesToQuoteInput(rfq, values);
    try {
      const saved = await submit.mutateAsync(body);
      void message.success(t('rfq.quote.sent', { version: saved.currentVersion }));
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, {
        fields: QUOTE_FORM_FIELDS,
        rename: quoteFieldPath(rows),
      });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  const handleWithdraw = () =>
    modal.confirm({
      title: t('rfq.quote.withdrawTitle'),
      content: t('rfq.quote.withdrawHint'),
      okText: t('rfq.quote.withdraw'),
      okButtonProps: { danger: true },
      cancelText: t('rfq.actions.keep'),
      onOk: async () => {
        setAlert(null);
        try {
          await withdraw.mutateAsync({ rfqId: rfq.id });
          void message.success(t('rfq.quote.withdrawn'));
        } catch (error) {
          setAlert(errorText(error));
        }
      },
    });

  const itemNoOf = (row: number) => rfq.items[row]?.itemNo ?? row + 1;
  const lineRules = (index: number) => ({
    dependencies: [['lines', index, 'unitPrice']],
  });
  /** Why a price or freight is not one (`positive`: more than zero), in words; null when it is. */
  const priceText = (value: string | undefined, positive: boolean) => {
    const p = priceProblem(value, { positive });
    return p && t(`rfq.problem.price.${p}`);
  };

  const columns: TableColumnsType<FormListFieldData> = [
    {
      title: t('rfq.quote.lines.item'),
      key: 'item',
      render: (_, field) => {
        const item = rfq.items[field.name];
        const reason = item ? reasons.get(item.itemNo) : undefined;
        const reasonText = reason
          ? language === 'zh-CN'
            ? (reason.reasonZh ?? reason.reason)
            : (reason.reason ?? reason.reasonZh)
          : null;
        return (
          <Flex vertical gap={0} style={{ minWidth: 0 }}>
            <Typography.Text strong>
              {item?.itemNo}. {item?.description}
            </Typography.Text>
            {item?.specification && (
              <Typography.Text
                type="secondary"
                ellipsis={{ tooltip: item.specification }}
                style={{ fontSize: 12 }}
              >
                {item.specification}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ ...NUMERIC, fontSize: 12 }}>
              {t('rfq.quote.lines.requested', { quantity: item ? f.quantity(item.quantity, item.unit) : '' })}
            </Typography.Text>
            {reason && (
              <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="suggestion-reason">
                {t('rfq.quote.noPrice', { reason: reasonText ?? t('rfq.quote.noPriceUnknown') })}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      title: t('rfq.quote.lines.quantity'),
      key: 'quantity',
      width: 150,
      render: (_, field) => {
        const item = rfq.items[field.name];
        return (
          <CellItem
            name={[field.name, 'quantity']}
            {...lineRules(field.name)}
            rules={[
              checkedBy((value: string | undefined) => {
                const row = form.getFieldValue(['lines', field.name]) as QuoteLineValues | undefined;
                if (!rowOffered(row) || !item) return null;
                const p = offeredQuantityProblem(value, item.quantity);
                if (!p) return null;
                return p === 'tooHigh'
                  ? t('rfq.quote.problem.quantityTooHigh', { quantity: f.quantity(item.quantity, item.unit) })
                  : t(`rfq.problem.quantity.${p}`);
              }),
            ]}
          >
            <DecimalInput
              suffix={<Typography.Text type="secondary">{f.unit(item?.unit ?? '')}</Typography.Text>}
              aria-label={t('rfq.quote.lines.quantityOf', { no: itemNoOf(field.name) })}
              data-testid="line-quantity"
            />
          </CellItem>
        );
      },
    },
    {
      title: t('rfq.quote.lines.unitPrice'),
      key: 'unitPrice',
      width: 150,
      render: (_, field) => (
        <CellItem
          name={[field.name, 'unitPrice']}
          rules={[checkedBy((value: string | undefined) => (value ?? '').trim() && priceText(value, true))]}
        >
          <DecimalInput
            prefix="¥"
            placeholder={t('rfq.quote.lines.notOffered')}
            aria-label={t('rfq.quote.lines.unitPriceOf', { no: itemNoOf(field.name) })}
            data-testid="line-unit-price"
          />
        </CellItem>
      ),
    },
    {
      title: t('rfq.quote.lines.freight'),
      key: 'freight',
      width: 130,
      render: (_, field) => (
        <CellItem
          name={[field.name, 'freightPerUnit']}
          rules={[checkedBy((value: string | undefined) => priceText(value, false))]}
        >
          <DecimalInput
            prefix="¥"
            aria-label={t('rfq.quote.lines.freightOf', { no: itemNoOf(field.name) })}
            data-testid="line-freight"
          />
        </CellItem>
      ),
    },
    {
      title: t('rfq.quote.lines.taxRate'),
      key: 'taxRate',
      width: 100,
      render: (_, field) => (
        <CellItem
          name={[field.name, 'taxRate']}
          {...lineRules(field.name)}
          rules={[
            checkedBy((value: string | undefined) => {
              const row = form.getFieldValue(['lines', field.name]) as QuoteLineValues | undefined;
              const p = rowOffered(row) ? taxRateProblem(value) : null;
              return p && t(`rfq.quote.problem.tax.${p}`);
            }),
          ]}
        >
          <DecimalInput
            suffix="%"
            aria-label={t('rfq.quote.lines.taxRateOf', { no: itemNoOf(field.name) })}
            data-testid="line-tax-rate"
          />
        </CellItem>
      ),
    },
    {
      title: t('rfq.quote.lines.note'),
      key: 'note',
      width: 180,
      render: (_, field) => (
        <CellItem
          name={[field.name, 'note']}
          rules={[{ max: MAX_LINE_NOTE, message: t('rfq.problem.tooLong', { max: MAX_LINE_NOTE }) }]}
        >
          <Input
            maxLength={MAX_LINE_NOTE}
            aria-label={t('rfq.quote.lines.noteOf', { no: itemNoOf(field.name) })}
          />
        </CellItem>
      ),
    },
  ];

  const submitLabel =
    mode === 'round'
      ? t('rfq.quote.answerRound')
      : quote
        ? t('rfq.quote.revise', { version: quote.currentVersion + 1 })
        : t('rfq.quote.submit');

  return (
    <Form<QuoteFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      disabled={readOnly}
      onFinish={(values) => void handleFinish(values)}
      data-testid="quote-form"
    >
      <Flex vertical gap={16}>
        {readOnly && (
          <Alert type="info" showIcon title={t('rfq.quote.readOnly')} data-testid="quote-read-only" />
        )}
        {alert && (
          <Alert
            type="error"
            showIcon
            title={alert}
            closable
            onClose={() => setAlert(null)}
            data-testid="quote-alert"
          />
        )}
        {!readOnly && (
          <Flex justify="space-between" align="center" gap={12} wrap>
            <Typography.Text type="secondary">{t('rfq.quote.hint')}</Typography.Text>
            <Button
              icon={<BulbOutlined />}
              loading={suggest.isPending}
              onClick={() => void handleFill()}
              data-testid="quote-fill"
            >
              {t('rfq.quote.fill')}
            </Button>
          </Flex>
        )}
        <ListTable
          name="lines"
          rules={[
            checkedBy((lines: QuoteLineValues[] | undefined) =>
              (lines ?? []).some(rowOffered) ? null : t('rfq.quote.problem.noLines'),
            ),
          ]}
          columns={() => columns}
          gap={4}
          scrollX={1000}
          testId="quote-lines"
        />
        <Row gutter={24}>
          <Col xs={24} md={6}>
            <Form.Item
              name="paymentTerm"
              label={t('rfq.quote.paymentTerm')}
              rules={[{ required: true, message: t('rfq.quote.problem.paymentTerm') }]}
            >
              <Select
                options={rfq.acceptedPaymentTerms.map((p) => ({
                  value: p,
                  label: t(`rfq.paymentTerm.${p}`),
                }))}
                data-testid="quote-payment-term"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="deliveryDate"
              label={t('rfq.quote.deliveryDate')}
              rules={[{ required: true, message: t('rfq.quote.problem.deliveryDate') }]}
            >
              <DatePicker style={{ width: '100%' }} data-testid="quote-delivery-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="validUntil"
              label={t('rfq.quote.validUntil')}
              required
              extra={t('rfq.quote.validUntilHint')}
              rules={[
                {
                  validator: (_rule, value: Dayjs | null | undefined) => {
                    if (!value) return Promise.reject(new Error(t('rfq.quote.problem.validUntil')));
                    const limit = Math.max(Date.now(), new Date(rfq.deadline).getTime());
                    return value.valueOf() <= limit
                      ? Promise.reject(new Error(t('rfq.quote.problem.validUntilTooSoon')))
                      : Promise.resolve();
                  },
                },
              ]}
            >
              <MinutePicker style={{ width: '100%' }} data-testid="quote-valid-until" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label={t('rfq.quote.goodsTotal')}>
              <Money minor={goods} currency={rfq.currency} strong testId="quote-goods-total" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="note"
          label={t('rfq.quote.note')}
          rules={[{ max: MAX_QUOTE_NOTE, message: t('rfq.problem.tooLong', { max: MAX_QUOTE_NOTE }) }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={MAX_QUOTE_NOTE}
            data-testid="quote-note"
          />
        </Form.Item>
        {!readOnly && (
          <Flex gap={8} justify="flex-end" wrap>
            {active && mode === 'open' && (
              <Button
                danger
                icon={<RollbackOutlined />}
                onClick={handleWithdraw}
                loading={withdraw.isPending}
                data-testid="quote-withdraw"
              >
                {t('rfq.quote.withdraw')}
              </Button>
            )}
            <Button
              type="primary"
              htmlType="submit"
              icon={<SendOutlined />}
              loading={submit.isPending}
              data-testid="quote-submit"
            >
              {submitLabel}
            </Button>
          </Flex>
        )}
      </Flex>
    </Form>
  );
}
