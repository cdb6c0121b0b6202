import { type Me, REGIONS } from '@tradeway/shared/contracts';
import type { Language } from '@tradeway/web/i18n';

/** A region's name in the page's language (广东 / Guangdong); an unknown code as it is. */
export function regionName(code: string, language: Language): string {
  const region = REGIONS.find((r) => r.code === code);
  if (!region) return code;
  return language === 'en' ? region.en : region.zh;
}

export const isRegionCode = (code: unknown): code is string =>
  typeof code === 'string' && REGIONS.some((r) => r.code === code);

/**
 * The delivery place to start from: the region of the active company (its province code).
 * Without one, there is no default and the buyer must choose.
 */
export function companyRegion(me: Me): string | undefined {
  const region = me.memberships.find((m) => m.companyId === me.activeCompanyId)?.companyRegionCode;
  return isRegionCode(region) ? region : undefined;
}
