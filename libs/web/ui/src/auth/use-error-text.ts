import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblem, errorMessage } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';

const STATUS_TEXT = {
  400: 'errors.status.badRequest',
  401: 'errors.status.unauthorized',
  403: 'errors.status.forbidden',
  404: 'errors.status.notFound',
  409: 'errors.status.conflict',
  422: 'errors.status.unprocessable',
  429: 'errors.status.tooManyRequests',
} as const;

/** Whole minutes to wait, rounded up, at least one. */
export const minutesToWait = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * The sentence to show for a failed request, in the page's language: the wait in minutes
 * on 429, the API's own message (in Chinese when it has one), else a text for the status.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useCallback(
    (error: unknown) => {
      const problem = apiProblem(error);
      if (problem.status === undefined) return t('errors.network');
      if (problem.status >= 500) return t('errors.server');
      if (problem.status === 429 && problem.retryAfterSeconds)
        return t('errors.throttled', { count: minutesToWait(problem.retryAfterSeconds) });
      const own = errorMessage(error, language);
      if (own) return own;
      const key = STATUS_TEXT[problem.status as keyof typeof STATUS_TEXT];
      return key ? t(key) : t('errors.status.other');
    },
    [t, language],
  );
}
