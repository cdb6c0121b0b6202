import { TrophyOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFigures } from '@tradeway/web/ui';
import type { AuctionView } from '../data/types';
import { orderPath } from '../paths';
import { toBrowserTime } from '../utils/countdown';
import type { LiveConnection } from '../utils/live';
import { AuctionCountdown, type AuctionPhase } from './AuctionCountdown';
import { AuctionFacts } from './AuctionFacts';
import { AuctionPageHeader, BackButton } from './AuctionPage';
import { BidForm, SUSPENDED, useReceiptMessage } from './BidForm';
import { BidLogCard } from './BidLogCard';
import { ReceiptsCard } from './ReceiptsCard';
import { StandingCard } from './StandingCard';
import { usePassed } from './use-now';
import { useReceipts } from './use-receipts';

/** Whether the form takes bids: by the status and, between events, by the server's clock. */
function useBidPhase(auction: AuctionView, offset: number): AuctionPhase {
  const started = usePassed(toBrowserTime(auction.startsAt, offset));
  const ended = usePassed(toBrowserTime(auction.currentEnd, offset));
  if (auction.status === 'draft') return 'draft';
  if (auction.status === 'cancelled') return 'cancelled';
  if ((auction.status !== 'scheduled' && auction.status !== 'running') || ended) return 'ended';
  return auction.status === 'scheduled' && !started ? 'before' : 'running';
}

/**
 * The live bidding console of an invited company (`side: bidder`): the countdown on the
 * server's clock, my alias, rank, best price and the best price where it may be seen, the bid
 * form with its rules, my receipts, the lot and its rules, and after the end the bid log to
 * download and verify. Everything moves with the live view's events.
 */
export function BidderConsole({
  auction,
  connection,
  offset,
}: {
  auction: AuctionView;
  connection: LiveConnection;
  offset: number;
}) {
  const { t } = useTranslation();
  const f = useFigures('auction');
  const receiptMessage = useReceiptMessage();
  const phase = useBidPhase(auction, offset);
  const { receipts, add } = useReceipts(auction.id);
  // a refusal as suspended closes the form until the bidder tries again (the owner may reinstate it)
  const [retriedAfter, setRetriedAfter] = useState(0);
  const last = receipts.at(-1);
  const suspended = last && last.code === SUSPENDED && last.seq > retriedAfter ? receiptMessage(last) : null;
  const ended = phase === 'ended' || phase === 'cancelled';

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <AuctionPageHeader auction={auction} connection={connection} extra={<BackButton />} />
      <AuctionCountdown auction={auction} offset={offset} />
      {auction.award?.status === 'approved' && (
        <Alert
          type="success"
          showIcon
          icon={<TrophyOutlined />}
          title={t('auction.award.winner', {
            price: f.perUnit(auction.award.price, auction.unit, auction.currency),
          })}
          action={
            auction.award.orderId ? (
              <Link to={orderPath(auction.award.orderId)} data-testid="auction-award-order">
                {t('auction.award.openOrder')}
              </Link>
            ) : undefined
          }
          data-testid="auction-award-status"
          data-status="approved"
        />
      )}
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <StandingCard auction={auction} />
            <Card title={t('auction.bid.title')} data-testid="auction-bid-card">
              <BidForm
                auction={auction}
                phase={phase}
                suspended={suspended}
                onRetry={() => setRetriedAfter(last?.seq ?? 0)}
                onReceipt={add}
              />
            </Card>
            <ReceiptsCard auction={auction} receipts={receipts} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            {ended && <BidLogCard auction={auction} withReceipts={receipts.length > 0} />}
            <Card title={t('auction.detail.lot')}>
              <AuctionFacts auction={auction} />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
