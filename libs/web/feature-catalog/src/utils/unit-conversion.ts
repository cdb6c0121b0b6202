import { formatScaled, parseScaled, QUANTITY_PLACES } from './decimal';
import { type Unit, UNITS } from './units';

/**
 * A quantity asked in another unit of a SKU, in the SKU's own unit, the way the quote engine
 * converts it (libs/server/pricing/domain unit-conversion.ts): the SKU's conversions as
 * declared ("1 box = 18 kg": × 18) or backwards (÷ 18), 1 t = 1 000 kg for every SKU, the
 * shortest chain of them, exact fractions of `bigint`s. A quantity that does not land on a
 * whole thousandth of the SKU's unit is refused, never rounded.
 */

/** "1 fromUnit of the SKU = factor toUnit", as the product page gives it. */
export interface ConversionRule {
  fromUnit: string;
  toUnit: string;
  factor: string;
}

export interface ConvertibleSku {
  unit: string;
  conversions: readonly ConversionRule[];
}

const FACTOR_PLACES = 6;
const FACTOR_SCALE = 1_000_000n;
const UNIVERSAL: readonly ConversionRule[] = [{ fromUnit: 't', toUnit: 'kg', factor: '1000' }];

interface Ratio {
  num: bigint;
  den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
const reduced = (num: bigint, den: bigint): Ratio => {
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
};

/** Every way out of each unit, declared ones first; a factor that is not a positive decimal is left out. */
function edges(conversions: readonly ConversionRule[]): Map<string, Array<{ to: string; ratio: Ratio }>> {
  const out = new Map<string, Array<{ to: string; ratio: Ratio }>>();
  const add = (from: string, to: string, ratio: Ratio) => {
    if (from === to) return;
    out.set(from, [...(out.get(from) ?? []), { to, ratio }]);
  };
  const usable = [...conversions, ...UNIVERSAL].flatMap((c) => {
    const f = parseScaled(c.factor, FACTOR_PLACES);
    return f !== null && f > 0n ? [{ c, f }] : [];
  });
  for (const { c, f } of usable) add(c.fromUnit, c.toUnit, reduced(f, FACTOR_SCALE));
  for (const { c, f } of usable) add(c.toUnit, c.fromUnit, reduced(FACTOR_SCALE, f));
  return out;
}

/** Every unit reachable from `from`, with how many of it one `from` is worth (breadth first). */
function reach(from: string, conversions: readonly ConversionRule[]): Map<string, Ratio> {
  const graph = edges(conversions);
  const reached = new Map<string, Ratio>([[from, { num: 1n, den: 1n }]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const unit of frontier) {
      const here = reached.get(unit) as Ratio;
      for (const edge of graph.get(unit) ?? []) {
        if (reached.has(edge.to)) continue;
        reached.set(edge.to, reduced(here.num * edge.ratio.num, here.den * edge.ratio.den));
        next.push(edge.to);
      }
    }
    frontier = next;
  }
  return reached;
}

/**
 * The units a buyer may ask a quote of this SKU in: its own first, then the others its
 * conversions reach. Only its own when it declares none (no choice to offer).
 */
export function quoteUnits(sku: ConvertibleSku): Unit[] {
  const own = UNITS.find((u) => u === sku.unit);
  if (!own) return [];
  if (sku.conversions.length === 0) return [own];
  const reached = reach(own, sku.conversions);
  return [own, ...UNITS.filter((u) => u !== own && reached.has(u))];
}

export type Conversion =
  | { ok: true; quantity: string }
  /** not a decimal above 0 with at most 3 places */
  | { ok: false; code: 'invalid' }
  | { ok: false; code: 'unitNotConvertible' }
  /** `lower` and `upper`: the nearest quantities in the asked unit that do convert exactly */
  | { ok: false; code: 'notConvertible'; lower: string; upper: string };

/**
 * `quantity` (a plain decimal of at most 3 places) of `unit` in the SKU's unit:
 * 1 t → '1000' kg; 36 kg → '2' box (1 box = 18 kg); 1 kg → not convertible, nearest 0.99 kg
 * or 1.008 kg.
 */
export function toSkuUnit(quantity: string, unit: string, sku: ConvertibleSku): Conversion {
  const q = parseScaled(quantity, QUANTITY_PLACES);
  if (q === null || q <= 0n) return { ok: false, code: 'invalid' };
  // how many SKU units one asked unit is worth
  const ratio = unit === sku.unit ? { num: 1n, den: 1n } : reach(unit, sku.conversions).get(sku.unit);
  if (!ratio) return { ok: false, code: 'unitNotConvertible' };
  const scaled = q * ratio.num;
  if (scaled % ratio.den !== 0n) {
    const step = ratio.den;
    const below = q - (q % step);
    const lower = below > 0n ? below : step;
    return {
      ok: false,
      code: 'notConvertible',
      lower: formatScaled(lower, QUANTITY_PLACES),
      upper: formatScaled(lower + step, QUANTITY_PLACES),
    };
  }
  return { ok: true, quantity: formatScaled(scaled / ratio.den, QUANTITY_PLACES) };
}
