import { ORPCError } from '@orpc/client';
import { describe, expect, it } from 'vitest';
import { formProblems } from './form-problems';

const refused = new ORPCError('BAD_REQUEST', {
  status: 400,
  message: 'Invalid input',
  data: {
    messageZh: '输入无效',
    fields: [
      { path: 'lines.1.taxRateBps', message: 'Too high', messageZh: '税率过高' },
      { path: 'lines.1.taxRateBps', message: 'Too high', messageZh: '税率过高' },
      { path: 'note', message: 'Invalid input' },
      { path: 'unknown', message: 'Not allowed' },
    ],
  },
});
const rename = (path: string) => path.replace(/^lines\.(\d+)\.taxRateBps$/, 'lines.$1.taxRate');

describe('the API’s refusal of a form', () => {
  it('puts each message on its field, in the page’s language, once', () => {
    const { placed } = formProblems(refused, 'zh-CN', { fields: ['lines', 'note'], rename });
    expect(placed).toEqual([
      { name: ['lines', 1, 'taxRate'], errors: ['税率过高'] },
      { name: ['note'], errors: ['输入无效'] },
    ]);
    expect(formProblems(refused, 'en', { fields: ['lines', 'note'], rename }).placed[0]).toEqual({
      name: ['lines', 1, 'taxRate'],
      errors: ['Too high'],
    });
  });

  it('asks for an alert when a message has no field on the form, or nothing was placed', () => {
    expect(formProblems(refused, 'en', { fields: ['lines', 'note'] }).needsAlert).toBe(true);
    expect(formProblems(refused, 'en', { fields: ['lines', 'note', 'unknown'] }).needsAlert).toBe(false);
    expect(formProblems(new Error('offline'), 'en', { fields: ['lines'] })).toEqual({
      placed: [],
      needsAlert: true,
    });
  });
});
