import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { LANGUAGE_STORAGE_KEY, toLanguage } from './languages';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}

describe('translations', () => {
  afterEach(() => localStorage.clear());

  it('has the same keys in Chinese and English, none empty, and the Chinese texts are Chinese', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
    const zhValues = keys(zhCN).map((k) =>
      k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], zhCN),
    );
    expect(zhValues.every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    expect(zhCN.health.title).not.toBe(en.health.title);
  });

  it('maps browser language tags onto the two languages, Chinese by default', () => {
    expect(toLanguage('en-GB')).toBe('en');
    expect(toLanguage('EN')).toBe('en');
    expect(toLanguage('zh-TW')).toBe('zh-CN');
    expect(toLanguage('de-DE')).toBe('zh-CN');
    expect(toLanguage(undefined)).toBe('zh-CN');
  });

  it('starts from the remembered choice and remembers a change', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const i18n = createI18n();
    expect(i18n.language).toBe('en');
    expect(i18n.t('health.title')).toBe('Platform status');
    await i18n.changeLanguage('zh-CN');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    expect(i18n.t('health.title')).toBe('平台状态');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('follows the browser when nothing was chosen yet (jsdom reports en-US)', () => {
    expect(navigator.language).toBe('en-US');
    expect(createI18n().language).toBe('en');
  });

  it('interpolates values', () => {
    const i18n = createI18n({ language: 'en' });
    expect(i18n.t('health.latency', { ms: 3 })).toBe('3 ms');
  });
});
