import { useMemo } from 'react';
import { useCompanyName } from '@tradeway/web/ui';
import type { CampaignSummaryView } from '../data/types';

type Named = Pick<
  CampaignSummaryView,
  'organiserName' | 'organiserNameEn' | 'sellerName' | 'sellerNameEn' | 'productName' | 'productNameEn'
>;

/**
 * A campaign's organiser, seller and product in the page's language: the English name on
 * English pages where there is one, otherwise the Chinese (legal) name.
 */
export function useCampaignNames() {
  const nameIn = useCompanyName();
  return useMemo(
    () => ({
      organiser: (c: Named) => nameIn(c.organiserName, c.organiserNameEn),
      seller: (c: Named) => nameIn(c.sellerName, c.sellerNameEn),
      product: (c: Named) => nameIn(c.productName, c.productNameEn),
    }),
    [nameIn],
  );
}
