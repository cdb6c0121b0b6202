import { Alert, App, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, useErrorText } from '@tradeway/web/ui';
import { type DisputeDetailView, useProposeResolution } from '../data/receipts.queries';
import { resolutionFormPath, resolutionInput, type ResolutionValues } from '../utils/receipts';
import { DisputeResolutionFields, RESOLUTION_FIELDS } from './DisputeResolutionFields';

/**
 * A party proposes how to settle the dispute (or counter-proposes: a proposal on the table is
 * replaced); the other party then agrees or declines. Sent with the dispute's version, so a
 * proposal made on a stale page is refused rather than crossing the other side's step.
 */
export function DisputeProposeModal({ detail, onClose }: { detail: DisputeDetailView; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<ResolutionValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const propose = useProposeResolution();
  const counter = !!detail.proposal && detail.proposal.by !== detail.viewer;

  const handleFinish = async (values: ResolutionValues) => {
    setAlert(null);
    const built = resolutionInput(values, detail.lines);
    if (!built) {
      setAlert(t('receipts.resolution.problem.returnEmpty'));
      return;
    }
    try {
      await propose.mutateAsync({
        disputeId: detail.id,
        resolution: built.resolution,
        note: values.note?.trim() ?? '',
        version: detail.version,
      });
      void message.success(t('receipts.propose.done'));
      onClose();
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, {
        fields: RESOLUTION_FIELDS,
        rename: (path) => resolutionFormPath(path, built.rowOf),
      });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t(counter ? 'receipts.propose.counterTitle' : 'receipts.propose.title')}
      okText={t('receipts.propose.submit')}
      cancelText={t('receipts.common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={propose.isPending}
      okButtonProps={{ 'data-testid': 'propose-submit' }}
      destroyOnHidden
    >
      <Form<ResolutionValues>
        form={form}
        layout="vertical"
        initialValues={{
          kind: 'price_adjustment',
          returnLines: detail.lines.map(() => ({ quantity: '' })),
          note: '',
        }}
        onFinish={(v) => void handleFinish(v)}
        onValuesChange={() => alert && setAlert(null)}
        data-testid="propose-form"
      >
        <Typography.Paragraph type="secondary">{t('receipts.propose.hint')}</Typography.Paragraph>
        {alert && (
          <Alert
            type="error"
            showIcon
            title={alert}
            style={{ marginBottom: 16 }}
            data-testid="propose-error"
          />
        )}
        <DisputeResolutionFields detail={detail} noteLabel={t('receipts.propose.note')} />
      </Form>
    </Modal>
  );
}
