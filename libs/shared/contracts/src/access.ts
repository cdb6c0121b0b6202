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
  /** The rate limit the route counts against (DESIGN.md §14), per caller and per company. */
  rateLimit?: RateLimitName;
}

/**
 * Rate limits of DESIGN.md §14, each a budget of requests per window for one user (or API
 * key) and for the whole company. Above it: 429 with `Retry-After`. Sign-in has its own
 * throttle on failures (identity).
 */
export const RATE_LIMITS = {
  /** Quote previews and stored quotes: the quote builder previews as the buyer types. */
  quote_request: { perUser: { points: 300, windowS: 60 }, perCompany: { points: 3000, windowS: 60 } },
  /** Bids: a person bids a few times a minute at the close, a bot thousands (§14: no flooding an auction). */
  bid: { perUser: { points: 120, windowS: 60 }, perCompany: { points: 600, windowS: 60 } },
  /** Group-buy commitments: a buyer joins and adjusts a few times; a bot must not churn the total. */
  join: { perUser: { points: 60, windowS: 60 }, perCompany: { points: 300, windowS: 60 } },
} as const satisfies Record<string, { perUser: RateBudget; perCompany: RateBudget }>;
export type RateLimitName = keyof typeof RATE_LIMITS;
export interface RateBudget {
  readonly points: number;
  readonly windowS: number;
}

const base = oc.$meta<RouteMeta>({});
export const publicRoute = base.meta({ access: { kind: 'public' } });
export const signedInRoute = base.meta({ access: { kind: 'signed_in' } });
export const requires = (permission: Permission) => base.meta({ access: { kind: 'permission', permission } });
/** `requires(permission)` that also counts against a rate limit. */
export const requiresLimited = (permission: Permission, rateLimit: RateLimitName) =>
  base.meta({ access: { kind: 'permission', permission }, rateLimit });

/** The access a procedure declares, or undefined when it forgot to. */
export function accessOf(procedure: { '~orpc': { meta: RouteMeta } }): Access | undefined {
  return procedure['~orpc'].meta.access;
}
