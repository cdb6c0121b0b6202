/**
 * Error codes of the identity context, each with a message in both languages
 * (STYLE.md habit 8). Expected failures are returned as typed results, not thrown.
 */
export const IDENTITY_ERRORS = {
  INVALID_CREDENTIALS: { status: 401, zh: '邮箱或密码错误', en: 'Wrong email or password' },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    zh: '尝试次数过多，请稍后再试',
    en: 'Too many attempts; try again later',
  },
  NOT_A_MEMBER: { status: 404, zh: '未找到该公司', en: 'Company not found' },
  WRONG_PASSWORD: { status: 422, zh: '当前密码不正确', en: 'The current password is wrong' },
  RESET_TOKEN_INVALID: {
    status: 422,
    zh: '重置链接无效或已过期',
    en: 'The reset link is invalid, expired or already used',
  },
} as const;

export type IdentityErrorCode = keyof typeof IDENTITY_ERRORS;

export function identityErrorMessage(code: IdentityErrorCode, locale: 'zh-CN' | 'en'): string {
  const entry = IDENTITY_ERRORS[code];
  return locale === 'en' ? entry.en : entry.zh;
}
