import type { Language } from '@tradeway/web/i18n';

/**
 * An order line's description in the page's language. The order copies the product's names as
 * `中文名 / English name` when they differ (order.service.ts): the part of the page's language is
 * shown, the whole text stays the tooltip. A description without that shape is shown as it is.
 */
export function descriptionIn(description: string, language: Language): string {
  const parts = description.split(' / ');
  if (parts.length !== 2 || !parts[0]?.trim() || !parts[1]?.trim()) return description;
  return (language === 'en' ? parts[1] : parts[0]).trim();
}
