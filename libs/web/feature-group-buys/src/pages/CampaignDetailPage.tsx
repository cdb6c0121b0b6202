import { useParams } from 'react-router';
import { CampaignLoader } from '../components/CampaignPage';
import { CampaignScreen } from '../components/CampaignScreen';
import { useCampaignLive } from '../data/use-campaign-live';

/**
 * `/group-buys/:campaignId`, in either portal: the campaign as my side sees it, live — the
 * progress for everyone, the join panel for a buyer company, the monitor for the organiser and
 * the seller.
 */
export function CampaignDetailPage() {
  const { campaignId } = useParams();
  const live = useCampaignLive(campaignId);
  return (
    <CampaignLoader live={live}>
      {(campaign) => (
        <CampaignScreen
          key={campaign.id}
          campaign={campaign}
          connection={live.connection}
          offset={live.offset}
        />
      )}
    </CampaignLoader>
  );
}
