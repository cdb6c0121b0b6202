import type { SheetColumn, SheetLocale } from './sheet.types';

/**
 * Header text as compared: Unicode NFKC (full-width letters and brackets become ASCII, as a
 * Chinese input method types them: "SKU编码（sku_code）"), blanks collapsed, a required-marker
 * asterisk dropped, lower case.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\*+\s*|\s*\*+$/g, '')
    .toLowerCase();
}

const LABEL_AND_KEY = /^(.*?)\s*\(([^()]*)\)$/;

export interface HeaderMatcher {
  /** The key of the column a header cell names, or null for a column we do not know. */
  match(header: string): string | null;
}

/**
 * A header cell names a column when it is the key (`sku_code`), the Chinese or the English
 * label, or "label (key)" as our exports write it. In "label (key)" the key decides: it is the
 * part the template asks not to change.
 */
export function headerMatcher(columns: readonly SheetColumn[]): HeaderMatcher {
  const byKey = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const c of columns) {
    byKey.set(normalizeHeader(c.key), c.key);
    byName.set(normalizeHeader(c.zh), c.key);
    byName.set(normalizeHeader(c.en), c.key);
  }
  return {
    match(header: string): string | null {
      const n = normalizeHeader(header);
      if (n === '') return null;
      const direct = byKey.get(n) ?? byName.get(n);
      if (direct) return direct;
      const m = LABEL_AND_KEY.exec(n);
      if (!m) return null;
      const inner = (m[2] ?? '').trim();
      const outer = (m[1] ?? '').trim();
      return byKey.get(inner) ?? byKey.get(outer) ?? byName.get(outer) ?? null;
    },
  };
}

/** The header our files write: "SKU编码 (sku_code)" / "SKU code (sku_code)", so they re-import. */
export function headerLabel(column: SheetColumn, locale: SheetLocale): string {
  return `${locale === 'en' ? column.en : column.zh} (${column.key})`;
}
