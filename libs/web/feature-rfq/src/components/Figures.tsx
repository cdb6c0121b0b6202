import type { CSSProperties } from 'react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMinor, formatQuantity, formatUnitPrice } from '../utils/money';
import { isUnit } from '../utils/rfq-form';

export const NUMERIC: CSSProperties = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };

/** Texts of amounts, prices and quantities in the page's language: `¥5,950.00 / 吨`, `1,000 吨`. */
export function useFigures() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const unit = useCallback((u: string) => (isUnit(u) ? t(`rfq.unit.${u}`) : u), [t]);
  const quantity = useCallback(
    (q: string, u: string) =>
      t('rfq.format.quantityUnit', { quantity: formatQuantity(q, language), unit: unit(u) }),
    [t, language, unit],
  );
  const price = useCallback(
    (p: string, currency = 'CNY') => formatUnitPrice(p, language, currency),
    [language],
  );
  const perUnit = useCallback(
    (p: string, u: string, currency = 'CNY') =>
      t('rfq.format.perUnit', { price: formatUnitPrice(p, language, currency), unit: unit(u) }),
    [t, language, unit],
  );
  const money = useCallback(
    (minor: bigint | string, currency = 'CNY') => formatMinor(minor, language, currency),
    [language],
  );
  return useMemo(
    () => ({ unit, quantity, price, perUnit, money, language }),
    [unit, quantity, price, perUnit, money, language],
  );
}

/** An amount in fen in the user's locale (`¥150,000.00`). */
export function Money({
  minor,
  currency = 'CNY',
  strong,
  testId,
}: {
  minor: bigint | string;
  currency?: string;
  strong?: boolean;
  testId?: string;
}) {
  const { language } = useLanguage();
  return (
    <span style={strong ? { ...NUMERIC, fontWeight: 600 } : NUMERIC} data-testid={testId}>
      {formatMinor(minor, language, currency)}
    </span>
  );
}
