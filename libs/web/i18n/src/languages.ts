/** The languages of the portals; the first is the default. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
/** Where the chosen language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'tradeway.lang';

/** Maps what a browser reports (`zh`, `zh-TW`, `en-GB`, …) onto a language we have. */
export function toLanguage(tag: string | undefined | null): Language {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('en')) return 'en';
  return DEFAULT_LANGUAGE;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
