import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { dayBefore, formatDay } from '../utils/format';

/**
 * When a list applies: its first and last day (the API's `validTo` is exclusive, so the day
 * before is shown), or open-ended.
 */
export function Validity({ validFrom, validTo }: { validFrom: string | null; validTo: string | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!validFrom && !validTo) return <span data-testid="validity">{t('pricing.lists.always')}</span>;
  const from = validFrom ? formatDay(validFrom, language) : t('pricing.lists.openStart');
  const to = validTo ? formatDay(dayBefore(validTo), language) : t('pricing.lists.openEnd');
  return <span data-testid="validity">{t('pricing.lists.range', { from, to })}</span>;
}
