import { ORPCError } from '@orpc/client';
import type { FieldError } from '@tradeway/shared/contracts';
import type { Language } from '@tradeway/web/i18n';

/** What the API said, read from an `ORPCError` (or nothing, when it never answered). */
export interface ApiProblem {
  /** The HTTP status; undefined when no answer came (offline, connection refused). */
  status: number | undefined;
  code: string | undefined;
  /** The API's message (English). */
  message: string | undefined;
  /** The same message in Chinese, which identity errors carry in `data.messageZh`. */
  messageZh: string | undefined;
  fields: FieldError[];
  /** On 429: how long to wait before trying again. */
  retryAfterSeconds: number | undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function apiProblem(error: unknown): ApiProblem {
  if (!(error instanceof ORPCError)) {
    return {
      status: undefined,
      code: undefined,
      message: undefined,
      messageZh: undefined,
      fields: [],
      retryAfterSeconds: undefined,
    };
  }
  const data: unknown = error.data;
  const d = isRecord(data) ? data : {};
  const fields = Array.isArray(d['fields'])
    ? (d['fields'] as unknown[]).filter(
        (f): f is FieldError =>
          isRecord(f) && typeof f['path'] === 'string' && typeof f['message'] === 'string',
      )
    : [];
  const retry = d['retryAfterSeconds'];
  return {
    status: error.status,
    code: error.code,
    message: error.message || undefined,
    messageZh: typeof d['messageZh'] === 'string' ? d['messageZh'] : undefined,
    fields,
    retryAfterSeconds: typeof retry === 'number' && retry > 0 ? retry : undefined,
  };
}

/** The API answered 401: nobody is signed in, or the session has ended. */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof ORPCError && error.status === 401;
}

/**
 * The API's own message for the user, in `language`: `data.messageZh` in Chinese, the
 * message in English. Undefined when the API gave none worth showing in that language
 * (no answer, a server error, or a Chinese page and only an English message): the caller
 * then shows its own text for the status.
 */
export function errorMessage(error: unknown, language: Language): string | undefined {
  const p = apiProblem(error);
  if (p.status === undefined || p.status >= 500) return undefined;
  return language === 'zh-CN' ? p.messageZh : p.message;
}

/** `lines.0.quantity` → `['lines', 0, 'quantity']`, the name path of Ant Design's forms. */
export function toFieldName(path: string): Array<string | number> {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** One entry of Ant Design's `form.setFields`: the field and its messages. */
export interface FormFieldError {
  name: Array<string | number>;
  errors: string[];
}

/**
 * The API's field errors (`data.fields`) as `form.setFields` entries, one per field with
 * all its messages. In Chinese, a field message that is the error's own message is given
 * in Chinese (`data.messageZh`). `only` keeps the fields the form has (matched on the top
 * segment of the path); the others are left to an alert (see {@link unplacedFields}).
 */
export function fieldErrors(
  error: unknown,
  options: { language?: Language; only?: readonly string[] } = {},
): FormFieldError[] {
  const p = apiProblem(error);
  const byPath = new Map<string, string[]>();
  for (const field of p.fields) {
    if (!field.path || (options.only && !options.only.includes(field.path.split('.')[0] as string))) continue;
    const text =
      options.language === 'zh-CN' && p.messageZh && field.message === p.message
        ? p.messageZh
        : field.message;
    const list = byPath.get(field.path) ?? [];
    if (!list.includes(text)) list.push(text);
    byPath.set(field.path, list);
  }
  return [...byPath].map(([path, errors]) => ({ name: toFieldName(path), errors }));
}

/** The field errors that a form with the fields `only` cannot show on a field. */
export function unplacedFields(error: unknown, only: readonly string[]): FieldError[] {
  return apiProblem(error).fields.filter((f) => !f.path || !only.includes(f.path.split('.')[0] as string));
}
