import type { Bilingual, SheetColumn } from './sheet.types';

/**
 * Errors that make a whole file unreadable (STYLE.md habit 8: a code, an HTTP status and a
 * message in both languages for every code). Row-level problems are rejections, below.
 */
export const SHEET_ERROR_STATUS = {
  EMPTY_FILE: 422,
  NOT_A_SPREADSHEET: 415,
  TOO_MANY_ROWS: 413,
  ENCODING: 415,
  MISSING_COLUMNS: 422,
  DUPLICATE_COLUMNS: 422,
  MALFORMED_CSV: 422,
} as const;

export type SheetErrorCode = keyof typeof SHEET_ERROR_STATUS;

interface SheetErrorBase<C extends SheetErrorCode> {
  readonly code: C;
  readonly message: Bilingual;
}

export type SheetError =
  | SheetErrorBase<'EMPTY_FILE'>
  | SheetErrorBase<'NOT_A_SPREADSHEET'>
  | SheetErrorBase<'ENCODING'>
  | (SheetErrorBase<'TOO_MANY_ROWS'> & { readonly limit: number })
  /** `columns`: the keys of the required columns the header row lacks. */
  | (SheetErrorBase<'MISSING_COLUMNS'> & { readonly columns: string[] })
  /** `columns`: the keys (or, without a column list, the header texts) found more than once. */
  | (SheetErrorBase<'DUPLICATE_COLUMNS'> & { readonly columns: string[] })
  | (SheetErrorBase<'MALFORMED_CSV'> & { readonly rowNumber: number });

const SAVE_AS_XLSX_OR_CSV = {
  zh: '请上传 Excel 工作簿（.xlsx）或 UTF-8 编码的 CSV 文件。',
  en: 'Upload an Excel workbook (.xlsx) or a UTF-8 CSV file.',
};

export const sheetErrors = {
  emptyFile(): SheetError {
    return {
      code: 'EMPTY_FILE',
      message: {
        zh: '文件为空：没有找到表头行和数据行。',
        en: 'The file is empty: no header row and data rows were found.',
      },
    };
  },
  noDataRows(): SheetError {
    return {
      code: 'EMPTY_FILE',
      message: {
        zh: '文件只有表头，没有数据行。',
        en: 'The file has a header row but no data rows.',
      },
    };
  },
  notASpreadsheet(hint: 'corrupt' | 'zip-as-csv' | 'xls' | 'binary' | 'no-sheet'): SheetError {
    const reason: Record<typeof hint, Bilingual> = {
      corrupt: {
        zh: '文件已损坏或不是 Excel 工作簿（.xlsx）。',
        en: 'The file is damaged or is not an Excel workbook (.xlsx).',
      },
      'zip-as-csv': {
        zh: '这是一个 Excel 工作簿，不是 CSV 文件，请按 .xlsx 格式上传。',
        en: 'This is an Excel workbook, not a CSV file: upload it as .xlsx.',
      },
      xls: {
        zh: '不支持旧版 Excel 97-2003（.xls）格式，请在 Excel 中另存为 .xlsx 后上传。',
        en: 'The old Excel 97-2003 format (.xls) is not supported: save it as .xlsx in Excel and upload again.',
      },
      binary: {
        zh: '文件内容不是文本表格（含有二进制数据）。',
        en: 'The file is not a text spreadsheet (it contains binary data).',
      },
      'no-sheet': {
        zh: '工作簿中没有工作表。',
        en: 'The workbook contains no worksheet.',
      },
    };
    return {
      code: 'NOT_A_SPREADSHEET',
      message: {
        zh: `${reason[hint].zh}${SAVE_AS_XLSX_OR_CSV.zh}`,
        en: `${reason[hint].en} ${SAVE_AS_XLSX_OR_CSV.en}`,
      },
    };
  },
  tooManyRows(limit: number): SheetError {
    return {
      code: 'TOO_MANY_ROWS',
      limit,
      message: {
        zh: `数据行过多：一个文件最多 ${limit} 行，请拆分成多个文件上传。`,
        en: `Too many rows: a file may hold at most ${limit} data rows. Split it into several files.`,
      },
    };
  },
  encoding(hint: 'utf16' | 'invalid'): SheetError {
    const found =
      hint === 'utf16'
        ? { zh: '文件是 UTF-16（Unicode 文本）编码', en: 'The file is UTF-16 (Unicode text) encoded' }
        : {
            zh: '文件不是 UTF-8 编码（可能是 GBK/GB2312/ANSI）',
            en: 'The file is not UTF-8 encoded (perhaps GBK/GB2312/ANSI)',
          };
    return {
      code: 'ENCODING',
      message: {
        zh: `${found.zh}。请在 Excel 中选择“另存为”→“CSV UTF-8（逗号分隔）”，或在 WPS 中导出时选择 UTF-8 编码，然后重新上传；也可以直接上传 .xlsx 文件。`,
        en: `${found.en}. In Excel use Save As → "CSV UTF-8 (Comma delimited)" (in WPS choose UTF-8 when exporting) and upload again, or upload the .xlsx file instead.`,
      },
    };
  },
  missingColumns(columns: readonly SheetColumn[]): SheetError {
    return {
      code: 'MISSING_COLUMNS',
      columns: columns.map((c) => c.key),
      message: {
        zh: `缺少必填列：${columns.map((c) => `${c.zh} (${c.key})`).join('、')}。表头必须是第一个非空行，请使用导入模板。`,
        en: `Missing required columns: ${columns.map((c) => `${c.en} (${c.key})`).join(', ')}. The header must be the first non-empty row; start from the import template.`,
      },
    };
  },
  duplicateColumns(names: readonly string[]): SheetError {
    return {
      code: 'DUPLICATE_COLUMNS',
      columns: [...names],
      message: {
        zh: `以下列在表头中出现了多次：${names.join('、')}。每列只能出现一次。`,
        en: `These columns appear more than once in the header row: ${names.join(', ')}. Keep one of each.`,
      },
    };
  },
  malformedCsv(rowNumber: number): SheetError {
    return {
      code: 'MALFORMED_CSV',
      rowNumber,
      message: {
        zh: `CSV 格式错误：第 ${rowNumber} 行的引号不成对，之后的内容无法可靠读取。`,
        en: `Malformed CSV: the quotes in row ${rowNumber} do not pair up, so what follows cannot be read reliably.`,
      },
    };
  },
};

/** Why a row was rejected. Each rejection carries its message in both languages. */
export const REJECTION_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'INVALID_CODE',
  'INVALID_NUMBER',
  'TOO_MANY_DECIMALS',
  'OUT_OF_RANGE',
  'FORMULA_ERROR',
  'INVALID_UNIT',
  'INVALID_ATTRIBUTES',
  'INCONSISTENT_PRODUCT',
  'INVALID_LADDER_MODE',
  'FLOOR_ABOVE_UNIT_PRICE',
  'INCOMPLETE_BREAK',
  'BREAK_NOT_INCREASING',
  'BREAK_PRICE_ABOVE_UNIT_PRICE',
  'DUPLICATE_ROW',
  // not found by the validators here: the importing service adds them after its look-ups
  'UNKNOWN_CATEGORY',
  'UNKNOWN_SKU',
] as const;

export type RejectionCode = (typeof REJECTION_CODES)[number];

/** A rejected cell: the 1-based spreadsheet row, the column key, why, and the cell as read. */
export interface Rejection {
  readonly rowNumber: number;
  readonly column: string;
  readonly code: RejectionCode;
  readonly message: Bilingual;
  /** The offending cell text ('' when blank); absent on rejections stored without it. */
  readonly value?: string;
}
