import { apiProblem, type FormFieldError, toFieldName } from '@tradeway/web/data-access';
import type { Language } from '@tradeway/web/i18n';

/**
 * The API's refusal of a form, split into what goes on the form's fields and whether an alert
 * is needed for the rest. Each field keeps its own message in the page's language: the RFQ and
 * fulfilment APIs give every field its Chinese text (`messageZh`), several lines of one form
 * each with their own figures.
 */
export function formProblems(
  error: unknown,
  language: Language,
  {
    fields,
    rename = (path) => path,
  }: {
    /** The form's fields (top segment of the path). */
    fields: readonly string[];
    /** The API's path → the form's path (`lines.0.taxRateBps` of the lines sent → the form's row and field). */
    rename?: (path: string) => string;
  },
): { placed: FormFieldError[]; needsAlert: boolean } {
  const p = apiProblem(error);
  const byPath = new Map<string, string[]>();
  let unplaced = 0;
  for (const field of p.fields as Array<{ path: string; message: string; messageZh?: unknown }>) {
    const path = rename(field.path);
    if (!path || !fields.includes(path.split('.')[0] as string)) {
      unplaced += 1;
      continue;
    }
    const zh =
      typeof field.messageZh === 'string' && field.messageZh
        ? field.messageZh
        : field.message === p.message
          ? p.messageZh
          : undefined;
    const text = language === 'zh-CN' && zh ? zh : field.message;
    const list = byPath.get(path) ?? [];
    if (!list.includes(text)) list.push(text);
    byPath.set(path, list);
  }
  const placed = [...byPath].map(([path, errors]) => ({ name: toFieldName(path), errors }));
  return { placed, needsAlert: placed.length === 0 || unplaced > 0 };
}
