import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, useErrorText } from '@tradeway/web/ui';
import { type ShipmentView, type TrackingInputKind, useAddTracking } from '../data/fulfilment.queries';

interface TrackingValues {
  location?: string;
  note?: string;
}

const MAX_LOCATION = 200;
const MAX_NOTE = 500;

/**
 * One tracking event of a shipment, at the server's time: the seller's departure (the goods
 * and their stock leave the warehouse), a location update (a location or a note), the arrival
 * (the last one of a fully shipped order delivers it).
 */
export function ShipmentsTrackingModal({
  orderId,
  shipment,
  kind,
  onClose,
}: {
  orderId: string;
  shipment: ShipmentView;
  kind: TrackingInputKind;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<TrackingValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const track = useAddTracking(orderId);

  const handleFinish = async (values: TrackingValues) => {
    setAlert(null);
    try {
      await track.mutateAsync({
        shipmentId: shipment.id,
        kind,
        location: values.location?.trim() ?? '',
        note: values.note?.trim() ?? '',
      });
      void message.success(t(`fulfilment.tracking.done.${kind}`, { number: shipment.number }));
      onClose();
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, { fields: ['location', 'note'] });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  /** A location update says where, or at least something. */
  const locationOrNote = {
    validator: () => {
      if (kind !== 'location') return Promise.resolve();
      const { location, note } = form.getFieldsValue();
      return location?.trim() || note?.trim()
        ? Promise.resolve()
        : Promise.reject(new Error(t('fulfilment.tracking.locationOrNote')));
    },
  };

  return (
    <Modal
      open
      title={t(`fulfilment.tracking.title.${kind}`, { number: shipment.number })}
      okText={t(`fulfilment.tracking.ok.${kind}`)}
      cancelText={t('fulfilment.common.cancel')}
      confirmLoading={track.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={520}
    >
      <Typography.Paragraph type="secondary">{t(`fulfilment.tracking.text.${kind}`)}</Typography.Paragraph>
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          style={{ marginBottom: 16 }}
          data-testid="tracking-error"
        />
      )}
      <Form<TrackingValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void handleFinish(v)}
        onValuesChange={() => {
          if (alert) setAlert(null);
          if (kind === 'location') void form.validateFields(['location']).catch(() => undefined);
        }}
        data-testid={`tracking-form-${kind}`}
      >
        <Form.Item
          name="location"
          label={
            kind === 'location'
              ? t('fulfilment.tracking.location')
              : t('fulfilment.tracking.locationOptional')
          }
          rules={[
            locationOrNote,
            { max: MAX_LOCATION, message: t('fulfilment.common.tooLong', { max: MAX_LOCATION }) },
          ]}
        >
          <Input
            maxLength={MAX_LOCATION}
            placeholder={t(`fulfilment.tracking.locationPlaceholder.${kind}`)}
            data-testid="tracking-location-input"
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('fulfilment.tracking.note')}
          rules={[{ max: MAX_NOTE, message: t('fulfilment.common.tooLong', { max: MAX_NOTE }) }]}
        >
          <Input.TextArea rows={2} maxLength={MAX_NOTE} showCount data-testid="tracking-note-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
