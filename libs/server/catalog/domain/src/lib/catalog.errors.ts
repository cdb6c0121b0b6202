/**
 * Error codes of the catalog context, each with a message in both languages
 * (STYLE.md habit 8). Expected failures are returned as typed results, not thrown.
 * Messages may name `{param}`s; `catalogErrorMessage` fills them in.
 */
export const CATALOG_ERRORS = {
  CATEGORY_NOT_FOUND: { status: 404, zh: '未找到该品类', en: 'Category not found' },
  SKU_NOT_FOUND: { status: 404, zh: '未找到该 SKU', en: 'SKU not found' },
  LOCATION_NOT_FOUND: { status: 404, zh: '未找到该库位', en: 'Warehouse location not found' },
  ON_HAND_BELOW_RESERVED: {
    status: 422,
    zh: '在库数量不能少于已预留的 {reserved}（已被订单占用）',
    en: 'On hand cannot be less than the {reserved} already reserved for orders',
  },
  INVENTORY_CHANGED: {
    status: 409,
    zh: '此库存已被他人修改，已刷新为最新数量，请确认后重新填写',
    en: 'Someone changed this stock meanwhile; check the current quantity and enter yours again',
  },
} as const;

export type CatalogErrorCode = keyof typeof CATALOG_ERRORS;

const fill = (text: string, params: Record<string, string> | undefined) =>
  params ? text.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m) : text;

export function catalogErrorMessage(
  code: CatalogErrorCode,
  locale: 'zh-CN' | 'en',
  params?: Record<string, string>,
): string {
  const entry = CATALOG_ERRORS[code];
  return fill(locale === 'en' ? entry.en : entry.zh, params);
}
