import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { DepartmentInputSchema, EmailSchema } from '@tradeway/shared/contracts';

/** The API's limits (company-admin.contract.ts). */
export const NAME_MAX = 100;
export const BUDGET_CODE_MAX = 32;
export const CUSTOM_ROLES_MAX = 20;

export type TextProblem = 'required' | 'max';
export type EmailProblem = 'required' | 'invalid';
export type BudgetCodeProblem = 'required' | 'format' | 'max';

/** A name the API takes: not blank once trimmed, at most `max` characters. */
export function nameProblem(value: string | undefined, max = NAME_MAX): TextProblem | null {
  const v = value?.trim() ?? '';
  if (!v) return 'required';
  return v.length > max ? 'max' : null;
}

/** An address the API takes (`EmailSchema`), once surrounding spaces are trimmed. */
export function emailProblem(value: string | undefined): EmailProblem | null {
  const v = value?.trim() ?? '';
  if (!v) return 'required';
  return EmailSchema.safeParse(v).success ? null : 'invalid';
}

/** A budget code by the API's rule: letters, digits, `.`, `-`, `_`, starting with a letter or digit, up to 32. */
export function budgetCodeProblem(value: string | undefined): BudgetCodeProblem | null {
  const v = value?.trim() ?? '';
  if (!v) return 'required';
  if (v.length > BUDGET_CODE_MAX) return 'max';
  return DepartmentInputSchema.shape.budgetCode.safeParse(v).success ? null : 'format';
}

const check =
  <P extends string>(problem: (v: string | undefined) => P | null, text: (p: P) => string): FormRule =>
  () => ({
    validator: (_, value: string | undefined) => {
      // an empty field is the `required` rule's to report, once
      const p = value ? problem(value) : null;
      return p ? Promise.reject(new Error(text(p))) : Promise.resolve();
    },
  });

/** Rules of the admin forms' fields, in the page's language. */
export const rules = {
  memberEmail: (t: TFunction): FormRule[] => [
    { required: true, message: t('admin.members.validation.emailRequired') },
    check(emailProblem, (p) =>
      p === 'required'
        ? t('admin.members.validation.emailRequired')
        : t('admin.members.validation.emailInvalid'),
    ),
  ],
  memberName: (t: TFunction): FormRule[] => [
    { required: true, message: t('admin.members.validation.nameRequired') },
    check(nameProblem, (p) =>
      p === 'required'
        ? t('admin.members.validation.nameRequired')
        : t('admin.members.validation.nameMax', { max: NAME_MAX }),
    ),
  ],
  memberRole: (t: TFunction): FormRule[] => [
    { required: true, message: t('admin.members.validation.roleRequired') },
  ],
  customRoles: (t: TFunction): FormRule[] => [
    {
      type: 'array',
      max: CUSTOM_ROLES_MAX,
      message: t('admin.members.validation.tooManyRoles', { max: CUSTOM_ROLES_MAX }),
    },
  ],
  roleName: (t: TFunction): FormRule[] => [
    { required: true, message: t('admin.roles.validation.nameRequired') },
    check(nameProblem, (p) =>
      p === 'required'
        ? t('admin.roles.validation.nameRequired')
        : t('admin.roles.validation.nameMax', { max: NAME_MAX }),
    ),
  ],
  rolePermissions: (t: TFunction): FormRule[] => [
    { required: true, type: 'array', min: 1, message: t('admin.roles.validation.permissionsRequired') },
  ],
  departmentName: (t: TFunction): FormRule[] => [
    { required: true, message: t('admin.departments.validation.nameRequired') },
    check(nameProblem, (p) =>
      p === 'required'
        ? t('admin.departments.validation.nameRequired')
        : t('admin.departments.validation.nameMax', { max: NAME_MAX }),
    ),
  ],
  budgetCode: (t: TFunction): FormRule[] => [
    { required: true, message: t('admin.departments.validation.budgetCodeRequired') },
    check(budgetCodeProblem, (p) =>
      p === 'required'
        ? t('admin.departments.validation.budgetCodeRequired')
        : p === 'max'
          ? t('admin.departments.validation.budgetCodeMax')
          : t('admin.departments.validation.budgetCodeFormat'),
    ),
  ],
  apiKeyName: (t: TFunction): FormRule[] => [
    { required: true, message: t('admin.apiKeys.validation.nameRequired') },
    check(nameProblem, (p) =>
      p === 'required'
        ? t('admin.apiKeys.validation.nameRequired')
        : t('admin.apiKeys.validation.nameMax', { max: NAME_MAX }),
    ),
  ],
  apiKeyPermissions: (t: TFunction): FormRule[] => [
    { required: true, type: 'array', min: 1, message: t('admin.apiKeys.validation.permissionsRequired') },
  ],
};
