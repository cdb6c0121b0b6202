import type { FormInstance, FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { isValidEmail, passwordProblems, type PasswordProblem } from './password-rules';

/** Emails: required, and an address the API accepts. */
export function emailRules(t: TFunction): FormRule[] {
  return [
    { required: true, whitespace: true, message: t('auth.validation.emailRequired') },
    {
      validator: (_, value: string | undefined) =>
        !value?.trim() || isValidEmail(value)
          ? Promise.resolve()
          : Promise.reject(new Error(t('auth.validation.emailInvalid'))),
    },
  ];
}

function problemText(t: TFunction, problem: PasswordProblem): string {
  switch (problem.rule) {
    case 'min':
      return t('auth.validation.passwordMin', { min: problem.min });
    case 'max':
      return t('auth.validation.passwordMax', { max: problem.max });
    case 'letter':
      return t('auth.validation.passwordLetter');
    case 'digit':
      return t('auth.validation.passwordDigit');
    case 'other':
      return problem.message;
  }
}

/** A new password: the API's rule, every unmet part listed. */
export function newPasswordRules(t: TFunction): FormRule[] {
  return [
    { required: true, message: t('auth.validation.newPasswordRequired') },
    {
      validator: (_, value: string | undefined) => {
        const problems = value ? passwordProblems(value) : [];
        return problems.length === 0
          ? Promise.resolve()
          : Promise.reject(
              new Error(problems.map((p) => problemText(t, p)).join(t('auth.validation.separator'))),
            );
      },
    },
  ];
}

/** The new password again: must equal the field `field`. */
export function confirmPasswordRules(t: TFunction, field: string): FormRule[] {
  return [
    { required: true, message: t('auth.validation.confirmRequired') },
    ({ getFieldValue }) => ({
      validator: (_, value: string | undefined) =>
        !value || getFieldValue(field) === value
          ? Promise.resolve()
          : Promise.reject(new Error(t('auth.validation.confirmMismatch'))),
    }),
  ];
}

/**
 * Fields validate on blur and on submit; once a field shows an error (its own or the
 * API's), it is checked again as the user types, so the message goes as soon as it is fixed.
 */
export function revalidateChanged(form: FormInstance, changed: Record<string, unknown>): void {
  const names = Object.keys(changed).filter((name) => form.getFieldError(name).length > 0);
  if (names.length) form.validateFields(names).catch(() => undefined);
}
