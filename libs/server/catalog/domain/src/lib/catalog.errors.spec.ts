import { describe, expect, it } from 'vitest';
import { CATALOG_ERRORS, catalogErrorMessage, type CatalogErrorCode } from './catalog.errors';

describe('catalog errors', () => {
  it('has a message in both languages and a 4xx status for every code', () => {
    for (const code of Object.keys(CATALOG_ERRORS) as CatalogErrorCode[]) {
      expect(catalogErrorMessage(code, 'zh-CN')).not.toBe('');
      expect(catalogErrorMessage(code, 'en')).not.toBe('');
      expect(catalogErrorMessage(code, 'en')).not.toBe(catalogErrorMessage(code, 'zh-CN'));
      expect(CATALOG_ERRORS[code].status).toBeGreaterThanOrEqual(400);
      expect(CATALOG_ERRORS[code].status).toBeLessThan(500);
    }
  });

  it('fills in the parameters a message names, in both languages', () => {
    const params = { reserved: '29.64' };
    expect(catalogErrorMessage('ON_HAND_BELOW_RESERVED', 'en', params)).toContain('29.64');
    expect(catalogErrorMessage('ON_HAND_BELOW_RESERVED', 'zh-CN', params)).toContain('29.64');
    expect(catalogErrorMessage('ON_HAND_BELOW_RESERVED', 'en')).toContain('{reserved}');
  });
});
