import { Alert, Card, Col, Row, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeMembership, hasPermission, useFigures, useSession } from '@tradeway/web/ui';
import type { CampaignView } from '../data/types';
import type { LiveConnection } from '../utils/live';
import { CampaignFacts } from './CampaignFacts';
import { CampaignMonitor } from './CampaignMonitor';
import { BackButton, CampaignPageHeader } from './CampaignPage';
import { JoinPanel } from './JoinPanel';
import { LadderTable } from './LadderTable';
import { OrganiserActions } from './OrganiserActions';
import { ProgressPanel } from './ProgressPanel';
import { useCampaignNames } from './use-campaign-names';

/** Where the campaign stands in its lifecycle, said to my side (waiting for the seller, settled, failed…). */
function StateAlert({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation();
  const names = useCampaignNames();
  const f = useFigures('groupBuy');
  const status = campaign.progress.status;
  const alert = (type: 'info' | 'success' | 'warning', title: string, description?: string) => (
    <Alert
      type={type}
      showIcon
      title={title}
      description={description}
      data-testid="campaign-state-alert"
      data-status={status}
    />
  );
  switch (status) {
    case 'draft':
      return alert(
        'info',
        campaign.organiserKind === 'seller'
          ? t('groupBuy.state.draftSeller')
          : t('groupBuy.state.draftOther', { seller: names.seller(campaign) }),
      );
    case 'pending_seller':
      return campaign.side === 'seller'
        ? alert('warning', t('groupBuy.state.pendingForSeller', { organiser: names.organiser(campaign) }))
        : alert('info', t('groupBuy.state.pendingForOrganiser', { seller: names.seller(campaign) }));
    case 'settling':
      return alert('info', t('groupBuy.state.settling'));
    case 'succeeded':
      return alert(
        'success',
        t('groupBuy.state.succeeded', {
          price: f.perUnit(
            campaign.finalPrice ?? campaign.progress.currentPrice,
            campaign.unit,
            campaign.currency,
          ),
        }),
      );
    case 'failed':
      return alert('warning', t('groupBuy.state.failed'), t('groupBuy.result.released'));
    case 'cancelled':
      return alert(
        'warning',
        t('groupBuy.state.cancelled'),
        campaign.cancelReason
          ? t('groupBuy.state.cancelReason', { reason: campaign.cancelReason })
          : undefined,
      );
    default:
      return null;
  }
}

/**
 * A campaign's page for every side: the head with the actions my side may take, where it stands,
 * the progress panel (live), the ladder with the tier reached, the join panel for a buyer
 * company, the terms, and for the organiser and the seller the monitor.
 */
export function CampaignScreen({
  campaign,
  connection,
  offset,
}: {
  campaign: CampaignView;
  connection: LiveConnection;
  offset: number;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const [actionError, setActionError] = useState<string | null>(null);
  const buyerCompany = activeMembership(me)?.companyKinds.includes('buyer') ?? false;
  const joinable =
    campaign.side !== 'seller' &&
    buyerCompany &&
    (campaign.mine !== null || campaign.pendingRequest !== null || campaign.progress.status === 'open');
  const monitoring =
    (campaign.side === 'organiser' || campaign.side === 'seller') && hasPermission(me, 'group_buy:manage');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <CampaignPageHeader
        campaign={campaign}
        connection={connection}
        extra={
          <>
            <OrganiserActions campaign={campaign} onError={setActionError} />
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
          data-testid="campaign-action-error"
        />
      )}
      <StateAlert campaign={campaign} />
      <ProgressPanel campaign={campaign} offset={offset} />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            {joinable && <JoinPanel campaign={campaign} offset={offset} />}
            <Card title={t('groupBuy.ladder.title')}>
              <LadderTable campaign={campaign} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('groupBuy.detail.terms')}>
            <CampaignFacts campaign={campaign} />
          </Card>
        </Col>
      </Row>
      {monitoring && <CampaignMonitor campaign={campaign} />}
    </Space>
  );
}
