/**
 * Error codes of the identity context, each with a message in both languages
 * (STYLE.md habit 8). Expected failures are returned as typed results, not thrown.
 */
export const IDENTITY_ERRORS = {
  IDENTITY_NOT_FOUND: { status: 404, zh: '未找到', en: 'Not found' },
} as const;

export type IdentityErrorCode = keyof typeof IDENTITY_ERRORS;

export function identityErrorMessage(code: IdentityErrorCode, locale: 'zh-CN' | 'en'): string {
  const entry = IDENTITY_ERRORS[code];
  return locale === 'en' ? entry.en : entry.zh;
}
