import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { numberToText, timesHundred } from './decimal-text';
import { headerMatcher } from './header-match';
import { err, ok, type Result } from './result';
import type { Sheet, SheetColumn, SheetFormat, SheetRow } from './sheet.types';
import { sheetErrors, type SheetError } from './spreadsheet.errors';

export const DEFAULT_MAX_ROWS = 100_000;

export interface ReadSheetOptions {
  /**
   * The columns expected. With them, cells are keyed by column key (every key present, '' when
   * the column is absent), unknown columns are ignored, and a header row lacking a required
   * column answers MISSING_COLUMNS. Without them, cells are keyed by the header text.
   */
  readonly columns?: readonly SheetColumn[];
  /** The most data rows accepted (empty rows not counted); default 100 000. */
  readonly maxRows?: number;
}

interface RawRow {
  readonly rowNumber: number;
  /** the cells of the row by 0-based column index, trimmed */
  readonly values: readonly string[];
}

/**
 * Reads the first worksheet of an xlsx workbook or a whole CSV file into trimmed text cells.
 * The header row is the first non-empty row; empty rows are skipped; every row keeps its
 * 1-based row number in the spreadsheet so that reports point at the line the user sees.
 */
export async function readSheet(
  buffer: Buffer | Uint8Array,
  format: SheetFormat,
  options: ReadSheetOptions = {},
): Promise<Result<Sheet, SheetError>> {
  if (buffer.byteLength === 0) return err(sheetErrors.emptyFile());
  const raw = format === 'xlsx' ? await xlsxRows(buffer) : csvRows(buffer);
  if (!raw.ok) return raw;
  return assemble(raw.value, options);
}

// ---------------------------------------------------------------------------------------------
// xlsx

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

async function xlsxRows(bytes: Uint8Array): Promise<Result<RawRow[], SheetError>> {
  if (startsWith(bytes, OLE_MAGIC)) return err(sheetErrors.notASpreadsheet('xls'));
  if (!startsWith(bytes, ZIP_MAGIC)) return err(sheetErrors.notASpreadsheet('corrupt'));
  const workbook = new ExcelJS.Workbook();
  try {
    // a copy as a plain ArrayBuffer: what ExcelJS's typings ask for, whatever view we were given
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return err(sheetErrors.notASpreadsheet('corrupt'));
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet) return err(sheetErrors.notASpreadsheet('no-sheet'));
  const rows: RawRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      values[col - 1] = cellText(cell.value, cell.numFmt).trim();
    });
    for (let i = 0; i < values.length; i++) values[i] ??= '';
    rows.push({ rowNumber, values });
  });
  return ok(rows);
}

/** What a cell shows, as text: see `numberToText` for numbers; formulas give their cached result. */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    const text = numberToText(value);
    if (text === null) return '#NUM!';
    return isPercentFormat(numFmt) ? `${timesHundred(text)}%` : text;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue, numFmt);
  }
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    return typeof text === 'string' ? text : cellText(text as ExcelJS.CellValue);
  }
  return '';
}

/** A number format that shows a percentage ("0.0%"), ignoring quoted literals and escapes. */
function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt || !numFmt.includes('%')) return false;
  return numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

/** Dates as ISO text: "2024-01-02", or "2024-01-02 13:45:00" when there is a time of day. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '#VALUE!';
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

// ---------------------------------------------------------------------------------------------
// CSV

const UTF16_LE = [0xff, 0xfe];
const UTF16_BE = [0xfe, 0xff];

function csvRows(bytes: Uint8Array): Result<RawRow[], SheetError> {
  if (startsWith(bytes, UTF16_LE) || startsWith(bytes, UTF16_BE)) return err(sheetErrors.encoding('utf16'));
  if (startsWith(bytes, ZIP_MAGIC)) return err(sheetErrors.notASpreadsheet('zip-as-csv'));
  if (startsWith(bytes, OLE_MAGIC)) return err(sheetErrors.notASpreadsheet('xls'));
  if (bytes.includes(0)) return err(sheetErrors.notASpreadsheet('binary'));
  let text: string;
  try {
    // fatal: an invalid byte sequence (GBK, GB2312, Windows-1252 …) throws; a UTF-8 BOM is dropped
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err(sheetErrors.encoding('invalid'));
  }
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const quotes = parsed.errors.find((e) => e.type === 'Quotes');
  if (quotes) return err(sheetErrors.malformedCsv((quotes.row ?? 0) + 1));
  return ok(parsed.data.map((values, i) => ({ rowNumber: i + 1, values: values.map(csvCell) })));
}

/**
 * The separator of the header row (the first non-empty line): comma, semicolon (Excel in
 * European locales) or tab, whichever occurs most outside quotes; comma on a tie. Papa Parse's
 * own guess looks at ten rows and is thrown by a trailing blank line in short files.
 */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
    } else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (ch.trim() !== '' && ch !== ',' && ch !== ';') seenContent = true;
  }
  let best = ',';
  for (const [delimiter, n] of counts) if (n > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/**
 * Our CSV files guard text that Excel would run as a formula with a leading apostrophe
 * (see `writeSheet`); one apostrophe is removed on the way back in.
 */
const GUARDED = /^'+[=+\-@\t\r]/;

function csvCell(text: string): string {
  const trimmed = text.trim();
  return trimmed.charCodeAt(0) === 39 && GUARDED.test(trimmed) ? trimmed.slice(1).trim() : trimmed;
}

// ---------------------------------------------------------------------------------------------
// header and rows

function assemble(raw: readonly RawRow[], options: ReadSheetOptions): Result<Sheet, SheetError> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const headerIndex = raw.findIndex((r) => r.values.some((v) => v !== ''));
  const header = raw[headerIndex];
  if (!header) return err(sheetErrors.emptyFile());

  const headed: number[] = [];
  header.values.forEach((v, i) => {
    if (v !== '') headed.push(i);
  });
  const headers = headed.map((i) => header.values[i] ?? '');

  // which column index feeds which cell key
  const sources = options.columns
    ? keyedByColumn(options.columns, header, headed)
    : keyedByHeader(header, headed);
  if (!sources.ok) return sources;

  const rows: SheetRow[] = [];
  const keys = sources.value.map(([key]) => key);
  const indexes = sources.value.map(([, index]) => index);
  for (let r = headerIndex + 1; r < raw.length; r++) {
    const values = (raw[r] as RawRow).values;
    if (isBlank(values, headed)) continue;
    if (rows.length === maxRows) return err(sheetErrors.tooManyRows(maxRows));
    const cells: Record<string, string> = {};
    for (let k = 0; k < keys.length; k++) {
      const index = indexes[k] as number;
      setCell(cells, keys[k] as string, index < 0 ? '' : (values[index] ?? ''));
    }
    rows.push({ rowNumber: (raw[r] as RawRow).rowNumber, cells });
  }
  if (rows.length === 0) return err(sheetErrors.noDataRows());
  return ok({ headers, rows });
}

function isBlank(values: readonly string[], headed: readonly number[]): boolean {
  for (const i of headed) if ((values[i] ?? '') !== '') return false;
  return true;
}

/** A header text may be "__proto__": define it as an own property, never touch the prototype. */
function setCell(cells: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__')
    Object.defineProperty(cells, key, { value, enumerable: true, writable: true, configurable: true });
  else cells[key] = value;
}

type Sources = Result<Array<[key: string, index: number]>, SheetError>;

function keyedByColumn(columns: readonly SheetColumn[], header: RawRow, headed: readonly number[]): Sources {
  const matcher = headerMatcher(columns);
  const indexOf = new Map<string, number>();
  const duplicates = new Set<string>();
  for (const i of headed) {
    const key = matcher.match(header.values[i] ?? '');
    if (key === null) continue;
    if (indexOf.has(key)) duplicates.add(key);
    else indexOf.set(key, i);
  }
  const missing = columns.filter((c) => c.required && !indexOf.has(c.key));
  if (missing.length > 0) return err(sheetErrors.missingColumns(missing));
  if (duplicates.size > 0) return err(sheetErrors.duplicateColumns([...duplicates]));
  return ok(columns.map((c) => [c.key, indexOf.get(c.key) ?? -1]));
}

function keyedByHeader(header: RawRow, headed: readonly number[]): Sources {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const i of headed) {
    const text = header.values[i] ?? '';
    if (seen.has(text)) duplicates.add(text);
    seen.add(text);
  }
  if (duplicates.size > 0) return err(sheetErrors.duplicateColumns([...duplicates]));
  return ok(headed.map((i) => [header.values[i] ?? '', i]));
}
