import { Card, Col, Flex, Row, Statistic, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NUMERIC, useFigures } from '@tradeway/web/ui';
import type { CampaignView } from '../data/types';
import { minReachedPercent, progressBar, type ProgressBar } from '../utils/progress';
import { CampaignCountdowns } from './CampaignCountdown';

const BAR_HEIGHT = 18;
/** How close (in % of the bar) the minimum's mark may come to a tier's before its label moves a row down. */
const CROWDED_PERCENT = 8;

/**
 * The big bar over the ladder: the pooled total filled in (green once the minimum is reached),
 * a mark at each tier's start with its price above it and its quantity below, and the minimum
 * for success as a dashed mark.
 */
function LadderBar({ campaign, bar }: { campaign: CampaignView; bar: ProgressBar }) {
  const { t } = useTranslation();
  const f = useFigures('groupBuy');
  const minMet = campaign.progress.minReachedBps >= 10_000;
  // the minimum at (or near) a tier's start, as it often is: its label goes a row down
  const min = bar.marks.find((m) => m.kind === 'min');
  const crowded =
    !!min && bar.marks.some((m) => m.kind === 'tier' && Math.abs(m.percent - min.percent) < CROWDED_PERCENT);
  return (
    <div
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={bar.percent}
      aria-label={t('groupBuy.progress.bar')}
      data-testid="campaign-progress-bar"
      data-percent={bar.percent}
      data-tier={bar.tierIndex}
      data-crowded={crowded ? 'yes' : 'no'}
      style={{ position: 'relative', padding: `28px 0 ${crowded ? 50 : 30}px` }}
    >
      <div
        style={{
          position: 'relative',
          height: BAR_HEIGHT,
          borderRadius: BAR_HEIGHT / 2,
          background: '#f0f0f0',
          overflow: 'hidden',
        }}
      >
        <div
          data-testid="campaign-progress-fill"
          style={{
            width: `${bar.percent}%`,
            height: '100%',
            background: minMet ? '#52c41a' : '#1677ff',
            transition: 'width 0.6s ease',
          }}
        />
      </div>
      {bar.marks.map((m) => {
        const label =
          m.kind === 'min'
            ? t('groupBuy.progress.minMark', { quantity: f.quantity(m.quantity, campaign.unit) })
            : t('groupBuy.progress.tierMark', {
                quantity: f.quantity(m.quantity, campaign.unit),
                price: f.price(m.unitPrice ?? '0', campaign.currency),
              });
        return (
          <Tooltip key={`${m.kind}-${m.index}`} title={label}>
            <div
              data-testid="campaign-progress-mark"
              data-kind={m.kind}
              data-reached={m.reached ? 'yes' : 'no'}
              data-quantity={m.quantity}
              style={{
                position: 'absolute',
                left: `${m.percent}%`,
                top: m.kind === 'min' ? 28 : 22,
                // crowded, the minimum's dashed line stays on the bar and its label sits under the tier's quantity
                height: m.kind === 'tier' ? 32 : crowded ? BAR_HEIGHT : 40,
                width: 0,
                borderLeft: `2px ${m.kind === 'min' ? 'dashed' : 'solid'} ${
                  m.kind === 'min' ? '#fa8c16' : m.reached ? '#237804' : '#595959'
                }`,
              }}
            >
              <span
                style={{
                  ...NUMERIC,
                  position: 'absolute',
                  transform: 'translateX(-50%)',
                  fontSize: 12,
                  ...(m.kind === 'min'
                    ? { bottom: crowded ? -46 : -4, color: '#d46b08' }
                    : { top: -20, fontWeight: 600, color: m.reached ? '#237804' : undefined }),
                }}
              >
                {m.kind === 'min'
                  ? t('groupBuy.progress.minShort')
                  : f.price(m.unitPrice ?? '0', campaign.currency)}
              </span>
              {m.kind === 'tier' && (
                <span
                  style={{
                    ...NUMERIC,
                    position: 'absolute',
                    transform: 'translateX(-50%)',
                    bottom: -20,
                    fontSize: 12,
                    color: '#8c8c8c',
                  }}
                >
                  {f.quantity(m.quantity, campaign.unit)}
                </span>
              )}
            </div>
          </Tooltip>
        );
      })}
    </div>
  );
}

/**
 * The progress panel every viewer sees: the pooled total, the price every participant pays at
 * it, how much more reaches the next tier and at what price, the room left before the maximum,
 * the participants and the share of the minimum reached — over the big bar with the tier marks
 * — and the countdowns to the lock time and the deadline on the server's clock.
 */
export function ProgressPanel({ campaign, offset }: { campaign: CampaignView; offset: number }) {
  const { t } = useTranslation();
  const f = useFigures('groupBuy');
  const p = campaign.progress;
  const bar = progressBar(campaign);
  const stat = (title: string, value: string, testId: string) => (
    <Col xs={12} md={6}>
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
  const room =
    p.room === null
      ? t('groupBuy.progress.noLimit')
      : /[1-9]/.test(p.room)
        ? f.quantity(p.room, campaign.unit)
        : t('groupBuy.progress.full');

  return (
    <Card title={t('groupBuy.progress.title')} data-testid="campaign-progress">
      <Flex vertical gap={16}>
        <Row gutter={[24, 16]}>
          {stat(t('groupBuy.progress.total'), f.quantity(p.total, campaign.unit), 'campaign-total')}
          {stat(
            campaign.finalPrice ? t('groupBuy.progress.finalPrice') : t('groupBuy.progress.currentPrice'),
            f.perUnit(campaign.finalPrice ?? p.currentPrice, campaign.unit, campaign.currency),
            'campaign-current-price',
          )}
          {stat(t('groupBuy.progress.participants'), String(p.participants), 'campaign-participants-count')}
          {stat(t('groupBuy.progress.room'), room, 'campaign-room')}
        </Row>
        <Typography.Text
          strong
          style={{ fontSize: 16 }}
          data-testid="campaign-next-tier"
          data-last={p.nextTier === null ? 'yes' : 'no'}
        >
          {p.nextTier
            ? t('groupBuy.progress.nextTier', {
                needed: f.quantity(p.nextTier.needed, campaign.unit),
                price: f.perUnit(p.nextTier.unitPrice, campaign.unit, campaign.currency),
              })
            : t('groupBuy.progress.topTier')}
        </Typography.Text>
        <LadderBar campaign={campaign} bar={bar} />
        <Typography.Text
          type={p.minReachedBps >= 10_000 ? 'success' : 'secondary'}
          data-testid="campaign-min-reached"
          data-bps={p.minReachedBps}
        >
          {p.minReachedBps >= 10_000
            ? t('groupBuy.progress.minMet', { quantity: f.quantity(p.minTotal, campaign.unit) })
            : t('groupBuy.progress.minReached', {
                percent: minReachedPercent(p.minReachedBps),
                quantity: f.quantity(p.minTotal, campaign.unit),
              })}
        </Typography.Text>
        <CampaignCountdowns campaign={campaign} offset={offset} />
      </Flex>
    </Card>
  );
}
