import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { apiProblem, fieldErrors, unplacedFields } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { useErrorText } from './use-error-text';

export interface FormAlert {
  type: 'error' | 'warning';
  text: string;
}

/**
 * Shows what the API refused: on the field it concerns when the form has that field,
 * else in an alert above the form (wrong credentials, throttling, an expired link).
 */
export function useServerErrors(form: FormInstance, fields: readonly string[]) {
  const { language } = useLanguage();
  const errorText = useErrorText();
  const [alert, setAlert] = useState<FormAlert | null>(null);

  const report = useCallback(
    (error: unknown) => {
      const placed = fieldErrors(error, { language, only: fields });
      form.setFields(placed);
      const needsAlert = placed.length === 0 || unplacedFields(error, fields).length > 0;
      setAlert(
        needsAlert
          ? { type: apiProblem(error).status === 429 ? 'warning' : 'error', text: errorText(error) }
          : null,
      );
    },
    [form, fields, language, errorText],
  );
  const clear = useCallback(() => setAlert(null), []);
  return { alert, report, clear };
}
