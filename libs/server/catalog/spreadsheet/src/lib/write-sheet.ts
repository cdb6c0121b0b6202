import ExcelJS from 'exceljs';
import { isExactNumberText } from './decimal-text';
import { headerLabel } from './header-match';
import type { RowInput, SheetColumn, SheetFormat, SheetLocale } from './sheet.types';

export interface WriteSheetOptions {
  /** The worksheet's name in xlsx (invalid characters replaced, cut to 31); default 数据 / Data. */
  readonly sheetName?: string;
}

/** One worksheet of a workbook to write. */
export interface SheetSpec {
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly RowInput[];
  /** header cells; default "label (key)" in the locale, so that the file re-imports */
  readonly headers?: readonly string[];
  /** wrap long text (instructions) instead of widening the column beyond 60 characters */
  readonly wrap?: boolean;
}

/**
 * Writes rows of text as a spreadsheet. The header row is "label (key)" in the locale, so the
 * file imports again. xlsx: header bold and frozen, an auto-filter, widths from the content;
 * in `decimal` columns a plain number is written as an Excel number shown with exactly its own
 * decimals (text that a double cannot hold exactly stays text); `text` columns are formatted as
 * text. CSV: UTF-8 with a BOM (so that Excel shows Chinese), CRLF, RFC 4180 quoting.
 */
export async function writeSheet(
  columns: readonly SheetColumn[],
  rows: readonly RowInput[],
  format: SheetFormat,
  locale: SheetLocale,
  options: WriteSheetOptions = {},
): Promise<Buffer> {
  const spec: SheetSpec = { name: options.sheetName ?? (locale === 'en' ? 'Data' : '数据'), columns, rows };
  return format === 'xlsx' ? writeWorkbook([spec], locale) : writeCsv(spec, locale);
}

/** An xlsx workbook of several worksheets, the first one being the data (templates add instructions). */
export async function writeWorkbook(sheets: readonly SheetSpec[], locale: SheetLocale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tradeway';
  for (const spec of sheets) addWorksheet(workbook, spec, locale);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addWorksheet(workbook: ExcelJS.Workbook, spec: SheetSpec, locale: SheetLocale): void {
  const sheet = workbook.addWorksheet(safeSheetName(spec.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const headers = spec.headers ?? spec.columns.map((c) => headerLabel(c, locale));
  spec.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = columnWidth(headers[i] ?? '', c.key, spec.rows, spec.wrap === true);
    // typed into a text column, 00123 stays 00123 instead of becoming the number 123
    if (c.type !== 'decimal') column.numFmt = '@';
    if (spec.wrap) column.alignment = { wrapText: true, vertical: 'top' };
  });

  const headerRow = sheet.addRow(headers.map(xlsxText));
  headerRow.font = { bold: true };
  headerRow.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });
  if (spec.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  }

  for (const input of spec.rows) {
    const row = sheet.addRow(
      spec.columns.map((c) => {
        const text = input[c.key] ?? '';
        if (c.type === 'decimal' && isExactNumberText(text)) return Number(text);
        return text === '' ? null : xlsxText(text);
      }),
    );
    spec.columns.forEach((c, i) => {
      if (c.type !== 'decimal') return;
      const cell = row.getCell(i + 1);
      if (typeof cell.value === 'number') cell.numFmt = decimalFormat(input[c.key] ?? '');
    });
  }
}

/** Shows a number with exactly the decimals it was written with: "5980.5" → 0.0, "25" → 0. */
function decimalFormat(text: string): string {
  const point = text.indexOf('.');
  return point < 0 ? '0' : `0.${'0'.repeat(text.length - point - 1)}`;
}

/** Characters XML 1.0 cannot carry are dropped; Excel holds at most 32 767 characters a cell. */
function xlsxText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  return clean.length > 32_767 ? clean.slice(0, 32_767) : clean;
}

function safeSheetName(name: string): string {
  const clean = name.replace(/[:\\/?*[\]]/g, '-').trim() || 'Sheet1';
  return clean.slice(0, 31);
}

const WIDTH_SAMPLE = 500;

function columnWidth(header: string, key: string, rows: readonly RowInput[], wrap: boolean): number {
  let widest = displayWidth(header);
  const sample = Math.min(rows.length, WIDTH_SAMPLE);
  for (let r = 0; r < sample; r++) {
    const text = rows[r]?.[key];
    if (text) widest = Math.max(widest, displayWidth(text));
  }
  return Math.min(Math.max(widest + 2, 8), wrap ? 80 : 60);
}

/** Columns a text takes in Excel: Chinese and other full-width characters count double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    width += cp >= 0x1100 && isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x1f300
  );
}

// ---------------------------------------------------------------------------------------------
// CSV

function writeCsv(spec: SheetSpec, locale: SheetLocale): Buffer {
  const headers = spec.headers ?? spec.columns.map((c) => headerLabel(c, locale));
  const lines = [headers.map(csvField).join(',')];
  for (const input of spec.rows) lines.push(spec.columns.map((c) => csvField(input[c.key] ?? '')).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?%?$/;
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/**
 * One CSV field. Text Excel would run as a formula (=, +, -, @ first: "CSV injection") gets a
 * leading apostrophe, which `readSheet` removes again (text already starting with apostrophes and
 * a formula character gets one more, so that it too comes back unchanged); plain numbers such
 * as -5 are left alone.
 * Quoted (RFC 4180, quotes doubled) when it holds a delimiter, a quote, a line break or edge blanks.
 */
function csvField(text: string): string {
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
