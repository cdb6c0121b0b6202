import { parseDecimalText, type DecimalRules } from './decimal-text';
import { headerMatcher } from './header-match';
import { readSheet, type ReadSheetOptions } from './read-sheet';
import { rejectionMessages, type CodedMessage } from './rejection.messages';
import { ok, type Result } from './result';
import type { Bilingual, Sheet, SheetColumn, SheetFormat, SheetLocale } from './sheet.types';
import type { Rejection, SheetError } from './spreadsheet.errors';

export type ImportKind = 'products' | 'price_list';

/** A column of an import schema, with its key narrowed to the schema's keys. */
export interface ImportColumn<K extends string> extends SheetColumn {
  readonly key: K;
}

/** Reads one cell of the current row by column key: trimmed text, '' when blank or absent. */
export type CellReader<K extends string> = (key: K) => string;

export type RowOutcome<Row> =
  { readonly ok: true; readonly value: Row } | { readonly ok: false; readonly rejections: Rejection[] };

/** A rule across the rows of one file (e.g. rows of one product agree on its name). */
export type CrossRowCheck<K extends string> = (rowNumber: number, cell: CellReader<K>) => Rejection[];

/**
 * What an import expects: its columns, how one row becomes a typed row, the column whose value
 * must be unique in the file, and the way back (typed row → cells) for exports and templates.
 */
export interface ImportSchema<Row extends { rowNumber: number }, K extends string = string> {
  readonly kind: ImportKind;
  readonly columns: readonly ImportColumn<K>[];
  /** a second row with the same value here is a DUPLICATE_ROW */
  readonly uniqueColumn: K;
  /** the data sheet's name in templates and exports */
  readonly sheetName: Bilingual;
  validateRow(rowNumber: number, cell: CellReader<K>): RowOutcome<Row>;
  /** a fresh checker for one file, if the schema has rules across rows */
  crossRowCheck?(): CrossRowCheck<K>;
  /** a typed row as cells, so that what is exported imports again unchanged */
  toCells(row: Omit<Row, 'rowNumber'>): Record<K, string>;
  /** the example rows of the template */
  examples(locale: SheetLocale): Array<Record<K, string>>;
}

export interface ValidationResult<Row> {
  readonly valid: Row[];
  /** every rejection, in row order; a row with any rejection is not among `valid` */
  readonly rejected: Rejection[];
}

/**
 * Validates every row of a sheet, and across rows: the second row with the same unique value
 * (`sku_code`) is a DUPLICATE_ROW pointing at the first. All problems of a row are reported,
 * one per column. Cells may be keyed by column key (`readSheet` with the schema's columns) or by
 * header text (`readSheet` without columns).
 */
export function validateRows<Row extends { rowNumber: number }, K extends string>(
  schema: ImportSchema<Row, K>,
  sheet: Sheet,
): ValidationResult<Row> {
  const source = sourceKeys(schema.columns, sheet);
  const unique = schema.columns.find((c) => c.key === schema.uniqueColumn) as ImportColumn<K>;
  const firstRowOf = new Map<string, number>();
  const crossRow = schema.crossRowCheck?.();
  const valid: Row[] = [];
  const rejected: Rejection[] = [];

  for (const row of sheet.rows) {
    const cells = row.cells;
    const cell: CellReader<K> = (key) => {
      const text = cells[source.get(key) ?? key];
      return text === undefined ? '' : text.trim();
    };
    const outcome = schema.validateRow(row.rowNumber, cell);
    const before = rejected.length;
    if (!outcome.ok) for (const r of outcome.rejections) rejected.push(r);

    const uniqueValue = cell(schema.uniqueColumn);
    if (uniqueValue !== '') {
      const first = firstRowOf.get(uniqueValue);
      if (first === undefined) firstRowOf.set(uniqueValue, row.rowNumber);
      else {
        const m = rejectionMessages.duplicateRow(unique, uniqueValue, first);
        rejected.push({ rowNumber: row.rowNumber, column: unique.key, ...m, value: uniqueValue });
      }
    }
    if (crossRow) for (const r of crossRow(row.rowNumber, cell)) rejected.push(r);

    if (outcome.ok && rejected.length === before) valid.push(outcome.value);
  }
  return { valid, rejected };
}

/** For each column key, the key its cells are stored under in this sheet. */
function sourceKeys<K extends string>(columns: readonly ImportColumn<K>[], sheet: Sheet): Map<K, string> {
  const first = sheet.rows[0]?.cells ?? {};
  const matcher = headerMatcher(columns);
  const source = new Map<K, string>();
  for (const c of columns) {
    if (Object.hasOwn(first, c.key)) source.set(c.key, c.key);
    else {
      const header = sheet.headers.find((h) => matcher.match(h) === c.key);
      if (header !== undefined) source.set(c.key, header);
    }
  }
  return source;
}

/** Reads a file with the schema's columns and validates its rows: the whole import check. */
export async function readAndValidate<Row extends { rowNumber: number }, K extends string>(
  schema: ImportSchema<Row, K>,
  buffer: Buffer | Uint8Array,
  format: SheetFormat,
  options: Omit<ReadSheetOptions, 'columns'> = {},
): Promise<Result<ValidationResult<Row>, SheetError>> {
  const sheet = await readSheet(buffer, format, { ...options, columns: schema.columns });
  if (!sheet.ok) return sheet;
  return ok(validateRows(schema, sheet.value));
}

// ---------------------------------------------------------------------------------------------
// checking the cells of one row

const EXCEL_ERROR =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|UNKNOWN!|BUSY!|CONNECT!|PYTHON!)$/i;
const CODE = /^[A-Za-z0-9_.-]+$/;

/**
 * Collects the rejections of one row. Each reader returns the checked value, or '' / null when
 * the cell is blank or was rejected — the row is then rejected as a whole, so those
 * placeholders never reach a typed row.
 */
export class RowCheck<K extends string> {
  readonly rejections: Rejection[] = [];

  constructor(
    private readonly rowNumber: number,
    private readonly cell: CellReader<K>,
    private readonly columns: ReadonlyMap<K, ImportColumn<K>>,
  ) {}

  get failed(): boolean {
    return this.rejections.length > 0;
  }

  column(key: K): ImportColumn<K> {
    return this.columns.get(key) as ImportColumn<K>;
  }

  reject(key: K, coded: CodedMessage, value = this.cell(key)): void {
    this.rejections.push({
      rowNumber: this.rowNumber,
      column: key,
      code: coded.code,
      message: coded.message,
      value,
    });
  }

  /** The cell's text; null when blank (rejected if required) or an Excel error value (rejected). */
  raw(key: K, required: boolean): string | null {
    const text = this.cell(key);
    if (text === '') {
      if (required) this.reject(key, rejectionMessages.required(this.column(key)));
      return null;
    }
    if (text.charCodeAt(0) === 35 && EXCEL_ERROR.test(text)) {
      this.reject(key, rejectionMessages.formulaError(this.column(key), text));
      return null;
    }
    return text;
  }

  /** Free text, runs of blanks and line breaks collapsed to one space, at most `max` characters. */
  text(key: K, required: boolean, max: number): string {
    const raw = this.raw(key, required);
    if (raw === null) return '';
    const text = collapseBlanks(raw);
    const length = codePoints(text);
    if (length > max) {
      this.reject(key, rejectionMessages.tooLong(this.column(key), max, length));
      return '';
    }
    return text;
  }

  /** A code: letters, digits, "-", "_", "." only, at most `max` characters. */
  code(key: K, required: boolean, max: number): string {
    const raw = this.raw(key, required);
    if (raw === null) return '';
    if (!CODE.test(raw)) {
      this.reject(key, rejectionMessages.invalidCode(this.column(key)));
      return '';
    }
    if (raw.length > max) {
      this.reject(key, rejectionMessages.tooLong(this.column(key), max, raw.length));
      return '';
    }
    return raw;
  }

  /** A decimal, normalised; `fallback` when blank (null: blank is allowed and gives null). */
  decimal(key: K, rules: DecimalRules, blank: 'required' | { fallback: string } | null): string | null {
    const raw = this.raw(key, blank === 'required');
    if (raw === null)
      return blank !== null && blank !== 'required' && this.cell(key) === '' ? blank.fallback : null;
    const parsed = parseDecimalText(raw, rules);
    if (!parsed.ok) {
      this.reject(key, rejectionMessages.decimal(this.column(key), parsed.issue, rules));
      return null;
    }
    return parsed.value;
  }
}

const UNUSUAL_BLANKS = /\s\s|[^\S ]/;

/** Runs of blanks and line breaks as one space ("白砂糖\n 一级" → "白砂糖 一级"). */
export function collapseBlanks(text: string): string {
  return UNUSUAL_BLANKS.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** A rejection of one cell, e.g. one the importing service adds after a database look-up. */
export function rejectionFor(
  rowNumber: number,
  column: SheetColumn,
  coded: CodedMessage,
  value?: string,
): Rejection {
  return {
    rowNumber,
    column: column.key,
    code: coded.code,
    message: coded.message,
    ...(value === undefined ? {} : { value }),
  };
}

export function columnMap<K extends string>(
  columns: readonly ImportColumn<K>[],
): ReadonlyMap<K, ImportColumn<K>> {
  return new Map(columns.map((c) => [c.key, c]));
}
