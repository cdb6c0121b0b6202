import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@tradeway/shared/contracts';
import { apiProblem } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { useErrorText } from '@tradeway/web/ui';
import { errorReason, isQuoteErrorCode, mapFieldErrors } from '../utils/server-errors';

export interface FormErrorAlert {
  title: string;
  details: string[];
}

/**
 * The text of one API field error in the page's language: the quote engine's refusals in
 * the screens' own words (`own` may say more, e.g. which quantities are allowed), otherwise
 * the API's message (in Chinese when it carries one).
 */
export function useFieldMessage(own?: (reason: string, field: FieldError) => string | undefined) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useCallback(
    (error: unknown, field: FieldError) => {
      const reason = errorReason(error);
      if (reason) {
        const mine = own?.(reason, field);
        if (mine) return mine;
        if (isQuoteErrorCode(reason)) return t(`catalog.quoteError.${reason}`);
      }
      if (language === 'zh-CN') {
        // the pricing API gives each field its Chinese text; others only the whole error's
        const fieldZh: unknown = (field as FieldError & { messageZh?: unknown }).messageZh;
        if (typeof fieldZh === 'string' && fieldZh) return fieldZh;
        const p = apiProblem(error);
        if (p.messageZh && field.message === p.message) return p.messageZh;
      }
      return field.message;
    },
    [t, language, own],
  );
}

/**
 * What the API refused on a form: each field error on the field it concerns (`toName` maps
 * the API's path to the form's name), the rest — and refusals without fields — in an alert
 * above the form, in the page's language.
 */
export function useFormErrors(
  form: FormInstance,
  toName: (path: string) => Array<string | number> | null,
  own?: (reason: string, field: FieldError) => string | undefined,
) {
  const errorText = useErrorText();
  const { t } = useTranslation();
  const fieldMessage = useFieldMessage(own);
  const [alert, setAlert] = useState<FormErrorAlert | null>(null);

  const report = useCallback(
    (error: unknown, { scroll = true } = {}) => {
      const { fields, rest } = mapFieldErrors(error, toName, (f) => fieldMessage(error, f));
      form.setFields(fields);
      if (fields.length > 0 && rest.length === 0) setAlert(null);
      else {
        const reason = errorReason(error);
        const title = isQuoteErrorCode(reason) ? t(`catalog.quoteError.${reason}`) : errorText(error);
        const details = [...new Set(rest.map((f) => fieldMessage(error, f)))].filter((d) => d !== title);
        setAlert({ title, details });
      }
      if (scroll && fields.length > 0) form.scrollToField(fields[0]?.name ?? [], { block: 'center' });
    },
    [form, toName, errorText, fieldMessage, t],
  );
  const clear = useCallback(() => setAlert(null), []);
  return { alert, report, clear };
}
