import { Segmented, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, useLanguage } from '@tradeway/web/i18n';

/** 中文 | English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Tooltip title={t('language.label')}>
      <span data-testid="lang-switch">
        <Segmented
          size="small"
          aria-label={t('language.label')}
          value={language}
          options={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
          onChange={(value) => {
            if (isLanguage(value)) void setLanguage(value);
          }}
        />
      </span>
    </Tooltip>
  );
}
