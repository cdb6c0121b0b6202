import type { TFunction } from 'i18next';
import type { Language } from '@tradeway/web/i18n';

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
  'variety',
  'season',
  'sucroseMinPct',
  'colourMaxIu',
  'packaging',
  'diameterMinMm',
  'storage',
  'harvestYear',
  'species',
  'construction',
  'thicknessMm',
  'formaldehydeClass',
  'diameter',
  'diameterMm',
  'lengthM',
  'kgPerMetre',
  'weighing',
  'widthMm',
  'spec',
  'form',
  'purityPct',
  'process',
  'type',
] as const;
type KnownAttribute = (typeof KNOWN)[number];
const isKnown = (k: string): k is KnownAttribute => (KNOWN as readonly string[]).includes(k);

/** The English companion of an attribute: `gradeEn` holds the English value of `grade`. */
const EN_SUFFIX = 'En';
const companionOf = (key: string) => `${key}${EN_SUFFIX}`;
/** `gradeEn` → `grade` when `grade` is among `keys`, else null. */
function baseOf(key: string, keys: ReadonlySet<string>): string | null {
  if (!key.endsWith(EN_SUFFIX) || key.length <= EN_SUFFIX.length) return null;
  const base = key.slice(0, -EN_SUFFIX.length);
  return keys.has(base) ? base : null;
}

/** The name of a specification attribute (等级 / Grade); a key the screens do not know, as it is. */
export function attributeLabel(t: TFunction, key: string): string {
  return isKnown(key) ? t(`catalog.attribute.${key}`) : key;
}

/**
 * The attributes of a SKU as they are shown, in their order: a value with an English
 * companion (`grade: 一级`, `gradeEn: Grade 1`) is one attribute, its English value on an
 * English page; the companion is never a line of its own.
 */
export function visibleAttributes(
  attributes: Record<string, string>,
  language: Language,
): Array<[key: string, value: string]> {
  const keys = new Set(Object.keys(attributes));
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (baseOf(key, keys) !== null) continue;
    const english = attributes[companionOf(key)];
    out.push([key, language === 'en' && english ? english : value]);
  }
  return out;
}

/** The attributes of a SKU as one line: `等级：一级 · 产地：广西`. */
export function attributesText(
  t: TFunction,
  attributes: Record<string, string>,
  language: Language = 'zh-CN',
): string {
  return visibleAttributes(attributes, language)
    .map(([k, v]) => t('catalog.format.attribute', { name: attributeLabel(t, k), value: v }))
    .join(' · ');
}

/**
 * The attribute filters of a category: an attribute with an English companion is one filter,
 * on the companion's values on an English page (the filter then matches `gradeEn`). A filter
 * in use (`active`) is always shown, so that it can be cleared.
 */
export function visibleAttributeFilters<A extends { key: string }>(
  items: readonly A[],
  language: Language,
  active: Readonly<Record<string, string>> = {},
): Array<A & { label: string }> {
  const keys = new Set(items.map((a) => a.key));
  const out: Array<A & { label: string }> = [];
  for (const a of items) {
    const base = baseOf(a.key, keys);
    const hasCompanion = keys.has(companionOf(a.key));
    const hidden = language === 'en' ? hasCompanion : base !== null;
    if (hidden && active[a.key] === undefined) continue;
    out.push({ ...a, label: base ?? a.key });
  }
  return out;
}
