import { ClockCircleOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, NUMERIC } from '@tradeway/web/ui';
import type { AuctionView } from '../data/types';
import { clockText, isFinalMinutes, remaining, serverNow } from '../utils/countdown';
import { useNow } from './use-now';

/** Where an auction stands on the server's clock: before its start, taking bids, or over. */
export type AuctionPhase = 'draft' | 'before' | 'running' | 'ended' | 'cancelled';

/**
 * The phase at `now` (server clock): the server takes bids from the start until the current end
 * whether or not its start and close jobs have run, so the clock decides, not only the status.
 */
export function phaseOf(
  auction: Pick<AuctionView, 'status' | 'startsAt' | 'currentEnd'>,
  now: number,
): AuctionPhase {
  if (auction.status === 'draft') return 'draft';
  if (auction.status === 'cancelled') return 'cancelled';
  if (auction.status !== 'scheduled' && auction.status !== 'running') return 'ended';
  if (now >= Date.parse(auction.currentEnd)) return 'ended';
  return auction.status === 'scheduled' && now < Date.parse(auction.startsAt) ? 'before' : 'running';
}

const FLASH =
  '@keyframes tw-auction-flash{0%,50%{background:#fff1b8;box-shadow:0 0 0 4px #ffe58f}100%{background:transparent;box-shadow:none}}';

/**
 * The big countdown of an auction's page, on the server's clock (`offset`), one tick a second:
 * to the start while it waits, to the current end while it runs (red in the anti-sniping
 * window), the end itself once over. Under it the moment, and how often anti-sniping extended
 * it — flashing when the end has just moved.
 */
export function AuctionCountdown({ auction, offset }: { auction: AuctionView; offset: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = serverNow(useNow(1_000), offset);
  const phase = phaseOf(auction, now);
  const [seenEnd, setSeenEnd] = useState(auction.currentEnd);
  const [flashes, setFlashes] = useState(0);
  if (seenEnd !== auction.currentEnd) {
    setSeenEnd(auction.currentEnd);
    if (Date.parse(auction.currentEnd) > Date.parse(seenEnd)) setFlashes((n) => n + 1);
  }

  const target = phase === 'before' ? auction.startsAt : auction.currentEnd;
  const left = remaining(target, now);
  const urgent = phase === 'running' && isFinalMinutes(left, auction.snipingWindowMinutes);
  const label =
    phase === 'before'
      ? t('auction.countdown.startsIn')
      : phase === 'running'
        ? t('auction.countdown.endsIn')
        : phase === 'draft'
          ? t('auction.countdown.draft')
          : phase === 'cancelled'
            ? t('auction.countdown.cancelled')
            : t('auction.countdown.ended');
  const big =
    phase === 'before' || phase === 'running'
      ? `${left.days > 0 ? `${t('auction.countdown.days', { count: left.days })} ` : ''}${clockText(left)}`
      : null;
  const moment =
    phase === 'before'
      ? t('auction.countdown.startsAt', { time: formatMoment(auction.startsAt, language) })
      : phase === 'ended'
        ? t('auction.countdown.endedAt', { time: formatMoment(auction.currentEnd, language) })
        : t('auction.countdown.at', { time: formatMoment(auction.currentEnd, language) });

  return (
    <Card size="small" styles={{ body: { padding: '12px 20px' } }}>
      <style>{FLASH}</style>
      <Flex align="center" gap={24} wrap>
        <Flex vertical gap={0}>
          <Typography.Text type="secondary">
            <FieldTimeOutlined style={{ marginInlineEnd: 6 }} />
            {label}
          </Typography.Text>
          <span
            data-testid="auction-countdown"
            data-phase={phase}
            style={{
              ...NUMERIC,
              fontSize: big ? 36 : 24,
              fontWeight: 600,
              lineHeight: 1.2,
              color: urgent ? '#cf1322' : phase === 'running' ? '#1677ff' : undefined,
            }}
          >
            {big ?? label}
          </span>
        </Flex>
        <Flex vertical gap={4}>
          <Typography.Text style={NUMERIC} data-testid="auction-current-end">
            <ClockCircleOutlined style={{ marginInlineEnd: 6 }} />
            {moment}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('auction.countdown.serverClock')}
          </Typography.Text>
        </Flex>
        {auction.extensions > 0 && (
          <Tag
            key={flashes}
            color="orange"
            data-testid="auction-extensions"
            data-flash={flashes > 0 ? 'yes' : 'no'}
            style={{
              animation: flashes > 0 ? 'tw-auction-flash 2.4s ease-out' : undefined,
              marginInlineEnd: 0,
            }}
          >
            {t('auction.countdown.extended', { count: auction.extensions })}
          </Tag>
        )}
      </Flex>
    </Card>
  );
}
