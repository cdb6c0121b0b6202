import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment } from '@tradeway/web/ui';
import type { RfqView } from '../data/types';
import { approvalPath, orderPath } from '../paths';

/**
 * Where the buyer's RFQ stands when it waits on someone or ended: publication or award waiting
 * for approval (with the request), the award made (with its purchase orders) or rejected, the
 * cancellation and its reason, the quotes sealed until the deadline.
 */
export function RfqStateAlert({ rfq, sealed }: { rfq: RfqView; sealed: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const alerts = [];

  if (sealed) {
    alerts.push(
      <Alert
        key="sealed"
        type="warning"
        showIcon
        title={t('rfq.sealed.title', { deadline: formatMoment(rfq.deadline, language) })}
        description={t('rfq.sealed.hint')}
        data-testid="quotes-sealed"
      />,
    );
  }
  if (rfq.status === 'pending_approval') {
    alerts.push(
      <Alert
        key="publication"
        type="info"
        showIcon
        title={t('rfq.state.publicationPending')}
        action={
          rfq.approvalRequestId && (
            <Link to={approvalPath(rfq.approvalRequestId)} data-testid="publication-approval-link">
              {t('rfq.state.openApproval')}
            </Link>
          )
        }
        data-testid="publication-pending"
      />,
    );
  }
  if (rfq.status === 'cancelled') {
    alerts.push(
      <Alert
        key="cancelled"
        type="error"
        showIcon
        title={t('rfq.state.cancelled')}
        description={rfq.cancelReason ? t('rfq.state.cancelReason', { reason: rfq.cancelReason }) : undefined}
        data-testid="rfq-cancelled"
      />,
    );
  }
  if (rfq.status === 'expired') {
    alerts.push(<Alert key="expired" type="warning" showIcon title={t('rfq.state.expired')} />);
  }
  const award = rfq.award;
  if (award?.status === 'pending_approval') {
    alerts.push(
      <Alert
        key="award"
        type="info"
        showIcon
        title={t('rfq.award.pending')}
        description={t('rfq.award.pendingHint')}
        action={
          award.approvalRequestId && (
            <Link to={approvalPath(award.approvalRequestId)} data-testid="award-approval-link">
              {t('rfq.state.openApproval')}
            </Link>
          )
        }
        data-testid="award-pending"
      />,
    );
  } else if (award?.status === 'approved') {
    alerts.push(
      <Alert
        key="award"
        type="success"
        showIcon
        title={rfq.side === 'buyer' ? t('rfq.award.approved') : t('rfq.award.approvedSeller')}
        description={
          award.orderIds.length > 0 && (
            <Flex gap={12} wrap>
              {award.orderIds.map((id, i) => (
                <Link key={id} to={orderPath(id)} data-testid="award-order-link">
                  {t('rfq.award.orderLink', { n: i + 1 })}
                </Link>
              ))}
            </Flex>
          )
        }
        data-testid="award-approved"
      />,
    );
  } else if (award?.status === 'rejected' && rfq.side === 'buyer') {
    alerts.push(
      <Alert
        key="award"
        type="warning"
        showIcon
        title={t('rfq.award.rejected')}
        data-testid="award-rejected"
      />,
    );
  }
  if (alerts.length === 0) return null;
  return (
    <Flex vertical gap={12}>
      {alerts}
    </Flex>
  );
}
