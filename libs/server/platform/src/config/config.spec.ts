import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const valid = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/x', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadConfig', () => {
  it('applies defaults to a minimal environment', () => {
    const c = loadConfig(valid);
    expect(c.API_PORT).toBe(3000);
    expect(c.NODE_ENV).toBe('development');
  });

  it('names every missing or malformed variable', () => {
    try {
      loadConfig({ REDIS_URL: 'http://nope', API_PORT: 'eighty' });
      expect.fail('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const message = (e as ConfigError).message;
      expect(message).toContain('DATABASE_URL: is required');
      expect(message).toContain('REDIS_URL: must be a redis:// URL');
      expect(message).toContain('API_PORT');
    }
  });
});
