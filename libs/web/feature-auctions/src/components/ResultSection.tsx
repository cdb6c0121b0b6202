import { Alert, Card, Col, Descriptions, Row, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { bpsToPercent, Money, NUMERIC, useErrorText, useFigures } from '@tradeway/web/ui';
import { useAuctionResult } from '../data/auctions.queries';
import type { AuctionSavings, AuctionView } from '../data/types';
import { curveOfResult } from '../utils/curve';
import { PriceCurve } from './PriceCurve';

/**
 * The owner's result report once the auction is over (`GET …/result`): how many bids (accepted,
 * refused), extensions, whether the reserve was met, the savings (a reverse auction: paid less)
 * or gain (a forward one: got more) against the opening and the last price — per unit, over the
 * lot and in percent — and the price curve of the accepted bids.
 */
export function ResultSection({ auction }: { auction: AuctionView }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const f = useFigures('auction');
  const result = useAuctionResult(auction.id, true);
  const forward = auction.direction === 'forward';

  const savings = (s: AuctionSavings | null, testId: string, none: string) =>
    s === null ? (
      <Typography.Text type="secondary" data-testid={testId}>
        {none}
      </Typography.Text>
    ) : (
      <span style={NUMERIC} data-testid={testId}>
        <Typography.Text type={s.perUnit.startsWith('-') ? 'danger' : 'success'} strong>
          {f.perUnit(s.perUnit, auction.unit, auction.currency)}
        </Typography.Text>
        {' · '}
        <Money minor={s.totalMinor} currency={auction.currency} />
        {' · '}
        {t('auction.format.percent', { value: bpsToPercent(s.bps) })}
      </span>
    );

  const data = result.data;
  return (
    <Card title={t('auction.result.title')} data-testid="auction-result">
      {result.isError && <Alert type="error" showIcon title={errorText(result.error)} />}
      {!data && !result.isError && <Skeleton active />}
      {data && (
        <Row gutter={[24, 24]}>
          <Col xs={24} xl={10}>
            <Descriptions
              column={1}
              size="small"
              bordered
              items={[
                {
                  key: 'bids',
                  label: t('auction.result.bids'),
                  children: (
                    <span style={NUMERIC} data-testid="auction-result-bids">
                      {t('auction.result.bidsText', data.bids)}
                    </span>
                  ),
                },
                {
                  key: 'extensions',
                  label: t('auction.result.extensions'),
                  children: <span style={NUMERIC}>{data.extensions}</span>,
                },
                {
                  key: 'reserve',
                  label: t('auction.result.reserve'),
                  children:
                    data.reserveMet === null ? (
                      <Typography.Text type="secondary" data-testid="auction-result-reserve">
                        {t('auction.result.reserveNone')}
                      </Typography.Text>
                    ) : (
                      <Tag color={data.reserveMet ? 'green' : 'red'} data-testid="auction-result-reserve">
                        {t(data.reserveMet ? 'auction.result.reserveMet' : 'auction.result.reserveMissed')}
                      </Tag>
                    ),
                },
                {
                  key: 'vsOpening',
                  label: t(forward ? 'auction.result.vsOpeningForward' : 'auction.result.vsOpening'),
                  children: savings(data.vsOpening, 'auction-result-vs-opening', t('auction.result.noBid')),
                },
                {
                  key: 'vsLast',
                  label: t(forward ? 'auction.result.vsLastPriceForward' : 'auction.result.vsLastPrice'),
                  children: savings(
                    data.vsLastPrice,
                    'auction-result-vs-last',
                    t('auction.result.noLastPrice'),
                  ),
                },
              ]}
            />
          </Col>
          <Col xs={24} xl={14}>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('auction.curve.title')}
            </Typography.Title>
            <PriceCurve
              points={curveOfResult(auction.direction, data.curve)}
              currency={auction.currency}
              sealed={false}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
