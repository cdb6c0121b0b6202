import { CheckOutlined, CloseOutlined, ExclamationCircleTwoTone, SolutionOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Skeleton, Typography } from 'antd';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, useErrorText } from '@tradeway/web/ui';
import {
  type DisputeDetailView,
  type DisputeSummaryView,
  useDispute,
  useReceipts,
} from '../data/receipts.queries';
import type { OrderView } from '../data/types';
import { DisputeEvidence } from './DisputeEvidence';
import { DisputeHistory } from './DisputeHistory';
import {
  disputeReceipts,
  DisputeStatusTag,
  OutcomeAlert,
  ProposalAlert,
  usePartyLabel,
} from './DisputeParts';
import { DisputeProposeModal } from './DisputeProposeModal';
import { DisputeRespondModal } from './DisputeRespondModal';
import { ReceiptLinesTable } from './ReceiptParts';

type Dialog = 'propose' | 'agree' | 'decline';

/** What the dispute waits for, as the viewer reads it. */
function useWaitingText(detail: DisputeDetailView) {
  const { t } = useTranslation();
  const party = usePartyLabel(detail.viewer);
  if (detail.status === 'resolved') return null;
  if (detail.status === 'open') return t('receipts.dispute.waiting.open');
  const by = detail.proposal?.by;
  return by === detail.viewer
    ? t('receipts.dispute.waiting.mine')
    : t('receipts.dispute.waiting.other', { party: party(by ?? 'buyer') });
}

/** A dispute as one of the order's parties sees it, with what the viewer may do (`allowedActions`). */
export function DisputeView({ detail }: { detail: DisputeDetailView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const waiting = useWaitingText(detail);
  const can = (a: DisputeDetailView['allowedActions'][number]) => detail.allowedActions.includes(a);
  const counter = !!detail.proposal && detail.proposal.by !== detail.viewer;
  const receipts = disputeReceipts(detail);

  const answers =
    can('agree') || can('decline') ? (
      <Flex gap={8} wrap>
        {can('agree') && (
          <Button
            type="primary"
            icon={<CheckOutlined />}
            onClick={() => setDialog('agree')}
            data-testid="dispute-agree"
          >
            {t('receipts.dispute.agree')}
          </Button>
        )}
        {can('decline') && (
          <Button
            danger
            icon={<CloseOutlined />}
            onClick={() => setDialog('decline')}
            data-testid="dispute-decline"
          >
            {t('receipts.dispute.decline')}
          </Button>
        )}
      </Flex>
    ) : undefined;

  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'opened',
            label: t('receipts.dispute.openedAt'),
            children: <span>{formatMoment(detail.openedAt, language)}</span>,
          },
          {
            key: 'about',
            label: t('receipts.dispute.about'),
            children: detail.shipmentNumber ? (
              <Typography.Text code>{detail.shipmentNumber}</Typography.Text>
            ) : (
              t('receipts.dispute.wholeOrder')
            ),
          },
          {
            key: 'waiting',
            label: t('receipts.dispute.state'),
            children: (
              <span data-testid="dispute-waiting">{waiting ?? t('receipts.dispute.status.resolved')}</span>
            ),
          },
          {
            key: 'reason',
            label: t('receipts.dispute.reason'),
            span: 'filled',
            children: (
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="dispute-reason">
                {detail.reason}
              </Typography.Text>
            ),
          },
        ]}
      />
      <OutcomeAlert detail={detail} />
      <ProposalAlert detail={detail} actions={answers} />
      {can('propose') && (
        <Flex justify="space-between" align="center" gap={12} wrap data-testid="dispute-propose-bar">
          <Typography.Text type="secondary">
            {t(counter ? 'receipts.dispute.counterHint' : 'receipts.dispute.proposeHint')}
          </Typography.Text>
          <Button
            icon={<SolutionOutlined />}
            onClick={() => setDialog('propose')}
            data-testid="dispute-propose"
          >
            {t(counter ? 'receipts.dispute.counterPropose' : 'receipts.dispute.propose')}
          </Button>
        </Flex>
      )}
      {receipts.length > 0 && (
        <div>
          <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 8 }}>
            {t('receipts.dispute.variances')}
          </Typography.Title>
          <Flex vertical gap={12}>
            {receipts.map((r) => (
              <Fragment key={r.id}>
                {receipts.length > 1 && <Typography.Text code>{r.shipmentNumber}</Typography.Text>}
                <ReceiptLinesTable receipt={r} />
              </Fragment>
            ))}
          </Flex>
        </div>
      )}
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 8 }}>
            {t('receipts.evidence.title', { count: detail.evidence.length })}
          </Typography.Title>
          <DisputeEvidence detail={detail} via="party" />
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 12 }}>
            {t('receipts.history.title')}
          </Typography.Title>
          <DisputeHistory detail={detail} />
        </Col>
      </Row>
      {dialog === 'propose' && <DisputeProposeModal detail={detail} onClose={() => setDialog(null)} />}
      {(dialog === 'agree' || dialog === 'decline') && (
        <DisputeRespondModal detail={detail} answer={dialog} onClose={() => setDialog(null)} />
      )}
    </Flex>
  );
}

/** One dispute of the order, in its own card: status, reason, proposal, variances, evidence, history. */
export function DisputePanel({ summary }: { summary: DisputeSummaryView }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const query = useDispute(summary.id);
  const detail = query.data;
  return (
    <Card
      data-testid="dispute-panel"
      data-dispute={summary.id}
      title={
        <Flex gap={8} align="center" wrap>
          <ExclamationCircleTwoTone twoToneColor={summary.status === 'resolved' ? '#52c41a' : '#ff4d4f'} />
          <span>
            {summary.shipmentNumber
              ? t('receipts.dispute.titleShipment', { number: summary.shipmentNumber })
              : t('receipts.dispute.title')}
          </span>
          <DisputeStatusTag status={detail?.status ?? summary.status} />
        </Flex>
      }
      styles={summary.status === 'resolved' ? undefined : { header: { background: '#fff2f0' } }}
    >
      {query.isError && !detail ? (
        <Alert type="error" showIcon title={errorText(query.error)} />
      ) : !detail ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <DisputeView detail={detail} />
      )}
    </Card>
  );
}

/** The order states in which it may have disputes: from disputed on (a dispute opens the state). */
export const DISPUTE_ORDER_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'disputed',
  'accepted',
  'invoiced',
  'settled',
  'closed',
]);

/** The order's disputes, each in its panel (both parties), from the receipt overview. */
export function DisputesSection({ order }: { order: OrderView }) {
  const query = useReceipts(order.id);
  const disputes = query.data?.disputes ?? [];
  if (disputes.length === 0) return null;
  return (
    <Flex vertical gap={24} data-testid="section-disputes">
      {disputes.map((d) => (
        <DisputePanel key={d.id} summary={d} />
      ))}
    </Flex>
  );
}
