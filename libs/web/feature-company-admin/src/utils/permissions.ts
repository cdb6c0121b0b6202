import {
  BUILT_IN_ROLES,
  type BuiltInRole,
  type Member,
  PERMISSIONS,
  type Permission,
} from '@tradeway/shared/contracts';

/** The part of a permission before the colon: `rfq` of `rfq:create`. */
type AreaOf<P> = P extends `${infer A}:${string}` ? A : never;
export type PermissionArea = AreaOf<Permission>;
/** The translation key of a permission: `rfq_create` for `rfq:create` (i18next reads `:` as a namespace). */
type KeyOf<P> = P extends `${infer A}:${infer B}` ? `${A}_${B}` : never;
export type PermissionKey = KeyOf<Permission>;

const KNOWN = new Set<string>(PERMISSIONS);
const ORDER = new Map<string, number>(PERMISSIONS.map((p, i) => [p, i]));

export const isPermission = (value: string): value is Permission => KNOWN.has(value);
export const permissionArea = (p: Permission): PermissionArea => p.slice(0, p.indexOf(':')) as PermissionArea;
export const permissionKey = (p: Permission): PermissionKey => p.replace(':', '_') as PermissionKey;
export const isPlatformPermission = (p: Permission) => permissionArea(p) === 'platform';

/** Every area, in the order of the permission table. */
export const PERMISSION_AREAS: readonly PermissionArea[] = [...new Set(PERMISSIONS.map(permissionArea))];

export interface PermissionGroup {
  area: PermissionArea;
  permissions: Permission[];
}

/** Sorts permissions in the order of the permission table, dropping unknown ones and repeats. */
export function sortPermissions(permissions: Iterable<string>): Permission[] {
  return [...new Set(permissions)]
    .filter(isPermission)
    .sort((a, b) => (ORDER.get(a) as number) - (ORDER.get(b) as number));
}

/**
 * Permissions grouped by area (`rfq:*`, `order:*` …), areas and permissions in the order
 * of the permission table; areas with none of them are left out.
 */
export function groupPermissions(permissions: Iterable<string>): PermissionGroup[] {
  const groups = new Map<PermissionArea, Permission[]>();
  for (const p of sortPermissions(permissions)) {
    const area = permissionArea(p);
    groups.set(area, [...(groups.get(area) ?? []), p]);
  }
  return [...groups].map(([area, list]) => ({ area, permissions: list }));
}

/**
 * What a picker offers. Custom roles: every permission, the `platform:*` ones only in the
 * operator company (elsewhere they never take effect). API keys: only what the creator holds,
 * since the API refuses a key with more.
 */
export function pickablePermissions(options: {
  isOperator: boolean;
  heldOnly?: readonly string[];
}): Permission[] {
  const base = options.heldOnly ? sortPermissions(options.heldOnly) : [...PERMISSIONS];
  return base.filter((p) => options.isOperator || !isPlatformPermission(p));
}

export type AreaState = 'all' | 'some' | 'none';

/** Whether all, some or none of an area's permissions are chosen (a checkbox and its indeterminate state). */
export function areaState(selected: readonly string[], area: readonly Permission[]): AreaState {
  const chosen = area.filter((p) => selected.includes(p)).length;
  return chosen === 0 ? 'none' : chosen === area.length ? 'all' : 'some';
}

/** Chooses or clears every permission of an area, keeping the rest of the choice. */
export function toggleArea(
  selected: readonly string[],
  area: readonly Permission[],
  on: boolean,
): Permission[] {
  return sortPermissions(
    on ? [...selected, ...area] : selected.filter((p) => !area.includes(p as Permission)),
  );
}

/** Active members per built-in role. */
export function builtInRoleCounts(
  members: readonly Pick<Member, 'role' | 'disabledAt'>[],
): Record<BuiltInRole, number> {
  const counts = Object.fromEntries(BUILT_IN_ROLES.map((r) => [r, 0])) as Record<BuiltInRole, number>;
  for (const m of members) if (!m.disabledAt) counts[m.role] += 1;
  return counts;
}
