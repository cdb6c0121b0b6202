import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@tradeway/shared/contracts';
import { apiProblem } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { useErrorText } from '@tradeway/web/ui';
import { knownServerMessage, mapFieldErrors } from '../utils/server-errors';

export interface FormErrorAlert {
  title: string;
  details: string[];
}

/** The text of one API field error in the page's language. */
export function useFieldMessage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useCallback(
    (error: unknown, field: FieldError) => {
      const known = knownServerMessage(field.message);
      if (known) return t(`approvals.serverMessages.${known}`);
      const p = apiProblem(error);
      if (language === 'zh-CN' && p.messageZh && field.message === p.message) return p.messageZh;
      return field.message;
    },
    [t, language],
  );
}

/**
 * What the API refused on a form: each field error on the field it concerns (`toName` maps
 * the API's path to the form's name), the rest — and refusals without fields — in an alert
 * above the form, in the page's language.
 */
export function useFormErrors(form: FormInstance, toName: (path: string) => Array<string | number> | null) {
  const errorText = useErrorText();
  const fieldMessage = useFieldMessage();
  const [alert, setAlert] = useState<FormErrorAlert | null>(null);

  const report = useCallback(
    (error: unknown) => {
      const { fields, rest } = mapFieldErrors(error, toName, (f) => fieldMessage(error, f));
      form.setFields(fields);
      if (fields.length > 0 && rest.length === 0) setAlert(null);
      else
        setAlert({
          title: errorText(error),
          details: rest.map((f) => fieldMessage(error, f)),
        });
      if (fields.length > 0) form.scrollToField(fields[0]?.name ?? [], { block: 'center' });
    },
    [form, toName, errorText, fieldMessage],
  );
  const clear = useCallback(() => setAlert(null), []);
  return { alert, report, clear };
}
