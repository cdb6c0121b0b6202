import { describe, expect, it } from 'vitest';
import { headerLabel, headerMatcher } from './header-match';
import type { SheetColumn } from './sheet.types';

const COLUMNS: readonly SheetColumn[] = [
  { key: 'sku_code', zh: 'SKU编码', en: 'SKU code' },
  { key: 'unit_price', zh: '单价', en: 'Unit price' },
  { key: 'break1_min_qty', zh: '第1档起始数量', en: 'Break 1 minimum quantity' },
];

describe('headerMatcher', () => {
  const { match } = headerMatcher(COLUMNS);

  it.each([
    ['sku_code', 'sku_code'],
    ['SKU_CODE', 'sku_code'],
    ['SKU编码', 'sku_code'],
    ['  sku code  ', 'sku_code'],
    ['SKU Code', 'sku_code'],
    ['SKU编码 (sku_code)', 'sku_code'],
    ['SKU code (sku_code)', 'sku_code'],
    ['SKU编码（sku_code）', 'sku_code'],
    ['SKU编码(sku_code)', 'sku_code'],
    ['*SKU编码', 'sku_code'],
    ['SKU编码 *', 'sku_code'],
    ['单价', 'unit_price'],
    ['Unit   price', 'unit_price'],
    ['ｓｋｕ＿ｃｏｄｅ', 'sku_code'],
    ['第1档起始数量 (break1_min_qty)', 'break1_min_qty'],
    ['Renamed by the user (unit_price)', 'unit_price'],
    ['单价 (元)', 'unit_price'],
  ])('%s → %s', (header, key) => {
    expect(match(header)).toBe(key);
  });

  it.each(['', 'notes', '备注', 'sku', 'price', 'SKU编码 (unknown)x'])('ignores %s', (header) => {
    expect(match(header)).toBeNull();
  });
});

describe('headerLabel', () => {
  it('writes the label in the locale and the key, which matches again', () => {
    const { match } = headerMatcher(COLUMNS);
    for (const c of COLUMNS) {
      expect(headerLabel(c, 'zh-CN')).toBe(`${c.zh} (${c.key})`);
      expect(headerLabel(c, 'en')).toBe(`${c.en} (${c.key})`);
      expect(match(headerLabel(c, 'zh-CN'))).toBe(c.key);
      expect(match(headerLabel(c, 'en'))).toBe(c.key);
    }
  });
});
