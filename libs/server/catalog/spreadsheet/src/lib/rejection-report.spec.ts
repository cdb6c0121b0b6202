import { describe, expect, it } from 'vitest';
import { PRICE_IMPORT } from './price-import.schema';
import { readSheet } from './read-sheet';
import { rejectionReport } from './rejection-report';
import type { Rejection } from './spreadsheet.errors';

const REJECTED: Rejection[] = [
  {
    rowNumber: 12,
    column: 'unit_price',
    code: 'INVALID_NUMBER',
    message: { zh: '“单价”不是有效的数字。', en: 'Unit price is not a valid number.' },
    value: '=1+1',
  },
  {
    rowNumber: 3,
    column: 'sku_code',
    code: 'REQUIRED',
    message: { zh: '“SKU编码”不能为空。', en: 'SKU code is required.' },
  },
];

describe('rejectionReport', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    it(`lists row, column, reason, cell and code in the locale (${format})`, async () => {
      const zh = await readSheet(
        await rejectionReport(REJECTED, format, 'zh-CN', { columns: PRICE_IMPORT.columns }),
        format,
      );
      if (!zh.ok) throw new Error(zh.error.message.en);
      expect(zh.value.headers).toEqual([
        '行号 (row_number)',
        '列 (column)',
        '原因 (reason)',
        '单元格内容 (value)',
        '错误代码 (code)',
      ]);
      expect(zh.value.rows.map((r) => Object.values(r.cells))).toEqual([
        ['3', 'SKU编码 (sku_code)', '“SKU编码”不能为空。', '', 'REQUIRED'],
        ['12', '单价 (unit_price)', '“单价”不是有效的数字。', '=1+1', 'INVALID_NUMBER'],
      ]);

      const en = await readSheet(await rejectionReport(REJECTED, format, 'en'), format);
      if (!en.ok) throw new Error(en.error.message.en);
      expect(en.value.rows[0]?.cells).toEqual({
        'Row (row_number)': '3',
        'Column (column)': 'sku_code',
        'Reason (reason)': 'SKU code is required.',
        'Cell value (value)': '',
        'Code (code)': 'REQUIRED',
      });
    });
  }

  it('writes a report with a header only when nothing was rejected', async () => {
    const csv = (await rejectionReport([], 'csv', 'en')).toString('utf8');
    expect(csv).toBe(
      '\uFEFFRow (row_number),Column (column),Reason (reason),Cell value (value),Code (code)\r\n',
    );
  });
});
