import { Alert, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, NUMERIC, useFigures, useSession } from '@tradeway/web/ui';
import type { AuctionView } from '../data/types';
import { type CurvePoint, bestOf, curveOfResult, extendCurve, withLivePoint } from '../utils/curve';
import { useAuctionResult } from '../data/auctions.queries';
import type { LiveConnection } from '../utils/live';
import { AuctionCountdown } from './AuctionCountdown';
import { AuctionFacts } from './AuctionFacts';
import { AuctionPageHeader, BackButton } from './AuctionPage';
import { AwardDrawer } from './AwardDrawer';
import { AwardStatus } from './AwardStatus';
import { BidLogCard } from './BidLogCard';
import { OwnerActions } from './OwnerActions';
import { PriceCurve } from './PriceCurve';
import { RankingTable } from './RankingTable';
import { ResultSection } from './ResultSection';

/**
 * The owner's monitor (`side: owner`): the countdown on the server's clock, the figures that
 * matter (participants, best price, reserve, extensions, bids), the ranking with the companies
 * behind the aliases — each may be suspended or reinstated while bids are taken — and the price
 * curve as the events come; by status, publish or cancel, and once closed the award (through
 * approval) and the result report with the bid log.
 */
export function OwnerMonitor({
  auction,
  connection,
  offset,
  series,
}: {
  auction: AuctionView;
  connection: LiveConnection;
  offset: number;
  series: CurvePoint[];
}) {
  const { t } = useTranslation();
  const f = useFigures('auction');
  const me = useSession();
  const [actionError, setActionError] = useState<string | null>(null);
  const [awarding, setAwarding] = useState(false);
  const running = auction.status === 'scheduled' || auction.status === 'running';
  const sealedRunning = auction.visibility === 'sealed' && running;
  const over = auction.status === 'closed' || auction.status === 'awarded';
  const ended =
    over || auction.status === 'expired' || (auction.status === 'cancelled' && auction.lastSeq > 0);
  const best = bestOf(auction);
  // the bids so far from the result report (once), then the live events' points
  const history = useAuctionResult(auction.id, auction.status === 'running' && !sealedRunning);
  const livePoints = extendCurve(
    history.data ? curveOfResult(auction.direction, history.data.curve) : [],
    series.length > 0 ? series : withLivePoint([], auction),
  );
  const stat = (title: string, value: string, testId: string) => (
    <Col xs={12} md={8} xl={4}>
      <Statistic
        title={title}
        valueRender={() => (
          <span style={NUMERIC} data-testid={testId}>
            {value}
          </span>
        )}
      />
    </Col>
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <AuctionPageHeader
        auction={auction}
        connection={connection}
        extra={
          <>
            <OwnerActions auction={auction} onAward={() => setAwarding(true)} onError={setActionError} />
            <BackButton />
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
          data-testid="auction-action-error"
        />
      )}
      <AwardStatus auction={auction} />
      <AuctionCountdown auction={auction} offset={offset} />
      <Card>
        <Row gutter={[24, 16]}>
          {stat(t('auction.monitor.participants'), String(auction.participants), 'auction-participants')}
          {stat(
            t('auction.monitor.best'),
            sealedRunning
              ? t('auction.monitor.bestSealed')
              : best
                ? f.perUnit(best, auction.unit, auction.currency)
                : t('auction.monitor.noBid'),
            'auction-monitor-best',
          )}
          {stat(
            t('auction.monitor.reserve'),
            auction.reservePrice
              ? f.perUnit(auction.reservePrice, auction.unit, auction.currency)
              : t('auction.monitor.noReserve'),
            'auction-monitor-reserve',
          )}
          {stat(t('auction.monitor.extensions'), String(auction.extensions), 'auction-monitor-extensions')}
          {stat(t('auction.monitor.bids'), String(auction.lastSeq), 'auction-monitor-bids')}
        </Row>
      </Card>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Card
              title={t('auction.monitor.ranking')}
              extra={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('auction.monitor.rankingHint')}
                </Typography.Text>
              }
            >
              <RankingTable auction={auction} canManage={hasPermission(me, 'auction:create')} />
            </Card>
            {running && (
              <Card title={t('auction.curve.title')}>
                <PriceCurve points={livePoints} currency={auction.currency} sealed={sealedRunning} />
              </Card>
            )}
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            {ended && <BidLogCard auction={auction} withReceipts={false} />}
            <Card title={t('auction.detail.lot')}>
              <AuctionFacts auction={auction} />
            </Card>
          </Space>
        </Col>
      </Row>
      {over && <ResultSection auction={auction} />}
      {awarding && <AwardDrawer auction={auction} onClose={() => setAwarding(false)} />}
    </Space>
  );
}
