import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, useErrorText } from '@tradeway/web/ui';
import { type OrderReceiptsView, useOpenDispute } from '../data/receipts.queries';

const MAX_REASON = 1000;

/**
 * The buyer disputes a delivered order by hand (a reason is required, checked here and by the
 * API): the order becomes disputed and the dispute panel opens below, where evidence is added
 * and a resolution proposed.
 */
export function DisputeOpenModal({
  overview,
  onClose,
}: {
  overview: OrderReceiptsView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason?: string }>();
  const [alert, setAlert] = useState<string | null>(null);
  const open = useOpenDispute();

  const handleFinish = async (values: { reason?: string }) => {
    setAlert(null);
    try {
      await open.mutateAsync({
        orderId: overview.orderId,
        reason: values.reason?.trim() ?? '',
        version: overview.version,
      });
      void message.success(t('receipts.openDispute.done'));
      onClose();
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, { fields: ['reason'] });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  return (
    <Modal
      open
      width={600}
      title={t('receipts.openDispute.title', { number: overview.orderNumber })}
      okText={t('receipts.openDispute.submit')}
      okButtonProps={{ danger: true, 'data-testid': 'open-dispute-submit' }}
      cancelText={t('receipts.common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={open.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('receipts.openDispute.hint')}</Typography.Paragraph>
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          style={{ marginBottom: 16 }}
          data-testid="open-dispute-error"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void handleFinish(v)}
        data-testid="open-dispute-form"
      >
        <Form.Item
          name="reason"
          label={t('receipts.openDispute.reason')}
          rules={[
            { required: true, whitespace: true, message: t('receipts.openDispute.reasonRequired') },
            { max: MAX_REASON, message: t('receipts.common.tooLong', { max: MAX_REASON }) },
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={MAX_REASON}
            showCount
            placeholder={t('receipts.openDispute.reasonPlaceholder')}
            data-testid="open-dispute-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
