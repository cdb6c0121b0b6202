import { RedoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, hasPermission, useErrorText, useSession } from '@tradeway/web/ui';
import { useReorder } from '../data/orders.queries';
import type { OrderView } from '../data/types';
import { ORDERS_PATH, orderPath } from '../paths';

const MAX_REFERENCE = 60;

/**
 * "Order again" on one of my company's purchases (`POST /api/orders/{id}/reorder`): the same
 * quantities, payment term and delivery at today's prices — a fresh quote per line, one new
 * order per line, each through my approval policy. One `Idempotency-Key` per opening, so a
 * retried submission orders once. A line that can no longer be quoted is named with its reason.
 */
export function ReorderButton({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const me = useSession();
  const [open, setOpen] = useState(false);
  if (order.side !== 'buyer' || !hasPermission(me, 'order:create')) return null;
  return (
    <>
      <Button icon={<RedoOutlined />} onClick={() => setOpen(true)} data-testid="order-reorder">
        {t('orders.reorder.button')}
      </Button>
      {open && <ReorderModal order={order} onClose={() => setOpen(false)} />}
    </>
  );
}

function ReorderModal({ order, onClose }: { order: OrderView; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ buyerReference: string }>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const reorder = useReorder(idempotencyKey);
  const [refusal, setRefusal] = useState<{ title: string; lines: string[] } | null>(null);

  const submit = async ({ buyerReference }: { buyerReference: string }) => {
    setRefusal(null);
    try {
      const result = await reorder.mutateAsync({ orderId: order.id, buyerReference: buyerReference.trim() });
      const numbers = result.orders.map((o) => o.number).join(t('orders.reorder.separator'));
      const waiting = result.orders.some((o) => o.status === 'pending_approval');
      void message.success(
        t(waiting ? 'orders.reorder.pendingApproval' : 'orders.reorder.placed', {
          numbers,
        }),
      );
      onClose();
      const [only] = result.orders;
      void navigate(result.orders.length === 1 && only ? orderPath(only.id) : ORDERS_PATH);
    } catch (error) {
      // each refused line in the page's language (`messageZh` on Chinese pages), as forms do
      const lines = formProblems(error, language, { fields: ['lines'] }).placed.flatMap((f) =>
        f.errors.map((reason) => t('orders.reorder.lineRefused', { line: Number(f.name[1]) + 1, reason })),
      );
      setRefusal({ title: errorText(error), lines });
    }
  };

  return (
    <Modal
      open
      title={t('orders.reorder.title', { number: order.number })}
      okText={t('orders.reorder.ok')}
      cancelText={t('orders.reorder.cancel')}
      confirmLoading={reorder.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph>{t('orders.reorder.text', { count: order.lines.length })}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('orders.reorder.approvalHint')}</Typography.Paragraph>
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="reorder-error"
          title={refusal.title}
          description={
            refusal.lines.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {refusal.lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ buyerReference: '' }}
        onFinish={(v) => void submit(v)}
        data-testid="reorder-form"
      >
        <Form.Item
          name="buyerReference"
          label={t('orders.place.buyerReference')}
          rules={[{ max: MAX_REFERENCE, message: t('orders.place.tooLong', { max: MAX_REFERENCE }) }]}
        >
          <Input placeholder={t('orders.place.buyerReferencePlaceholder')} data-testid="reorder-reference" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
