import { ok, type Result } from '@tradeway/shared/kernel';
import { formatDecimal, parseDecimal, QUANTITY_PLACES } from './decimal';
import { type QuoteError, quoteFailure } from './pricing.errors';

/**
 * Units of measure of a SKU (DESIGN.md §3) and the exact conversion of a requested quantity
 * into the SKU's own unit, the one its prices, minimum order quantity and increment are in.
 *
 * A conversion "1 fromUnit = factor toUnit" (`unit_conversions`, factor ≤ 6 decimals) is used
 * as declared (× factor) or backwards (÷ factor); 1 t = 1 000 kg holds for every SKU. When
 * no single conversion links the two units, a chain of them is used (1 box = 18 kg and
 * 1 t = 1 000 kg give 1 t = 55.555… box). The ratio of the chain is an exact fraction of
 * `bigint`s and the quantity (3 places) is converted with no rounding at all: a quantity that
 * does not land on a whole thousandth of the target unit is refused, never rounded, because a
 * quote is honoured exactly (decision 0008).
 */

export const UNITS = ['t', 'kg', 'm3', 'piece', 'box'] as const;
export type Unit = (typeof UNITS)[number];

export const isUnit = (text: string): text is Unit => (UNITS as readonly string[]).includes(text);

/** The unit names the messages use, in both languages. */
export const UNIT_NAMES: Record<Unit, { zh: string; en: string }> = {
  t: { zh: '吨', en: 't' },
  kg: { zh: '千克', en: 'kg' },
  m3: { zh: '立方米', en: 'm³' },
  piece: { zh: '件', en: 'pc' },
  box: { zh: '箱', en: 'box' },
};

/** 1 `fromUnit` of the SKU = `factor` `toUnit` (factor > 0, at most 6 decimals). */
export interface UnitConversionRule {
  fromUnit: Unit;
  toUnit: Unit;
  factor: string;
}

/** Places of a stored conversion factor (`Decimal(18, 6)`). */
export const FACTOR_PLACES = 6;
const FACTOR_SCALE = 1_000_000n;

/** The largest quantity a request may carry, in any unit: 12 integer digits (the API's bound). */
export const MAX_QUANTITY_THOUSANDTHS = 10n ** 15n - 1n;

/** 1 t = 1 000 kg for every SKU, declared or not. */
const UNIVERSAL: readonly UnitConversionRule[] = [{ fromUnit: 't', toUnit: 'kg', factor: '1000' }];

/** 1 unit = num / den of another unit; always reduced, both > 0. */
interface Ratio {
  num: bigint;
  den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function ratio(num: bigint, den: bigint): Ratio {
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

interface Edge {
  to: Unit;
  ratio: Ratio;
}

/**
 * Every way out of each unit: the SKU's conversions as declared, then backwards, then the
 * universal t ↔ kg. The order decides between two paths of the same length (a declared
 * conversion beats a derived one). A stored factor that is not a positive decimal of at most
 * 6 places is a bug in the data, not a buyer's mistake: RangeError.
 */
function edges(conversions: readonly UnitConversionRule[]): Map<Unit, Edge[]> {
  const out = new Map<Unit, Edge[]>();
  const add = (from: Unit, to: Unit, r: Ratio) => {
    if (from === to) return;
    const list = out.get(from) ?? [];
    list.push({ to, ratio: r });
    out.set(from, list);
  };
  const factors = [...conversions, ...UNIVERSAL].map((c) => {
    if (!isUnit(c.fromUnit) || !isUnit(c.toUnit)) {
      throw new RangeError(`Unit conversion between unknown units: ${c.fromUnit} → ${c.toUnit}`);
    }
    const f = parseDecimal(c.factor, FACTOR_PLACES);
    if (f === null || f <= 0n) {
      throw new RangeError(`Unit conversion ${c.fromUnit} → ${c.toUnit} has an invalid factor: ${c.factor}`);
    }
    return { c, f };
  });
  for (const { c, f } of factors) add(c.fromUnit, c.toUnit, ratio(f, FACTOR_SCALE));
  for (const { c, f } of factors) add(c.toUnit, c.fromUnit, ratio(FACTOR_SCALE, f));
  return out;
}

/**
 * How many `to` one `from` is worth, through the shortest chain of conversions (breadth
 * first, so the result does not depend on anything but the rules), or null when none links
 * them.
 */
export function conversionRatio(
  from: Unit,
  to: Unit,
  conversions: readonly UnitConversionRule[],
): { num: bigint; den: bigint } | null {
  if (from === to) return { num: 1n, den: 1n };
  const graph = edges(conversions);
  const reached = new Map<Unit, Ratio>([[from, { num: 1n, den: 1n }]]);
  let frontier: Unit[] = [from];
  while (frontier.length > 0) {
    const next: Unit[] = [];
    for (const unit of frontier) {
      const here = reached.get(unit) as Ratio;
      for (const edge of graph.get(unit) ?? []) {
        if (reached.has(edge.to)) continue;
        const r = ratio(here.num * edge.ratio.num, here.den * edge.ratio.den);
        if (edge.to === to) return r;
        reached.set(edge.to, r);
        next.push(edge.to);
      }
    }
    frontier = next;
  }
  return null;
}

/** A quantity for a message: plain decimals, no trailing zeros ("18", "0.018"). */
function shown(thousandths: bigint): string {
  const text = formatDecimal(thousandths, QUANTITY_PLACES);
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

function unitParams(prefix: 'unit' | 'toUnit', unit: Unit): Record<string, string> {
  return { [prefix]: unit, [`${prefix}Zh`]: UNIT_NAMES[unit].zh, [`${prefix}En`]: UNIT_NAMES[unit].en };
}

/**
 * `quantity` of `from` expressed in `to`, exactly, with 3 decimals ("1" t → "1000.000" kg;
 * "36" kg → "2.000" box when 1 box = 18 kg).
 *
 * Refusals, on the request's fields:
 * - `QUANTITY_INVALID` (quantity): not a decimal greater than 0 with at most 3 places;
 * - `UNIT_NOT_CONVERTIBLE` (unit): no conversion links the two units for this SKU;
 * - `QUANTITY_NOT_CONVERTIBLE` (quantity): the result is not a whole thousandth of `to`
 *   (1 kg into boxes of 18 kg); the params name the nearest quantities of `from` that are,
 *   `lower` and `upper` (the two smallest ones when none under the request is above 0), and
 *   `step`, the smallest one;
 * - `QUANTITY_TOO_LARGE` (quantity): the result has more than 12 integer digits.
 */
export function convertQuantity(
  quantity: string,
  from: Unit,
  to: Unit,
  conversions: readonly UnitConversionRule[],
): Result<string, QuoteError> {
  const q = parseDecimal(quantity, QUANTITY_PLACES);
  if (q === null || q <= 0n) return quoteFailure('QUANTITY_INVALID', 'quantity');
  const r = conversionRatio(from, to, conversions);
  if (r === null) {
    return quoteFailure('UNIT_NOT_CONVERTIBLE', 'unit', {
      ...unitParams('unit', from),
      ...unitParams('toUnit', to),
    });
  }
  const scaled = q * r.num;
  if (scaled % r.den !== 0n) {
    // q × num / den is whole exactly when q is a multiple of den (num and den are coprime).
    const step = r.den;
    const below = q - (q % step);
    const lower = below > 0n ? below : step;
    return quoteFailure('QUANTITY_NOT_CONVERTIBLE', 'quantity', {
      quantity: shown(q),
      lower: shown(lower),
      upper: shown(lower + step),
      step: shown(step),
      ...unitParams('unit', from),
      ...unitParams('toUnit', to),
    });
  }
  const converted = scaled / r.den;
  if (converted > MAX_QUANTITY_THOUSANDTHS) {
    return quoteFailure('QUANTITY_TOO_LARGE', 'quantity', {
      max: shown(MAX_QUANTITY_THOUSANDTHS),
      ...unitParams('toUnit', to),
    });
  }
  return ok(formatDecimal(converted, QUANTITY_PLACES));
}
