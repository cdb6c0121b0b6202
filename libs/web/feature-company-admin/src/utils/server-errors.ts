import { apiProblem, fieldErrors, type FormFieldError, unplacedFields } from '@tradeway/web/data-access';
import type { Language } from '@tradeway/web/i18n';

/**
 * A refusal of the API that the form knows how to say in the user's language, on the field
 * it concerns: e.g. 409 on `email` when inviting someone who is already a member, or 409
 * (a unique constraint, which names no field) on the budget code of a department.
 */
export interface KnownRefusal {
  status: number;
  /** The form field the text goes on. */
  field: string;
  text: string;
  /** Only when the API named this field (default: also when it named none). */
  onlyWhenNamed?: boolean;
}

export interface PlacedErrors {
  fields: FormFieldError[];
  /** Whether something is left that no field shows, for an alert above the form. */
  needsAlert: boolean;
}

/**
 * Places what the API refused on the form's fields: known refusals in the form's own words,
 * the API's field messages on the other fields the form has; anything else is for an alert.
 */
export function placeServerErrors(
  error: unknown,
  options: { fields: readonly string[]; known?: readonly KnownRefusal[]; language: Language },
): PlacedErrors {
  const problem = apiProblem(error);
  const placed = fieldErrors(error, { language: options.language, only: options.fields });
  const named = new Set(problem.fields.map((f) => f.path.split('.')[0]));
  const known = (options.known ?? []).filter(
    (k) =>
      k.status === problem.status &&
      options.fields.includes(k.field) &&
      (named.has(k.field) ||
        (!k.onlyWhenNamed &&
          problem.fields.every((f) => !options.fields.includes(f.path.split('.')[0] as string)))),
  );
  const byField = new Map(placed.map((f) => [String(f.name[0]), f]));
  for (const k of known) byField.set(k.field, { name: [k.field], errors: [k.text] });
  const fields = [...byField.values()];
  const leftOver = unplacedFields(error, options.fields).filter(
    (f) => !known.some((k) => k.field === f.path),
  );
  const needsAlert = fields.length === 0 || (known.length === 0 && leftOver.length > 0);
  return { fields, needsAlert };
}
