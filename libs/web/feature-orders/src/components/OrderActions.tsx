import { CheckOutlined, CloseCircleOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblem } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { chinaToday, formatDay, useErrorText } from '@tradeway/web/ui';
import { useCancelOrder, useConfirmOrder, useRejectOrder } from '../data/orders.queries';
import type { OrderAction, OrderView } from '../data/types';
import { MAX_REASON, orderActions, reasonRequired } from '../utils/actions';

/** The refusals that mean "what you see is no longer the order": reload it rather than retry. */
const STALE = new Set(['ORDER_VERSION_CONFLICT', 'ORDER_TRANSITION_NOT_ALLOWED']);

const ICONS: Record<OrderAction, ReactNode> = {
  confirm: <CheckOutlined />,
  reject: <StopOutlined />,
  cancel: <CloseCircleOutlined />,
};

/**
 * The buttons of what my side may do to the order now (`allowedCommands`): the seller
 * confirms with a date, rejects or cancels; the buyer cancels. Each opens its confirmation.
 */
export function OrderActions({ order, onReload }: { order: OrderView; onReload: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OrderAction | null>(null);
  const actions = orderActions(order.side, order.allowedCommands);
  if (actions.length === 0) return null;
  return (
    <>
      {actions.map((a) => (
        <Button
          key={a}
          type={a === 'confirm' ? 'primary' : 'default'}
          danger={a !== 'confirm'}
          icon={ICONS[a]}
          onClick={() => setOpen(a)}
          data-testid={`order-action-${a}`}
        >
          {t(`orders.actions.${a}`)}
        </Button>
      ))}
      {open && (
        <CommandModal
          key={open}
          action={open}
          order={order}
          onClose={() => setOpen(null)}
          onReload={onReload}
        />
      )}
    </>
  );
}

interface CommandValues {
  scheduledDate?: Dayjs | null;
  reason?: string;
}

interface CommandAlert {
  text: string;
  /** The order changed meanwhile: offer to reload it. */
  stale: boolean;
}

/** One command's confirmation: its consequence, its field (the date, the reason) and the API's refusal. */
function CommandModal({
  action,
  order,
  onClose,
  onReload,
}: {
  action: OrderAction;
  order: OrderView;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<CommandValues>();
  const [today] = useState(() => chinaToday(new Date()));
  const [alert, setAlert] = useState<CommandAlert | null>(null);
  const confirm = useConfirmOrder();
  const reject = useRejectOrder();
  const cancel = useCancelOrder();
  const pending = confirm.isPending || reject.isPending || cancel.isPending;
  const field = action === 'confirm' ? 'scheduledDate' : 'reason';
  const required = reasonRequired(action, order.side);

  /** The API's refusal: on the form's field where it names it, else above the form. */
  const report = (error: unknown) => {
    const p = apiProblem(error);
    const stale = p.status === 409 && STALE.has(p.code ?? '');
    const mine = stale ? [] : p.fields.filter((f) => f.path === field);
    if (mine.length > 0) {
      const text = (f: (typeof mine)[number] & { messageZh?: unknown }) =>
        language === 'zh-CN'
          ? typeof f.messageZh === 'string' && f.messageZh
            ? f.messageZh
            : (p.messageZh ?? f.message)
          : f.message;
      form.setFields([{ name: field, errors: [...new Set(mine.map(text))] }]);
    }
    const rest = p.fields.filter((f) => f.path !== field);
    setAlert(
      stale
        ? { text: t('orders.actions.conflict'), stale: true }
        : mine.length === 0 || rest.length > 0
          ? { text: errorText(error), stale: false }
          : null,
    );
  };

  const handleFinish = async (values: CommandValues) => {
    setAlert(null);
    const base = { orderId: order.id, version: order.version };
    const reason = values.reason?.trim() ?? '';
    try {
      if (action === 'confirm') {
        await confirm.mutateAsync({
          ...base,
          scheduledDate: (values.scheduledDate as Dayjs).format('YYYY-MM-DD'),
        });
      } else if (action === 'reject') {
        await reject.mutateAsync({ ...base, reason });
      } else {
        await cancel.mutateAsync({ ...base, ...(reason ? { reason } : {}) });
      }
      void message.success(t(`orders.actions.done.${action}`, { number: order.number }));
      onClose();
    } catch (error) {
      report(error);
    }
  };

  const title =
    action === 'confirm'
      ? t('orders.actions.confirmTitle', { number: order.number })
      : action === 'reject'
        ? t('orders.actions.rejectTitle', { number: order.number })
        : t('orders.actions.cancelTitle', { number: order.number });
  const text =
    action === 'confirm'
      ? t('orders.actions.confirmText')
      : action === 'reject'
        ? t('orders.actions.rejectText')
        : t(`orders.actions.cancelText.${order.side}`);
  const okText =
    action === 'confirm'
      ? t('orders.actions.confirmOk')
      : action === 'reject'
        ? t('orders.actions.rejectOk')
        : t('orders.actions.cancelOk');

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={action === 'confirm' ? t('orders.common.cancel') : t('orders.actions.keep')}
      okButtonProps={{ danger: action !== 'confirm', disabled: !!alert?.stale }}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={520}
    >
      <Typography.Paragraph type="secondary">{text}</Typography.Paragraph>
      {alert && (
        <Alert
          type={alert.stale ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="command-error"
          title={alert.text}
          action={
            alert.stale ? (
              <Button
                size="small"
                icon={<ReloadOutlined />}
                onClick={() => {
                  onReload();
                  onClose();
                }}
                data-testid="command-reload"
              >
                {t('orders.common.reload')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Form<CommandValues>
        form={form}
        layout="vertical"
        data-testid={`command-form-${action}`}
        onFinish={(v) => void handleFinish(v)}
        onValuesChange={() => alert && !alert.stale && setAlert(null)}
      >
        {action === 'confirm' ? (
          <Form.Item
            name="scheduledDate"
            label={t('orders.actions.scheduledDate')}
            rules={[
              {
                validator: (_, value: Dayjs | null | undefined) => {
                  if (!value) return Promise.reject(new Error(t('orders.actions.scheduledDateRequired')));
                  if (value.format('YYYY-MM-DD') < today) {
                    return Promise.reject(
                      new Error(
                        t('orders.actions.scheduledDateInPast', { today: formatDay(today, language) }),
                      ),
                    );
                  }
                  return Promise.resolve();
                },
              },
            ]}
          >
            <DatePicker
              style={{ width: '100%' }}
              format="YYYY-MM-DD"
              disabledDate={(d) => d.format('YYYY-MM-DD') < today}
              data-testid="scheduled-date"
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="reason"
            label={required ? t('orders.actions.reason') : t('orders.actions.reasonOptional')}
            rules={[
              ...(required
                ? [{ required: true, whitespace: true, message: t('orders.actions.reasonRequired') }]
                : []),
              { max: MAX_REASON, message: t('orders.actions.reasonTooLong', { max: MAX_REASON }) },
            ]}
          >
            <Input.TextArea
              rows={3}
              showCount
              maxLength={MAX_REASON}
              placeholder={t('orders.actions.reasonPlaceholder')}
              data-testid="command-reason"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
