import { useCallback } from 'react';
import { type Language, useLanguage } from '@tradeway/web/i18n';

/**
 * A company's name in a language: on English pages its English name where the company gave
 * one, otherwise (and on Chinese pages) its legal name, which is Chinese.
 */
export function companyName(name: string, nameEn: string | null | undefined, language: Language): string {
  return language === 'en' && nameEn ? nameEn : name;
}

/** `(name, nameEn) => name` in the page's language: see `companyName`. */
export function useCompanyName(): (name: string, nameEn: string | null | undefined) => string {
  const { language } = useLanguage();
  return useCallback((name, nameEn) => companyName(name, nameEn, language), [language]);
}
