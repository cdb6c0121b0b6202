import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import type { FieldError } from '@tradeway/shared/contracts';
import { apiProblem, type FormFieldError } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { useErrorText } from '@tradeway/web/ui';

export interface FormErrorAlert {
  title: string;
  details: string[];
}

/**
 * What the API refused on a form: each field error on the field it concerns (`toName` maps
 * the API's path to the form's name, null when the form has none), the rest — and refusals
 * naming no field — in an alert above the form, in the page's language (a field's own
 * `messageZh` in Chinese, as the pricing API sends it).
 */
export function useFormErrors(form: FormInstance, toName: (path: string) => Array<string | number> | null) {
  const errorText = useErrorText();
  const { language } = useLanguage();
  const [alert, setAlert] = useState<FormErrorAlert | null>(null);

  const report = useCallback(
    (error: unknown) => {
      const p = apiProblem(error);
      // The pricing API gives each field its Chinese message (`messageZh`) beside the English one.
      const text = (f: FieldError & { messageZh?: unknown }) => {
        if (language !== 'zh-CN') return f.message;
        if (typeof f.messageZh === 'string' && f.messageZh) return f.messageZh;
        return p.messageZh && f.message === p.message ? p.messageZh : f.message;
      };
      const byName = new Map<string, FormFieldError>();
      const rest: string[] = [];
      for (const field of p.fields) {
        const name = field.path ? toName(field.path) : null;
        if (!name) {
          rest.push(field.path ? `${field.path}: ${text(field)}` : text(field));
          continue;
        }
        const key = JSON.stringify(name);
        const entry = byName.get(key) ?? { name, errors: [] };
        if (!entry.errors.includes(text(field))) entry.errors.push(text(field));
        byName.set(key, entry);
      }
      const fields = [...byName.values()];
      form.setFields(fields);
      setAlert(fields.length > 0 && rest.length === 0 ? null : { title: errorText(error), details: rest });
      const first = fields[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
    },
    [form, toName, errorText, language],
  );
  const clear = useCallback(() => setAlert(null), []);
  return { alert, report, clear };
}
