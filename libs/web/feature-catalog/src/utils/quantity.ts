import { formatScaled, parseScaled, QUANTITY_PLACES } from './decimal';

/**
 * The order rules of a SKU (DESIGN.md §3) checked as the buyer types, the way the quote
 * engine checks them: more than 0, at most 3 decimals, at least the minimum order quantity,
 * and the minimum plus a whole number of increments (MOQ 25, increment 25: 25, 50, 75 …).
 * Quantities are whole thousandths (`bigint`), never floating point.
 */

export interface OrderRules {
  minOrderQuantity: string;
  orderIncrement: string;
}

export type QuantityProblem =
  | { code: 'required' }
  | { code: 'invalid' }
  | { code: 'decimals' }
  | { code: 'zero' }
  | { code: 'tooLarge' }
  | { code: 'belowMinimum'; min: string }
  | {
      code: 'offIncrement';
      min: string;
      increment: string;
      /** the nearest allowed quantity under the one typed, null when there is none */
      below: string | null;
      above: string;
    }
  /** asked in `unit`, it is not a whole thousandth of the SKU's `toUnit`; `lower`/`upper`: the nearest that are */
  | { code: 'notConvertible'; quantity: string; unit: string; toUnit: string; lower: string; upper: string }
  /** nothing converts `unit` into the SKU's `toUnit` */
  | { code: 'unitNotConvertible'; unit: string; toUnit: string };

/** The contract's bound: 12 integer digits. */
const MAX_THOUSANDTHS = 10n ** 15n - 1n;

/** What a person types or pastes, made plain: spaces, thin spaces and grouping commas go. */
export function normalizeQuantity(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s,\u00a0\u202f]/g, '').replace(/。/g, '.');
}

const scaled = (text: string) => parseScaled(text, QUANTITY_PLACES);
const show = (value: bigint) => formatScaled(value, QUANTITY_PLACES);

/** Why `text` is not a quantity the seller accepts for a SKU with `rules`, or null when it is. */
export function quantityProblem(text: string | null | undefined, rules?: OrderRules): QuantityProblem | null {
  const q = normalizeQuantity(text);
  if (q === '') return { code: 'required' };
  if (!/^\d+(\.\d+)?$/.test(q)) return { code: 'invalid' };
  const value = scaled(q);
  if (value === null) return { code: 'decimals' };
  if (value === 0n) return { code: 'zero' };
  if (value > MAX_THOUSANDTHS) return { code: 'tooLarge' };
  if (!rules) return null;
  const min = scaled(rules.minOrderQuantity) ?? 0n;
  const increment = scaled(rules.orderIncrement) ?? 0n;
  if (value < min) return { code: 'belowMinimum', min: show(min) };
  if (increment > 0n) {
    const start = min > 0n ? min : 0n;
    const over = (value - start) % increment;
    if (over !== 0n) {
      const below = value - over;
      return {
        code: 'offIncrement',
        min: show(min),
        increment: show(increment),
        below: below > 0n ? show(below) : null,
        above: show(below + increment),
      };
    }
  }
  return null;
}

/**
 * The first allowed quantities, to tell the buyer what they may order: MOQ 25, increment 25 →
 * ['25', '50', '75']; MOQ 0, increment 0.5 → ['0.5', '1', '1.5']; no increment → [MOQ].
 */
export function allowedQuantities(rules: OrderRules, count = 3): string[] {
  const min = scaled(rules.minOrderQuantity) ?? 0n;
  const increment = scaled(rules.orderIncrement) ?? 0n;
  if (increment <= 0n) return min > 0n ? [show(min)] : [];
  const first = min > 0n ? min : increment;
  return Array.from({ length: count }, (_, i) => show(first + BigInt(i) * increment));
}

/** The quantity the API receives: plain digits, no trailing zeros ("1,000.50" → "1000.5"). */
export function quantityPayload(text: string): string {
  const value = scaled(normalizeQuantity(text));
  return value === null ? normalizeQuantity(text) : show(value);
}
