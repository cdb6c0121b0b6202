import { useCallback } from 'react';
import { REGIONS } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';

/** `CN-GD` → `广东` / `Guangdong`; an unknown code as it is. */
export function useRegionName(): (code: string) => string {
  const { language } = useLanguage();
  return useCallback(
    (code: string) => {
      const r = REGIONS.find((x) => x.code === code);
      return r ? (language === 'en' ? r.en : r.zh) : code;
    },
    [language],
  );
}
