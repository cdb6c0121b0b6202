import type { TFunction } from 'i18next';
import { allowedQuantities, type OrderRules, type QuantityProblem } from '../utils/quantity';
import { unitText } from '../utils/units';

/**
 * What is wrong with a quantity, in words that say which quantities are allowed:
 * "Order 25 t plus steps of 25 t (25 t, 50 t, 75 t …); nearest: 75 t or 100 t".
 * `quantity` writes a quantity of the SKU's unit, `quantityIn` one of any unit (a quantity
 * asked in another unit).
 */
export function quantityMessage(
  t: TFunction,
  problem: QuantityProblem,
  rules: OrderRules | undefined,
  quantity: (q: string) => string,
  quantityIn: (q: string, unit: string) => string = (q, unit) =>
    t('catalog.format.quantityUnit', { quantity: q, unit: unitText(t, unit) }),
): string {
  switch (problem.code) {
    case 'notConvertible':
      return t('catalog.validation.quantity.notConvertible', {
        quantity: quantityIn(problem.quantity, problem.unit),
        unit: unitText(t, problem.toUnit),
        nearest: t('catalog.validation.quantity.nearestPair', {
          below: quantityIn(problem.lower, problem.unit),
          above: quantityIn(problem.upper, problem.unit),
        }),
      });
    case 'unitNotConvertible':
      return t('catalog.validation.quantity.unitNotConvertible', {
        unit: unitText(t, problem.unit),
        toUnit: unitText(t, problem.toUnit),
      });
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
