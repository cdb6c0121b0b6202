import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Skeleton, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { apiProblem } from '@tradeway/web/data-access';
import { PageHeader, useErrorText } from '@tradeway/web/ui';
import type { CampaignLive } from '../data/use-campaign-live';
import type { CampaignView } from '../data/types';
import { GROUP_BUYS_PATH } from '../paths';
import { isLive, type LiveConnection } from '../utils/live';
import { CampaignStatusTag, LiveBadge, SideTag } from './CampaignTags';
import { useCampaignNames } from './use-campaign-names';

/** The "back" button of a campaign's page: where the user came from, or the list. */
export function BackButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => void (location.key !== 'default' ? navigate(-1) : navigate(GROUP_BUYS_PATH))}
      data-testid="campaign-back"
    >
      {t('groupBuy.common.back')}
    </Button>
  );
}

/**
 * A campaign's page while its campaign loads: "not found" (404: it does not exist, or my company
 * may not see it — a draft of someone else, a closed campaign I did not join), the API's error,
 * a skeleton, then the page.
 */
export function CampaignLoader({
  live,
  children,
}: {
  live: CampaignLive;
  children: (campaign: CampaignView) => ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { query, campaign } = live;
  if (query.isError && !campaign) {
    return apiProblem(query.error).status === 404 ? (
      <Result
        status="404"
        title={t('groupBuy.detail.notFound')}
        extra={<BackButton />}
        data-testid="campaign-not-found"
      />
    ) : (
      <Alert type="error" showIcon title={errorText(query.error)} action={<BackButton />} />
    );
  }
  if (!campaign) return <Skeleton active />;
  return children(campaign);
}

/** The head of a campaign's page: number, status, my side and live state; title, organiser and seller; `extra`. */
export function CampaignPageHeader({
  campaign,
  connection,
  extra,
}: {
  campaign: CampaignView;
  connection: LiveConnection;
  extra: ReactNode;
}) {
  const { t } = useTranslation();
  const names = useCampaignNames();
  return (
    <PageHeader
      title={
        <Space size={12} wrap align="center">
          <span data-testid="campaign-number">{campaign.number}</span>
          <CampaignStatusTag status={campaign.progress.status} />
          {/* a buyer company outside the regions is not told it may join (the join panel says why not) */}
          {(campaign.side !== 'buyer' || campaign.mine !== null || campaign.eligible) && (
            <SideTag side={campaign.side} joined={campaign.mine !== null} />
          )}
          {isLive(campaign.progress.status) && (
            <Typography.Text style={{ fontSize: 14, fontWeight: 'normal' }}>
              <LiveBadge connection={connection} />
            </Typography.Text>
          )}
        </Space>
      }
      hint={
        <Space size={16} wrap>
          <span data-testid="campaign-title">{campaign.title}</span>
          <span data-testid="campaign-organiser">
            {t('groupBuy.detail.organiser', {
              name: names.organiser(campaign),
              kind: t(`groupBuy.organiserKind.${campaign.organiserKind}`),
            })}
          </span>
          <span data-testid="campaign-seller">
            {t('groupBuy.detail.seller', { name: names.seller(campaign) })}
          </span>
        </Space>
      }
      extra={extra}
    />
  );
}
