import { ORPCError } from '@orpc/client';
import { describe, expect, it } from 'vitest';
import { policyFieldName } from './policy-form';
import { requisitionFieldName } from './requisition-form';
import { knownServerMessage, mapFieldErrors } from './server-errors';

/** The error bodies the API answers with (libs/server/approval/feature/src/lib/approval-errors.ts). */
const policyInvalid = new ORPCError('POLICY_INVALID', {
  status: 422,
  message: 'The approval policy is invalid',
  data: {
    reason: 'POLICY_INVALID',
    messageZh: '审批策略配置无效',
    fields: [
      { path: 'levels.1.approverRoles', message: 'a level must name at least one role or user' },
      { path: 'conditions.maxAmountMinor', message: 'maximum amount must be greater than minimum amount' },
      { path: 'levels.0.order', message: 'order must be a whole number from 1 to 2' },
    ],
  },
});
const unknownRole = new ORPCError('UNPROCESSABLE_CONTENT', {
  status: 422,
  message: 'Unknown role',
  data: { fields: [{ path: 'levels.0.approverRoles.1', message: 'Unknown role' }] },
});
const badLines = new ORPCError('BAD_REQUEST', {
  status: 400,
  message: 'Invalid input',
  data: {
    fields: [
      { path: 'lines.0.quantity', message: 'A positive number with up to 3 decimals' },
      { path: 'lines.0.quantity', message: 'A positive number with up to 3 decimals' },
      { path: 'lines.2.unitPriceMinor', message: 'Too big: expected bigint to be <=1000000000000000' },
      { path: 'currency', message: "Requisitions are in the company's base currency (CNY)" },
      { path: '', message: 'Body must be an object' },
    ],
  },
});

const asIs = (f: { message: string }) => f.message;

describe('API field errors on the forms', () => {
  it('places a 422 of the policy editor on the level and condition fields, the order in an alert', () => {
    const { fields, rest } = mapFieldErrors(policyInvalid, policyFieldName, asIs);
    expect(fields).toEqual([
      { name: ['levels', 1, 'approverRoles'], errors: ['a level must name at least one role or user'] },
      { name: ['conditions', 'maxAmount'], errors: ['maximum amount must be greater than minimum amount'] },
    ]);
    expect(rest.map((f) => f.path)).toEqual(['levels.0.order']);
    expect(mapFieldErrors(unknownRole, policyFieldName, asIs).fields).toEqual([
      { name: ['levels', 0, 'approverRoles'], errors: ['Unknown role'] },
    ]);
  });

  it('places a 400 of the requisition form on the line fields, once per message', () => {
    const { fields, rest } = mapFieldErrors(badLines, requisitionFieldName, asIs);
    expect(fields).toEqual([
      { name: ['lines', 0, 'quantity'], errors: ['A positive number with up to 3 decimals'] },
      { name: ['lines', 2, 'unitPrice'], errors: ['Too big: expected bigint to be <=1000000000000000'] },
    ]);
    expect(rest.map((f) => f.path)).toEqual(['currency', '']);
  });

  it('gives the text of each message through the caller (to translate the ones it knows)', () => {
    const { fields } = mapFieldErrors(badLines, requisitionFieldName, (f) =>
      knownServerMessage(f.message) === 'quantityFormat' ? '请输入最多 3 位小数的正数' : f.message,
    );
    expect(fields[0]?.errors).toEqual(['请输入最多 3 位小数的正数']);
    expect(knownServerMessage('Unknown department')).toBe('unknownDepartment');
    expect(knownServerMessage('Something new')).toBeUndefined();
  });

  it('has nothing to place when the API never answered or sent no fields', () => {
    expect(mapFieldErrors(new TypeError('Failed to fetch'), requisitionFieldName, asIs)).toEqual({
      fields: [],
      rest: [],
    });
    const conflict = new ORPCError('CONFLICT', {
      status: 409,
      message: 'A approved requisition cannot change',
    });
    expect(mapFieldErrors(conflict, requisitionFieldName, asIs)).toEqual({ fields: [], rest: [] });
  });
});
