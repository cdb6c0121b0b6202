import { useLanguage } from '@tradeway/web/i18n';
import { useCompanyName } from '@tradeway/web/ui';
import type { PriceListView } from '../data/types';

type ListTarget = Pick<PriceListView, 'kind' | 'gradeNameZh' | 'gradeNameEn' | 'buyerName' | 'buyerNameEn'>;

/**
 * Whom a price list is for, in the page's language: the grade of a grade list, the buyer of
 * a contract (its English name where it gave one); null for a public list.
 */
export function useListTarget(): (list: ListTarget) => string | null {
  const { language } = useLanguage();
  const companyName = useCompanyName();
  return (list) => {
    if (list.kind === 'grade') {
      return (
        (language === 'en' ? list.gradeNameEn : list.gradeNameZh) ?? list.gradeNameZh ?? list.gradeNameEn
      );
    }
    if (list.kind === 'contract' && list.buyerName) return companyName(list.buyerName, list.buyerNameEn);
    return null;
  };
}
