import { useCallback } from 'react';
import { useLanguage } from '@tradeway/web/i18n';
import { monthName } from '../utils/months';

/** `2027-01` → `2027年1月` / `January 2027` in the page's language. */
export function useMonthName(): (month: string) => string {
  const { language } = useLanguage();
  return useCallback((month: string) => monthName(month, language), [language]);
}
