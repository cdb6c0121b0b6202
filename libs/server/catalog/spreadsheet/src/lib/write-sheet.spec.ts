import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet';
import type { RowInput, SheetColumn, SheetFormat } from './sheet.types';
import { displayWidth, writeSheet } from './write-sheet';

const COLUMNS: readonly SheetColumn[] = [
  { key: 'sku_code', zh: 'SKU编码', en: 'SKU code', required: true },
  { key: 'name', zh: '名称', en: 'Name' },
  { key: 'unit_price', zh: '单价', en: 'Unit price', type: 'decimal' },
  { key: 'break_price', zh: '阶梯价格', en: 'Break price', type: 'decimal' },
];

const ROWS: RowInput[] = [
  { sku_code: 'SUGAR-W1', name: '白砂糖 一级', unit_price: '5980.5', break_price: '2%' },
  { sku_code: '00123', name: 'Comma, "quotes" and\nnewline', unit_price: '0.1', break_price: '5950' },
  { sku_code: 'BIG', name: '=SUM(A1:A2)', unit_price: '123456789012.1234', break_price: '-5' },
  { sku_code: 'X', name: "'=already guarded", unit_price: '5980.1234', break_price: '' },
  { sku_code: 'Y', name: '+86 138', unit_price: '25.0', break_price: '1234567890123456' },
];

async function roundTrip(format: SheetFormat, locale: 'zh-CN' | 'en', rows: readonly RowInput[] = ROWS) {
  const buffer = await writeSheet(COLUMNS, rows, format, locale);
  const read = await readSheet(buffer, format, { columns: COLUMNS });
  if (!read.ok) throw new Error(read.error.message.en);
  return { buffer, sheet: read.value };
}

const expected = (rows: readonly RowInput[]) =>
  rows.map((r) => Object.fromEntries(COLUMNS.map((c) => [c.key, r[c.key] ?? ''])));

describe('writeSheet then readSheet', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    for (const locale of ['zh-CN', 'en'] as const) {
      it(`gives the same cells back (${format}, ${locale})`, async () => {
        const { sheet } = await roundTrip(format, locale);
        expect(sheet.rows.map((r) => r.cells)).toEqual(expected(ROWS));
        expect(sheet.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6]);
      });
    }
  }

  it('writes headers as "label (key)" in the locale', async () => {
    expect((await roundTrip('csv', 'zh-CN')).sheet.headers).toEqual([
      'SKU编码 (sku_code)',
      '名称 (name)',
      '单价 (unit_price)',
      '阶梯价格 (break_price)',
    ]);
    expect((await roundTrip('xlsx', 'en')).sheet.headers[0]).toBe('SKU code (sku_code)');
  });

  it('keeps any trimmed text exactly, in both formats', async () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 30 })
      // xlsx cannot carry control characters; every reader trims
      // eslint-disable-next-line no-control-regex
      .map((s) => s.replace(/[\u0000-\u001f\u007f]/g, '').trim());
    const row = fc.record({
      sku_code: fc.stringMatching(/^[A-Z0-9-]{1,10}$/),
      name: text,
      unit_price: text,
      break_price: text,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('xlsx', 'csv' as const),
        async (rows, format) => {
          const { sheet } = await roundTrip(format as SheetFormat, 'en', rows);
          expect(sheet.rows.map((r) => r.cells)).toEqual(expected(rows));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('writeSheet, xlsx', () => {
  async function load(buffer: Buffer): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    return sheet;
  }

  it('writes exact decimals as numbers Excel users can edit, and the rest as text', async () => {
    const sheet = await load(await writeSheet(COLUMNS, ROWS, 'xlsx', 'zh-CN'));
    expect(sheet.getCell('C2').value).toBe(5980.5);
    expect(sheet.getCell('C2').numFmt).toBe('0.0');
    expect(sheet.getCell('C3').value).toBe(0.1);
    expect(sheet.getCell('C5').value).toBe(5980.1234);
    expect(sheet.getCell('C5').numFmt).toBe('0.0000');
    expect(sheet.getCell('D3').value).toBe(5950);
    expect(sheet.getCell('D3').numFmt).toBe('0');
    // more than 15 significant digits, a trailing zero, a percentage: kept as text
    expect(sheet.getCell('C4').value).toBe('123456789012.1234');
    expect(sheet.getCell('C6').value).toBe('25.0');
    expect(sheet.getCell('D6').value).toBe('1234567890123456');
    expect(sheet.getCell('D2').value).toBe('2%');
    // codes stay text, in a column formatted as text
    expect(sheet.getCell('A3').value).toBe('00123');
    expect(sheet.getColumn(1).numFmt).toBe('@');
    // a formula-like text is a string, never a formula
    expect(sheet.getCell('B4').value).toBe('=SUM(A1:A2)');
  });

  it('has a bold, frozen header row, a filter and widths from the content', async () => {
    const sheet = await load(await writeSheet(COLUMNS, ROWS, 'xlsx', 'zh-CN', { sheetName: '价格/Prices' }));
    expect(sheet.name).toBe('价格-Prices');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const widths = COLUMNS.map((_, i) => sheet.getColumn(i + 1).width ?? 0);
    expect(widths[0]).toBe(displayWidth('SKU编码 (sku_code)') + 2);
    expect(widths[2]).toBe(displayWidth('123456789012.1234') + 2);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(8);
    for (const w of widths) expect(w).toBeLessThanOrEqual(60);
  });

  it('drops characters XML cannot carry instead of writing a broken file', async () => {
    const { sheet } = await roundTrip('xlsx', 'en', [{ sku_code: 'A', name: 'bell\u0007here' }]);
    expect(sheet.rows[0]?.cells['name']).toBe('bellhere');
  });
});

describe('writeSheet, CSV', () => {
  it('starts with a UTF-8 BOM, ends lines with CRLF and quotes per RFC 4180', async () => {
    const buffer = await writeSheet(COLUMNS, ROWS.slice(0, 3), 'csv', 'en');
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buffer.subarray(3).toString('utf8');
    expect(text.split('\r\n')).toEqual([
      'SKU code (sku_code),Name (name),Unit price (unit_price),Break price (break_price)',
      'SUGAR-W1,白砂糖 一级,5980.5,2%',
      '00123,"Comma, ""quotes"" and\nnewline",0.1,5950',
      "BIG,'=SUM(A1:A2),123456789012.1234,-5",
      '',
    ]);
  });

  it('guards every formula start but leaves plain numbers alone', async () => {
    const rows = ['=1+1', '+86 138', '-x', '@cmd', '-5', '+5', '-2.5%'].map((name) => ({
      sku_code: 'A',
      name,
    }));
    const text = (await writeSheet(COLUMNS, rows, 'csv', 'en')).toString('utf8');
    const names = text
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.split(',')[1]);
    expect(names).toEqual(["'=1+1", "'+86 138", "'-x", "'@cmd", '-5', '+5', '-2.5%']);
  });
});
