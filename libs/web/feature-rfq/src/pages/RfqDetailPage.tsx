import { Alert, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblem } from '@tradeway/web/data-access';
import { hasPermission, useSession } from '@tradeway/web/ui';
import { AwardDrawer } from '../components/AwardDrawer';
import { ComparisonSection } from '../components/ComparisonSection';
import { CounterOfferModal } from '../components/CounterOfferModal';
import { InvitationsTable } from '../components/InvitationsTable';
import { RfqActions } from '../components/RfqActions';
import { RfqAttachments } from '../components/RfqAttachments';
import { RfqColumns, RfqPage, RfqPageHeader } from '../components/RfqPage';
import { RfqStateAlert } from '../components/RfqStateAlert';
import { useNow } from '../components/use-now';
import { useComparison } from '../data/rfqs.queries';
import type { ComparisonWeights, RfqView } from '../data/types';
import { RFQS_PATH } from '../paths';
import { type AwardRowValues, quotesReadable, sealedNow, splitToRows } from '../utils/award';

/**
 * `/rfqs/:rfqId` in the buyer portal: one RFQ — where it stands, its deadline counting down,
 * what the buyer may do now, its items, the sellers asked, its attachments and timeline — and,
 * once the quotes may be read (published; for a sealed RFQ only after the deadline), the
 * comparison with the best split, the counter-offer and the award.
 */
export function RfqDetailPage() {
  const { t } = useTranslation();
  return (
    <RfqPage fallback={RFQS_PATH} backLabel={t('rfq.detail.back')}>
      {(rfq, back) => <BuyerRfq key={rfq.id} rfq={rfq} back={back} />}
    </RfqPage>
  );
}

function BuyerRfq({ rfq, back }: { rfq: RfqView; back: React.ReactNode }) {
  const { t } = useTranslation();
  const me = useSession();
  const now = useNow();
  const [weights, setWeights] = useState<ComparisonWeights | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [counterOpen, setCounterOpen] = useState(false);
  const [awardRows, setAwardRows] = useState<AwardRowValues[] | null>(null);

  const readable = quotesReadable(rfq, now);
  const comparison = useComparison(rfq.id, weights, readable);
  // The server's clock decides: a comparison refused as sealed is shown as sealed.
  const sealedByServer = apiProblem(comparison.error).code === 'RFQ_QUOTES_SEALED';
  const sealed = sealedNow(rfq, now) || sealedByServer;
  const data = comparison.data;
  const canAward =
    hasPermission(me, 'rfq:award') && rfq.status === 'closed' && rfq.award?.status !== 'pending_approval';
  const openAward = data
    ? () => setAwardRows(data.bestSplit.allocations.length > 0 ? splitToRows(data.bestSplit) : [{}])
    : undefined;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <RfqPageHeader
        rfq={rfq}
        hint={rfq.title}
        extra={
          <>
            <RfqActions
              rfq={rfq}
              onCounterOffer={() => setCounterOpen(true)}
              onAward={openAward}
              onError={setActionError}
            />
            {back}
          </>
        }
      />
      {actionError && (
        <Alert
          type="error"
          showIcon
          title={actionError}
          closable
          onClose={() => setActionError(null)}
          data-testid="action-error"
        />
      )}
      <RfqStateAlert rfq={rfq} sealed={sealed} />
      <RfqColumns rfq={rfq} summaryTitle={t('rfq.detail.summary')} timelineHeight={720}>
        <Card
          title={t('rfq.detail.invitations')}
          extra={
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="quote-count">
              {rfq.quoteCount === null
                ? t('rfq.detail.quoteCountSealed')
                : t('rfq.detail.quoteCount', { count: rfq.quoteCount })}
            </Typography.Text>
          }
        >
          <InvitationsTable invitations={rfq.invitations} />
        </Card>
        <Card title={t('rfq.detail.attachments')}>
          <RfqAttachments rfq={rfq} canUpload={rfq.status === 'draft' && hasPermission(me, 'rfq:create')} />
        </Card>
      </RfqColumns>
      {readable && !sealedByServer && (
        <ComparisonSection
          rfq={rfq}
          comparison={data}
          isPending={comparison.isPending}
          error={comparison.error}
          weights={weights}
          onWeights={setWeights}
          canAward={canAward}
          onUseBestSplit={() => data && setAwardRows(splitToRows(data.bestSplit))}
        />
      )}
      {counterOpen && <CounterOfferModal rfq={rfq} comparison={data} onClose={() => setCounterOpen(false)} />}
      {awardRows && data && (
        <AwardDrawer
          key={JSON.stringify(awardRows)}
          rfq={rfq}
          comparison={data}
          rows={awardRows}
          onClose={() => setAwardRows(null)}
        />
      )}
    </Space>
  );
}
