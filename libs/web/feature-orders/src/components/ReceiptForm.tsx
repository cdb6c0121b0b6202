import { WarningFilled } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, NUMERIC, useErrorText, useFigures } from '@tradeway/web/ui';
import type { ShipmentView } from '../data/fulfilment.queries';
import { type OrderReceiptsView, useRecordReceipt } from '../data/receipts.queries';
import type { OrderView } from '../data/types';
import { lineVariance, receivedQuantityProblem, signedQuantity, toleranceOf } from '../utils/receipts';
import { plainQuantity } from '../utils/shipping';
import { useLineDescription } from './use-party-name';
import { ToleranceText, VarianceTag } from './ReceiptParts';

type ShipmentLine = ShipmentView['lines'][number];

export interface ReceiptFormValues {
  lines?: Array<{ receivedQuantity?: string; grade?: string }>;
  note?: string;
}

const MAX_NOTE = 1000;
const MAX_GRADE = 40;

const sameGrade = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').trim().toUpperCase() === (b ?? '').trim().toUpperCase();

/**
 * The buyer records what arrived with one shipment (收货 · 计量 · 化验): per line the quantity
 * shipped (read-only), the quantity received (required, at most three decimals), the grade found
 * (pre-filled with the grade ordered) and, as it is typed, the variance in per cent — green within
 * the order's tolerance, red outside it, the tolerance beside it. A receipt outside tolerance
 * opens a dispute (the API decides). The API's refusals land on the field they name.
 */
export function ReceiptForm({
  order,
  overview,
  shipment,
  onClose,
}: {
  order: OrderView;
  overview: OrderReceiptsView;
  shipment: ShipmentView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const f = useFigures('orders');
  const describe = useLineDescription();
  const [form] = Form.useForm<ReceiptFormValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const record = useRecordReceipt();
  const watched = Form.useWatch('lines', form);

  const orderLine = (id: string) => order.lines.find((l) => l.id === id);
  const tolerance = (l: ShipmentLine) => toleranceOf(l.unit, overview.toleranceBps);
  const variances = shipment.lines.map((l, i) =>
    lineVariance(l.quantity, watched?.[i]?.receivedQuantity, tolerance(l)),
  );
  const outside = variances.filter((v) => v && !v.within).length;
  const gradeOff = shipment.lines.filter((l, i) => {
    const typed = watched?.[i]?.grade;
    const ordered = orderLine(l.orderLineId)?.grade;
    return !!typed?.trim() && !!ordered && !sameGrade(typed, ordered);
  }).length;

  const initialValues: ReceiptFormValues = {
    lines: shipment.lines.map((l) => ({
      receivedQuantity: '',
      grade: orderLine(l.orderLineId)?.grade ?? '',
    })),
    note: '',
  };

  const fillShipped = () => {
    form.setFieldsValue({
      lines: shipment.lines.map((l, i) => ({
        receivedQuantity: plainQuantity(l.quantity),
        grade: form.getFieldValue(['lines', i, 'grade']) as string | undefined,
      })),
    });
    void form.validateFields(shipment.lines.map((_, i) => ['lines', i, 'receivedQuantity']));
  };

  const handleFinish = async (values: ReceiptFormValues) => {
    setAlert(null);
    try {
      const next = await record.mutateAsync({
        orderId: order.id,
        shipmentId: shipment.id,
        lines: shipment.lines.map((l, i) => {
          const grade = values.lines?.[i]?.grade?.trim() ?? '';
          return {
            lineId: l.orderLineId,
            receivedQuantity: values.lines?.[i]?.receivedQuantity?.trim() ?? '',
            grade: grade === '' ? null : grade,
          };
        }),
        note: values.note?.trim() ?? '',
        version: overview.version,
      });
      const receipt = next.receipts.find((r) => r.shipmentId === shipment.id);
      const opened = !!receipt && next.disputes.some((d) => d.receiptId === receipt.id);
      const done = receipt?.outcome !== 'disputed' ? 'accepted' : opened ? 'disputeOpened' : 'disputed';
      void message.success(t(`receipts.form.done.${done}`, { number: shipment.number }));
      onClose();
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, {
        fields: ['lines', 'note'],
        // The whole list (lines missing) and unknown lines have no field of their own: an alert.
        rename: (path) =>
          /^lines\.\d+\.(receivedQuantity|grade)$/.test(path) || path === 'note' ? path : '',
      });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  const columns: TableColumnsType<ShipmentLine> = [
    { title: t('receipts.lines.line'), dataIndex: 'lineNo', width: 48, align: 'center' },
    {
      title: t('receipts.lines.goods'),
      key: 'goods',
      render: (_, l) => (
        <Flex vertical gap={0} style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: l.description }}>{describe(l.description)}</Typography.Text>
          <Typography.Text code style={{ fontSize: 12, width: 'fit-content' }}>
            {l.skuCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('receipts.lines.shipped'),
      key: 'shipped',
      align: 'right',
      width: 110,
      render: (_, l) => (
        <Typography.Text style={NUMERIC} data-testid="receipt-shipped">
          {f.quantity(l.quantity, l.unit)}
        </Typography.Text>
      ),
    },
    {
      title: t('receipts.form.received'),
      key: 'received',
      width: 170,
      render: (_, l, index) => (
        <Form.Item
          name={['lines', index, 'receivedQuantity']}
          style={{ marginBottom: 0 }}
          rules={[
            {
              validator: (_rule, value: string | undefined) => {
                const problem = receivedQuantityProblem(value);
                return problem
                  ? Promise.reject(new Error(t(`receipts.form.problem.${problem}`)))
                  : Promise.resolve();
              },
            },
          ]}
        >
          <Input
            inputMode="decimal"
            autoComplete="off"
            placeholder={plainQuantity(l.quantity)}
            suffix={<Typography.Text type="secondary">{f.unit(l.unit)}</Typography.Text>}
            style={{ textAlign: 'right' }}
            aria-label={t('receipts.form.receivedOf', { line: l.lineNo })}
            data-testid="receipt-received"
          />
        </Form.Item>
      ),
    },
    {
      title: t('receipts.lines.variance'),
      key: 'variance',
      align: 'right',
      width: 150,
      render: (_, l, index) => {
        const v = variances[index];
        return (
          <Flex vertical gap={2} align="flex-end" data-testid="receipt-variance-cell">
            {v ? (
              <>
                <VarianceTag bps={v.bps} within={v.within} testId="receipt-variance" />
                <Typography.Text type="secondary" style={{ ...NUMERIC, fontSize: 12 }}>
                  {t('receipts.form.varianceQuantity', {
                    quantity: signedQuantity(v.variance),
                    unit: f.unit(l.unit),
                  })}
                </Typography.Text>
              </>
            ) : (
              <Typography.Text type="secondary">{t('receipts.common.none')}</Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="receipt-tolerance">
              {t('receipts.form.toleranceLabel')} <ToleranceText bps={tolerance(l)} />
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      title: t('receipts.form.grade'),
      key: 'grade',
      width: 150,
      render: (_, l, index) => {
        const ordered = orderLine(l.orderLineId)?.grade;
        const typed = watched?.[index]?.grade;
        const differs = !!typed?.trim() && !!ordered && !sameGrade(typed, ordered);
        return (
          <Form.Item
            name={['lines', index, 'grade']}
            style={{ marginBottom: 0 }}
            rules={[{ max: MAX_GRADE, message: t('receipts.common.tooLong', { max: MAX_GRADE }) }]}
            validateStatus={differs ? 'warning' : undefined}
            help={
              differs ? (
                <span data-testid="receipt-grade-differs">
                  <WarningFilled /> {t('receipts.form.gradeDiffers', { grade: ordered })}
                </span>
              ) : undefined
            }
          >
            <Input
              maxLength={MAX_GRADE}
              placeholder={t('receipts.form.gradePlaceholder')}
              aria-label={t('receipts.form.gradeOf', { line: l.lineNo })}
              data-testid="receipt-grade"
            />
          </Form.Item>
        );
      },
    },
  ];

  return (
    <Drawer
      open
      size={920}
      title={t('receipts.form.title', { number: shipment.number })}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text
            type={outside > 0 || gradeOff > 0 ? 'danger' : 'secondary'}
            data-testid="receipt-summary"
          >
            {outside > 0 || gradeOff > 0
              ? t('receipts.form.summaryOutside', { count: outside + gradeOff })
              : variances.every((v) => v)
                ? t('receipts.form.summaryWithin')
                : t('receipts.form.summaryPending')}
          </Typography.Text>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('receipts.common.cancel')}</Button>
            <Button
              type="primary"
              loading={record.isPending}
              onClick={() => form.submit()}
              data-testid="receipt-submit"
            >
              {t('receipts.form.submit')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Form<ReceiptFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void handleFinish(v)}
        onValuesChange={() => alert && setAlert(null)}
        data-testid="receipt-form"
      >
        <Flex justify="space-between" align="flex-start" gap={16} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('receipts.form.hint')}
          </Typography.Paragraph>
          <Button
            size="small"
            onClick={fillShipped}
            data-testid="receipt-fill-shipped"
            style={{ flex: 'none' }}
          >
            {t('receipts.form.fillShipped')}
          </Button>
        </Flex>
        {alert && (
          <Alert
            type="error"
            showIcon
            title={alert}
            style={{ marginBottom: 16 }}
            data-testid="receipt-form-error"
          />
        )}
        <Table<ShipmentLine>
          rowKey="id"
          size="small"
          tableLayout="fixed"
          pagination={false}
          columns={columns}
          dataSource={shipment.lines}
          style={{ marginBottom: 16 }}
          data-testid="receipt-form-lines"
        />
        {outside > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('receipts.form.outsideTitle')}
            description={t(
              overview.status === 'delivered' ? 'receipts.form.outsideHintNow' : 'receipts.form.outsideHint',
            )}
            style={{ marginBottom: 16 }}
            data-testid="receipt-outside"
          />
        )}
        <Form.Item
          name="note"
          label={t('receipts.form.note')}
          rules={[{ max: MAX_NOTE, message: t('receipts.common.tooLong', { max: MAX_NOTE }) }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={MAX_NOTE}
            showCount
            placeholder={t('receipts.form.notePlaceholder')}
            data-testid="receipt-note-input"
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
