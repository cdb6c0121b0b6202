import {
  type CanActivate,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
} from '@nestjs/common';
import { attachAuth, RateLimiterService, type RequestAuth, SESSION_COOKIE } from '@tradeway/server/platform';
import { type Access, type RateLimitName, routeTable } from '@tradeway/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from './auth.service';

/** `/api/x/{id}` (OpenAPI) → `/api/x/:id` (Fastify's route pattern). */
const toFastifyPattern = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

/**
 * Enforces the access every contract route declares, before its handler runs: public
 * routes pass; otherwise the caller is resolved from the session cookie (or an API key in
 * `Authorization: Bearer`) and must hold the route's permission in the active company.
 * No caller → 401; missing permission → 403; over the route's rate limit → 429 with
 * `Retry-After`. Routes outside the contract (health, docs) are not the guard's business.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly routes = new Map<string, Access | undefined>(
    routeTable().map((r) => [`${r.method} ${toFastifyPattern(r.path)}`, r.access]),
  );
  private readonly rateLimits = new Map<string, RateLimitName>(
    routeTable().flatMap((r) =>
      r.rateLimit ? [[`${r.method} ${toFastifyPattern(r.path)}`, r.rateLimit]] : [],
    ),
  );

  constructor(
    private readonly auth: AuthService,
    private readonly limiter: RateLimiterService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = `${request.method} ${request.routeOptions.url ?? ''}`;
    if (!this.routes.has(key)) return true;
    const access = this.routes.get(key);
    // A route that forgot to declare its access is closed, not open.
    if (!access) throw new HttpException({ message: 'Route without declared access' }, HttpStatus.FORBIDDEN);
    if (access.kind === 'public') {
      // A public route still learns who is calling, if anyone: the catalog shows a signed-in
      // buyer its own prices. A stale cookie is simply a visitor here.
      const caller = await this.resolve(request).catch(() => null);
      if (caller) attachAuth(request, caller);
      return true;
    }

    const caller = await this.resolve(request);
    if (!caller) throw new HttpException({ message: 'Sign in first' }, HttpStatus.UNAUTHORIZED);
    if (access.kind === 'signed_in' && caller.kind !== 'user') {
      throw new HttpException({ message: 'Only a signed-in person may do this' }, HttpStatus.FORBIDDEN);
    }
    if (access.kind === 'permission' && !caller.permissions.has(access.permission)) {
      throw new HttpException({ message: `Needs the permission ${access.permission}` }, HttpStatus.FORBIDDEN);
    }
    attachAuth(request, caller);
    const limit = this.rateLimits.get(key);
    if (limit) await this.enforceRateLimit(limit, caller, context.switchToHttp().getResponse<FastifyReply>());
    return true;
  }

  private async enforceRateLimit(name: RateLimitName, caller: RequestAuth, reply: FastifyReply) {
    const decision = await this.limiter.consume(name, {
      callerId: caller.userId ?? caller.apiKeyId ?? caller.companyId,
      companyId: caller.companyId,
    });
    if (decision.allowed) return;
    void reply.header('retry-after', String(decision.retryAfterSeconds));
    throw new HttpException(
      {
        message: `Too many requests: try again in ${decision.retryAfterSeconds} s`,
        retryAfterSeconds: decision.retryAfterSeconds,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  private async resolve(request: FastifyRequest): Promise<RequestAuth | null> {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) return this.auth.authFromApiKey(header.slice(7).trim());
    const token = request.cookies?.[SESSION_COOKIE];
    return token ? this.auth.authFromSession(token) : null;
  }
}
