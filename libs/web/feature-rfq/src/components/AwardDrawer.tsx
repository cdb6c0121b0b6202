import { DeleteOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  Select,
  Typography,
  type FormListFieldData,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, Money, NUMERIC, useErrorText, useFigures } from '@tradeway/web/ui';
import { useAward } from '../data/rfqs.queries';
import type { RfqComparisonView, RfqView } from '../data/types';
import {
  AWARD_FORM_FIELDS,
  type AwardFormValues,
  awardInput,
  awardQuantityProblem,
  type AwardRowValues,
  awardTotalMinor,
  isDuplicateRow,
  MAX_JUSTIFICATION,
  offerOf,
} from '../utils/award';
import { useQuoteSeller } from './ComparisonSection';
import { AddRowButton, atLeastOneRow, CellItem, checkedBy, DecimalInput, ListTable } from './form-fields';

const MAX_ROWS = 400;

/**
 * The award (定标): per row an item, the quote it goes to and how much (an item may be split
 * between quotes), pre-filled from the best split; a justification, always required, archived
 * with the decision; the total in landed cost as it is typed. It goes through my company's
 * approval policy; the RFQ's page then shows whether it waits for approval or made the orders.
 */
export function AwardDrawer({
  rfq,
  comparison,
  rows,
  onClose,
}: {
  rfq: RfqView;
  comparison: RfqComparisonView;
  rows: AwardRowValues[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const f = useFigures('rfq');
  const seller = useQuoteSeller(comparison);
  const [form] = Form.useForm<AwardFormValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const award = useAward();
  const [initialValues] = useState<AwardFormValues>(() => ({ allocations: rows, justification: '' }));
  const watched = (Form.useWatch('allocations', form) as AwardRowValues[] | undefined) ?? rows;
  const total = awardTotalMinor(comparison, watched);

  const allRows = () => (form.getFieldValue('allocations') as AwardRowValues[] | undefined) ?? [];
  const revalidateQuantities = () =>
    void form.validateFields(allRows().map((_, i) => ['allocations', i, 'quantity'])).catch(() => undefined);

  const handleFinish = async (values: AwardFormValues) => {
    setAlert(null);
    try {
      const next = await award.mutateAsync(awardInput(rfq.id, values));
      void message.success(
        t(next.award?.status === 'approved' ? 'rfq.award.doneApproved' : 'rfq.award.donePending', {
          number: rfq.number,
        }),
      );
      onClose();
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, {
        fields: AWARD_FORM_FIELDS,
        rename: (path) =>
          /^allocations\.\d+\.(itemNo|quoteId|quantity)$/.test(path) || path === 'justification'
            ? path
            : /^allocations\.\d+$/.test(path)
              ? `${path}.quantity`
              : '',
      });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  const itemOptions = comparison.items.map((i) => ({
    value: i.itemNo,
    label: t('rfq.award.itemOption', { no: i.itemNo, description: i.description }),
  }));
  const quoteOptions = (itemNo: number | undefined) =>
    (comparison.items.find((i) => i.itemNo === itemNo)?.offers ?? []).map((o) => ({
      value: o.quoteId,
      label: t('rfq.award.quoteOption', {
        seller: seller(o.quoteId),
        price: f.price(o.landed.landedUnit, comparison.currency),
      }),
    }));

  const columns = (remove: (index: number) => void): TableColumnsType<FormListFieldData> => [
    {
      title: t('rfq.award.item'),
      key: 'item',
      width: 200,
      render: (_, field) => (
        <CellItem
          name={[field.name, 'itemNo']}
          rules={[{ required: true, message: t('rfq.award.problem.item') }]}
        >
          <Select
            options={itemOptions}
            aria-label={t('rfq.award.itemOf', { row: field.name + 1 })}
            onChange={() => {
              form.setFieldValue(['allocations', field.name, 'quoteId'], undefined);
              revalidateQuantities();
            }}
            data-testid="award-item"
          />
        </CellItem>
      ),
    },
    {
      title: t('rfq.award.quote'),
      key: 'quote',
      render: (_, field) => (
        <CellItem
          name={[field.name, 'quoteId']}
          rules={[
            { required: true, message: t('rfq.award.problem.quote') },
            checkedBy(() =>
              isDuplicateRow(allRows(), field.name) ? t('rfq.award.problem.duplicate') : null,
            ),
          ]}
        >
          <Select
            options={quoteOptions(watched[field.name]?.itemNo)}
            aria-label={t('rfq.award.quoteOf', { row: field.name + 1 })}
            onChange={revalidateQuantities}
            data-testid="award-quote"
          />
        </CellItem>
      ),
    },
    {
      title: t('rfq.award.quantity'),
      key: 'quantity',
      width: 170,
      render: (_, field) => {
        const row = watched[field.name];
        const offer = offerOf(comparison, row?.itemNo, row?.quoteId);
        const unit = comparison.items.find((i) => i.itemNo === row?.itemNo)?.unit ?? '';
        return (
          <CellItem
            name={[field.name, 'quantity']}
            extra={offer ? t('rfq.award.offered', { quantity: f.quantity(offer.quantity, unit) }) : undefined}
            rules={[
              checkedBy(() => {
                const p = awardQuantityProblem(comparison, allRows(), field.name);
                return p && t(`rfq.award.problem.quantity.${p}`);
              }),
            ]}
          >
            <DecimalInput
              suffix={<Typography.Text type="secondary">{f.unit(unit)}</Typography.Text>}
              aria-label={t('rfq.award.quantityOf', { row: field.name + 1 })}
              data-testid="award-quantity"
            />
          </CellItem>
        );
      },
    },
    {
      title: t('rfq.award.landed'),
      key: 'landed',
      width: 140,
      align: 'right',
      render: (_, field) => {
        const one = awardTotalMinor(
          comparison,
          watched[field.name] ? [watched[field.name] as AwardRowValues] : [],
        );
        return one > 0n ? (
          <Money minor={one} currency={comparison.currency} />
        ) : (
          <span style={NUMERIC}>—</span>
        );
      },
    },
    {
      title: '',
      key: 'remove',
      width: 44,
      render: (_, field) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          onClick={() => {
            remove(field.name);
            revalidateQuantities();
          }}
          aria-label={t('rfq.award.removeRow', { row: field.name + 1 })}
          data-testid="award-remove"
        />
      ),
    },
  ];

  return (
    <Drawer
      open
      size={1100}
      title={t('rfq.award.title', { number: rfq.number })}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text>
            {t('rfq.award.total')}{' '}
            <Money minor={total} currency={comparison.currency} strong testId="award-total" />
          </Typography.Text>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('rfq.common.cancel')}</Button>
            <Button
              type="primary"
              loading={award.isPending}
              onClick={() => form.submit()}
              data-testid="award-submit"
            >
              {t('rfq.award.submit')}
            </Button>
          </Flex>
        </Flex>
      }
      data-testid="award-drawer"
    >
      <Form<AwardFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void handleFinish(values)}
        data-testid="award-form"
      >
        <Flex vertical gap={16}>
          {alert && <Alert type="error" showIcon title={alert} data-testid="award-alert" />}
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('rfq.award.hint')}
          </Typography.Paragraph>
          <ListTable
            name="allocations"
            rules={[atLeastOneRow(t('rfq.award.problem.rows'))]}
            columns={({ remove }) => columns(remove)}
            gap={8}
            testId="award-rows"
            footer={({ add }, count) => (
              <AddRowButton disabled={count >= MAX_ROWS} onClick={() => add({})} testId="award-add">
                {t('rfq.award.addRow')}
              </AddRowButton>
            )}
          />
          <Form.Item
            name="justification"
            label={t('rfq.award.justification')}
            rules={[
              { required: true, whitespace: true, message: t('rfq.award.problem.justification') },
              { max: MAX_JUSTIFICATION, message: t('rfq.problem.tooLong', { max: MAX_JUSTIFICATION }) },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={MAX_JUSTIFICATION}
              placeholder={t('rfq.award.justificationPlaceholder')}
              data-testid="award-justification"
            />
          </Form.Item>
        </Flex>
      </Form>
    </Drawer>
  );
}
