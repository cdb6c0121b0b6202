import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '@tradeway/web/ui';
import { type PickupView, useRevokePickup } from '../data/fulfilment.queries';
import { useNameIn } from './use-party-name';

const MAX_REASON = 500;

/** The buyer takes back an unused authorisation: its code stops working, the carrier is told. */
export function PickupAuthorisationRevokeModal({
  orderId,
  pickup,
  onClose,
}: {
  orderId: string;
  pickup: PickupView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const nameIn = useNameIn();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason?: string }>();
  const [alert, setAlert] = useState<string | null>(null);
  const revoke = useRevokePickup(orderId);

  const handleFinish = async ({ reason }: { reason?: string }) => {
    setAlert(null);
    try {
      await revoke.mutateAsync({ authorisationId: pickup.id, reason: reason?.trim() ?? '' });
      void message.success(t('fulfilment.revoke.done'));
      onClose();
    } catch (error) {
      setAlert(errorText(error));
    }
  };

  return (
    <Modal
      open
      title={t('fulfilment.revoke.title', {
        company: nameIn(pickup.logisticsCompanyName, pickup.logisticsCompanyNameEn),
      })}
      okText={t('fulfilment.revoke.ok')}
      cancelText={t('fulfilment.revoke.keep')}
      okButtonProps={{ danger: true }}
      confirmLoading={revoke.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={520}
    >
      <Typography.Paragraph type="secondary">
        {t('fulfilment.revoke.text', { driver: pickup.driverName, plate: pickup.vehiclePlate })}
      </Typography.Paragraph>
      {alert && (
        <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} data-testid="revoke-error" />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void handleFinish(v)}
        data-testid="pickup-revoke-form"
      >
        <Form.Item
          name="reason"
          label={t('fulfilment.revoke.reason')}
          rules={[{ max: MAX_REASON, message: t('fulfilment.common.tooLong', { max: MAX_REASON }) }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={MAX_REASON}
            showCount
            placeholder={t('fulfilment.revoke.reasonPlaceholder')}
            data-testid="pickup-revoke-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
