import { describe, expect, it } from 'vitest';
import { APPROVAL_ERRORS, approvalErrorMessage, type ApprovalErrorCode } from './approval.errors';

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
});
