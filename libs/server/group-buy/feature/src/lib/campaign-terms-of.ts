import type { CampaignTerms, Tier } from '@tradeway/server/group-buy/domain';
import type { PoolRow } from '@tradeway/server/group-buy/data-access';
import { formatDecimal, parseDecimal, PRICE_PLACES, QUANTITY_PLACES } from '@tradeway/server/pricing/domain';

/** A stored quantity (numeric as text, any scale up to 3) as the domain's scaled bigint. */
export function storedQuantity(text: string): bigint {
  const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  const v = parseDecimal(trimmed, QUANTITY_PLACES);
  if (v === null) throw new RangeError(`A stored quantity is not a decimal: ${text}`);
  return v;
}

export function storedPrice(text: string): bigint {
  const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  const v = parseDecimal(trimmed, PRICE_PLACES);
  if (v === null) throw new RangeError(`A stored price is not a decimal: ${text}`);
  return v;
}

export const quantityText = (v: bigint) => formatDecimal(v, QUANTITY_PLACES);
export const priceText = (v: bigint) => formatDecimal(v, PRICE_PLACES);

export function ladderOf(json: unknown): Tier[] {
  return (json as Array<{ minQuantity: string; unitPrice: string }>).map((t) => ({
    minQuantity: storedQuantity(t.minQuantity),
    unitPrice: storedPrice(t.unitPrice),
  }));
}

const optional = (text: string | null) => (text === null ? null : storedQuantity(text));

/** The campaign's terms as the domain judges commitments by them. */
export function termsOf(
  row: Omit<PoolRow, 'total' | 'participants' | 'version' | 'status' | 'id'>,
): CampaignTerms {
  return {
    sellerId: row.sellerId,
    ladder: ladderOf(row.ladder),
    minTotal: storedQuantity(row.minTotal),
    maxTotal: optional(row.maxTotal),
    perBuyerMin: optional(row.perBuyerMin),
    perBuyerMax: optional(row.perBuyerMax),
    lockAt: row.lockAt,
    deadline: row.deadline,
    regions: row.regions,
    deliveryMonths: row.deliveryMonths,
    depositBps: row.depositBps,
  };
}
