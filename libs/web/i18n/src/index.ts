import './typed-keys';
export { createI18n, resources } from './i18n';
export * from './languages';
export type { Texts } from './locales/texts';
export { useLanguage } from './use-language';
