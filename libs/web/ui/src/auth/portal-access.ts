import type { Me, MembershipSummary, Permission } from '@tradeway/shared/contracts';
import type { NavItem, PortalKind } from '../portal';

/** The pages anyone may open; every other page of a portal needs a signed-in user. */
export const SIGN_IN_PATH = '/sign-in';
export const FORGOT_PASSWORD_PATH = '/forgot-password';
export const RESET_PASSWORD_PATH = '/reset-password';
export const PUBLIC_PATHS: readonly string[] = [SIGN_IN_PATH, FORGOT_PASSWORD_PATH, RESET_PASSWORD_PATH];

export function activeMembership(me: Me): MembershipSummary | undefined {
  return me.memberships.find((m) => m.companyId === me.activeCompanyId);
}

/** A portal serves companies of its own kind: the buyer portal buyers, and so on. */
export function fitsPortal(membership: Pick<MembershipSummary, 'companyKinds'>, kind: PortalKind): boolean {
  return membership.companyKinds.includes(kind);
}

export function fittingMemberships(me: Me, kind: PortalKind): MembershipSummary[] {
  return me.memberships.filter((m) => fitsPortal(m, kind));
}

export function hasPermission(me: Me, permission: Permission | undefined): boolean {
  return !permission || me.permissions.includes(permission);
}

/** The menu items the signed-in user may use: those without a permission, or holding it. */
export function visibleNav(nav: readonly NavItem[], me: Me): NavItem[] {
  return nav.filter((item) => hasPermission(me, item.permission));
}

/**
 * Where to go after signing in: `next` when it is a path of this portal, else the
 * dashboard. Never another origin (`//evil.example`, `https://…`, `/\\evil`), never back
 * to a public page (which would loop).
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  const pathname = next.split(/[?#]/)[0] as string;
  if (PUBLIC_PATHS.includes(pathname)) return '/';
  return next;
}

/** The sign-in page, remembering the page asked for (none for the dashboard). */
export function signInPath(location: { pathname: string; search?: string; hash?: string }): string {
  const here = `${location.pathname}${location.search ?? ''}${location.hash ?? ''}`;
  return here === '/' || PUBLIC_PATHS.includes(location.pathname)
    ? SIGN_IN_PATH
    : `${SIGN_IN_PATH}?next=${encodeURIComponent(here)}`;
}

export type GateDecision =
  | { kind: 'checking' }
  | { kind: 'unavailable' }
  | { kind: 'sign-in'; to: string }
  | { kind: 'wrong-company'; me: Me }
  | { kind: 'allow'; me: Me };

/**
 * What a protected page shows, from what is known of the session:
 * - not known yet → a spinner; could not be asked (API down) → a retry page;
 * - nobody signed in → the sign-in page, with the page asked for as `next`;
 * - signed in, but the active company is not of the portal's kind → a page saying so;
 * - else the page.
 * A known session stays in force while a later check fails on the network.
 */
export function gateDecision(input: {
  me: Me | null | undefined;
  failed: boolean;
  portal: PortalKind;
  location: { pathname: string; search?: string; hash?: string };
}): GateDecision {
  const { me, failed, portal, location } = input;
  if (me === undefined) return failed ? { kind: 'unavailable' } : { kind: 'checking' };
  if (me === null) return { kind: 'sign-in', to: signInPath(location) };
  const active = activeMembership(me);
  if (!active || !fitsPortal(active, portal)) return { kind: 'wrong-company', me };
  return { kind: 'allow', me };
}
