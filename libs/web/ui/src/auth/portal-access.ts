import type { Me, MembershipSummary, Permission } from '@tradeway/shared/contracts';
import type { CompanyKind, NavItem, PortalKind } from '../portal';

/** The pages anyone may open; every other page of a portal needs a signed-in user. */
export const SIGN_IN_PATH = '/sign-in';
export const FORGOT_PASSWORD_PATH = '/forgot-password';
export const RESET_PASSWORD_PATH = '/reset-password';
export const PUBLIC_PATHS: readonly string[] = [SIGN_IN_PATH, FORGOT_PASSWORD_PATH, RESET_PASSWORD_PATH];

export function activeMembership(me: Me): MembershipSummary | undefined {
  return me.memberships.find((m) => m.companyId === me.activeCompanyId);
}

/**
 * Companies a portal lets in besides its own kind, with only the pages meant for them: a
 * logistics company uses the seller portal (the supply side's) for its pickups and, when it
 * runs warehouses, the release desk (decision 0017).
 */
export const PORTAL_GUEST_KINDS: Readonly<Record<PortalKind, readonly CompanyKind[]>> = {
  buyer: [],
  seller: ['logistics'],
  operator: [],
};

/** A portal serves companies of its own kind (the buyer portal buyers, and so on) and its guests. */
export function fitsPortal(membership: Pick<MembershipSummary, 'companyKinds'>, kind: PortalKind): boolean {
  return (
    membership.companyKinds.includes(kind) ||
    PORTAL_GUEST_KINDS[kind].some((guest) => membership.companyKinds.includes(guest))
  );
}

export function fittingMemberships(me: Me, kind: PortalKind): MembershipSummary[] {
  return me.memberships.filter((m) => fitsPortal(m, kind));
}

export function hasPermission(me: Me, permission: Permission | undefined): boolean {
  return !permission || me.permissions.includes(permission);
}

/**
 * The menu items the signed-in user may use: those without a permission, or holding it. Given
 * the portal, also those for the active company's kind: an item naming `companyKinds` for a
 * company of one of them; any other for a company of the portal's kind, while a guest company
 * (a logistics company in the seller portal) sees only the dashboard besides the items naming it.
 */
export function visibleNav(nav: readonly NavItem[], me: Me, portal?: PortalKind): NavItem[] {
  const kinds = portal ? (activeMembership(me)?.companyKinds ?? []) : undefined;
  return nav.filter(
    (item) =>
      hasPermission(me, item.permission) &&
      (!kinds ||
        (item.companyKinds
          ? item.companyKinds.some((k) => kinds.includes(k))
          : kinds.includes(portal as PortalKind) || item.to === '/')),
  );
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
