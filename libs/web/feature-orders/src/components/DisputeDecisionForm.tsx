import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, minorToDecimal, useErrorText } from '@tradeway/web/ui';
import { type DisputeDetailView, useDecideDispute } from '../data/receipts.queries';
import { resolutionFormPath, resolutionInput, type ResolutionValues } from '../utils/receipts';
import { plainQuantity } from '../utils/shipping';
import { useResolutionText } from './DisputeParts';
import { DisputeResolutionFields, RESOLUTION_FIELDS } from './DisputeResolutionFields';

/** The form's starting point: the proposal on the table, if any (the operator often adopts it). */
export function decisionStart(detail: DisputeDetailView): ResolutionValues {
  const returnLines = detail.lines.map(() => ({ quantity: '' }));
  const r = detail.proposal?.resolution;
  if (r?.kind === 'price_adjustment') {
    return { kind: 'price_adjustment', creditYuan: minorToDecimal(r.creditMinor), returnLines, note: '' };
  }
  if (r?.kind === 'return') {
    return {
      kind: 'return',
      returnLines: detail.lines.map((l) => {
        const q = r.lines.find((x) => x.lineId === l.id)?.quantity;
        return { quantity: q ? plainQuantity(q) : '' };
      }),
      note: '',
    };
  }
  return { kind: 'accept', returnLines, note: '' };
}

/**
 * The operator decides a dispute (`platform:operate`): a resolution — accept as received, a
 * credit in yuan (sent as fen), or return quantities — and a note, required, that both parties
 * read. Asked once more before it is sent: the decision is final. Refusals land on the field.
 */
export function DisputeDecisionForm({
  detail,
  onDecided,
}: {
  detail: DisputeDetailView;
  onDecided?: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<ResolutionValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const decide = useDecideDispute();
  const text = useResolutionText(detail.lines, detail.currency);

  const send = async (values: ResolutionValues, built: NonNullable<ReturnType<typeof resolutionInput>>) => {
    try {
      await decide.mutateAsync({
        disputeId: detail.id,
        resolution: built.resolution,
        note: values.note?.trim() ?? '',
        version: detail.version,
      });
      void message.success(t('receipts.desk.decide.done', { number: detail.orderNumber }));
      onDecided?.();
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, {
        fields: RESOLUTION_FIELDS,
        rename: (path) => resolutionFormPath(path, built.rowOf),
      });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  const handleFinish = (values: ResolutionValues) => {
    setAlert(null);
    const built = resolutionInput(values, detail.lines);
    if (!built) {
      setAlert(t('receipts.resolution.problem.returnEmpty'));
      return;
    }
    modal.confirm({
      title: t('receipts.desk.decide.confirmTitle'),
      content: (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          <Typography.Text strong>{text(built.resolution)}</Typography.Text>
          <br />
          {t('receipts.desk.decide.confirmBody')}
        </Typography.Paragraph>
      ),
      okText: t('receipts.desk.decide.submit'),
      cancelText: t('receipts.common.cancel'),
      okButtonProps: { 'data-testid': 'decide-confirm' },
      onOk: () => send(values, built),
    });
  };

  return (
    <Form<ResolutionValues>
      form={form}
      layout="vertical"
      initialValues={decisionStart(detail)}
      onFinish={handleFinish}
      onValuesChange={() => alert && setAlert(null)}
      data-testid="decision-form"
    >
      {detail.proposal && (
        <Typography.Paragraph type="secondary" data-testid="decision-prefilled">
          {t('receipts.desk.decide.prefilled')}
        </Typography.Paragraph>
      )}
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          style={{ marginBottom: 16 }}
          data-testid="decision-error"
        />
      )}
      <DisputeResolutionFields detail={detail} noteRequired noteLabel={t('receipts.desk.decide.note')} />
      <Button
        type="primary"
        htmlType="submit"
        icon={<SafetyCertificateOutlined />}
        loading={decide.isPending}
        block
        data-testid="decide-submit"
      >
        {t('receipts.desk.decide.submit')}
      </Button>
    </Form>
  );
}
