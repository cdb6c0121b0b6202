import { CloseCircleOutlined, SendOutlined, TrophyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, hasPermission, useErrorText, useSession } from '@tradeway/web/ui';
import { useCancelAuction, useScheduleAuction } from '../data/auctions.queries';
import type { AuctionView } from '../data/types';

const MAX_REASON = 500;

/** What the owner may do to an auction now, by its status, its award and the user's permission. */
export function ownerActions(auction: AuctionView, canCreate: boolean) {
  const awardPending = auction.award?.status === 'pending_approval';
  const awardable = auction.ranking.some((r) => r.companyId !== null && r.price !== null);
  return {
    publish: canCreate && auction.status === 'draft',
    cancel:
      canCreate && ['draft', 'scheduled', 'running', 'closed'].includes(auction.status) && !awardPending,
    award: canCreate && auction.status === 'closed' && !awardPending && awardable,
  };
}

/**
 * The owner's buttons: publish a draft (its participants see it and bid from its start), cancel
 * (a reason once participants were invited) and, once closed, award — which opens the drawer on
 * the page. A refusal is handed to `onError` and shown above.
 */
export function OwnerActions({
  auction,
  onAward,
  onError,
}: {
  auction: AuctionView;
  onAward: () => void;
  onError: (text: string | null) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const me = useSession();
  const schedule = useScheduleAuction();
  const [cancelling, setCancelling] = useState(false);
  const can = ownerActions(auction, hasPermission(me, 'auction:create'));

  const handlePublish = () =>
    modal.confirm({
      title: t('auction.actions.publishTitle', { number: auction.number }),
      content: t('auction.actions.publishHint'),
      okText: t('auction.actions.publish'),
      cancelText: t('auction.common.cancel'),
      onOk: async () => {
        onError(null);
        try {
          const next = await schedule.mutateAsync({ auctionId: auction.id });
          void message.success(t('auction.actions.published', { number: next.number }));
        } catch (error) {
          onError(errorText(error));
        }
      },
    });

  return (
    <>
      {can.publish && (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={schedule.isPending}
          onClick={handlePublish}
          data-testid="auction-publish"
        >
          {t('auction.actions.publish')}
        </Button>
      )}
      {can.award && (
        <Button type="primary" icon={<TrophyOutlined />} onClick={onAward} data-testid="auction-award">
          {t('auction.actions.award')}
        </Button>
      )}
      {can.cancel && (
        <Button
          danger
          icon={<CloseCircleOutlined />}
          onClick={() => setCancelling(true)}
          data-testid="auction-cancel"
        >
          {t('auction.actions.cancel')}
        </Button>
      )}
      {cancelling && <CancelModal auction={auction} onClose={() => setCancelling(false)} />}
    </>
  );
}

/** Cancelling an auction: its consequence and, once participants were invited, the reason they are told. */
function CancelModal({ auction, onClose }: { auction: AuctionView; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason?: string }>();
  const [alert, setAlert] = useState<string | null>(null);
  const cancel = useCancelAuction();
  const reasonRequired = auction.status !== 'draft';

  const handleFinish = async ({ reason }: { reason?: string }) => {
    setAlert(null);
    try {
      const text = (reason ?? '').trim();
      await cancel.mutateAsync({ auctionId: auction.id, ...(text ? { reason: text } : {}) });
      void message.success(t('auction.actions.cancelled', { number: auction.number }));
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
      title={t('auction.actions.cancelTitle', { number: auction.number })}
      okText={t('auction.actions.cancelConfirm')}
      cancelText={t('auction.actions.keep')}
      okButtonProps={{ danger: true }}
      confirmLoading={cancel.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={520}
      data-testid="auction-cancel-modal"
    >
      <Form form={form} layout="vertical" onFinish={(v) => void handleFinish(v)}>
        {alert && (
          <Alert
            type="error"
            showIcon
            title={alert}
            style={{ marginBottom: 12 }}
            data-testid="auction-cancel-alert"
          />
        )}
        <Typography.Paragraph type="secondary">
          {reasonRequired ? t('auction.actions.cancelHintScheduled') : t('auction.actions.cancelHintDraft')}
        </Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('auction.actions.cancelReason')}
          rules={[
            ...(reasonRequired
              ? [{ required: true, whitespace: true, message: t('auction.actions.cancelReasonRequired') }]
              : []),
            { max: MAX_REASON, message: t('auction.problem.tooLong', { max: MAX_REASON }) },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={MAX_REASON}
            data-testid="auction-cancel-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
