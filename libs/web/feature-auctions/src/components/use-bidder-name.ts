import { useCallback } from 'react';
import { useCompanyName } from '@tradeway/web/ui';

/**
 * The company behind a ranking row or an award in the page's language (its English name on
 * English pages where it has one); null where the viewer may not know who it is.
 */
export function useBidderName(): (bidder: {
  companyName: string | null;
  companyNameEn: string | null;
}) => string | null {
  const nameIn = useCompanyName();
  return useCallback(
    (bidder) => (bidder.companyName === null ? null : nameIn(bidder.companyName, bidder.companyNameEn)),
    [nameIn],
  );
}
