import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { formatDecimal } from '../utils/money';
import { onHandProblem } from '../utils/inventory';
import type { Language } from '@tradeway/web/i18n';

/** On hand: 0 or more, at most 3 decimals, never below `reserved` (checked before sending). */
export function onHandRules(t: TFunction, reserved: string, language: Language): FormRule[] {
  return [
    {
      validator: (_: unknown, value: string | undefined) => {
        const problem = onHandProblem(value, reserved);
        return problem
          ? Promise.reject(
              new Error(
                t(`inventory.validation.${problem}`, { reserved: formatDecimal(reserved, language, 3) }),
              ),
            )
          : Promise.resolve();
      },
    },
  ];
}
