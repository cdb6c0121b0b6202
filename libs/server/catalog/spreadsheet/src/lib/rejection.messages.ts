import type { DecimalIssue, DecimalRules } from './decimal-text';
import type { Bilingual, SheetColumn } from './sheet.types';
import type { RejectionCode } from './spreadsheet.errors';

/** The message of every rejection, in both languages, naming the column by its label. */
export interface CodedMessage {
  readonly code: RejectionCode;
  readonly message: Bilingual;
}

const zhName = (c: SheetColumn): string => `“${c.zh}”`;

export const rejectionMessages = {
  required(c: SheetColumn): CodedMessage {
    return { code: 'REQUIRED', message: { zh: `${zhName(c)}不能为空。`, en: `${c.en} is required.` } };
  },

  tooLong(c: SheetColumn, max: number, length: number): CodedMessage {
    return {
      code: 'TOO_LONG',
      message: {
        zh: `${zhName(c)}最多 ${max} 个字符，当前为 ${length} 个。`,
        en: `${c.en} may have at most ${max} characters; this one has ${length}.`,
      },
    };
  },

  invalidCode(c: SheetColumn): CodedMessage {
    return {
      code: 'INVALID_CODE',
      message: {
        zh: `${zhName(c)}只能包含英文字母、数字和 - _ .，不能有空格或中文。`,
        en: `${c.en} may contain only letters A–Z, digits, "-", "_" and ".", without spaces.`,
      },
    };
  },

  formulaError(c: SheetColumn, value: string): CodedMessage {
    return {
      code: 'FORMULA_ERROR',
      message: {
        zh: `${zhName(c)}是错误值 ${value}，请检查该单元格的公式。`,
        en: `${c.en} holds the error value ${value}; check the cell's formula.`,
      },
    };
  },

  decimal(c: SheetColumn, issue: DecimalIssue, rules: DecimalRules): CodedMessage {
    const example = rules.places >= 4 ? '5980.5' : '2.5';
    switch (issue) {
      case 'thousands':
        return {
          code: 'INVALID_NUMBER',
          message: {
            zh: `${zhName(c)}不能使用千位分隔符：1,234.5 请填写为 1234.5。`,
            en: `${c.en} must not use thousands separators: write 1234.5, not 1,234.5.`,
          },
        };
      case 'fullwidth':
        return {
          code: 'INVALID_NUMBER',
          message: {
            zh: `${zhName(c)}含有全角数字或符号，请切换到半角输入（如 ${example}）。`,
            en: `${c.en} contains full-width digits or signs; type half-width ones (e.g. ${example}).`,
          },
        };
      case 'exponent':
        return {
          code: 'INVALID_NUMBER',
          message: {
            zh: `${zhName(c)}不能使用科学计数法（如 1E+5），请填写完整的数字。`,
            en: `${c.en} must not use scientific notation (such as 1E+5); write the number in full.`,
          },
        };
      case 'format':
        return {
          code: 'INVALID_NUMBER',
          message: {
            zh: `${zhName(c)}不是有效的数字，请只填写数字（如 ${example}），不要带单位或货币符号。`,
            en: `${c.en} is not a valid number: enter digits only (e.g. ${example}), without unit or currency sign.`,
          },
        };
      case 'places':
        return {
          code: 'TOO_MANY_DECIMALS',
          message: {
            zh: `${zhName(c)}最多 ${rules.places} 位小数。`,
            en: `${c.en} allows at most ${rules.places} decimal places.`,
          },
        };
      case 'integer-digits':
        return {
          code: 'OUT_OF_RANGE',
          message: {
            zh: `${zhName(c)}过大：整数部分最多 ${rules.integerDigits} 位。`,
            en: `${c.en} is too large: at most ${rules.integerDigits} digits before the decimal point.`,
          },
        };
      case 'negative':
      case 'zero':
        return rules.allowZero
          ? {
              code: 'OUT_OF_RANGE',
              message: { zh: `${zhName(c)}不能为负数。`, en: `${c.en} must not be negative.` },
            }
          : {
              code: 'OUT_OF_RANGE',
              message: { zh: `${zhName(c)}必须大于 0。`, en: `${c.en} must be more than 0.` },
            };
    }
  },

  percentOutOfRange(c: SheetColumn): CodedMessage {
    return {
      code: 'OUT_OF_RANGE',
      message: {
        zh: `${zhName(c)}的折扣百分比必须大于 0% 且不超过 100%。`,
        en: `${c.en}: a percentage off must be more than 0% and at most 100%.`,
      },
    };
  },

  percentPlaces(c: SheetColumn): CodedMessage {
    return {
      code: 'TOO_MANY_DECIMALS',
      message: {
        zh: `${zhName(c)}的折扣百分比最多 2 位小数。`,
        en: `${c.en}: a percentage off allows at most 2 decimal places.`,
      },
    };
  },

  invalidUnit(c: SheetColumn): CodedMessage {
    return {
      code: 'INVALID_UNIT',
      message: {
        zh: `${zhName(c)}无效，可选：t（吨）、kg（千克）、m3（立方米）、piece（件）、box（箱）。`,
        en: `${c.en} is not valid; use one of t (tonne), kg, m3, piece, box.`,
      },
    };
  },

  attributes(c: SheetColumn, problem: AttributeProblem): CodedMessage {
    const text: Record<AttributeProblem['kind'], Bilingual> = {
      syntax: {
        zh: `${zhName(c)}格式应为“键=值; 键=值”，如 grade=一级; origin=广西。`,
        en: `${c.en} must be written "key=value; key=value", e.g. grade=1; origin=Guangxi.`,
      },
      key: {
        zh: `${zhName(c)}的键“${problem.detail}”无效：须以小写英文字母开头，只含小写英文字母和下划线，最多 30 个字符。`,
        en: `${c.en}: the key "${problem.detail}" is not valid: lower-case letters and underscores, starting with a letter, at most 30 characters.`,
      },
      'empty-value': {
        zh: `${zhName(c)}的“${problem.detail}”没有填写值。`,
        en: `${c.en}: "${problem.detail}" has no value.`,
      },
      'value-too-long': {
        zh: `${zhName(c)}的“${problem.detail}”的值最多 60 个字符。`,
        en: `${c.en}: the value of "${problem.detail}" may have at most 60 characters.`,
      },
      'duplicate-key': {
        zh: `${zhName(c)}的键“${problem.detail}”出现了多次。`,
        en: `${c.en}: the key "${problem.detail}" appears more than once.`,
      },
      'too-many': {
        zh: `${zhName(c)}最多 20 项。`,
        en: `${c.en} may have at most 20 entries.`,
      },
    };
    return { code: 'INVALID_ATTRIBUTES', message: text[problem.kind] };
  },

  inconsistentProduct(
    c: SheetColumn,
    productCode: string,
    firstRow: number,
    firstValue: string,
  ): CodedMessage {
    return {
      code: 'INCONSISTENT_PRODUCT',
      message: {
        zh: `同一商品编码 ${productCode} 的${zhName(c)}须一致：第 ${firstRow} 行为“${firstValue}”。`,
        en: `Rows of product ${productCode} must agree on ${c.en}: row ${firstRow} has "${firstValue}".`,
      },
    };
  },

  duplicateRow(c: SheetColumn, value: string, firstRow: number): CodedMessage {
    return {
      code: 'DUPLICATE_ROW',
      message: {
        zh: `${zhName(c)} ${value} 与第 ${firstRow} 行重复。`,
        en: `${c.en} ${value} is a duplicate of row ${firstRow}.`,
      },
    };
  },

  ladderMode(c: SheetColumn): CodedMessage {
    return {
      code: 'INVALID_LADDER_MODE',
      message: {
        zh: `${zhName(c)}无效，可选：all_units（全部数量）或 graduated（分段），留空为全部数量。`,
        en: `${c.en} is not valid; use all_units or graduated (blank means all_units).`,
      },
    };
  },

  floorAboveUnitPrice(floor: SheetColumn, unit: SheetColumn, unitPrice: string): CodedMessage {
    return {
      code: 'FLOOR_ABOVE_UNIT_PRICE',
      message: {
        zh: `${zhName(floor)}不能高于${zhName(unit)}（${unitPrice}）。`,
        en: `${floor.en} must not be above the ${unit.en.toLowerCase()} (${unitPrice}).`,
      },
    };
  },

  incompleteBreak(missing: SheetColumn, other: SheetColumn): CodedMessage {
    return {
      code: 'INCOMPLETE_BREAK',
      message: {
        zh: `已填写${zhName(other)}，${zhName(missing)}也须填写（两者同时填写或同时留空）。`,
        en: `${other.en} is filled in, so ${missing.en} is required too (fill in both or neither).`,
      },
    };
  },

  breakNotIncreasing(c: SheetColumn, previous: string): CodedMessage {
    return {
      code: 'BREAK_NOT_INCREASING',
      message: {
        zh: `${zhName(c)}必须大于上一档的起始数量（${previous}）。`,
        en: `${c.en} must be more than the previous break's quantity (${previous}).`,
      },
    };
  },

  breakPriceAboveUnitPrice(c: SheetColumn, unit: SheetColumn, unitPrice: string): CodedMessage {
    return {
      code: 'BREAK_PRICE_ABOVE_UNIT_PRICE',
      message: {
        zh: `${zhName(c)}不能高于${zhName(unit)}（${unitPrice}）。`,
        en: `${c.en} must not be above the ${unit.en.toLowerCase()} (${unitPrice}).`,
      },
    };
  },

  /** For the importing service: the category code names no category of the platform. */
  unknownCategory(c: SheetColumn): CodedMessage {
    return {
      code: 'UNKNOWN_CATEGORY',
      message: {
        zh: `${zhName(c)}在平台品类中不存在，请在品类列表中查找正确的编码。`,
        en: `${c.en} is not a category of the platform; look up the code in the category list.`,
      },
    };
  },

  /** For the importing service: the SKU code is not in the seller's catalog. */
  unknownSku(c: SheetColumn): CodedMessage {
    return {
      code: 'UNKNOWN_SKU',
      message: {
        zh: `${zhName(c)}不在您的商品目录中，请先导入该商品。`,
        en: `${c.en} is not in your catalog; import the product first.`,
      },
    };
  },
};

export interface AttributeProblem {
  readonly kind: 'syntax' | 'key' | 'empty-value' | 'value-too-long' | 'duplicate-key' | 'too-many';
  /** the key (or segment) concerned, when there is one */
  readonly detail?: string;
}
