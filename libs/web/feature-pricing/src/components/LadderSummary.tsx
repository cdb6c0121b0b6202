import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { LadderBreakView } from '../data/types';
import { formatDecimal } from '../utils/money';
import { useUnitLabel } from './texts';

/** A ladder on one line: `≥100 t: 5,950 · ≥1,000 t: −2 %`; a dash without breaks. */
export function LadderSummary({ ladder, unit }: { ladder: readonly LadderBreakView[]; unit: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const unitLabel = useUnitLabel()(unit);
  if (ladder.length === 0)
    return <Typography.Text type="secondary">{t('pricing.common.none')}</Typography.Text>;
  const text = ladder
    .map((b) => {
      const quantity = formatDecimal(b.minQuantity, language, 3);
      return b.kind === 'percent'
        ? t('pricing.ladder.summaryPercent', {
            quantity,
            unit: unitLabel,
            percent: formatDecimal(b.value, language, 2),
          })
        : t('pricing.ladder.summaryAbsolute', {
            quantity,
            unit: unitLabel,
            price: formatDecimal(b.value, language, 4),
          });
    })
    .join(t('pricing.ladder.separator'));
  return (
    <span data-testid="ladder-summary" style={{ fontVariantNumeric: 'tabular-nums' }}>
      {text}
    </span>
  );
}
