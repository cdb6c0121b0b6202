import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiProblem, newIdempotencyKey } from '@tradeway/web/data-access';
import { usePlaceOrder } from '../data/orders.queries';
import type { QuoteView } from '../data/types';
import { orderPath } from '../paths';
import { useFormErrors } from './use-form-errors';
import { useFormatters } from './use-formatters';

interface PlaceOrderValues {
  buyerReference: string;
  note: string;
}

const MAX_REFERENCE = 60;
const MAX_NOTE = 1000;
const toName = (path: string) => (path === 'buyerReference' || path === 'note' ? [path] : null);

/**
 * "Place order" on a stored quote: my reference (the PO number of my ERP) and a note to the
 * seller, then the new order's page. One `Idempotency-Key` per opening of the form, so a
 * retried submission never makes a second order. Mounted while open: each opening is a new form.
 */
export function PlaceOrderModal({
  quote,
  onClose,
  onRefused,
}: {
  quote: QuoteView & { id: string };
  onClose: () => void;
  /** The quote itself was refused (expired, already ordered): its page asks for it again. */
  onRefused: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const f = useFormatters();
  const [form] = Form.useForm<PlaceOrderValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const place = usePlaceOrder(idempotencyKey);
  const errors = useFormErrors(form, toName);

  const handleFinish = async (v: PlaceOrderValues) => {
    errors.clear();
    try {
      const order = await place.mutateAsync({
        quoteId: quote.id,
        buyerReference: v.buyerReference.trim(),
        note: v.note.trim(),
      });
      void message.success(
        t(order.status === 'pending_approval' ? 'orders.place.pendingApproval' : 'orders.place.placed', {
          number: order.number,
        }),
      );
      onClose();
      void navigate(orderPath(order.id));
    } catch (error) {
      errors.report(error);
      const p = apiProblem(error);
      if (p.status === 404 || p.status === 409 || p.fields.some((f) => f.path === 'quoteId')) onRefused();
    }
  };

  return (
    <Modal
      open
      title={t('orders.place.title', { number: quote.number ?? '' })}
      okText={t('orders.place.ok')}
      cancelText={t('catalog.common.cancel')}
      confirmLoading={place.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph>
        {t('orders.place.text', { total: f.money(quote.totalMinor, quote.currency) })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('orders.place.approvalHint')}</Typography.Paragraph>
      {errors.alert && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="place-order-error"
          title={errors.alert.title}
          description={errors.alert.details.length > 0 ? errors.alert.details.join(' ') : undefined}
        />
      )}
      <Form<PlaceOrderValues>
        form={form}
        layout="vertical"
        data-testid="place-order-form"
        initialValues={{ buyerReference: '', note: '' }}
        onFinish={(v) => void handleFinish(v)}
      >
        <Form.Item
          name="buyerReference"
          label={t('orders.place.buyerReference')}
          rules={[{ max: MAX_REFERENCE, message: t('orders.place.tooLong', { max: MAX_REFERENCE }) }]}
        >
          <Input
            placeholder={t('orders.place.buyerReferencePlaceholder')}
            maxLength={MAX_REFERENCE + 20}
            data-testid="place-order-reference"
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('orders.place.note')}
          rules={[{ max: MAX_NOTE, message: t('orders.place.tooLong', { max: MAX_NOTE }) }]}
        >
          <Input.TextArea
            rows={3}
            showCount
            maxLength={MAX_NOTE}
            placeholder={t('orders.place.notePlaceholder')}
            data-testid="place-order-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
