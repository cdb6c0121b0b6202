import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '@tradeway/web/ui';
import { type DisputeDetailView, useAgreeToProposal, useDeclineProposal } from '../data/receipts.queries';
import { usePartyLabel, useResolutionText } from './DisputeParts';

const MAX_NOTE = 1000;

/**
 * The other party answers the proposal on the table: agreeing resolves the dispute with it
 * (the order is accepted once every dispute of it is resolved); declining opens it again.
 */
export function DisputeRespondModal({
  detail,
  answer,
  onClose,
}: {
  detail: DisputeDetailView;
  answer: 'agree' | 'decline';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const text = useResolutionText(detail.lines, detail.currency);
  const party = usePartyLabel(detail.viewer);
  const [note, setNote] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  const agree = useAgreeToProposal();
  const decline = useDeclineProposal();
  const mutation = answer === 'agree' ? agree : decline;
  const proposal = detail.proposal;

  const handleOk = async () => {
    setAlert(null);
    try {
      await mutation.mutateAsync({ disputeId: detail.id, note: note.trim(), version: detail.version });
      void message.success(t(`receipts.respond.done.${answer}`));
      onClose();
    } catch (error) {
      setAlert(errorText(error));
    }
  };

  return (
    <Modal
      open
      title={t(`receipts.respond.title.${answer}`)}
      okText={t(`receipts.respond.submit.${answer}`)}
      okButtonProps={{ danger: answer === 'decline', 'data-testid': 'respond-submit' }}
      cancelText={t('receipts.common.cancel')}
      onOk={() => void handleOk()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      {proposal && (
        <Typography.Paragraph>
          {t('receipts.respond.proposal', { party: party(proposal.by) })}{' '}
          <Typography.Text strong>{text(proposal.resolution)}</Typography.Text>
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t(`receipts.respond.hint.${answer}`)}</Typography.Paragraph>
      {alert && (
        <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} data-testid="respond-error" />
      )}
      <Form layout="vertical">
        <Form.Item label={t('receipts.respond.note')} style={{ marginBottom: 0 }}>
          <Input.TextArea
            rows={3}
            maxLength={MAX_NOTE}
            showCount
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="respond-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
