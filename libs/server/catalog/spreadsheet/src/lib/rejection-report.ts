import { headerLabel } from './header-match';
import { inLocale, type SheetColumn, type SheetFormat, type SheetLocale } from './sheet.types';
import type { Rejection } from './spreadsheet.errors';
import { writeSheet } from './write-sheet';

export interface RejectionReportOptions {
  /** the import's columns, to name each column by its label rather than its key */
  readonly columns?: readonly SheetColumn[];
}

const REPORT_COLUMNS: readonly SheetColumn[] = [
  { key: 'row_number', zh: '行号', en: 'Row', type: 'decimal' },
  { key: 'column', zh: '列', en: 'Column' },
  { key: 'reason', zh: '原因', en: 'Reason' },
  { key: 'value', zh: '单元格内容', en: 'Cell value' },
  { key: 'code', zh: '错误代码', en: 'Code' },
];

/** The rejected rows as a spreadsheet for download: row number, column, reason in the locale, cell, code. */
export async function rejectionReport(
  rejected: readonly Rejection[],
  format: SheetFormat,
  locale: SheetLocale,
  options: RejectionReportOptions = {},
): Promise<Buffer> {
  const byKey = new Map((options.columns ?? []).map((c) => [c.key, c]));
  const rows = [...rejected]
    .sort((a, b) => a.rowNumber - b.rowNumber)
    .map((r) => {
      const column = byKey.get(r.column);
      return {
        row_number: String(r.rowNumber),
        column: column ? headerLabel(column, locale) : r.column,
        reason: inLocale(r.message, locale),
        value: r.value ?? '',
        code: r.code,
      };
    });
  return writeSheet(REPORT_COLUMNS, rows, format, locale, {
    sheetName: locale === 'en' ? 'Rejected rows' : '未通过的行',
  });
}
