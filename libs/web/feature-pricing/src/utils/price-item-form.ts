import { trimDecimal } from './decimal';
import { type LadderRow, toLadderBreak } from './ladder';
import type { LadderMode, PriceItemPayload, PriceItemView } from '../data/types';

/** What the price drawer edits: the SKU, its prices as typed, the ladder. */
export interface PriceItemFormValues {
  skuId: string | undefined;
  unitPrice: string;
  floorPrice: string;
  ladderMode: LadderMode;
  ladder: LadderRow[];
}

export const emptyPriceItem = (): PriceItemFormValues => ({
  skuId: undefined,
  unitPrice: '',
  floorPrice: '',
  ladderMode: 'all_units',
  ladder: [],
});

/** The stored prices come with 4 decimals (`"5950.0000"`): shown as typed (`"5950"`). */
export function toPriceItemFormValues(item: PriceItemView): PriceItemFormValues {
  return {
    skuId: item.skuId,
    unitPrice: trimDecimal(item.unitPrice),
    floorPrice: item.floorPrice === null ? '' : trimDecimal(item.floorPrice),
    ladderMode: item.ladderMode,
    ladder: item.ladder.map((b) => ({
      minQuantity: trimDecimal(b.minQuantity),
      kind: b.kind,
      value: trimDecimal(b.value),
    })),
  };
}

export function toPriceItemPayload(listId: string, values: PriceItemFormValues): PriceItemPayload {
  const floor = values.floorPrice.trim();
  return {
    listId,
    skuId: values.skuId ?? '',
    unitPrice: values.unitPrice.trim(),
    floorPrice: floor === '' ? null : floor,
    ladderMode: values.ladderMode,
    ladder: values.ladder.map(toLadderBreak),
  };
}

const ITEM_FIELDS = ['skuId', 'unitPrice', 'floorPrice', 'ladderMode', 'ladder'];

/**
 * The form's name for a field the API refused: `ladder.1.value` (or `ladder[1].value`, as
 * the engine writes its rule problems) → `['ladder', 1, 'value']`; null for the others.
 */
export function priceItemFieldName(path: string): Array<string | number> | null {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (parts[0] === 'item') parts.shift();
  if (!ITEM_FIELDS.includes(String(parts[0]))) return null;
  if (parts[0] === 'ladder' && parts.length === 3) return parts;
  return parts[0] === 'ladder' && parts.length !== 1 ? null : [parts[0] as string];
}
