import { describe, expect, it } from 'vitest';
import {
  APPROVAL_ERRORS,
  approvalErrorMessage,
  approvalFailure,
  type ApprovalErrorCode,
} from './approval.errors';

describe('approval errors', () => {
  it('has a message in both languages and a 4xx status for every code', () => {
    for (const code of Object.keys(APPROVAL_ERRORS) as ApprovalErrorCode[]) {
      expect(approvalErrorMessage(code, 'zh-CN')).not.toBe('');
      expect(approvalErrorMessage(code, 'en')).not.toBe('');
      expect(approvalErrorMessage(code, 'en')).not.toBe(approvalErrorMessage(code, 'zh-CN'));
      expect(APPROVAL_ERRORS[code].status).toBeGreaterThanOrEqual(400);
      expect(APPROVAL_ERRORS[code].status).toBeLessThan(500);
    }
  });

  it.each([
    ['APPROVAL_NOT_FOUND', 404],
    ['NOT_PENDING', 409],
    ['ALREADY_DECIDED', 409],
    ['SELF_APPROVAL', 403],
    ['DELEGATION_NOT_ACTIVE', 403],
    ['NOT_REQUESTER', 403],
    ['NOT_AN_APPROVER', 403],
    ['COMMENT_REQUIRED', 422],
    ['NO_ELIGIBLE_APPROVER', 422],
    ['POLICY_INVALID', 422],
  ] as const)('%s maps to HTTP %i', (code, status) => {
    expect(APPROVAL_ERRORS[code].status).toBe(status);
  });

  it('builds a failed result carrying the code', () => {
    expect(approvalFailure('NOT_PENDING')).toEqual({ ok: false, error: { code: 'NOT_PENDING' } });
  });
});
