import { Controller, Inject, Req, Res } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { APP_CONFIG, type AppConfig, authOf, SESSION_COOKIE } from '@tradeway/server/platform';
import { SESSION_ABSOLUTE_MS } from '@tradeway/server/identity/domain';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from './auth.service';

@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private cookieOptions() {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.NODE_ENV === 'production',
      path: '/',
    };
  }

  @Implement(contract.auth.signIn)
  signIn(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return implement(contract.auth.signIn).handler(async ({ input }) => {
      try {
        const { me, token } = await this.auth.signIn(input, {
          ip: req.ip ?? null,
          userAgent: req.headers['user-agent'] ?? null,
        });
        void reply.setCookie(SESSION_COOKIE, token, {
          ...this.cookieOptions(),
          maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
        });
        return me;
      } catch (e) {
        const retry = (e as { data?: { retryAfterSeconds?: number } }).data?.retryAfterSeconds;
        if (retry) void reply.header('retry-after', String(retry));
        throw e;
      }
    });
  }

  @Implement(contract.auth.signOut)
  signOut(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return implement(contract.auth.signOut).handler(async () => {
      await this.auth.signOut(authOf(req));
      void reply.clearCookie(SESSION_COOKIE, this.cookieOptions());
      return { ok: true as const };
    });
  }

  @Implement(contract.auth.me)
  me(@Req() req: FastifyRequest) {
    return implement(contract.auth.me).handler(() => this.auth.me(authOf(req)));
  }

  @Implement(contract.auth.switchCompany)
  switchCompany(@Req() req: FastifyRequest) {
    return implement(contract.auth.switchCompany).handler(({ input }) =>
      this.auth.switchCompany(authOf(req), input.companyId),
    );
  }

  @Implement(contract.auth.changePassword)
  changePassword(@Req() req: FastifyRequest) {
    return implement(contract.auth.changePassword).handler(async ({ input }) => {
      await this.auth.changePassword(authOf(req), input.currentPassword, input.newPassword);
      return { ok: true as const };
    });
  }

  @Implement(contract.auth.requestPasswordReset)
  requestPasswordReset() {
    return implement(contract.auth.requestPasswordReset).handler(async ({ input }) => {
      await this.auth.requestPasswordReset(input.email, input.portal);
      return { ok: true as const };
    });
  }

  @Implement(contract.auth.resetPassword)
  resetPassword() {
    return implement(contract.auth.resetPassword).handler(async ({ input }) => {
      await this.auth.resetPassword(input.token, input.newPassword);
      return { ok: true as const };
    });
  }

  @Implement(contract.mailbox.list)
  mailbox() {
    return implement(contract.mailbox.list).handler(async ({ input }) => ({
      items: await this.auth.mailbox(input.to),
    }));
  }
}
