import { Badge, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuctionDirection, AuctionSide, AuctionStatus } from '../data/types';
import type { LiveConnection } from '../utils/live';

/** Grey before it opens, blue while it waits, green while it runs, cyan to be awarded, gold awarded, grey over. */
export const STATUS_COLOR: Record<AuctionStatus, string> = {
  draft: 'default',
  scheduled: 'blue',
  running: 'green',
  closed: 'cyan',
  awarded: 'gold',
  cancelled: 'default',
  expired: 'volcano',
};

export function AuctionStatusTag({ status }: { status: AuctionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={STATUS_COLOR[status]}
      data-testid="auction-status"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`auction.status.${status}`)}
    </Tag>
  );
}

/** 反向竞价 (lower wins) or 正向竞拍 (higher wins). */
export function DirectionTag({ direction }: { direction: AuctionDirection }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`auction.wins.${direction}`)}>
      <Tag
        color={direction === 'reverse' ? 'purple' : 'geekblue'}
        data-testid="auction-direction"
        data-direction={direction}
        style={{ marginInlineEnd: 0 }}
      >
        {t(`auction.direction.${direction}`)}
      </Tag>
    </Tooltip>
  );
}

/** Whether my company runs the auction or bids in it. */
export function SideTag({ side }: { side: AuctionSide }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={side === 'owner' ? 'blue' : 'default'}
      data-testid="auction-side"
      data-side={side}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`auction.side.${side}`)}
    </Tag>
  );
}

const BADGE: Record<LiveConnection, 'processing' | 'default' | 'warning' | 'success'> = {
  connecting: 'default',
  live: 'processing',
  reconnecting: 'warning',
  stopped: 'default',
};

/** The live view's state: pushed updates arrive (live), or the stream is being reconnected. */
export function LiveBadge({ connection }: { connection: LiveConnection }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('auction.live.hint')}>
      <Badge
        status={BADGE[connection]}
        color={connection === 'live' ? '#52c41a' : undefined}
        text={t(`auction.live.${connection}`)}
        data-testid="auction-live"
        data-state={connection}
      />
    </Tooltip>
  );
}
