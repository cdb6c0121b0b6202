import { useCallback } from 'react';
import { useLanguage } from '@tradeway/web/i18n';
import { useCompanyName } from '@tradeway/web/ui';
import type { OrderSide, OrderSummaryView, OrderView } from '../data/types';
import { descriptionIn } from '../utils/lines';

/** Names of the companies of an order in the page's language (the legal name when it gave no English one). */
export function usePartyNames() {
  const companyName = useCompanyName();
  const counterparty = useCallback(
    (o: OrderSummaryView) => companyName(o.counterpartyName, o.counterpartyNameEn),
    [companyName],
  );
  const party = useCallback(
    (o: OrderView, side: OrderSide) =>
      side === 'buyer' ? companyName(o.buyerName, o.buyerNameEn) : companyName(o.sellerName, o.sellerNameEn),
    [companyName],
  );
  return { counterparty, party };
}

/**
 * `(name, nameEn) => name` in the page's language, for a company or a warehouse: on English
 * pages the English name where there is one, otherwise the legal (Chinese) name.
 */
export const useNameIn = useCompanyName;

/** `(description) => text` of an order line in the page's language (`descriptionIn`); show the whole text as tooltip. */
export function useLineDescription(): (description: string) => string {
  const { language } = useLanguage();
  return useCallback((description: string) => descriptionIn(description, language), [language]);
}
