import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readAndValidate } from './import-schema';
import { PRICE_IMPORT } from './price-import.schema';
import { PRODUCT_IMPORT } from './product-import.schema';
import { templateFor } from './template';

const CASES = [
  ['products', PRODUCT_IMPORT],
  ['price_list', PRICE_IMPORT],
] as const;

describe('templateFor', () => {
  for (const [kind, schema] of CASES) {
    for (const format of ['xlsx', 'csv'] as const) {
      for (const locale of ['zh-CN', 'en'] as const) {
        it(`${kind} ${format} ${locale} re-imports its two examples without rejection`, async () => {
          const buffer = await templateFor(schema as typeof PRODUCT_IMPORT, format, locale);
          const result = await readAndValidate(schema as typeof PRODUCT_IMPORT, buffer, format);
          if (!result.ok) throw new Error(result.error.message.en);
          expect(result.value.rejected).toEqual([]);
          expect(result.value.valid.map((r) => r.rowNumber)).toEqual([2, 3]);
        });
      }
    }
  }

  it('shows white sugar at 5980 with breaks at 100 and 1000', async () => {
    const result = await readAndValidate(
      PRICE_IMPORT,
      await templateFor(PRICE_IMPORT, 'csv', 'zh-CN'),
      'csv',
    );
    expect(result.ok && result.value.valid[0]).toEqual({
      rowNumber: 2,
      skuCode: 'SUGAR-W1-BULK',
      unitPrice: '5980',
      floorPrice: '5800',
      ladderMode: 'all_units',
      ladder: [
        { minQuantity: '100', kind: 'absolute', value: '5950' },
        { minQuantity: '1000', kind: 'percent', value: '2' },
      ],
    });
    const products = await readAndValidate(
      PRODUCT_IMPORT,
      await templateFor(PRODUCT_IMPORT, 'xlsx', 'zh-CN'),
      'xlsx',
    );
    expect(products.ok && products.value.valid[0]).toMatchObject({
      productNameZh: '白砂糖 一级',
      productNameEn: 'White sugar grade 1',
      unit: 't',
    });
  });

  it('adds an instructions sheet in the locale describing every column', async () => {
    for (const [locale, name, header] of [
      ['zh-CN', '说明', '说明'],
      ['en', 'Instructions', 'Description'],
    ] as const) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(await templateFor(PRICE_IMPORT, 'xlsx', locale)).buffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([locale === 'en' ? 'Prices' : '价格', name]);
      const sheet = workbook.worksheets[1];
      if (!sheet) throw new Error('no instructions');
      expect(sheet.getCell('C1').value).toBe(header);
      const described = PRICE_IMPORT.columns.map((_, i) => sheet.getCell(`A${i + 2}`).value);
      expect(described).toEqual(
        PRICE_IMPORT.columns.map((c) => `${locale === 'en' ? c.en : c.zh} (${c.key})`),
      );
      for (let i = 0; i < PRICE_IMPORT.columns.length; i++) {
        expect(String(sheet.getCell(`C${i + 2}`).value)).not.toBe('');
      }
    }
  });
});
