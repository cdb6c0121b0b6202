import type {
  CandidateList,
  DeliveryRule,
  PriceItemRule,
  PricingContext,
  QuoteRequest,
} from '../pricing.types';

/** Builders for the specs of this library: plain data with sensible defaults. */

export const SKU_ID = 'sku-rice-5kg';

export const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

export function item(unitPrice: string, over: Partial<PriceItemRule> = {}): PriceItemRule {
  return { skuId: SKU_ID, unitPrice, floorPrice: null, ladderMode: 'all_units', ladder: [], ...over };
}

export const EVERYWHERE: DeliveryRule = {
  pickups: [{ warehouseId: 'wh-1', handlingPerUnit: '0' }],
  zones: [
    {
      code: 'ALL',
      nameZh: '全国',
      nameEn: 'Nationwide',
      regions: ['310000'],
      freightPerUnit: '0',
      perShipmentFeeMinor: 0n,
    },
  ],
};

export function list(over: Partial<CandidateList> = {}): CandidateList {
  return {
    id: 'public',
    name: 'Public list',
    kind: 'list',
    currency: 'CNY',
    validFrom: null,
    validTo: null,
    published: true,
    buyerId: null,
    gradeId: null,
    item: item('10'),
    terms: null,
    delivery: EVERYWHERE,
    quoteValidityDays: 14,
    ...over,
  };
}

export function context(candidates: CandidateList[], over: Partial<PricingContext> = {}): PricingContext {
  return {
    sellerId: 'seller-1',
    buyerId: 'buyer-1',
    buyerGradeId: null,
    sku: { id: SKU_ID, taxRateBps: 1300, minOrderQuantity: '0', orderIncrement: '0' },
    candidates,
    rebateAvailableMinor: 0n,
    ...over,
  };
}

export function request(quantity: string, over: Partial<QuoteRequest> = {}): QuoteRequest {
  return {
    quantity,
    paymentTerm: 'cash',
    delivery: { mode: 'pickup', warehouseId: 'wh-1' },
    date: day('2026-06-15'),
    ...over,
  };
}
