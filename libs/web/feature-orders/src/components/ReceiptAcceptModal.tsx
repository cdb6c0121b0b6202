import { Alert, App, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '@tradeway/web/ui';
import { type OrderReceiptsView, useAcceptOrder } from '../data/receipts.queries';

/**
 * The buyer accepts a delivered order as received. It is final: said plainly, with a warning
 * when a shipment has no receipt yet or a receipt lies outside the tolerance.
 */
export function ReceiptAcceptModal({
  overview,
  onClose,
}: {
  overview: OrderReceiptsView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [alert, setAlert] = useState<string | null>(null);
  const accept = useAcceptOrder();
  const unrecorded = overview.shipments.filter((s) => s.status === 'arrived' && !s.receiptId).length;
  const outside = overview.receipts.filter((r) => r.outcome === 'disputed').length;

  const handleOk = async () => {
    setAlert(null);
    try {
      await accept.mutateAsync({ orderId: overview.orderId, version: overview.version });
      void message.success(t('receipts.accept.done', { number: overview.orderNumber }));
      onClose();
    } catch (error) {
      setAlert(errorText(error));
    }
  };

  return (
    <Modal
      open
      title={t('receipts.accept.title', { number: overview.orderNumber })}
      okText={t('receipts.accept.submit')}
      okButtonProps={{ 'data-testid': 'accept-submit' }}
      cancelText={t('receipts.common.cancel')}
      onOk={() => void handleOk()}
      onCancel={onClose}
      confirmLoading={accept.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('receipts.accept.body')}</Typography.Paragraph>
      {(unrecorded > 0 || outside > 0) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="accept-warning"
          title={
            outside > 0
              ? t('receipts.accept.outside', { count: outside })
              : t('receipts.accept.unrecorded', { count: unrecorded })
          }
        />
      )}
      {alert && <Alert type="error" showIcon title={alert} data-testid="accept-error" />}
    </Modal>
  );
}
