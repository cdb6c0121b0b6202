import { describe, expect, it } from 'vitest';
import { IDENTITY_ERRORS, identityErrorMessage, type IdentityErrorCode } from './identity.errors';

describe('identity errors', () => {
  it('has a message in both languages and a 4xx status for every code', () => {
    for (const code of Object.keys(IDENTITY_ERRORS) as IdentityErrorCode[]) {
      expect(identityErrorMessage(code, 'zh-CN')).not.toBe('');
      expect(identityErrorMessage(code, 'en')).not.toBe('');
      expect(identityErrorMessage(code, 'en')).not.toBe(identityErrorMessage(code, 'zh-CN'));
      expect(IDENTITY_ERRORS[code].status).toBeGreaterThanOrEqual(400);
      expect(IDENTITY_ERRORS[code].status).toBeLessThan(500);
    }
  });
});
