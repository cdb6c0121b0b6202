import type { TFunction } from 'i18next';
import { allowedQuantities, type OrderRules, type QuantityProblem } from '../utils/quantity';

/**
 * What is wrong with a quantity, in words that say which quantities are allowed:
 * "Order 25 t plus steps of 25 t (25 t, 50 t, 75 t …); nearest: 75 t or 100 t".
 */
export function quantityMessage(
  t: TFunction,
  problem: QuantityProblem,
  rules: OrderRules | undefined,
  quantity: (q: string) => string,
): string {
  switch (problem.code) {
    case 'belowMinimum':
      return t('catalog.validation.quantity.belowMinimum', { min: quantity(problem.min) });
    case 'offIncrement': {
      const allowed = rules ? allowedQuantities(rules).map(quantity) : [];
      return t('catalog.validation.quantity.offIncrement', {
        min: quantity(problem.min),
        increment: quantity(problem.increment),
        allowed: allowed.join(t('catalog.common.listSeparator')),
        nearest:
          problem.below === null
            ? quantity(problem.above)
            : t('catalog.validation.quantity.nearestPair', {
                below: quantity(problem.below),
                above: quantity(problem.above),
              }),
      });
    }
    default:
      return t(`catalog.validation.quantity.${problem.code}`);
  }
}
