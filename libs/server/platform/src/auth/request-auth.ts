import { createParamDecorator, type ExecutionContext, HttpException, HttpStatus } from '@nestjs/common';
import type { Permission } from '@tradeway/shared/contracts';

/** The session cookie: httpOnly, SameSite=Lax, Secure in production. */
export const SESSION_COOKIE = 'tw_session';

/**
 * Who is calling, resolved once per request by the access guard (identity feature) and
 * handed to handlers with `@CurrentAuth()`. Every company-scoped query takes its scope from
 * here (`visibleCompanyIds`), never from the request body.
 */
export interface RequestAuth {
  kind: 'user' | 'api_key';
  userId: string | null;
  apiKeyId: string | null;
  sessionId: string | null;
  /** The company the caller acts in. */
  companyId: string;
  membershipId: string | null;
  isOwner: boolean;
  permissions: ReadonlySet<Permission>;
  /** The active company and, for holders of `company:view_children`, its descendants. */
  visibleCompanyIds: readonly string[];
}

type WithAuth = { auth?: RequestAuth };

export function authOf(request: unknown): RequestAuth {
  const auth = (request as WithAuth).auth;
  if (!auth) throw new HttpException({ message: 'Sign in first' }, HttpStatus.UNAUTHORIZED);
  return auth;
}

/** The caller of a public route, when someone signed in is calling; null for a visitor. */
export function maybeAuthOf(request: unknown): RequestAuth | null {
  return (request as WithAuth).auth ?? null;
}

export function attachAuth(request: unknown, auth: RequestAuth): void {
  (request as WithAuth).auth = auth;
}

/** The caller of a signed-in route (401 when there is none). */
export const CurrentAuth = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  authOf(ctx.switchToHttp().getRequest()),
);

/** The caller's user id, for routes that only a person (not an API key) may call. */
export function userIdOf(auth: RequestAuth): string {
  if (!auth.userId)
    throw new HttpException({ message: 'Only a signed-in person may do this' }, HttpStatus.FORBIDDEN);
  return auth.userId;
}
