/** A text in both UI languages (the Chinese one first: most sellers work in Chinese). */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export type SheetLocale = 'zh-CN' | 'en';
export type SheetFormat = 'xlsx' | 'csv';

export function inLocale(text: Bilingual, locale: SheetLocale): string {
  return locale === 'en' ? text.en : text.zh;
}

/**
 * One column of a spreadsheet: a stable machine key (`sku_code`) and its labels. A header cell
 * matches the column when it is the key, either label, or "label (key)".
 */
export interface SheetColumn {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  /**
   * `decimal`: values that are plain numbers are written as Excel numbers (editable as numbers),
   * anything else as text. `text` (the default): always text, and the column is formatted as
   * text so that Excel keeps codes such as 00123 as typed.
   */
  readonly type?: 'text' | 'decimal';
  /** A required column must be present in the header row of an import. */
  readonly required?: boolean;
  /** Explains the column on the instructions sheet of a template. */
  readonly description?: Bilingual;
}

/** One data row as read: the 1-based row number in the spreadsheet and its cells as trimmed text. */
export interface SheetRow {
  readonly rowNumber: number;
  readonly cells: Record<string, string>;
}

export interface Sheet {
  /** The header cells as written in the file, trimmed, in column order (blank headers left out). */
  readonly headers: string[];
  readonly rows: SheetRow[];
}

/** A cell value to write: `null`/`undefined` is an empty cell. */
export type CellInput = string | null | undefined;
export type RowInput = Readonly<Record<string, CellInput>>;
