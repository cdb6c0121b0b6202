import { err, ok, type Result } from '@tradeway/shared/kernel';
import { parseDecimal, PERCENT_PLACES, PRICE_PLACES, QUANTITY_PLACES } from './decimal';
import type { RuleError, RuleProblem } from './pricing.errors';
import {
  PAYMENT_TERMS,
  type DeliveryRule,
  type PaymentTerm,
  type PaymentTermsRule,
  type PriceItemRule,
} from './pricing.types';

/**
 * Checks of the stored rules, run by the API before a price list is saved, so that the quote
 * engine only ever sees valid rules. Every problem is reported with its field path.
 */

const isBlank = (s: unknown): boolean => typeof s !== 'string' || s.trim() === '';

/** Parses a decimal field; records DECIMAL_INVALID or NEGATIVE and returns null when it fails. */
function decimalField(problems: RuleProblem[], field: string, text: unknown, places: number): bigint | null {
  const value = typeof text === 'string' ? parseDecimal(text, places) : null;
  if (value === null) {
    problems.push({ field, code: 'DECIMAL_INVALID', params: { places: String(places) } });
    return null;
  }
  if (value < 0n) {
    problems.push({ field, code: 'NEGATIVE' });
    return null;
  }
  return value;
}

function wholeField(problems: RuleProblem[], field: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    problems.push({ field, code: 'OUT_OF_RANGE', params: { min: String(min), max: String(max) } });
  }
}

const HUNDRED_PERCENT = 10_000n; // 100 at 2 places

/**
 * A price item: unit and floor prices ≥ 0 with ≤ 4 places; ladder breaks with quantities > 0
 * (≤ 3 places) strictly increasing; absolute break prices ≥ 0, ≤ 4 places and never above the
 * base price (a falling ladder is not required: that is the seller's choice); percent breaks
 * in (0, 100] with ≤ 2 places.
 */
export function validatePriceItem(item: PriceItemRule): Result<PriceItemRule, RuleError> {
  const problems: RuleProblem[] = [];
  if (isBlank(item.skuId)) problems.push({ field: 'skuId', code: 'BLANK' });
  const base = decimalField(problems, 'unitPrice', item.unitPrice, PRICE_PLACES);
  if (item.floorPrice !== null) decimalField(problems, 'floorPrice', item.floorPrice, PRICE_PLACES);
  if (item.ladderMode !== 'all_units' && item.ladderMode !== 'graduated') {
    problems.push({
      field: 'ladderMode',
      code: 'UNKNOWN_VALUE',
      params: { allowed: 'all_units, graduated' },
    });
  }
  if (!Array.isArray(item.ladder)) {
    problems.push({ field: 'ladder', code: 'UNKNOWN_VALUE', params: { allowed: 'a list of breaks' } });
  } else {
    let previous: bigint | null = null;
    item.ladder.forEach((brk, i) => {
      const at = `ladder[${i}]`;
      const minQuantity = decimalField(problems, `${at}.minQuantity`, brk.minQuantity, QUANTITY_PLACES);
      if (minQuantity !== null) {
        if (minQuantity === 0n) problems.push({ field: `${at}.minQuantity`, code: 'NOT_POSITIVE' });
        else if (previous !== null && minQuantity <= previous) {
          problems.push({ field: `${at}.minQuantity`, code: 'NOT_INCREASING' });
        }
        previous = minQuantity;
      }
      if (brk.kind === 'absolute') {
        const price = decimalField(problems, `${at}.value`, brk.value, PRICE_PLACES);
        if (price !== null && base !== null && price > base) {
          problems.push({ field: `${at}.value`, code: 'ABOVE_BASE_PRICE', params: { base: item.unitPrice } });
        }
      } else if (brk.kind === 'percent') {
        const percent = decimalField(problems, `${at}.value`, brk.value, PERCENT_PLACES);
        if (percent !== null && (percent === 0n || percent > HUNDRED_PERCENT)) {
          problems.push({ field: `${at}.value`, code: 'PERCENT_OUT_OF_RANGE' });
        }
      } else {
        problems.push({
          field: `${at}.kind`,
          code: 'UNKNOWN_VALUE',
          params: { allowed: 'absolute, percent' },
        });
      }
    });
  }
  return problems.length === 0 ? ok(item) : err({ code: 'PRICE_ITEM_INVALID', problems });
}

/** Bounds of an override per term, in bps of the goods amount. */
const OVERRIDE_BOUNDS: Record<PaymentTerm, readonly [number, number]> = {
  prepayment: [-5000, 0],
  cash: [0, 0],
  net30: [0, 5000],
  net60: [0, 5000],
  net90: [0, 5000],
};

/**
 * Payment terms: cost of capital 0..10 000 bps a year, prepayment days 0..365; overrides are
 * whole bps, prepayment from −5000 to 0, credit terms from 0 to 5000, cash exactly 0.
 */
export function validateTerms(terms: PaymentTermsRule): Result<PaymentTermsRule, RuleError> {
  const problems: RuleProblem[] = [];
  wholeField(problems, 'annualCostOfCapitalBps', terms.annualCostOfCapitalBps, 0, 10_000);
  wholeField(problems, 'prepaymentDays', terms.prepaymentDays, 0, 365);
  const overrides = terms.overridesBps as Record<string, unknown> | null;
  if (overrides === null || typeof overrides !== 'object') {
    problems.push({
      field: 'overridesBps',
      code: 'UNKNOWN_VALUE',
      params: { allowed: PAYMENT_TERMS.join(', ') },
    });
  } else {
    for (const [key, value] of Object.entries(overrides)) {
      const field = `overridesBps.${key}`;
      if (!(PAYMENT_TERMS as readonly string[]).includes(key)) {
        problems.push({ field, code: 'UNKNOWN_VALUE', params: { allowed: PAYMENT_TERMS.join(', ') } });
        continue;
      }
      if (value === undefined) continue;
      if (key === 'cash') {
        if (value !== 0) problems.push({ field, code: 'MUST_BE_ZERO' });
        continue;
      }
      const [min, max] = OVERRIDE_BOUNDS[key as PaymentTerm];
      wholeField(problems, field, value, min, max);
    }
  }
  return problems.length === 0 ? ok(terms) : err({ code: 'PAYMENT_TERMS_INVALID', problems });
}

/**
 * Delivery: pickups at distinct, named warehouses with handling ≥ 0 (≤ 4 places); zones with
 * distinct codes, both names, at least one region, no region in two zones, freight ≥ 0
 * (≤ 4 places) and a per-shipment fee ≥ 0.
 */
export function validateDelivery(delivery: DeliveryRule): Result<DeliveryRule, RuleError> {
  const problems: RuleProblem[] = [];
  const warehouses = new Set<string>();
  delivery.pickups.forEach((p, i) => {
    const at = `pickups[${i}]`;
    if (isBlank(p.warehouseId)) problems.push({ field: `${at}.warehouseId`, code: 'BLANK' });
    else if (warehouses.has(p.warehouseId)) {
      problems.push({ field: `${at}.warehouseId`, code: 'DUPLICATE', params: { value: p.warehouseId } });
    }
    warehouses.add(p.warehouseId);
    decimalField(problems, `${at}.handlingPerUnit`, p.handlingPerUnit, PRICE_PLACES);
  });
  const codes = new Set<string>();
  const zoneOfRegion = new Map<string, string>();
  delivery.zones.forEach((z, i) => {
    const at = `zones[${i}]`;
    if (isBlank(z.code)) problems.push({ field: `${at}.code`, code: 'BLANK' });
    else if (codes.has(z.code))
      problems.push({ field: `${at}.code`, code: 'DUPLICATE', params: { value: z.code } });
    codes.add(z.code);
    if (isBlank(z.nameZh)) problems.push({ field: `${at}.nameZh`, code: 'BLANK' });
    if (isBlank(z.nameEn)) problems.push({ field: `${at}.nameEn`, code: 'BLANK' });
    if (!Array.isArray(z.regions) || z.regions.length === 0) {
      problems.push({ field: `${at}.regions`, code: 'EMPTY' });
    } else {
      const own = new Set<string>();
      z.regions.forEach((region, j) => {
        const field = `${at}.regions[${j}]`;
        if (isBlank(region)) problems.push({ field, code: 'BLANK' });
        else if (own.has(region)) problems.push({ field, code: 'DUPLICATE', params: { value: region } });
        else {
          const other = zoneOfRegion.get(region);
          if (other !== undefined) {
            problems.push({ field, code: 'REGION_IN_TWO_ZONES', params: { region, zone: other } });
          } else zoneOfRegion.set(region, z.code);
        }
        own.add(region);
      });
    }
    decimalField(problems, `${at}.freightPerUnit`, z.freightPerUnit, PRICE_PLACES);
    if (typeof z.perShipmentFeeMinor !== 'bigint') {
      problems.push({ field: `${at}.perShipmentFeeMinor`, code: 'DECIMAL_INVALID', params: { places: '0' } });
    } else if (z.perShipmentFeeMinor < 0n) {
      problems.push({ field: `${at}.perShipmentFeeMinor`, code: 'NEGATIVE' });
    }
  });
  return problems.length === 0 ? ok(delivery) : err({ code: 'DELIVERY_RULE_INVALID', problems });
}
