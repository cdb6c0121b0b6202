import { FieldTimeOutlined, LockOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, NUMERIC } from '@tradeway/web/ui';
import type { CampaignView } from '../data/types';
import { clockText, remaining, serverNow } from '../utils/countdown';
import { useNow } from './use-now';

/** Where a moment of the campaign stands: not yet counting (not open), counting down, or passed. */
export type MomentPhase = 'idle' | 'counting' | 'passed';

/**
 * One countdown on the server's clock (`offset`), a tick a second: the deadline (commitments
 * close) or the lock time (commitments may then only go up). It counts while the campaign waits
 * or is open; afterwards the moment itself is shown.
 */
function MomentCountdown({
  campaign,
  moment,
  offset,
  icon,
  label,
  passedLabel,
  testId,
}: {
  campaign: CampaignView;
  moment: string;
  offset: number;
  icon: ReactNode;
  label: string;
  passedLabel: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = serverNow(useNow(1_000), offset);
  const left = remaining(moment, now);
  const status = campaign.progress.status;
  const counting = status === 'draft' || status === 'pending_seller' || status === 'open';
  const phase: MomentPhase = left.passed ? 'passed' : counting ? 'counting' : 'idle';
  const big =
    phase === 'counting'
      ? `${left.days > 0 ? `${t('groupBuy.countdown.days', { count: left.days })} ` : ''}${clockText(left)}`
      : phase === 'passed'
        ? passedLabel
        : t('groupBuy.countdown.idle');
  return (
    <Flex vertical gap={0}>
      <Typography.Text type="secondary">
        {icon}
        {label}
      </Typography.Text>
      <span
        data-testid={testId}
        data-phase={phase}
        style={{
          ...NUMERIC,
          fontSize: phase === 'counting' ? 24 : 18,
          fontWeight: 600,
          lineHeight: 1.3,
          color: phase === 'counting' ? '#1677ff' : undefined,
        }}
      >
        {big}
      </span>
      <Typography.Text type="secondary" style={{ ...NUMERIC, fontSize: 12 }}>
        {formatMoment(moment, language)}
      </Typography.Text>
    </Flex>
  );
}

/** The two moments that matter to a participant: the lock time and the deadline, on the server's clock. */
export function CampaignCountdowns({ campaign, offset }: { campaign: CampaignView; offset: number }) {
  const { t } = useTranslation();
  return (
    <Flex gap={32} wrap align="flex-start">
      <MomentCountdown
        campaign={campaign}
        moment={campaign.deadline}
        offset={offset}
        icon={<FieldTimeOutlined style={{ marginInlineEnd: 6 }} />}
        label={t('groupBuy.countdown.deadlineIn')}
        passedLabel={t('groupBuy.countdown.deadlinePassed')}
        testId="campaign-deadline-countdown"
      />
      <MomentCountdown
        campaign={campaign}
        moment={campaign.lockAt}
        offset={offset}
        icon={<LockOutlined style={{ marginInlineEnd: 6 }} />}
        label={t('groupBuy.countdown.lockIn')}
        passedLabel={t('groupBuy.countdown.lockPassed')}
        testId="campaign-lock-countdown"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12, alignSelf: 'flex-end' }}>
        {t('groupBuy.countdown.serverClock')}
      </Typography.Text>
    </Flex>
  );
}
