/**
 * The data the quote engine works on (DESIGN.md §4). Decimals travel as strings (unit prices
 * ≤ 4 places, quantities ≤ 3 places), amounts as integer minor units (`bigint`), rates in basis
 * points. The API and the portals are written against these names.
 */

export type PaymentTerm = 'prepayment' | 'cash' | 'net30' | 'net60' | 'net90';

export const PAYMENT_TERMS: readonly PaymentTerm[] = ['prepayment', 'cash', 'net30', 'net60', 'net90'];

/** The default number of days before delivery that a prepayment is paid. */
export const DEFAULT_PREPAYMENT_DAYS = 30;

/**
 * Days of financing of each term. For `prepayment` this is the default only: the list's
 * `PaymentTermsRule.prepaymentDays` is used when a rule exists (and the adjustment is negative).
 */
export const PAYMENT_TERM_DAYS: Record<PaymentTerm, number> = {
  prepayment: DEFAULT_PREPAYMENT_DAYS,
  cash: 0,
  net30: 30,
  net60: 60,
  net90: 90,
};

export type LadderMode = 'all_units' | 'graduated';

/**
 * A quantity break. `absolute`: the unit price from this quantity on (≤ 4 places).
 * `percent`: percent off the base price, 0 < value ≤ 100, ≤ 2 places ("2.5" = 2.5 % off).
 */
export interface LadderBreak {
  minQuantity: string;
  kind: 'absolute' | 'percent';
  value: string;
}

export interface PriceItemRule {
  skuId: string;
  unitPrice: string;
  floorPrice: string | null;
  ladderMode: LadderMode;
  ladder: LadderBreak[];
}

export interface PaymentTermsRule {
  /** e.g. 800 = 8 % a year */
  annualCostOfCapitalBps: number;
  /** how many days before delivery a prepayment is paid (default 30) */
  prepaymentDays: number;
  /** replaces the formula for that term: signed bps of the goods amount (prepayment ≤ 0, credit terms ≥ 0, cash always 0) */
  overridesBps: Partial<Record<PaymentTerm, number>>;
}

/** Pickup (自提) at a warehouse; handling ≥ 0, ≤ 4 places, per SKU unit. */
export interface PickupRule {
  warehouseId: string;
  handlingPerUnit: string;
}

export interface ZoneRule {
  code: string;
  nameZh: string;
  nameEn: string;
  regions: string[];
  freightPerUnit: string;
  perShipmentFeeMinor: bigint;
}

export interface DeliveryRule {
  pickups: PickupRule[];
  zones: ZoneRule[];
}

export type ListKind = 'contract' | 'grade' | 'list';

export interface CandidateList {
  id: string;
  name: string;
  kind: ListKind;
  currency: string;
  /** inclusive; null = open */
  validFrom: Date | null;
  /** exclusive; null = open */
  validTo: Date | null;
  published: boolean;
  /** contract lists */
  buyerId: string | null;
  /** grade lists */
  gradeId: string | null;
  /** this SKU's row in the list, or null if the list does not price it */
  item: PriceItemRule | null;
  /** null = inherit from the seller's public list (kind 'list'), else defaults */
  terms: PaymentTermsRule | null;
  /** null = inherit likewise */
  delivery: DeliveryRule | null;
  quoteValidityDays: number;
}

export interface PricingContext {
  sellerId: string;
  buyerId: string | null;
  buyerGradeId: string | null;
  sku: { id: string; taxRateBps: number; minOrderQuantity: string; orderIncrement: string };
  /** every list of the seller that might apply (the caller filters by seller only) */
  candidates: CandidateList[];
  /** ≥ 0 */
  rebateAvailableMinor: bigint;
}

export type DeliveryRequest = { mode: 'pickup'; warehouseId: string } | { mode: 'delivery'; region: string };

export interface QuoteRequest {
  quantity: string;
  paymentTerm: PaymentTerm;
  delivery: DeliveryRequest;
  date: Date;
  specialUnitPrice?: string;
}

export type LineKind =
  | 'base'
  | 'quantity_ladder'
  | 'payment_terms'
  | 'pickup'
  | 'freight'
  | 'shipment_fee'
  | 'special_price'
  | 'tax'
  | 'rebate';

/** One line of the breakdown; `detail` holds the human-checkable inputs as strings. */
export interface BreakdownLine {
  kind: LineKind;
  amountMinor: bigint;
  detail: Record<string, string>;
}

export type CandidateOutcome =
  'won' | 'outranked' | 'not_published' | 'not_valid_on_date' | 'sku_not_in_list' | 'not_for_this_buyer';

export interface CandidateExplanation {
  listId: string;
  listName: string;
  kind: ListKind;
  outcome: CandidateOutcome;
  /** the base price it would give, when it has one */
  unitPrice: string | null;
}

export interface Quote {
  currency: string;
  quantity: string;
  listId: string;
  listKind: ListKind;
  /** 4 places */
  baseUnitPrice: string;
  /**
   * Effective net goods unit price after ladder, terms and special price = goods amount ÷
   * quantity, 4 places half-up (display only; totals come from the lines).
   */
  unitPrice: string;
  /** In the §4 order: base, quantity_ladder, payment_terms, pickup | freight + shipment_fee, special_price, tax, rebate. */
  lines: BreakdownLine[];
  /** sum of the lines before tax */
  netMinor: bigint;
  taxMinor: bigint;
  /** the sum of all lines; never negative */
  totalMinor: bigint;
  floorPrice: string | null;
  /** discountBps: discount against the computed unit price before the special price, whole bps rounded down */
  special: null | { unitPrice: string; belowFloor: boolean; discountBps: number };
  /** min(date + quoteValidityDays, list validTo), from the request date */
  validUntil: Date;
  /** every candidate, the winner included, in resolution order */
  explanation: CandidateExplanation[];
}
