/** How one field of an audited object moved from before to after. */
export type DiffChange = 'added' | 'removed' | 'changed' | 'same';

export interface DiffRow {
  /** Dotted path of the field (`reassigned.requisitions`); '' when the whole value is a scalar. */
  path: string;
  before: unknown;
  after: unknown;
  change: DiffChange;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nested objects to dotted paths; arrays and scalars are leaves. */
function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix) out.set(prefix, value);
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value !== undefined && value !== null) {
    out.set(prefix, value);
  } else if (prefix) {
    out.set(prefix, null);
  }
  return out;
}

/** Structural equality of JSON values (object key order does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameJson(a[k], b[k]));
  }
  return false;
}

/**
 * The fields of an audit entry's before and after, side by side: the fields of `before`
 * first, in their order, then those only `after` has. A field missing (or null) on one
 * side is `added` or `removed`.
 */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  const b = flatten(before);
  const a = flatten(after);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths.map((path) => {
    const was = b.get(path) ?? null;
    const now = a.get(path) ?? null;
    const change: DiffChange =
      was === null && now === null
        ? 'same'
        : was === null
          ? 'added'
          : now === null
            ? 'removed'
            : sameJson(was, now)
              ? 'same'
              : 'changed';
    return { path, before: was, after: now, change };
  });
}

/** For two lists (custom roles, permissions): what the second adds and drops. */
export function listDelta(before: unknown, after: unknown): { added: unknown[]; removed: unknown[] } | null {
  if (!Array.isArray(before) || !Array.isArray(after)) return null;
  return {
    added: after.filter((x) => !before.some((y) => sameJson(x, y))),
    removed: before.filter((x) => !after.some((y) => sameJson(x, y))),
  };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
export const isIsoInstant = (v: unknown): v is string => typeof v === 'string' && ISO_INSTANT.test(v);
