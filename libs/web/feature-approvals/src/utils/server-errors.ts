import type { FieldError } from '@tradeway/shared/contracts';
import { apiProblem, type FormFieldError } from '@tradeway/web/data-access';

/**
 * The API's own field messages that the approval screens know, by the key of their text in
 * `approvals.serverMessages` (the API answers them in English only). Others are shown as
 * the API wrote them.
 */
export const KNOWN_SERVER_MESSAGES = {
  'a level must name at least one role or user': 'levelNeedsApprover',
  'Not a member of this company': 'notMember',
  'Unknown role': 'unknownRole',
  'Unknown department': 'unknownDepartment',
  'Unknown category': 'unknownCategory',
  'maximum amount must be greater than minimum amount': 'maxAboveMin',
  'SLA must be empty or a positive number of hours': 'slaPositive',
  'escalation to a user must name the user': 'escalationUser',
  'Choose a colleague, not yourself': 'notYourself',
  'Ends after it starts': 'endsAfterStart',
  'Give a user or a department': 'userOrDepartment',
  'A positive number with up to 3 decimals': 'quantityFormat',
  'Must be more than 0': 'moreThanZero',
  'A comment is required to reject': 'commentRequired',
} as const;
export type KnownServerMessage = (typeof KNOWN_SERVER_MESSAGES)[keyof typeof KNOWN_SERVER_MESSAGES];

export function knownServerMessage(message: string): KnownServerMessage | undefined {
  return (KNOWN_SERVER_MESSAGES as Record<string, KnownServerMessage>)[message];
}

export interface MappedErrors {
  /** `form.setFields` entries: one per field of the form, with its distinct messages. */
  fields: FormFieldError[];
  /** Field errors the form has no field for (and the whole-body ones): for an alert. */
  rest: FieldError[];
}

/**
 * Places the API's field errors (`data.fields`) on a form whose field names may differ from
 * the API's (`lines.0.unitPriceMinor` → `['lines', 0, 'unitPrice']`). `toName` answers the
 * form's name for an API path, or null when the form has no such field; `text` gives the
 * message to show (translated when known).
 */
export function mapFieldErrors(
  error: unknown,
  toName: (path: string) => Array<string | number> | null,
  text: (field: FieldError) => string,
): MappedErrors {
  const byName = new Map<string, FormFieldError>();
  const rest: FieldError[] = [];
  for (const field of apiProblem(error).fields) {
    const name = field.path ? toName(field.path) : null;
    if (!name) {
      rest.push(field);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byName.get(key) ?? { name, errors: [] };
    const message = text(field);
    if (!entry.errors.includes(message)) entry.errors.push(message);
    byName.set(key, entry);
  }
  return { fields: [...byName.values()], rest };
}
