// Imported by index.ts so that every project using the library sees the augmentation.
import 'i18next';
import type { en } from './locales/en';

// Typed keys: `t('health.title')` is checked, a missing key is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
