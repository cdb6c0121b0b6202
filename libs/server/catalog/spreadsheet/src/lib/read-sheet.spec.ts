import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet';
import type { Sheet, SheetColumn } from './sheet.types';
import type { SheetError } from './spreadsheet.errors';

const COLUMNS: readonly SheetColumn[] = [
  { key: 'sku_code', zh: 'SKU编码', en: 'SKU code', required: true },
  { key: 'unit_price', zh: '单价', en: 'Unit price', type: 'decimal', required: true },
  { key: 'floor_price', zh: '底价', en: 'Floor price', type: 'decimal' },
];

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const withBom = (text: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);

async function xlsx(fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Sheet1'), workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function value(result: Awaited<ReturnType<typeof readSheet>>): Sheet {
  if (!result.ok) throw new Error(`expected a sheet, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

function error(result: Awaited<ReturnType<typeof readSheet>>): SheetError {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('readSheet, CSV', () => {
  it('reads UTF-8 with and without a BOM alike, Chinese included', async () => {
    const text = 'SKU编码,单价\r\nSUGAR-1,5980.5\r\n白砂糖-2,6000\r\n';
    for (const buffer of [utf8(text), withBom(text)]) {
      const sheet = value(await readSheet(buffer, 'csv'));
      expect(sheet.headers).toEqual(['SKU编码', '单价']);
      expect(sheet.rows).toEqual([
        { rowNumber: 2, cells: { SKU编码: 'SUGAR-1', 单价: '5980.5' } },
        { rowNumber: 3, cells: { SKU编码: '白砂糖-2', 单价: '6000' } },
      ]);
    }
  });

  it('keeps spreadsheet row numbers across skipped empty rows and a late header', async () => {
    const text = '\n,,\nsku_code,unit_price\n\nA,1\n , \n"B\nline",2\nC,3';
    const sheet = value(await readSheet(utf8(text), 'csv', { columns: COLUMNS }));
    expect(sheet.rows.map((r) => [r.rowNumber, r.cells['sku_code']])).toEqual([
      [5, 'A'],
      [7, 'B\nline'],
      [8, 'C'],
    ]);
  });

  it('trims every cell and keys cells by column key with a column list', async () => {
    const sheet = value(
      await readSheet(utf8('  SKU code ,Unit price,notes\n  A-1 ,\t 12.5 ,x\n'), 'csv', { columns: COLUMNS }),
    );
    expect(sheet.headers).toEqual(['SKU code', 'Unit price', 'notes']);
    expect(sheet.rows).toEqual([
      { rowNumber: 2, cells: { sku_code: 'A-1', unit_price: '12.5', floor_price: '' } },
    ]);
  });

  it('reads semicolon- and tab-separated files', async () => {
    for (const sep of [';', '\t']) {
      const sheet = value(
        await readSheet(utf8(`sku_code${sep}unit_price\nA${sep}1,5\n`), 'csv', { columns: COLUMNS }),
      );
      expect(sheet.rows[0]?.cells).toEqual({ sku_code: 'A', unit_price: '1,5', floor_price: '' });
    }
  });

  it('answers ENCODING for a GBK file, with advice to save as UTF-8', async () => {
    // "SKU编码,单价\nA,5980" in GBK
    const gbk = Buffer.concat([
      utf8('SKU'),
      Buffer.from([0xb1, 0xe0, 0xc2, 0xeb]),
      utf8(','),
      Buffer.from([0xb5, 0xa5, 0xbc, 0xdb]),
      utf8('\nA,5980\n'),
    ]);
    const e = error(await readSheet(gbk, 'csv'));
    expect(e.code).toBe('ENCODING');
    expect(e.message.zh).toContain('UTF-8');
    expect(e.message.en).toContain('CSV UTF-8');
  });

  it('answers ENCODING for UTF-16 (Excel "Unicode text")', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('sku_code\tunit_price\n', 'utf16le'),
    ]);
    expect(error(await readSheet(utf16, 'csv')).code).toBe('ENCODING');
  });

  it('answers NOT_A_SPREADSHEET for binary data, an xlsx or an xls sent as CSV', async () => {
    const workbook = await xlsx((s) => s.addRow(['sku_code']));
    expect(error(await readSheet(workbook, 'csv')).code).toBe('NOT_A_SPREADSHEET');
    expect(error(await readSheet(workbook, 'csv')).message.en).toContain('.xlsx');
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(error(await readSheet(xls, 'csv')).message.en).toContain('.xls');
    expect(error(await readSheet(Buffer.from([0x41, 0x00, 0x42, 0x0a]), 'csv')).code).toBe(
      'NOT_A_SPREADSHEET',
    );
  });

  it('answers MALFORMED_CSV for an unterminated quote, with its row', async () => {
    const e = error(await readSheet(utf8('sku_code,unit_price\nA,1\nB,"2\nC,3\n'), 'csv'));
    expect(e).toMatchObject({ code: 'MALFORMED_CSV', rowNumber: 3 });
  });

  it('removes the apostrophe that guards a formula-like text', async () => {
    const sheet = value(await readSheet(utf8("sku_code,unit_price\n'=A1,'-5\n''=x,'plain\n"), 'csv'));
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      { sku_code: '=A1', unit_price: '-5' },
      { sku_code: "'=x", unit_price: "'plain" },
    ]);
  });
});

describe('readSheet, xlsx', () => {
  it('reads the first worksheet with its row numbers', async () => {
    const buffer = await xlsx((sheet, workbook) => {
      sheet.getCell('B3').value = 'SKU编码 (sku_code)';
      sheet.getCell('C3').value = '单价 (unit_price)';
      sheet.getCell('B4').value = 'A';
      sheet.getCell('C4').value = 5980.5;
      sheet.getCell('B6').value = 'B';
      sheet.getCell('C6').value = 12;
      workbook.addWorksheet('Other').getCell('A1').value = 'ignored';
    });
    const sheet = value(await readSheet(buffer, 'xlsx', { columns: COLUMNS }));
    expect(sheet.headers).toEqual(['SKU编码 (sku_code)', '单价 (unit_price)']);
    expect(sheet.rows).toEqual([
      { rowNumber: 4, cells: { sku_code: 'A', unit_price: '5980.5', floor_price: '' } },
      { rowNumber: 6, cells: { sku_code: 'B', unit_price: '12', floor_price: '' } },
    ]);
  });

  it('turns every kind of cell into the text Excel shows, without float artefacts', async () => {
    const buffer = await xlsx((sheet) => {
      sheet.addRow(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
      const row = sheet.addRow([]);
      row.getCell(1).value = 0.1 + 0.2;
      row.getCell(2).value = { formula: 'A2*2', result: 0.6000000000000001 };
      row.getCell(3).value = 0.025;
      row.getCell(3).numFmt = '0.0%';
      row.getCell(4).value = { richText: [{ text: '白砂' }, { text: '糖' }] };
      row.getCell(5).value = new Date(Date.UTC(2024, 0, 2));
      row.getCell(6).value = { error: '#N/A' };
      row.getCell(7).value = true;
      row.getCell(8).value = { text: 'link', hyperlink: 'https://example.com' };
      row.getCell(9).value = 1234.5;
      row.getCell(9).numFmt = '#,##0.00 "元"';
      row.getCell(10).value = 1e21;
    });
    const sheet = value(await readSheet(buffer, 'xlsx'));
    expect(sheet.rows[0]?.cells).toEqual({
      a: '0.3',
      b: '0.6',
      c: '2.5%',
      d: '白砂糖',
      e: '2024-01-02',
      f: '#N/A',
      g: 'TRUE',
      h: 'link',
      i: '1234.5',
      j: '1000000000000000000000',
    });
  });

  it('answers NOT_A_SPREADSHEET for random bytes, a truncated workbook, a plain zip and CSV text', async () => {
    const real = await xlsx((s) => {
      s.addRow(['sku_code', 'unit_price']);
      for (let i = 0; i < 100; i++) s.addRow([`SKU-${i}`, i]);
    });
    let seed = 7;
    const random = Buffer.from(
      Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff),
    );
    const zipMagicThenGarbage = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), random]);
    for (const bad of [
      random,
      zipMagicThenGarbage,
      real.subarray(0, Math.floor(real.length / 2)),
      real.subarray(0, real.length - 10),
      utf8('sku_code,unit_price\nA,1\n'),
    ]) {
      expect(error(await readSheet(bad, 'xlsx')).code).toBe('NOT_A_SPREADSHEET');
    }
  });

  it('answers EMPTY_FILE for a workbook without data', async () => {
    expect(error(await readSheet(await xlsx(() => undefined), 'xlsx')).code).toBe('EMPTY_FILE');
    const headerOnly = await xlsx((s) => s.addRow(['sku_code', 'unit_price']));
    expect(error(await readSheet(headerOnly, 'xlsx', { columns: COLUMNS })).code).toBe('EMPTY_FILE');
  });
});

describe('readSheet, whole-file errors', () => {
  it('answers EMPTY_FILE for nothing, blanks only, or a header without rows', async () => {
    for (const text of ['', '\uFEFF', '\n\n , \n', 'sku_code,unit_price\n,\n']) {
      expect(error(await readSheet(utf8(text), 'csv', { columns: COLUMNS })).code).toBe('EMPTY_FILE');
    }
    expect(error(await readSheet(new Uint8Array(0), 'xlsx')).code).toBe('EMPTY_FILE');
  });

  it('answers TOO_MANY_ROWS beyond the limit, not counting empty rows', async () => {
    const rows = (n: number): string => Array.from({ length: n }, (_, i) => `S${i},1`).join('\n');
    const atLimit = utf8(`sku_code,unit_price\n${rows(5)}\n,\n\n`);
    expect(value(await readSheet(atLimit, 'csv', { maxRows: 5 })).rows).toHaveLength(5);
    const over = utf8(`sku_code,unit_price\n${rows(6)}`);
    expect(error(await readSheet(over, 'csv', { maxRows: 5 }))).toMatchObject({
      code: 'TOO_MANY_ROWS',
      limit: 5,
    });
  });

  it('answers MISSING_COLUMNS listing every missing required column', async () => {
    const e = error(await readSheet(utf8('floor_price,notes\n1,x\n'), 'csv', { columns: COLUMNS }));
    expect(e).toMatchObject({ code: 'MISSING_COLUMNS', columns: ['sku_code', 'unit_price'] });
    expect(e.message.zh).toContain('SKU编码 (sku_code)');
    expect(e.message.zh).toContain('单价 (unit_price)');
    expect(e.message.en).toContain('Unit price (unit_price)');
  });

  it('does not require optional columns', async () => {
    const sheet = value(await readSheet(utf8('sku_code,unit_price\nA,1\n'), 'csv', { columns: COLUMNS }));
    expect(sheet.rows[0]?.cells).toEqual({ sku_code: 'A', unit_price: '1', floor_price: '' });
  });

  it('answers DUPLICATE_COLUMNS when two headers name one column', async () => {
    const e = error(
      await readSheet(utf8('sku_code,SKU编码,unit_price\nA,B,1\n'), 'csv', { columns: COLUMNS }),
    );
    expect(e).toMatchObject({ code: 'DUPLICATE_COLUMNS', columns: ['sku_code'] });
    const raw = error(await readSheet(utf8('a,a\n1,2\n'), 'csv'));
    expect(raw).toMatchObject({ code: 'DUPLICATE_COLUMNS', columns: ['a'] });
  });

  it('keys cells safely whatever the header text', async () => {
    const sheet = value(await readSheet(utf8('__proto__,constructor\nx,y\n'), 'csv'));
    const cells = sheet.rows[0]?.cells ?? {};
    expect(Object.keys(cells)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(cells)).toBe(Object.prototype);
  });
});
