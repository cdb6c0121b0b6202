/**
 * Error codes of the approval context, each with a message in both languages
 * (STYLE.md habit 8). Expected failures are returned as typed results, not thrown.
 */
export const APPROVAL_ERRORS = {
  APPROVAL_NOT_FOUND: { status: 404, zh: '未找到', en: 'Not found' },
} as const;

export type ApprovalErrorCode = keyof typeof APPROVAL_ERRORS;

export function approvalErrorMessage(code: ApprovalErrorCode, locale: 'zh-CN' | 'en'): string {
  const entry = APPROVAL_ERRORS[code];
  return locale === 'en' ? entry.en : entry.zh;
}
