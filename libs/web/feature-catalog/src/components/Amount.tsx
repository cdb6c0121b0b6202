import type { CSSProperties } from 'react';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMinor } from '../utils/money';

export const NUMERIC: CSSProperties = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };

/** An amount in fen, shown in the user's locale (`¥150,000.00`, `-¥300.00`). */
export function Amount({
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
