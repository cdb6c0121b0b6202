import { ORPCError } from '@orpc/client';
import { describe, expect, it } from 'vitest';
import { apiProblem, errorMessage, fieldErrors, isUnauthorized, toFieldName, unplacedFields } from './errors';

/** The shapes the API answers with (see libs/server/platform/src/http/api-error.ts and identity errors). */
const invalidInput = new ORPCError('BAD_REQUEST', {
  status: 400,
  message: 'Invalid input',
  data: {
    fields: [
      { path: 'email', message: 'Invalid email address' },
      { path: 'lines.0.quantity', message: 'Too small' },
      { path: 'lines.0.quantity', message: 'Not a multiple of the increment' },
      { path: 'lines.0.quantity', message: 'Too small' },
      { path: '', message: 'Body must be an object' },
    ],
  },
});
const wrongPassword = new ORPCError('WRONG_PASSWORD', {
  status: 422,
  message: 'The current password is wrong',
  data: {
    reason: 'WRONG_PASSWORD',
    messageZh: '当前密码不正确',
    fields: [{ path: 'currentPassword', message: 'The current password is wrong' }],
  },
});
const throttled = new ORPCError('TOO_MANY_ATTEMPTS', {
  status: 429,
  message: 'Too many attempts; try again later',
  data: { messageZh: '尝试次数过多，请稍后再试', retryAfterSeconds: 840 },
});

describe('API errors', () => {
  it('maps dotted paths to form name paths, numbers for list positions', () => {
    expect(toFieldName('email')).toEqual(['email']);
    expect(toFieldName('lines.0.quantity')).toEqual(['lines', 0, 'quantity']);
  });

  it('gives one setFields entry per field with its distinct messages, never the whole-body path', () => {
    expect(fieldErrors(invalidInput)).toEqual([
      { name: ['email'], errors: ['Invalid email address'] },
      { name: ['lines', 0, 'quantity'], errors: ['Too small', 'Not a multiple of the increment'] },
    ]);
  });

  it('keeps only the fields the form has, and tells which are left for an alert', () => {
    expect(fieldErrors(invalidInput, { only: ['email', 'password'] })).toEqual([
      { name: ['email'], errors: ['Invalid email address'] },
    ]);
    expect(unplacedFields(invalidInput, ['email', 'password']).map((f) => f.path)).toEqual([
      'lines.0.quantity',
      'lines.0.quantity',
      'lines.0.quantity',
      '',
    ]);
  });

  it('puts the Chinese message of an identity error on its field in Chinese', () => {
    expect(fieldErrors(wrongPassword, { language: 'zh-CN' })).toEqual([
      { name: ['currentPassword'], errors: ['当前密码不正确'] },
    ]);
    expect(fieldErrors(wrongPassword, { language: 'en' })).toEqual([
      { name: ['currentPassword'], errors: ['The current password is wrong'] },
    ]);
  });

  it('gives the API message in the page language: data.messageZh in Chinese, none when there is no Chinese one', () => {
    expect(errorMessage(wrongPassword, 'zh-CN')).toBe('当前密码不正确');
    expect(errorMessage(wrongPassword, 'en')).toBe('The current password is wrong');
    expect(errorMessage(invalidInput, 'zh-CN')).toBeUndefined();
    expect(errorMessage(invalidInput, 'en')).toBe('Invalid input');
    expect(errorMessage(new ORPCError('INTERNAL_SERVER_ERROR', { status: 503 }), 'en')).toBeUndefined();
    expect(errorMessage(new TypeError('Failed to fetch'), 'en')).toBeUndefined();
  });

  it('reads the wait of a 429 and knows a 401 from the rest', () => {
    expect(apiProblem(throttled)).toMatchObject({ status: 429, retryAfterSeconds: 840 });
    expect(apiProblem(new TypeError('Failed to fetch'))).toMatchObject({ status: undefined, fields: [] });
    expect(isUnauthorized(new ORPCError('UNAUTHORIZED', { status: 401 }))).toBe(true);
    expect(isUnauthorized(throttled)).toBe(false);
    expect(isUnauthorized(new Error('401'))).toBe(false);
  });
});
