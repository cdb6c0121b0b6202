import { oc } from '@orpc/contract';
import type { Permission } from './permissions';

/**
 * Who may call a route. Every procedure of the contract declares it (a spec checks), and
 * the API's access guard enforces it before the handler runs:
 * - `public`: anyone (health, catalog browsing, onboarding, sign-in);
 * - `signed_in`: any signed-in user, whatever their roles (their own profile, sign-out);
 * - a permission: a signed-in user (or API key) holding it in the active company.
 */
export type Access =
  { kind: 'public' } | { kind: 'signed_in' } | { kind: 'permission'; permission: Permission };
export interface RouteMeta {
  access?: Access;
}

const base = oc.$meta<RouteMeta>({});
export const publicRoute = base.meta({ access: { kind: 'public' } });
export const signedInRoute = base.meta({ access: { kind: 'signed_in' } });
export const requires = (permission: Permission) => base.meta({ access: { kind: 'permission', permission } });

/** The access a procedure declares, or undefined when it forgot to. */
export function accessOf(procedure: { '~orpc': { meta: RouteMeta } }): Access | undefined {
  return procedure['~orpc'].meta.access;
}
