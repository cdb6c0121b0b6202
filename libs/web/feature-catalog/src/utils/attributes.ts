import type { TFunction } from 'i18next';

const KNOWN = [
  'grade',
  'origin',
  'size',
  'purity',
  'pack',
  'brand',
  'material',
  'color',
  'standard',
] as const;
type KnownAttribute = (typeof KNOWN)[number];
const isKnown = (k: string): k is KnownAttribute => (KNOWN as readonly string[]).includes(k);

/** The name of a specification attribute (等级 / Grade); a key the screens do not know, as it is. */
export function attributeLabel(t: TFunction, key: string): string {
  return isKnown(key) ? t(`catalog.attribute.${key}`) : key;
}

/** The attributes of a SKU as one line: `等级：一级 · 产地：广西`. */
export function attributesText(t: TFunction, attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([k, v]) => t('catalog.format.attribute', { name: attributeLabel(t, k), value: v }))
    .join(' · ');
}
