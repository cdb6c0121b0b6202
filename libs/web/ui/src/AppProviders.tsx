import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import duration from 'dayjs/plugin/duration';
import relativeTime from 'dayjs/plugin/relativeTime';
import type { i18n } from 'i18next';
import { type ReactNode, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { type Language, useLanguage } from '@tradeway/web/i18n';
import { theme } from './theme';

dayjs.extend(duration);
dayjs.extend(relativeTime);

const antdLocales = { 'zh-CN': zhCN, en: enUS } as const;
const dayjsLocales: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

/** Ant Design and dayjs follow the portal's language. */
function LocalisedKit({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  dayjs.locale(dayjsLocales[language]);
  useEffect(() => {
    dayjs.locale(dayjsLocales[language]);
  }, [language]);
  return (
    <ConfigProvider locale={antdLocales[language]} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Everything a portal's pages rely on: translations, the query cache and the component kit. */
export function AppProviders({
  i18n,
  queryClient,
  children,
}: {
  i18n: i18n;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalisedKit>{children}</LocalisedKit>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
