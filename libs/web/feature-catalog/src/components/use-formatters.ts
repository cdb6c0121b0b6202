import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMinor, formatQuantity, formatUnitPrice } from '../utils/money';
import { unitText } from '../utils/units';

/** Texts of prices and quantities in the page's language: `¥5,950.00 / t`, `1,000 t`. */
export function useFormatters() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const perUnit = useCallback(
    (price: string, unit: string, currency = 'CNY') =>
      t('catalog.format.perUnit', {
        price: formatUnitPrice(price, language, currency),
        unit: unitText(t, unit),
      }),
    [t, language],
  );
  const quantity = useCallback(
    (q: string, unit: string) =>
      t('catalog.format.quantityUnit', { quantity: formatQuantity(q, language), unit: unitText(t, unit) }),
    [t, language],
  );
  const money = useCallback(
    (minor: bigint | string, currency = 'CNY') => formatMinor(minor, language, currency),
    [language],
  );
  return useMemo(() => ({ perUnit, quantity, money, language }), [perUnit, quantity, money, language]);
}
