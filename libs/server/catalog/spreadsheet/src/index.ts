/**
 * Spreadsheet codec and row validation for catalog and price-list imports and exports
 * (DESIGN.md §3): pure functions over buffers — no files, no database.
 */
export { ok, err, type Result } from './lib/result';
export type {
  Bilingual,
  CellInput,
  RowInput,
  Sheet,
  SheetColumn,
  SheetFormat,
  SheetLocale,
  SheetRow,
} from './lib/sheet.types';
export { inLocale } from './lib/sheet.types';
export {
  REJECTION_CODES,
  SHEET_ERROR_STATUS,
  sheetErrors,
  type Rejection,
  type RejectionCode,
  type SheetError,
  type SheetErrorCode,
} from './lib/spreadsheet.errors';
export { rejectionMessages, type AttributeProblem, type CodedMessage } from './lib/rejection.messages';
export {
  compareDecimalText,
  isExactNumberText,
  numberToText,
  parseDecimalText,
  type DecimalIssue,
  type DecimalParse,
  type DecimalRules,
} from './lib/decimal-text';
export { headerLabel, headerMatcher, normalizeHeader, type HeaderMatcher } from './lib/header-match';
export { DEFAULT_MAX_ROWS, readSheet, type ReadSheetOptions } from './lib/read-sheet';
export { type SheetSpec, writeSheet, writeWorkbook, type WriteSheetOptions } from './lib/write-sheet';
export {
  readAndValidate,
  rejectionFor,
  validateRows,
  type CellReader,
  type CrossRowCheck,
  type ImportColumn,
  type ImportKind,
  type ImportSchema,
  type RowOutcome,
  type ValidationResult,
} from './lib/import-schema';
export {
  formatAttributes,
  parseAttributes,
  parseUnit,
  PRODUCT_COLUMNS,
  PRODUCT_IMPORT,
  QUANTITY_RULES,
  UNITS_OF_MEASURE,
  type ProductColumnKey,
  type ProductImportRow,
  type UnitOfMeasure,
} from './lib/product-import.schema';
export {
  MAX_BREAKS,
  parseLadderMode,
  PERCENT_RULES,
  PRICE_COLUMNS,
  PRICE_IMPORT,
  PRICE_RULES,
  type LadderBreakRow,
  type LadderMode,
  type PriceColumnKey,
  type PriceImportRow,
} from './lib/price-import.schema';
export { templateFor } from './lib/template';
export { rejectionReport, type RejectionReportOptions } from './lib/rejection-report';
