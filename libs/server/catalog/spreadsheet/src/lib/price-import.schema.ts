import { compareDecimalText, parseDecimalText, type DecimalRules } from './decimal-text';
import {
  columnMap,
  RowCheck,
  type CellReader,
  type ImportColumn,
  type ImportSchema,
  type RowOutcome,
} from './import-schema';
import { QUANTITY_RULES } from './product-import.schema';
import { rejectionMessages } from './rejection.messages';
import type { SheetLocale } from './sheet.types';

export type LadderMode = 'all_units' | 'graduated';

/** A quantity break, as the pricing domain's `LadderBreak`: percent "2.5" is 2.5 % off. */
export interface LadderBreakRow {
  minQuantity: string;
  kind: 'absolute' | 'percent';
  value: string;
}

/** One SKU's price in a price-list import. Decimals are normalised text. */
export interface PriceImportRow {
  rowNumber: number;
  skuCode: string;
  unitPrice: string;
  floorPrice: string | null;
  ladderMode: LadderMode;
  ladder: LadderBreakRow[];
}

/** How many quantity breaks the sheet has columns for. */
export const MAX_BREAKS = 5;
const BREAKS = [1, 2, 3, 4, 5] as const;
type BreakNumber = (typeof BREAKS)[number];

export type PriceColumnKey =
  | 'sku_code'
  | 'unit_price'
  | 'floor_price'
  | 'ladder_mode'
  | `break${BreakNumber}_min_qty`
  | `break${BreakNumber}_price`;

/** Unit prices (DESIGN.md §4): not negative, at most 4 decimals, at most 12 integer digits. */
export const PRICE_RULES: DecimalRules = { places: 4, integerDigits: 12, allowZero: true };
/** Percent off in a break: more than 0, at most 100, at most 2 decimals. */
export const PERCENT_RULES: DecimalRules = { places: 2, integerDigits: 3, allowZero: false };

const qtyKey = (n: BreakNumber): PriceColumnKey => `break${n}_min_qty`;
const priceKey = (n: BreakNumber): PriceColumnKey => `break${n}_price`;

export const PRICE_COLUMNS: readonly ImportColumn<PriceColumnKey>[] = [
  {
    key: 'sku_code',
    zh: 'SKU编码',
    en: 'SKU code',
    required: true,
    description: {
      zh: '必填。商品导入中的 SKU 编码，在文件中不能重复。',
      en: 'Required. The SKU code of the catalog, unique within the file.',
    },
  },
  {
    key: 'unit_price',
    zh: '单价',
    en: 'Unit price',
    type: 'decimal',
    required: true,
    description: {
      zh: '必填。每计量单位的价格，不小于 0，最多 4 位小数，不要加千位分隔符或货币符号。',
      en: 'Required. Price per unit, 0 or more, at most 4 decimals, without thousands separators or currency sign.',
    },
  },
  {
    key: 'floor_price',
    zh: '底价',
    en: 'Floor price',
    type: 'decimal',
    description: {
      zh: '选填。低于底价的特价需要审批；规则同单价，且不能高于单价。',
      en: 'Optional. Special prices below it need approval; same rules as the unit price, and not above it.',
    },
  },
  {
    key: 'ladder_mode',
    zh: '阶梯方式',
    en: 'Ladder mode',
    description: {
      zh: '选填。all_units（全部数量：达到的档位价格适用于全部数量，默认）或 graduated（分段：每段数量分别计价）。',
      en: 'Optional. all_units (the break reached prices the whole quantity; the default) or graduated (each band priced separately).',
    },
  },
  ...BREAKS.flatMap((n): Array<ImportColumn<PriceColumnKey>> => [
    {
      key: qtyKey(n),
      zh: `第${n}档起始数量`,
      en: `Break ${n} minimum quantity`,
      type: 'decimal',
      description: {
        zh: `选填，与第${n}档价格同时填写。大于 0，最多 3 位小数，且大于上一档。`,
        en: `Optional, together with break ${n} price. Above 0, at most 3 decimals, above the previous break.`,
      },
    },
    {
      key: priceKey(n),
      zh: `第${n}档价格`,
      en: `Break ${n} price`,
      type: 'decimal',
      description: {
        zh: '单价（最多 4 位小数，不高于单价），或在单价上的折扣百分比，如 2% 表示优惠 2%（大于 0 且不超过 100，最多 2 位小数）。',
        en: 'A unit price (at most 4 decimals, not above the unit price), or a percentage off the unit price, e.g. 2% (above 0, at most 100, at most 2 decimals).',
      },
    },
  ]),
];

const COLUMNS = columnMap(PRICE_COLUMNS);

const LADDER_MODES: ReadonlyMap<string, LadderMode> = new Map([
  ['all_units', 'all_units'],
  ['全部数量', 'all_units'],
  ['graduated', 'graduated'],
  ['分段', 'graduated'],
]);

export function parseLadderMode(text: string): LadderMode | null {
  const exact = LADDER_MODES.get(text);
  if (exact) return exact;
  const key = text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return LADDER_MODES.get(key) ?? null;
}

/** "2.5%", "2.5 %", full-width "2.5％" */
const PERCENT_SIGN = /\s*[%％]$/;

function validatePriceRow(rowNumber: number, cell: CellReader<PriceColumnKey>): RowOutcome<PriceImportRow> {
  const check = new RowCheck(rowNumber, cell, COLUMNS);
  const skuCode = check.code('sku_code', true, 40);
  const unitPrice = check.decimal('unit_price', PRICE_RULES, 'required');
  const floorPrice = check.decimal('floor_price', PRICE_RULES, null);
  if (floorPrice !== null && unitPrice !== null && compareDecimalText(floorPrice, unitPrice) > 0) {
    check.reject(
      'floor_price',
      rejectionMessages.floorAboveUnitPrice(
        check.column('floor_price'),
        check.column('unit_price'),
        unitPrice,
      ),
    );
  }

  let ladderMode: LadderMode | null = 'all_units';
  const modeText = check.raw('ladder_mode', false);
  if (modeText !== null) {
    ladderMode = parseLadderMode(modeText);
    if (ladderMode === null)
      check.reject('ladder_mode', rejectionMessages.ladderMode(check.column('ladder_mode')));
  }

  const ladder: LadderBreakRow[] = [];
  let previous: string | null = null;
  for (const n of BREAKS) {
    const q = qtyKey(n);
    const p = priceKey(n);
    const qText = cell(q);
    const pText = cell(p);
    if (qText === '' && pText === '') continue;
    if (qText === '') check.reject(q, rejectionMessages.incompleteBreak(check.column(q), check.column(p)));
    if (pText === '') check.reject(p, rejectionMessages.incompleteBreak(check.column(p), check.column(q)));

    const minQuantity = qText === '' ? null : check.decimal(q, QUANTITY_RULES, null);
    if (minQuantity !== null) {
      if (previous !== null && compareDecimalText(minQuantity, previous) <= 0) {
        check.reject(q, rejectionMessages.breakNotIncreasing(check.column(q), previous));
      } else previous = minQuantity;
    }
    const price = pText === '' ? null : breakPrice(check, p, unitPrice);
    if (minQuantity !== null && price !== null) ladder.push({ minQuantity, ...price });
  }

  if (check.failed || unitPrice === null || ladderMode === null)
    return { ok: false, rejections: check.rejections };
  return { ok: true, value: { rowNumber, skuCode, unitPrice, floorPrice, ladderMode, ladder } };
}

/** A break's price: "5950" (a unit price, not above the row's) or "2%" (percent off). */
function breakPrice(
  check: RowCheck<PriceColumnKey>,
  key: PriceColumnKey,
  unitPrice: string | null,
): Pick<LadderBreakRow, 'kind' | 'value'> | null {
  const raw = check.raw(key, false);
  if (raw === null) return null;
  const column = check.column(key);
  const last = raw.charCodeAt(raw.length - 1);
  if (last === 0x25 || last === 0xff05) {
    const parsed = parseDecimalText(raw.replace(PERCENT_SIGN, ''), PERCENT_RULES);
    if (!parsed.ok) {
      const outOfRange =
        parsed.issue === 'zero' || parsed.issue === 'negative' || parsed.issue === 'integer-digits';
      check.reject(
        key,
        outOfRange
          ? rejectionMessages.percentOutOfRange(column)
          : parsed.issue === 'places'
            ? rejectionMessages.percentPlaces(column)
            : rejectionMessages.decimal(column, parsed.issue, PERCENT_RULES),
      );
      return null;
    }
    if (compareDecimalText(parsed.value, '100') > 0) {
      check.reject(key, rejectionMessages.percentOutOfRange(column));
      return null;
    }
    return { kind: 'percent', value: parsed.value };
  }
  const parsed = parseDecimalText(raw, PRICE_RULES);
  if (!parsed.ok) {
    check.reject(key, rejectionMessages.decimal(column, parsed.issue, PRICE_RULES));
    return null;
  }
  if (unitPrice !== null && compareDecimalText(parsed.value, unitPrice) > 0) {
    check.reject(
      key,
      rejectionMessages.breakPriceAboveUnitPrice(column, check.column('unit_price'), unitPrice),
    );
    return null;
  }
  return { kind: 'absolute', value: parsed.value };
}

function priceCells(row: Omit<PriceImportRow, 'rowNumber'>): Record<PriceColumnKey, string> {
  if (row.ladder.length > MAX_BREAKS) {
    throw new RangeError(`A price row holds at most ${MAX_BREAKS} breaks, got ${row.ladder.length}`);
  }
  const cells = {
    sku_code: row.skuCode,
    unit_price: row.unitPrice,
    floor_price: row.floorPrice ?? '',
    ladder_mode: row.ladderMode,
  } as Record<PriceColumnKey, string>;
  for (const n of BREAKS) {
    const b = row.ladder[n - 1];
    cells[qtyKey(n)] = b?.minQuantity ?? '';
    cells[priceKey(n)] = b ? (b.kind === 'percent' ? `${b.value}%` : b.value) : '';
  }
  return cells;
}

function priceExamples(locale: SheetLocale): Array<Record<PriceColumnKey, string>> {
  const zh = locale !== 'en';
  const rows = [
    priceCells({
      skuCode: 'SUGAR-W1-BULK',
      unitPrice: '5980',
      floorPrice: '5800',
      ladderMode: 'all_units',
      ladder: [
        { minQuantity: '100', kind: 'absolute', value: '5950' },
        { minQuantity: '1000', kind: 'percent', value: '2' },
      ],
    }),
    priceCells({
      skuCode: 'SUGAR-W1-50KG',
      unitPrice: '6050.5',
      floorPrice: null,
      ladderMode: 'graduated',
      ladder: [{ minQuantity: '10', kind: 'absolute', value: '6020' }],
    }),
  ];
  // the Chinese template shows that the Chinese names of the modes are accepted too
  return zh
    ? rows.map((r) => ({ ...r, ladder_mode: r.ladder_mode === 'graduated' ? '分段' : '全部数量' }))
    : rows;
}

/** Price-list import: one row per SKU with its unit price, floor price and up to 5 quantity breaks. */
export const PRICE_IMPORT: ImportSchema<PriceImportRow, PriceColumnKey> = {
  kind: 'price_list',
  columns: PRICE_COLUMNS,
  uniqueColumn: 'sku_code',
  sheetName: { zh: '价格', en: 'Prices' },
  validateRow: validatePriceRow,
  toCells: priceCells,
  examples: priceExamples,
};
