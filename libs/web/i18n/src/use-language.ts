import { useTranslation } from 'react-i18next';
import { type Language, toLanguage } from './languages';

/** The current language and a setter that remembers the choice. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => Promise<void> } {
  const { i18n } = useTranslation();
  return {
    language: toLanguage(i18n.resolvedLanguage ?? i18n.language),
    setLanguage: async (language) => {
      await i18n.changeLanguage(language);
    },
  };
}
