import { DEFAULT_MAX_ROWS } from './read-sheet';
import { headerLabel } from './header-match';
import type { ImportSchema } from './import-schema';
import { inLocale, type SheetColumn, type SheetFormat, type SheetLocale } from './sheet.types';
import { writeSheet, writeWorkbook, type SheetSpec } from './write-sheet';

const INSTRUCTION_COLUMNS: readonly SheetColumn[] = [
  { key: 'column', zh: '列', en: 'Column' },
  { key: 'required', zh: '必填', en: 'Required' },
  { key: 'description', zh: '说明', en: 'Description' },
  { key: 'example', zh: '示例', en: 'Example' },
];

const NOTES = [
  {
    zh: '第一个非空行是表头：可以调整列的顺序，但请勿修改括号中的列代码；不认识的列会被忽略。',
    en: 'The first non-empty row is the header: columns may be reordered, but keep the column code in brackets; unknown columns are ignored.',
  },
  {
    zh: '示例行会被当作数据导入，导入前请替换或删除。',
    en: 'The example rows import like any other row: replace or delete them first.',
  },
  {
    zh: '数字请直接填写，不要使用千位分隔符、货币符号、单位或科学计数法。',
    en: 'Enter numbers plainly: no thousands separators, currency signs, units or scientific notation.',
  },
  {
    zh: `每个文件最多 ${DEFAULT_MAX_ROWS} 行数据；有错误的行会列在导入报告中，并注明行号和原因。`,
    en: `At most ${DEFAULT_MAX_ROWS} data rows per file; rows with errors are listed in the import report with their row number and reason.`,
  },
  {
    zh: 'CSV 文件请保存为 UTF-8 编码（Excel：另存为“CSV UTF-8（逗号分隔）”）。',
    en: 'Save CSV files as UTF-8 (Excel: Save As "CSV UTF-8 (Comma delimited)").',
  },
];

/**
 * An import template: the header row in the locale and two example rows (white sugar) that
 * import without rejection; xlsx adds an instructions sheet describing every column.
 */
export async function templateFor<Row extends { rowNumber: number }, K extends string>(
  schema: ImportSchema<Row, K>,
  format: SheetFormat,
  locale: SheetLocale,
): Promise<Buffer> {
  const examples = schema.examples(locale);
  const sheetName = inLocale(schema.sheetName, locale);
  if (format === 'csv') return writeSheet(schema.columns, examples, 'csv', locale, { sheetName });

  const yes = locale === 'en' ? 'Yes' : '是';
  const no = locale === 'en' ? 'No' : '否';
  const instructions: SheetSpec = {
    name: locale === 'en' ? 'Instructions' : '说明',
    columns: INSTRUCTION_COLUMNS,
    headers: INSTRUCTION_COLUMNS.map((c) => inLocale(c, locale)),
    wrap: true,
    rows: [
      ...schema.columns.map((c) => ({
        column: headerLabel(c, locale),
        required: c.required ? yes : no,
        description: c.description ? inLocale(c.description, locale) : '',
        example: examples[0]?.[c.key] ?? '',
      })),
      {},
      ...NOTES.map((note) => ({ column: inLocale(note, locale) })),
    ],
  };
  return writeWorkbook([{ name: sheetName, columns: schema.columns, rows: examples }, instructions], locale);
}
