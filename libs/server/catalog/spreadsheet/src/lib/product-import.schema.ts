import type { DecimalRules } from './decimal-text';
import {
  collapseBlanks,
  columnMap,
  RowCheck,
  type CellReader,
  type CrossRowCheck,
  type ImportColumn,
  type ImportSchema,
  type RowOutcome,
} from './import-schema';
import { rejectionMessages, type AttributeProblem } from './rejection.messages';
import type { SheetLocale } from './sheet.types';
import type { Rejection } from './spreadsheet.errors';

export const UNITS_OF_MEASURE = ['t', 'kg', 'm3', 'piece', 'box'] as const;
export type UnitOfMeasure = (typeof UNITS_OF_MEASURE)[number];

/** One SKU row of a catalog import (several rows may share a product). Decimals are normalised text. */
export interface ProductImportRow {
  rowNumber: number;
  productCode: string;
  productNameZh: string;
  productNameEn: string;
  categoryCode: string;
  unit: UnitOfMeasure;
  skuCode: string;
  specCode: string | null;
  attributes: Record<string, string>;
  packSize: string;
  minOrderQuantity: string;
  orderIncrement: string;
}

export type ProductColumnKey =
  | 'product_code'
  | 'product_name_zh'
  | 'product_name_en'
  | 'category_code'
  | 'unit'
  | 'sku_code'
  | 'spec_code'
  | 'attributes'
  | 'pack_size'
  | 'min_order_quantity'
  | 'order_increment';

const CODE_RULE = {
  zh: '最多 40 个字符，只能包含英文字母、数字和 - _ .',
  en: 'at most 40 characters: letters, digits, "-", "_" and "." only',
};
const QUANTITY_RULE = {
  zh: '大于 0 的数字，最多 3 位小数，留空为 1',
  en: 'a number above 0 with at most 3 decimals; blank means 1',
};

export const PRODUCT_COLUMNS: readonly ImportColumn<ProductColumnKey>[] = [
  {
    key: 'product_code',
    zh: '商品编码',
    en: 'Product code',
    required: true,
    description: {
      zh: `必填。您自定的商品编码，同一商品的多个 SKU 使用同一编码，且名称和品类须一致；${CODE_RULE.zh}。`,
      en: `Required. Your code for the product; the SKUs of one product share it and must agree on its names and category; ${CODE_RULE.en}.`,
    },
  },
  {
    key: 'product_name_zh',
    zh: '商品中文名称',
    en: 'Chinese product name',
    required: true,
    description: { zh: '必填，最多 120 个字符。', en: 'Required, at most 120 characters.' },
  },
  {
    key: 'product_name_en',
    zh: '商品英文名称',
    en: 'English product name',
    required: true,
    description: { zh: '必填，最多 120 个字符。', en: 'Required, at most 120 characters.' },
  },
  {
    key: 'category_code',
    zh: '品类编码',
    en: 'Category code',
    required: true,
    description: {
      zh: `必填。平台品类树中的品类编码；${CODE_RULE.zh}。`,
      en: `Required. The code of a category of the platform's category tree; ${CODE_RULE.en}.`,
    },
  },
  {
    key: 'unit',
    zh: '计量单位',
    en: 'Unit',
    required: true,
    description: {
      zh: '必填。t（吨）、kg（千克）、m3（立方米）、piece（件）或 box（箱），也可填写中文。',
      en: 'Required. t (tonne), kg, m3, piece or box; the Chinese names 吨, 千克, 立方米, 件, 箱 are accepted too.',
    },
  },
  {
    key: 'sku_code',
    zh: 'SKU编码',
    en: 'SKU code',
    required: true,
    description: {
      zh: `必填，在文件中不能重复；${CODE_RULE.zh}。`,
      en: `Required and unique within the file; ${CODE_RULE.en}.`,
    },
  },
  {
    key: 'spec_code',
    zh: '规格编码',
    en: 'Spec code',
    description: {
      zh: '选填，最多 60 个字符。可比较的标准规格，如 SUGAR-WHITE-GB1，用于跨卖家比价。',
      en: 'Optional, at most 60 characters. The comparable specification, e.g. SUGAR-WHITE-GB1, for comparing sellers.',
    },
  },
  {
    key: 'attributes',
    zh: '规格属性',
    en: 'Attributes',
    description: {
      zh: '选填。格式“键=值; 键=值”，最多 20 项；键为小写英文字母和下划线（最多 30 个字符），值最多 60 个字符。全角；＝也可以。',
      en: 'Optional. "key=value; key=value", at most 20 entries; keys are lower-case letters and underscores (at most 30), values at most 60 characters.',
    },
  },
  {
    key: 'pack_size',
    zh: '包装数量',
    en: 'Pack size',
    type: 'decimal',
    description: {
      zh: `每包装的数量（按计量单位），${QUANTITY_RULE.zh}。`,
      en: `Quantity per pack in the unit, ${QUANTITY_RULE.en}.`,
    },
  },
  {
    key: 'min_order_quantity',
    zh: '起订量',
    en: 'Minimum order quantity',
    type: 'decimal',
    description: { zh: `${QUANTITY_RULE.zh}。`, en: `${QUANTITY_RULE.en}.` },
  },
  {
    key: 'order_increment',
    zh: '订购增量',
    en: 'Order increment',
    type: 'decimal',
    description: {
      zh: `起订量之上每次增加的数量，${QUANTITY_RULE.zh}。`,
      en: `The step above the minimum order quantity, ${QUANTITY_RULE.en}.`,
    },
  },
];

/** Quantities (DESIGN.md §4): more than 0, at most 3 decimals, at most 12 integer digits. */
export const QUANTITY_RULES: DecimalRules = { places: 3, integerDigits: 12, allowZero: false };

const COLUMNS = columnMap(PRODUCT_COLUMNS);

const UNIT_NAMES: ReadonlyMap<string, UnitOfMeasure> = new Map([
  ['t', 't'],
  ['吨', 't'],
  ['kg', 'kg'],
  ['千克', 'kg'],
  ['公斤', 'kg'],
  ['m3', 'm3'], // also m³: NFKC turns ³ into 3
  ['立方米', 'm3'],
  ['piece', 'piece'],
  ['件', 'piece'],
  ['box', 'box'],
  ['箱', 'box'],
]);

export function parseUnit(text: string): UnitOfMeasure | null {
  return UNIT_NAMES.get(text.normalize('NFKC').toLowerCase().trim()) ?? null;
}

const ATTRIBUTE_KEY = /^[a-z][a-z_]{0,29}$/;
export const MAX_ATTRIBUTES = 20;
export const MAX_ATTRIBUTE_VALUE = 60;

export type AttributesParse =
  | { readonly ok: true; readonly value: Record<string, string> }
  | { readonly ok: false; readonly problem: AttributeProblem };

/**
 * "grade=一级; origin=广西" → { grade: '一级', origin: '广西' }. Full-width ；＝ are accepted,
 * blank entries (a trailing ";") ignored; a value may itself contain "=".
 */
export function parseAttributes(text: string): AttributesParse {
  const segments = text
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (segments.length > MAX_ATTRIBUTES) return { ok: false, problem: { kind: 'too-many' } };
  const entries: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const segment of segments) {
    const eq = segment.search(/[=＝]/);
    if (eq <= 0) return { ok: false, problem: { kind: 'syntax', detail: segment } };
    const key = segment.slice(0, eq).trim();
    const value = segment
      .slice(eq + 1)
      .trim()
      .replace(/\s+/g, ' ');
    if (!ATTRIBUTE_KEY.test(key)) return { ok: false, problem: { kind: 'key', detail: key } };
    if (value === '') return { ok: false, problem: { kind: 'empty-value', detail: key } };
    if ([...value].length > MAX_ATTRIBUTE_VALUE)
      return { ok: false, problem: { kind: 'value-too-long', detail: key } };
    if (seen.has(key)) return { ok: false, problem: { kind: 'duplicate-key', detail: key } };
    seen.add(key);
    entries.push([key, value]);
  }
  // fromEntries defines own properties: a key can never reach an object's prototype
  return { ok: true, value: Object.fromEntries(entries) };
}

export function formatAttributes(attributes: Readonly<Record<string, string>>): string {
  return Object.entries(attributes)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

function validateProductRow(
  rowNumber: number,
  cell: CellReader<ProductColumnKey>,
): RowOutcome<ProductImportRow> {
  const check = new RowCheck(rowNumber, cell, COLUMNS);
  const productCode = check.code('product_code', true, 40);
  const productNameZh = check.text('product_name_zh', true, 120);
  const productNameEn = check.text('product_name_en', true, 120);
  const categoryCode = check.code('category_code', true, 40);

  const unitText = check.raw('unit', true);
  const unit = unitText === null ? null : parseUnit(unitText);
  if (unitText !== null && unit === null)
    check.reject('unit', rejectionMessages.invalidUnit(check.column('unit')));

  const skuCode = check.code('sku_code', true, 40);
  const specCode = check.text('spec_code', false, 60);

  let attributes: Record<string, string> = {};
  const attributeText = check.raw('attributes', false);
  if (attributeText !== null) {
    const parsed = parseAttributes(attributeText);
    if (parsed.ok) attributes = parsed.value;
    else check.reject('attributes', rejectionMessages.attributes(check.column('attributes'), parsed.problem));
  }

  const packSize = check.decimal('pack_size', QUANTITY_RULES, { fallback: '1' });
  const minOrderQuantity = check.decimal('min_order_quantity', QUANTITY_RULES, { fallback: '1' });
  const orderIncrement = check.decimal('order_increment', QUANTITY_RULES, { fallback: '1' });

  if (
    check.failed ||
    unit === null ||
    packSize === null ||
    minOrderQuantity === null ||
    orderIncrement === null
  ) {
    return { ok: false, rejections: check.rejections };
  }
  return {
    ok: true,
    value: {
      rowNumber,
      productCode,
      productNameZh,
      productNameEn,
      categoryCode,
      unit,
      skuCode,
      specCode: specCode === '' ? null : specCode,
      attributes,
      packSize,
      minOrderQuantity,
      orderIncrement,
    },
  };
}

const PRODUCT_LEVEL: readonly ProductColumnKey[] = ['product_name_zh', 'product_name_en', 'category_code'];

/** The rows of one product must agree on its names and category (each SKU row repeats them). */
function productConsistency(): CrossRowCheck<ProductColumnKey> {
  const first = new Map<string, { rowNumber: number; values: string[] }>();
  return (rowNumber, cell) => {
    const code = cell('product_code');
    if (code === '') return [];
    const values = PRODUCT_LEVEL.map((k) => collapseBlanks(cell(k)));
    const seen = first.get(code);
    if (!seen) {
      first.set(code, { rowNumber, values });
      return [];
    }
    const rejections: Rejection[] = [];
    PRODUCT_LEVEL.forEach((key, i) => {
      const mine = values[i] ?? '';
      const theirs = seen.values[i] ?? '';
      if (mine === '' || theirs === '' || mine === theirs) return;
      const m = rejectionMessages.inconsistentProduct(
        COLUMNS.get(key) as ImportColumn<ProductColumnKey>,
        code,
        seen.rowNumber,
        theirs,
      );
      rejections.push({ rowNumber, column: key, ...m, value: mine });
    });
    return rejections;
  };
}

function productCells(row: Omit<ProductImportRow, 'rowNumber'>): Record<ProductColumnKey, string> {
  return {
    product_code: row.productCode,
    product_name_zh: row.productNameZh,
    product_name_en: row.productNameEn,
    category_code: row.categoryCode,
    unit: row.unit,
    sku_code: row.skuCode,
    spec_code: row.specCode ?? '',
    attributes: formatAttributes(row.attributes),
    pack_size: row.packSize,
    min_order_quantity: row.minOrderQuantity,
    order_increment: row.orderIncrement,
  };
}

function productExamples(locale: SheetLocale): Array<Record<ProductColumnKey, string>> {
  const zh = locale !== 'en';
  const sugar = {
    productCode: 'SUGAR-WHITE-1',
    productNameZh: '白砂糖 一级',
    productNameEn: 'White sugar grade 1',
    categoryCode: 'SUGAR',
    unit: 't' as const,
    specCode: 'SUGAR-WHITE-GB1',
  };
  return [
    productCells({
      ...sugar,
      skuCode: 'SUGAR-W1-BULK',
      attributes: zh ? { grade: '一级', origin: '广西' } : { grade: 'Grade 1', origin: 'Guangxi' },
      packSize: '1',
      minOrderQuantity: '10',
      orderIncrement: '1',
    }),
    productCells({
      ...sugar,
      skuCode: 'SUGAR-W1-50KG',
      attributes: zh
        ? { grade: '一级', origin: '广西', packing: '50 千克编织袋' }
        : { grade: 'Grade 1', origin: 'Guangxi', packing: '50 kg woven bag' },
      packSize: '0.05',
      minOrderQuantity: '0.5',
      orderIncrement: '0.05',
    }),
  ];
}

/** Catalog import: one row per SKU, with its product's code, names, category and unit. */
export const PRODUCT_IMPORT: ImportSchema<ProductImportRow, ProductColumnKey> = {
  kind: 'products',
  columns: PRODUCT_COLUMNS,
  uniqueColumn: 'sku_code',
  sheetName: { zh: '商品', en: 'Products' },
  validateRow: validateProductRow,
  crossRowCheck: productConsistency,
  toCells: productCells,
  examples: productExamples,
};
