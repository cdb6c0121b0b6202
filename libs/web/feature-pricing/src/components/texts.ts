import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitOfMeasureSchema } from '@tradeway/shared/contracts';

const UNITS: readonly string[] = UnitOfMeasureSchema.options;

/** A unit of measure in the page's language (`t` → 吨 / t); an unknown unit as the API wrote it. */
export function useUnitLabel() {
  const { t } = useTranslation();
  return useCallback(
    (unit: string) =>
      UNITS.includes(unit) ? t(`pricing.unit.${unit as 't' | 'kg' | 'm3' | 'piece' | 'box'}`) : unit,
    [t],
  );
}
