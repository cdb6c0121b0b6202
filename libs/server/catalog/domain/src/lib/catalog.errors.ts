/**
 * Error codes of the catalog context, each with a message in both languages
 * (STYLE.md habit 8). Expected failures are returned as typed results, not thrown.
 */
export const CATALOG_ERRORS = {
  CATEGORY_NOT_FOUND: { status: 404, zh: '未找到该品类', en: 'Category not found' },
} as const;

export type CatalogErrorCode = keyof typeof CATALOG_ERRORS;

export function catalogErrorMessage(code: CatalogErrorCode, locale: 'zh-CN' | 'en'): string {
  const entry = CATALOG_ERRORS[code];
  return locale === 'en' ? entry.en : entry.zh;
}
