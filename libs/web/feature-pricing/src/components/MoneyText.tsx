import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatDecimal, formatMinor, formatUnitPrice } from '../utils/money';

const NUMERIC: CSSProperties = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };

/** An amount in fen in the user's locale (`¥150,000.00`); `signed` marks a charge with `+`. */
export function MoneyText({
  minor,
  currency = 'CNY',
  signed,
  strong,
  testId,
}: {
  minor: bigint | string;
  currency?: string;
  signed?: boolean;
  strong?: boolean;
  testId?: string;
}) {
  const { language } = useLanguage();
  return (
    <span style={strong ? { ...NUMERIC, fontWeight: 600 } : NUMERIC} data-testid={testId}>
      {formatMinor(minor, language, currency, { signed: !!signed })}
    </span>
  );
}

/**
 * A decimal from the API in the user's locale: a unit price with its currency (`¥5,950.00`,
 * up to 4 decimals) or, without currency, a plain number such as a quantity with its unit.
 */
export function DecimalText({
  value,
  currency,
  unit,
  testId,
}: {
  value: string | null | undefined;
  currency?: string;
  unit?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (value === null || value === undefined || value === '')
    return <span data-testid={testId}>{t('pricing.common.none')}</span>;
  const text = currency ? formatUnitPrice(value, language, currency) : formatDecimal(value, language);
  return (
    <span style={NUMERIC} data-testid={testId}>
      {text}
      {unit ? ` ${unit}` : ''}
    </span>
  );
}
