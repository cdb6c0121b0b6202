/**
 * Error codes of the company context, each with a message in both languages
 * (STYLE.md habit 8). Expected failures are returned as typed results, not thrown.
 */
export const COMPANY_ERRORS = {
  APPLICATION_ALREADY_OPEN: {
    status: 409,
    zh: '该统一社会信用代码已有待审核的入驻申请',
    en: 'An application for this credit code is already under review',
  },
  COMPANY_ALREADY_ONBOARDED: {
    status: 409,
    zh: '该统一社会信用代码的企业已入驻平台',
    en: 'A company with this credit code is already on the platform',
  },
} as const;

export type CompanyErrorCode = keyof typeof COMPANY_ERRORS;

export function companyErrorMessage(code: CompanyErrorCode, locale: 'zh-CN' | 'en'): string {
  const entry = COMPANY_ERRORS[code];
  return locale === 'en' ? entry.en : entry.zh;
}
