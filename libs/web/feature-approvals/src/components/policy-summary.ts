import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { PolicyView } from '../data/types';
import { bpsToPercent, formatMinor } from '../utils/money';

/** A policy's conditions in words: `¥10,000.00 ≤ amount < ¥100,000.00 · new supplier`. */
export function useConditionsText(names: {
  departments: ReadonlyMap<string, string>;
  categories: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useCallback(
    (c: PolicyView['conditions']): string[] => {
      const parts: string[] = [];
      const min = c.minAmountMinor !== undefined ? formatMinor(c.minAmountMinor, language) : null;
      const max = c.maxAmountMinor !== undefined ? formatMinor(c.maxAmountMinor, language) : null;
      if (min && max) parts.push(t('approvals.policies.amountBetween', { min, max }));
      else if (min) parts.push(t('approvals.policies.amountFrom', { min }));
      else if (max) parts.push(t('approvals.policies.amountBelow', { max }));
      if (c.categoryIds?.length)
        parts.push(
          t('approvals.policies.inCategories', {
            names: c.categoryIds
              .map((id) => names.categories.get(id) ?? '?')
              .join(t('approvals.common.listSeparator')),
          }),
        );
      if (c.departmentIds?.length)
        parts.push(
          t('approvals.policies.inDepartments', {
            names: c.departmentIds
              .map((id) => names.departments.get(id) ?? '?')
              .join(t('approvals.common.listSeparator')),
          }),
        );
      if (c.newSupplier !== undefined)
        parts.push(t(c.newSupplier ? 'approvals.policies.newSupplier' : 'approvals.policies.knownSupplier'));
      if (c.minDiscountBps !== undefined)
        parts.push(t('approvals.policies.discountFrom', { percent: bpsToPercent(c.minDiscountBps) }));
      if (c.minPaymentTermDays !== undefined)
        parts.push(t('approvals.policies.termOver', { days: c.minPaymentTermDays }));
      if (c.overSpendingLimit !== undefined)
        parts.push(
          t(c.overSpendingLimit ? 'approvals.policies.overLimit' : 'approvals.policies.withinLimit'),
        );
      return parts.length ? parts : [t('approvals.policies.always')];
    },
    [t, language, names],
  );
}
