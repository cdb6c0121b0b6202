import { ORPCError } from '@orpc/client';
import { describe, expect, it } from 'vitest';
import { type KnownRefusal, placeServerErrors } from './server-errors';

/** What the API answers (apps/api/src/company-admin.e2e-spec.ts, and the same requests made by hand). */
const alreadyMember = new ORPCError('CONFLICT', {
  status: 409,
  message: 'Already a member',
  data: { fields: [{ path: 'email', message: 'Already a member of this company' }] },
});
const invalidInvite = new ORPCError('BAD_REQUEST', {
  status: 400,
  message: 'Invalid input',
  data: {
    fields: [
      { path: 'email', message: 'Invalid email address' },
      { path: 'displayName', message: 'Too small: expected string to have >=1 characters' },
      { path: 'role', message: 'Invalid option' },
    ],
  },
});
const unknownDepartment = new ORPCError('UNPROCESSABLE_CONTENT', {
  status: 422,
  message: 'Unknown department',
  data: { fields: [{ path: 'departmentId', message: 'Unknown department' }] },
});
/** A unique constraint (budget code, role name): 409 naming no field. */
const uniqueClash = new ORPCError('CONFLICT', {
  status: 409,
  message: 'Already exists',
  data: { fields: [] },
});
const cannotDisableOwner = new ORPCError('UNPROCESSABLE_CONTENT', {
  status: 422,
  message: 'The owner account cannot be disabled',
  data: { fields: [{ path: 'membershipId', message: 'The owner account cannot be disabled' }] },
});

const INVITE = ['email', 'displayName', 'role', 'customRoleIds', 'departmentId'];
const inviteKnown: KnownRefusal[] = [
  { status: 409, field: 'email', text: '该邮箱已是本企业成员' },
  { status: 422, field: 'departmentId', text: '该部门已不存在', onlyWhenNamed: true },
  { status: 422, field: 'customRoleIds', text: '所选角色中有已不存在的角色', onlyWhenNamed: true },
];

describe('server errors on the form’s fields', () => {
  it('says "already a member" on the email field, in the form’s words, with no alert', () => {
    expect(
      placeServerErrors(alreadyMember, { fields: INVITE, known: inviteKnown, language: 'zh-CN' }),
    ).toEqual({
      fields: [{ name: ['email'], errors: ['该邮箱已是本企业成员'] }],
      needsAlert: false,
    });
  });

  it('puts each refused field’s message on it', () => {
    expect(placeServerErrors(invalidInvite, { fields: INVITE, known: inviteKnown, language: 'en' })).toEqual({
      fields: [
        { name: ['email'], errors: ['Invalid email address'] },
        { name: ['displayName'], errors: ['Too small: expected string to have >=1 characters'] },
        { name: ['role'], errors: ['Invalid option'] },
      ],
      needsAlert: false,
    });
  });

  it('translates a refusal on a named field, and only that one', () => {
    expect(
      placeServerErrors(unknownDepartment, { fields: INVITE, known: inviteKnown, language: 'zh-CN' }),
    ).toEqual({
      fields: [{ name: ['departmentId'], errors: ['该部门已不存在'] }],
      needsAlert: false,
    });
  });

  it('places a clash that names no field on the field that must be unique', () => {
    const known: KnownRefusal[] = [{ status: 409, field: 'budgetCode', text: '已有部门使用该预算编码' }];
    expect(
      placeServerErrors(uniqueClash, { fields: ['name', 'budgetCode'], known, language: 'zh-CN' }),
    ).toEqual({
      fields: [{ name: ['budgetCode'], errors: ['已有部门使用该预算编码'] }],
      needsAlert: false,
    });
    // The same clash where the form knows no such refusal: an alert.
    expect(placeServerErrors(uniqueClash, { fields: ['name'], language: 'en' })).toEqual({
      fields: [],
      needsAlert: true,
    });
  });

  it('leaves a refusal about something the form does not show to an alert', () => {
    expect(
      placeServerErrors(cannotDisableOwner, { fields: ['reassignToMembershipId'], language: 'en' }),
    ).toEqual({
      fields: [],
      needsAlert: true,
    });
  });

  it('alerts when the API could not be reached or failed', () => {
    expect(
      placeServerErrors(new TypeError('Failed to fetch'), { fields: INVITE, language: 'en' }).needsAlert,
    ).toBe(true);
    expect(
      placeServerErrors(new ORPCError('INTERNAL_SERVER_ERROR', { status: 500 }), {
        fields: INVITE,
        language: 'en',
      }).needsAlert,
    ).toBe(true);
  });

  it('shows what it can on fields and alerts for the rest', () => {
    const mixed = new ORPCError('BAD_REQUEST', {
      status: 400,
      message: 'Invalid input',
      data: {
        fields: [
          { path: 'name', message: 'Too big' },
          { path: '', message: 'Body must be an object' },
        ],
      },
    });
    expect(placeServerErrors(mixed, { fields: ['name', 'budgetCode'], language: 'en' })).toEqual({
      fields: [{ name: ['name'], errors: ['Too big'] }],
      needsAlert: true,
    });
  });
});
