import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '@tradeway/web/ui';
import { type ShipmentView, useCancelShipment } from '../data/fulfilment.queries';

const MAX_REASON = 500;

/** The seller drops a planned shipment: its quantities may be planned again, its valid authorisation is revoked. */
export function ShipmentsCancelModal({
  orderId,
  shipment,
  onClose,
}: {
  orderId: string;
  shipment: ShipmentView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason?: string }>();
  const [alert, setAlert] = useState<string | null>(null);
  const cancel = useCancelShipment(orderId);

  const handleFinish = async ({ reason }: { reason?: string }) => {
    setAlert(null);
    try {
      await cancel.mutateAsync({ shipmentId: shipment.id, reason: reason?.trim() ?? '' });
      void message.success(t('fulfilment.cancel.done', { number: shipment.number }));
      onClose();
    } catch (error) {
      setAlert(errorText(error));
    }
  };

  return (
    <Modal
      open
      title={t('fulfilment.cancel.title', { number: shipment.number })}
      okText={t('fulfilment.cancel.ok')}
      cancelText={t('fulfilment.cancel.keep')}
      okButtonProps={{ danger: true }}
      confirmLoading={cancel.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={520}
    >
      <Typography.Paragraph type="secondary">{t('fulfilment.cancel.text')}</Typography.Paragraph>
      {alert && (
        <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} data-testid="cancel-error" />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void handleFinish(v)}
        data-testid="shipment-cancel-form"
      >
        <Form.Item
          name="reason"
          label={t('fulfilment.cancel.reason')}
          rules={[{ max: MAX_REASON, message: t('fulfilment.common.tooLong', { max: MAX_REASON }) }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={MAX_REASON}
            showCount
            placeholder={t('fulfilment.cancel.reasonPlaceholder')}
            data-testid="shipment-cancel-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
