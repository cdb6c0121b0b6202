import { CheckCircleOutlined, CloseCircleOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, type ButtonProps, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, hasPermission, useErrorText, useSession } from '@tradeway/web/ui';
import { useCancelCampaign, useConfirmCampaign, usePublishCampaign } from '../data/group-buys.queries';
import type { CampaignView } from '../data/types';
import { useCampaignNames } from './use-campaign-names';

const MAX_REASON = 500;

/**
 * What my company may do to a campaign now, by its status, my side and the user's permission
 * (the server's lifecycle, campaign-states.ts): the organiser publishes a draft and cancels it
 * until the deadline; the seller confirms one another organised, or declines it.
 */
export function campaignActions(campaign: CampaignView, canManage: boolean) {
  const status = campaign.progress.status;
  const organiser = campaign.side === 'organiser';
  const seller = campaign.side === 'seller';
  return {
    publish: canManage && organiser && status === 'draft',
    confirm: canManage && seller && status === 'pending_seller',
    cancel:
      canManage &&
      ((organiser && (status === 'draft' || status === 'pending_seller' || status === 'open')) ||
        (seller && status === 'pending_seller')),
  };
}

/**
 * The organiser's and the seller's buttons: publish a draft (a seller's own campaign opens, any
 * other waits for the seller), confirm and open one another organised, cancel (with a reason
 * the participants are told; every deposit is released). A refusal is handed to `onError`.
 */
export function OrganiserActions({
  campaign,
  onError,
}: {
  campaign: CampaignView;
  onError: (text: string | null) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const me = useSession();
  const publish = usePublishCampaign();
  const confirm = useConfirmCampaign();
  const [cancelling, setCancelling] = useState(false);
  const can = campaignActions(campaign, hasPermission(me, 'group_buy:manage'));
  const sellerOwn = campaign.organiserKind === 'seller';
  const names = useCampaignNames();

  const handlePublish = () =>
    modal.confirm({
      title: t('groupBuy.actions.publishTitle', { number: campaign.number }),
      content: sellerOwn
        ? t('groupBuy.actions.publishHintSeller')
        : t('groupBuy.actions.publishHintOther', { seller: names.seller(campaign) }),
      okText: t('groupBuy.actions.publish'),
      cancelText: t('groupBuy.common.cancel'),
      onOk: async () => {
        onError(null);
        try {
          const next = await publish.mutateAsync({ campaignId: campaign.id });
          void message.success(
            next.progress.status === 'open'
              ? t('groupBuy.actions.opened', { number: next.number })
              : t('groupBuy.actions.sentToSeller', { number: next.number }),
          );
        } catch (error) {
          onError(errorText(error));
        }
      },
    });

  const handleConfirm = () =>
    modal.confirm({
      title: t('groupBuy.actions.confirmTitle', { number: campaign.number }),
      content: t('groupBuy.actions.confirmHint'),
      okText: t('groupBuy.actions.confirm'),
      cancelText: t('groupBuy.common.cancel'),
      onOk: async () => {
        onError(null);
        try {
          const next = await confirm.mutateAsync({ campaignId: campaign.id });
          void message.success(t('groupBuy.actions.opened', { number: next.number }));
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
          loading={publish.isPending}
          onClick={handlePublish}
          data-testid="campaign-publish"
        >
          {t('groupBuy.actions.publish')}
        </Button>
      )}
      {can.confirm && (
        <Button
          type="primary"
          icon={<CheckCircleOutlined />}
          loading={confirm.isPending}
          onClick={handleConfirm}
          data-testid="campaign-confirm"
        >
          {t('groupBuy.actions.confirm')}
        </Button>
      )}
      {can.cancel && (
        <Button
          danger
          icon={<CloseCircleOutlined />}
          onClick={() => setCancelling(true)}
          data-testid="campaign-cancel"
        >
          {campaign.side === 'seller' ? t('groupBuy.actions.decline') : t('groupBuy.actions.cancel')}
        </Button>
      )}
      {cancelling && <CancelModal campaign={campaign} onClose={() => setCancelling(false)} />}
    </>
  );
}

/** Cancelling (or, the seller, declining) a campaign: its consequence and the reason the participants are told. */
function CancelModal({ campaign, onClose }: { campaign: CampaignView; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason?: string }>();
  const [alert, setAlert] = useState<string | null>(null);
  const cancel = useCancelCampaign();
  const open = campaign.progress.status === 'open';

  const handleFinish = async ({ reason }: { reason?: string }) => {
    setAlert(null);
    try {
      await cancel.mutateAsync({ campaignId: campaign.id, reason: (reason ?? '').trim() });
      void message.success(t('groupBuy.actions.cancelled', { number: campaign.number }));
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
      title={t('groupBuy.actions.cancelTitle', { number: campaign.number })}
      okText={
        campaign.side === 'seller' ? t('groupBuy.actions.decline') : t('groupBuy.actions.cancelConfirm')
      }
      cancelText={t('groupBuy.actions.keep')}
      okButtonProps={{ danger: true, 'data-testid': 'campaign-cancel-confirm' } as ButtonProps}
      confirmLoading={cancel.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={520}
      data-testid="campaign-cancel-modal"
    >
      <Form form={form} layout="vertical" onFinish={(v) => void handleFinish(v)}>
        {alert && (
          <Alert
            type="error"
            showIcon
            title={alert}
            style={{ marginBottom: 12 }}
            data-testid="campaign-cancel-alert"
          />
        )}
        <Typography.Paragraph type="secondary">
          {open ? t('groupBuy.actions.cancelHintOpen') : t('groupBuy.actions.cancelHintDraft')}
        </Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('groupBuy.actions.cancelReason')}
          rules={[
            { required: true, whitespace: true, message: t('groupBuy.actions.cancelReasonRequired') },
            { max: MAX_REASON, message: t('groupBuy.problem.tooLong', { max: MAX_REASON }) },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={MAX_REASON}
            data-testid="campaign-cancel-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
