import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NUMERIC, useFigures } from '@tradeway/web/ui';
import type { AuctionView } from '../data/types';

/**
 * The bidder's standing: its alias (others see it so), its rank (not while a sealed auction
 * runs), its own best price, and the best price where bidders may see it (`best_price`; the
 * other modes say why it is not shown).
 */
export function StandingCard({ auction }: { auction: AuctionView }) {
  const { t } = useTranslation();
  const f = useFigures('auction');
  const sealedRunning =
    auction.visibility === 'sealed' && (auction.status === 'scheduled' || auction.status === 'running');
  const value = (text: string, testId: string, extra?: Record<string, string>) => (
    <span style={NUMERIC} data-testid={testId} {...extra}>
      {text}
    </span>
  );
  const bestVisible = auction.bestPrice !== null;
  return (
    <Card title={t('auction.bid.standing')} data-testid="auction-standing">
      <Row gutter={[24, 16]}>
        <Col xs={12} md={6}>
          <Statistic
            title={t('auction.bid.myAlias')}
            valueRender={() => value(auction.myAlias ?? t('auction.common.none'), 'auction-my-alias')}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('auction.bid.myRank')}
            valueRender={() =>
              value(
                auction.myRank !== null
                  ? t('auction.bid.rank', { rank: auction.myRank })
                  : sealedRunning
                    ? t('auction.bid.rankSealed')
                    : t('auction.bid.noRank'),
                'auction-my-rank',
                { 'data-rank': String(auction.myRank ?? '') },
              )
            }
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('auction.bid.myBest')}
            valueRender={() =>
              value(
                auction.myBestPrice
                  ? f.perUnit(auction.myBestPrice, auction.unit, auction.currency)
                  : t('auction.bid.noRank'),
                'auction-my-best',
              )
            }
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('auction.bid.best')}
            valueRender={() =>
              bestVisible ? (
                value(
                  f.perUnit(auction.bestPrice ?? '', auction.unit, auction.currency),
                  'auction-best-price',
                  {
                    'data-visible': 'yes',
                  },
                )
              ) : (
                <Typography.Text type="secondary" data-testid="auction-best-price" data-visible="no">
                  {t(`auction.bid.bestHidden.${auction.visibility}`)}
                </Typography.Text>
              )
            }
          />
        </Col>
      </Row>
    </Card>
  );
}
