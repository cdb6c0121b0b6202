import type { CSSProperties } from 'react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Texts, useLanguage } from '@tradeway/web/i18n';
import { formatMinor, formatQuantity, formatUnitPrice } from './format/money';
import { isUnit, type Unit } from './format/units';

export const NUMERIC: CSSProperties = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };

/** What a group of texts must hold for {@link useFigures}: the units' names and the two patterns. */
interface FigureTexts {
  unit: Record<Unit, string>;
  format: { quantityUnit: string; perUnit: string };
}

/** The groups of texts (`rfq`, `orders`) that name the units and say `1,000 吨`, `¥5,950.00 / 吨`. */
export type FiguresTexts = { [K in keyof Texts]: Texts[K] extends FigureTexts ? K : never }[keyof Texts];

/**
 * Texts of amounts, prices and quantities in the page's language: `¥5,950.00 / 吨`, `1,000 吨`;
 * the units and patterns come from the screen's own texts (`texts`), which may differ a little.
 */
export function useFigures(texts: FiguresTexts) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const unit = useCallback((u: string) => (isUnit(u) ? t(`${texts}.unit.${u}`) : u), [t, texts]);
  const quantity = useCallback(
    (q: string, u: string) =>
      t(`${texts}.format.quantityUnit`, { quantity: formatQuantity(q, language), unit: unit(u) }),
    [t, texts, language, unit],
  );
  const price = useCallback(
    (p: string, currency = 'CNY') => formatUnitPrice(p, language, currency),
    [language],
  );
  const perUnit = useCallback(
    (p: string, u: string, currency = 'CNY') =>
      t(`${texts}.format.perUnit`, { price: formatUnitPrice(p, language, currency), unit: unit(u) }),
    [t, texts, language, unit],
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
