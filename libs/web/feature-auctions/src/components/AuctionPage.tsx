import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Skeleton, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { apiProblem } from '@tradeway/web/data-access';
import { PageHeader, useCompanyName, useErrorText } from '@tradeway/web/ui';
import type { AuctionLive } from '../data/use-auction-live';
import type { AuctionView } from '../data/types';
import { AUCTIONS_PATH } from '../paths';
import type { LiveConnection } from '../utils/live';
import { AuctionStatusTag, DirectionTag, LiveBadge } from './AuctionTags';

/** The "back" button of an auction's page: where the user came from, or the list. */
export function BackButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => void (location.key !== 'default' ? navigate(-1) : navigate(AUCTIONS_PATH))}
      data-testid="auction-back"
    >
      {t('auction.detail.back')}
    </Button>
  );
}

/**
 * An auction's page while its auction loads: "not found" (404: it does not exist, or my company
 * may not see it — a draft of someone else), the API's error, a skeleton, then the page.
 */
export function AuctionLoader({
  live,
  children,
}: {
  live: AuctionLive;
  children: (auction: AuctionView) => ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { query, auction } = live;
  if (query.isError && !auction) {
    return apiProblem(query.error).status === 404 ? (
      <Result
        status="404"
        title={t('auction.detail.notFound')}
        extra={<BackButton />}
        data-testid="auction-not-found"
      />
    ) : (
      <Alert type="error" showIcon title={errorText(query.error)} action={<BackButton />} />
    );
  }
  if (!auction) return <Skeleton active />;
  return children(auction);
}

/** The head of an auction's page: number, status, type and live state; title and who runs it; `extra`. */
export function AuctionPageHeader({
  auction,
  connection,
  extra,
}: {
  auction: AuctionView;
  connection: LiveConnection;
  extra: ReactNode;
}) {
  const { t } = useTranslation();
  const nameIn = useCompanyName();
  const live = auction.status === 'scheduled' || auction.status === 'running';
  return (
    <PageHeader
      title={
        <Space size={12} wrap align="center">
          <span data-testid="auction-number">{auction.number}</span>
          <AuctionStatusTag status={auction.status} />
          <DirectionTag direction={auction.direction} />
          {live && (
            <Typography.Text style={{ fontSize: 14, fontWeight: 'normal' }}>
              <LiveBadge connection={connection} />
            </Typography.Text>
          )}
        </Space>
      }
      hint={
        <Space size={16} wrap>
          <span data-testid="auction-title">{auction.title}</span>
          <span data-testid="auction-owner">
            {t('auction.detail.owner', { owner: nameIn(auction.ownerName, auction.ownerNameEn) })}
          </span>
        </Space>
      }
      extra={extra}
    />
  );
}
