import { Badge, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignSide, CampaignStatus } from '../data/types';
import type { LiveConnection } from '../utils/live';

/** Grey as a draft, gold waiting for the seller, green while open, cyan settling, gold succeeded, red failed. */
export const STATUS_COLOR: Record<CampaignStatus, string> = {
  draft: 'default',
  pending_seller: 'orange',
  open: 'green',
  settling: 'cyan',
  succeeded: 'gold',
  failed: 'red',
  cancelled: 'default',
};

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={STATUS_COLOR[status]}
      data-testid="campaign-status"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`groupBuy.status.${status}`)}
    </Tag>
  );
}

/** Whether my company organises the campaign, sells its SKU, may join, or (`joined`) did. */
export function SideTag({ side, joined = false }: { side: CampaignSide; joined?: boolean }) {
  const { t } = useTranslation();
  const label = side === 'buyer' && joined ? 'joined' : side;
  return (
    <Tag
      color={side === 'buyer' && !joined ? 'default' : 'blue'}
      data-testid="campaign-side"
      data-side={side}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`groupBuy.side.${label}`)}
    </Tag>
  );
}

const BADGE: Record<LiveConnection, 'processing' | 'default' | 'warning' | 'success'> = {
  connecting: 'default',
  live: 'processing',
  reconnecting: 'warning',
  stopped: 'default',
};

/** The live view's state: pushed progress arrives (live), or the stream is being reconnected. */
export function LiveBadge({ connection }: { connection: LiveConnection }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('groupBuy.live.hint')}>
      <Badge
        status={BADGE[connection]}
        color={connection === 'live' ? '#52c41a' : undefined}
        text={t(`groupBuy.live.${connection}`)}
        data-testid="campaign-live"
        data-state={connection}
      />
    </Tooltip>
  );
}
