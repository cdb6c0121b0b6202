import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, useErrorText } from '@tradeway/web/ui';
import { useSetParticipant } from '../data/auctions.queries';
import type { AuctionRankRow, AuctionView } from '../data/types';
import { useBidderName } from './use-bidder-name';

const MAX_REASON = 500;

/** Suspending a participant (its bids are then refused and recorded) or reinstating it, with a reason. */
export function SuspendModal({
  auction,
  row,
  status,
  onClose,
  onDone,
}: {
  auction: AuctionView;
  row: AuctionRankRow;
  status: 'suspended' | 'invited';
  onClose: () => void;
  onDone: (companyId: string, status: 'suspended' | 'invited') => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason?: string }>();
  const [alert, setAlert] = useState<string | null>(null);
  const setParticipant = useSetParticipant();
  const suspend = status === 'suspended';
  const bidderName = useBidderName();
  const names = { alias: row.alias, company: bidderName(row) ?? '' };

  const handleFinish = async ({ reason }: { reason?: string }) => {
    if (!row.companyId) return;
    setAlert(null);
    try {
      await setParticipant.mutateAsync({
        auctionId: auction.id,
        companyId: row.companyId,
        status,
        reason: (reason ?? '').trim(),
      });
      onDone(row.companyId, status);
      void message.success(t(suspend ? 'auction.suspend.suspended' : 'auction.suspend.reinstated', names));
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
      title={t(suspend ? 'auction.suspend.titleSuspend' : 'auction.suspend.titleReinstate', names)}
      okText={t(suspend ? 'auction.suspend.confirmSuspend' : 'auction.suspend.confirmReinstate')}
      cancelText={t('auction.common.cancel')}
      okButtonProps={{ danger: suspend }}
      confirmLoading={setParticipant.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={520}
      data-testid="auction-suspend-modal"
    >
      <Form form={form} layout="vertical" onFinish={(v) => void handleFinish(v)}>
        {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} />}
        <Typography.Paragraph type="secondary">
          {t(suspend ? 'auction.suspend.hintSuspend' : 'auction.suspend.hintReinstate')}
        </Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('auction.suspend.reason')}
          rules={[
            { required: true, whitespace: true, message: t('auction.suspend.reasonRequired') },
            { max: MAX_REASON, message: t('auction.problem.tooLong', { max: MAX_REASON }) },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={MAX_REASON}
            data-testid="auction-suspend-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
