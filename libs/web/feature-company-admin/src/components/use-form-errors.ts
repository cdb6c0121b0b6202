import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useLanguage } from '@tradeway/web/i18n';
import { useErrorText } from '@tradeway/web/ui';
import { type KnownRefusal, placeServerErrors } from '../utils/server-errors';

/**
 * Shows what the API refused: on the field it concerns (in the form's own words for the
 * refusals it knows), the rest in an alert above the form.
 */
export function useFormErrors(
  form: FormInstance,
  fields: readonly string[],
  known: readonly KnownRefusal[] = [],
) {
  const { language } = useLanguage();
  const errorText = useErrorText();
  const [alert, setAlert] = useState<string | null>(null);
  const report = (error: unknown) => {
    const placed = placeServerErrors(error, { fields, known, language });
    form.setFields(placed.fields);
    setAlert(placed.needsAlert ? errorText(error) : null);
  };
  return { alert, report, clear: () => setAlert(null) };
}
