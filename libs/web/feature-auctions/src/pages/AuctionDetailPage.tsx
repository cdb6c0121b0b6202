import { useParams } from 'react-router';
import { AuctionLoader } from '../components/AuctionPage';
import { BidderConsole } from '../components/BidderConsole';
import { OwnerMonitor } from '../components/OwnerMonitor';
import { useAuctionLive } from '../data/use-auction-live';

/**
 * `/auctions/:auctionId`, in either portal: the auction as my side sees it, live — the owner's
 * monitor when my company runs it, the bidding console when it is invited.
 */
export function AuctionDetailPage() {
  const { auctionId } = useParams();
  const live = useAuctionLive(auctionId);
  return (
    <AuctionLoader live={live}>
      {(auction) =>
        auction.side === 'owner' ? (
          <OwnerMonitor
            key={auction.id}
            auction={auction}
            connection={live.connection}
            offset={live.offset}
            series={live.series}
          />
        ) : (
          <BidderConsole
            key={auction.id}
            auction={auction}
            connection={live.connection}
            offset={live.offset}
          />
        )
      }
    </AuctionLoader>
  );
}
