import {
  CloseCircleOutlined,
  EditOutlined,
  MessageOutlined,
  SendOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, hasPermission, useErrorText, useSession } from '@tradeway/web/ui';
import { useCancelRfq, useSubmitRfq } from '../data/rfqs.queries';
import type { RfqView } from '../data/types';
import { editRfqPath } from '../paths';

const MAX_REASON = 500;

/** What the buyer may do to an RFQ now, by its state and the user's permissions. */
export function rfqActions(rfq: RfqView, permissions: { create: boolean; award: boolean }) {
  const awardPending = rfq.award?.status === 'pending_approval';
  const decidable = rfq.status === 'closed' && !awardPending;
  return {
    edit: permissions.create && rfq.status === 'draft',
    submit: permissions.create && rfq.status === 'draft',
    cancel:
      permissions.create &&
      ['draft', 'pending_approval', 'open', 'closed'].includes(rfq.status) &&
      !awardPending,
    counterOffer: permissions.create && decidable,
    award: permissions.award && decidable,
  };
}

/**
 * The buttons of the buyer's RFQ page: edit and publish a draft (through the approval policy,
 * or open at once), cancel (a reason required once sellers were asked), and after the deadline
 * counter-offer and award — those two open their dialogs on the page. A refusal is shown above.
 */
export function RfqActions({
  rfq,
  onCounterOffer,
  onAward,
  onError,
}: {
  rfq: RfqView;
  onCounterOffer: () => void;
  /** Absent until the comparison the award form needs has loaded. */
  onAward: (() => void) | undefined;
  onError: (text: string | null) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const me = useSession();
  const submit = useSubmitRfq();
  const [cancelling, setCancelling] = useState(false);
  const can = rfqActions(rfq, {
    create: hasPermission(me, 'rfq:create'),
    award: hasPermission(me, 'rfq:award'),
  });

  const handleSubmit = () =>
    modal.confirm({
      title: t('rfq.actions.submitTitle', { number: rfq.number }),
      content: t('rfq.actions.submitHint'),
      okText: t('rfq.actions.submit'),
      cancelText: t('rfq.common.cancel'),
      onOk: async () => {
        onError(null);
        try {
          const next = await submit.mutateAsync({ rfqId: rfq.id });
          void message.success(
            t(
              next.status === 'pending_approval'
                ? 'rfq.actions.submittedForApproval'
                : 'rfq.actions.published',
              {
                number: next.number,
              },
            ),
          );
        } catch (error) {
          onError(errorText(error));
        }
      },
    });

  return (
    <>
      {can.edit && (
        <Button
          icon={<EditOutlined />}
          onClick={() => void navigate(editRfqPath(rfq.id))}
          data-testid="rfq-edit"
        >
          {t('rfq.actions.edit')}
        </Button>
      )}
      {can.submit && (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={submit.isPending}
          onClick={handleSubmit}
          data-testid="rfq-submit"
        >
          {t('rfq.actions.submit')}
        </Button>
      )}
      {can.counterOffer && (
        <Button icon={<MessageOutlined />} onClick={onCounterOffer} data-testid="rfq-counter-offer">
          {t('rfq.actions.counterOffer')}
        </Button>
      )}
      {can.award && (
        <Button
          type="primary"
          icon={<TrophyOutlined />}
          disabled={!onAward}
          onClick={onAward}
          data-testid="rfq-award"
        >
          {t('rfq.actions.award')}
        </Button>
      )}
      {can.cancel && (
        <Button
          danger
          icon={<CloseCircleOutlined />}
          onClick={() => setCancelling(true)}
          data-testid="rfq-cancel"
        >
          {t('rfq.actions.cancel')}
        </Button>
      )}
      {cancelling && <CancelModal rfq={rfq} onClose={() => setCancelling(false)} />}
    </>
  );
}

/** Cancelling an RFQ: its consequence and, once sellers were asked, the reason they will be told. */
function CancelModal({ rfq, onClose }: { rfq: RfqView; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason?: string }>();
  const [alert, setAlert] = useState<string | null>(null);
  const cancel = useCancelRfq();
  const reasonRequired = rfq.status !== 'draft';

  const handleFinish = async ({ reason }: { reason?: string }) => {
    setAlert(null);
    try {
      const text = (reason ?? '').trim();
      await cancel.mutateAsync({ rfqId: rfq.id, ...(text ? { reason: text } : {}) });
      void message.success(t('rfq.actions.cancelled', { number: rfq.number }));
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
      title={t('rfq.actions.cancelTitle', { number: rfq.number })}
      okText={t('rfq.actions.cancelConfirm')}
      cancelText={t('rfq.actions.keep')}
      okButtonProps={{ danger: true }}
      confirmLoading={cancel.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={520}
      data-testid="cancel-modal"
    >
      <Form form={form} layout="vertical" onFinish={(v) => void handleFinish(v)}>
        {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} />}
        <Typography.Paragraph type="secondary">
          {reasonRequired ? t('rfq.actions.cancelHintAsked') : t('rfq.actions.cancelHintDraft')}
        </Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('rfq.actions.cancelReason')}
          rules={[
            ...(reasonRequired
              ? [{ required: true, whitespace: true, message: t('rfq.actions.cancelReasonRequired') }]
              : []),
            { max: MAX_REASON, message: t('rfq.problem.tooLong', { max: MAX_REASON }) },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={MAX_REASON}
            data-testid="cancel-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
