import { describe, expect, it } from 'vitest';
import { COMPANY_ERRORS, companyErrorMessage, type CompanyErrorCode } from './company.errors';

describe('company errors', () => {
  it('has a message in both languages and a 4xx status for every code', () => {
    for (const code of Object.keys(COMPANY_ERRORS) as CompanyErrorCode[]) {
      expect(companyErrorMessage(code, 'zh-CN')).not.toBe('');
      expect(companyErrorMessage(code, 'en')).not.toBe('');
      expect(companyErrorMessage(code, 'en')).not.toBe(companyErrorMessage(code, 'zh-CN'));
      expect(COMPANY_ERRORS[code].status).toBeGreaterThanOrEqual(400);
      expect(COMPANY_ERRORS[code].status).toBeLessThan(500);
    }
  });
});
