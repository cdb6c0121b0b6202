import { describe, expect, it } from 'vitest';
import { SHEET_ERROR_STATUS, sheetErrors, type SheetError, type SheetErrorCode } from './spreadsheet.errors';

describe('sheet errors', () => {
  const all: SheetError[] = [
    sheetErrors.emptyFile(),
    sheetErrors.noDataRows(),
    sheetErrors.notASpreadsheet('corrupt'),
    sheetErrors.notASpreadsheet('zip-as-csv'),
    sheetErrors.notASpreadsheet('xls'),
    sheetErrors.notASpreadsheet('binary'),
    sheetErrors.notASpreadsheet('no-sheet'),
    sheetErrors.tooManyRows(100_000),
    sheetErrors.encoding('utf16'),
    sheetErrors.encoding('invalid'),
    sheetErrors.missingColumns([{ key: 'sku_code', zh: 'SKU编码', en: 'SKU code' }]),
    sheetErrors.duplicateColumns(['sku_code']),
    sheetErrors.malformedCsv(3),
  ];

  it('covers every code, each with a 4xx status', () => {
    expect(new Set(all.map((e) => e.code))).toEqual(
      new Set(Object.keys(SHEET_ERROR_STATUS) as SheetErrorCode[]),
    );
    for (const status of Object.values(SHEET_ERROR_STATUS)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    }
  });

  it('has a message in both languages for every error', () => {
    for (const e of all) {
      expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message.en).toMatch(/^[\x20-\x7e“”→–]+$/);
      expect(e.message.zh).not.toBe(e.message.en);
    }
  });
});
