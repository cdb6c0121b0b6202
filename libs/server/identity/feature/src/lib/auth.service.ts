import { Inject, Injectable } from '@nestjs/common';
import { ORPCError } from '@orpc/server';
import {
  type IdentityErrorCode,
  identityErrorMessage,
  IDENTITY_ERRORS,
} from '@tradeway/server/identity/domain';
import {
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  newSessionTimes,
  RESET_TOKEN_MS,
  sessionIsLive,
  strictest,
  throttleDecision,
  touchSession,
  visibleCompanyIds,
} from '@tradeway/server/identity/domain';
import { IdentityRepository, type MemberContext } from '@tradeway/server/identity/data-access';
import {
  APP_CONFIG,
  type AppConfig,
  AuditService,
  type PortalName,
  portalUrl,
  type RequestAuth,
} from '@tradeway/server/platform';
import { effectivePermissions, type Me, type SignInInput } from '@tradeway/shared/contracts';
import { decoyHash, hashPassword, newSecret, sha256, verifyPassword } from './credentials';

export function identityError(
  code: IdentityErrorCode,
  extra: { field?: string; retryAfterSeconds?: number } = {},
) {
  const message = identityErrorMessage(code, 'en');
  return new ORPCError(code, {
    status: IDENTITY_ERRORS[code].status,
    message,
    data: {
      reason: code,
      messageZh: identityErrorMessage(code, 'zh-CN'),
      ...(extra.field ? { fields: [{ path: extra.field, message }] } : {}),
      ...(extra.retryAfterSeconds ? { retryAfterSeconds: extra.retryAfterSeconds } : {}),
    },
  });
}

export interface Client {
  ip: string | null;
  userAgent: string | null;
}

/** Sign-in, sessions, company switching, passwords; and resolving a request's caller. */
@Injectable()
export class AuthService {
  constructor(
    private readonly repo: IdentityRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signIn(input: SignInInput, client: Client, now = new Date()): Promise<{ me: Me; token: string }> {
    const keys = [`account:${input.email}`, ...(client.ip ? [`ip:${client.ip}`] : [])];
    const since = new Date(now.getTime() - Math.max(ACCOUNT_THROTTLE.windowMs, ADDRESS_THROTTLE.windowMs));
    const failures = await this.repo.failuresSince(keys, since);
    const blocked = strictest([
      throttleDecision(failures.get(keys[0] as string) ?? [], now, ACCOUNT_THROTTLE),
      ...(client.ip ? [throttleDecision(failures.get(`ip:${client.ip}`) ?? [], now, ADDRESS_THROTTLE)] : []),
    ]);
    if (blocked.blocked)
      throw identityError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: blocked.retryAfterSeconds });

    const user = await this.repo.findUserByEmail(input.email);
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
    const memberships = user && passwordOk && !user.disabledAt ? await this.repo.membershipsOf(user.id) : [];
    if (!user || !passwordOk || user.disabledAt || memberships.length === 0) {
      await this.repo.recordFailures(keys, now);
      throw identityError('INVALID_CREDENTIALS');
    }
    const active = input.companyId
      ? memberships.find((m) => m.companyId === input.companyId)
      : memberships[0];
    if (!active) throw identityError('NOT_A_MEMBER', { field: 'companyId' });

    await this.repo.clearFailures(`account:${input.email}`);
    const { token, hash } = newSecret();
    await this.repo.createSession({
      tokenHash: hash,
      userId: user.id,
      activeCompanyId: active.companyId,
      ...newSessionTimes(now),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
    });
    await this.repo.recordActivity(active.companyId, user.id, 'sign_in', now);
    return { me: await this.meOf(user.id, active.companyId, memberships), token };
  }

  /**
   * The caller behind a session cookie, or null when the cookie is unknown, expired or
   * revoked, or the user left the company. One query (see IdentityRepository.resolveSession),
   * plus a write at most once a minute to slide the idle deadline.
   */
  async authFromSession(token: string, now = new Date()): Promise<RequestAuth | null> {
    const s = await this.repo.resolveSession(sha256(token));
    if (!s || s.userDisabledAt || !sessionIsLive(s, now) || !s.membershipId || !s.role) return null;
    const touched = touchSession(s, now);
    if (touched) await this.repo.touchSession(s.id, touched);
    const permissions = effectivePermissions(
      [s.role],
      [s.customPermissions ?? []],
      (s.companyKinds ?? []).includes('operator'),
    );
    return {
      kind: 'user',
      userId: s.userId,
      apiKeyId: null,
      sessionId: s.id,
      companyId: s.activeCompanyId,
      membershipId: s.membershipId,
      isOwner: s.isOwner === true,
      permissions,
      visibleCompanyIds: permissions.has('company:view_children') ? s.groupCompanyIds : [s.activeCompanyId],
    };
  }

  /** The caller behind `Authorization: Bearer tw_<prefix>_<secret>`, or null. */
  async authFromApiKey(key: string, now = new Date()): Promise<RequestAuth | null> {
    const match = /^tw_([A-Za-z0-9]{8,16})_([A-Za-z0-9_-]{20,})$/.exec(key);
    if (!match) return null;
    const row = await this.repo.findApiKey(match[1] as string);
    if (!row || row.revokedAt || row.secretHash !== sha256(match[2] as string)) return null;
    await this.repo.touchApiKey(row.id, now);
    const permissions = effectivePermissions([], [row.permissions], row.company.kinds.includes('operator'));
    return {
      kind: 'api_key',
      userId: null,
      apiKeyId: row.id,
      sessionId: null,
      companyId: row.companyId,
      membershipId: null,
      isOwner: false,
      permissions,
      visibleCompanyIds: [row.companyId],
    };
  }

  private async scopeOf(member: MemberContext) {
    const permissions = effectivePermissions(
      member.builtInRoles,
      member.customRolePermissions,
      member.companyKinds.includes('operator'),
    );
    const visible = permissions.has('company:view_children')
      ? visibleCompanyIds(member.companyId, await this.repo.companyParents(), true)
      : [member.companyId];
    return {
      companyId: member.companyId,
      membershipId: member.membershipId,
      isOwner: member.isOwner,
      permissions,
      visibleCompanyIds: visible,
    };
  }

  async me(auth: RequestAuth): Promise<Me> {
    return this.meOf(auth.userId as string, auth.companyId);
  }

  private async meOf(userId: string, activeCompanyId: string, memberships?: MemberContext[]): Promise<Me> {
    const user = await this.repo.findUser(userId);
    if (!user) throw identityError('INVALID_CREDENTIALS');
    const all = memberships ?? (await this.repo.membershipsOf(userId));
    const active = all.find((m) => m.companyId === activeCompanyId);
    if (!active) throw identityError('NOT_A_MEMBER', { field: 'companyId' });
    const { permissions } = await this.scopeOf(active);
    return {
      user: { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale },
      activeCompanyId,
      memberships: all.map((m) => ({
        membershipId: m.membershipId,
        companyId: m.companyId,
        companyName: m.companyName,
        companyNameEn: m.companyNameEn,
        companyRegionCode: m.companyRegionCode,
        companyKinds: m.companyKinds,
        builtInRoles: m.builtInRoles,
        isOwner: m.isOwner,
      })),
      permissions: [...permissions].sort(),
    };
  }

  async signOut(auth: RequestAuth, now = new Date()): Promise<void> {
    if (auth.sessionId) await this.repo.revokeSession(auth.sessionId, now);
  }

  async switchCompany(auth: RequestAuth, companyId: string): Promise<Me> {
    const memberships = await this.repo.membershipsOf(auth.userId as string);
    if (!memberships.some((m) => m.companyId === companyId))
      throw identityError('NOT_A_MEMBER', { field: 'companyId' });
    if (auth.sessionId) await this.repo.setActiveCompany(auth.sessionId, companyId);
    return this.meOf(auth.userId as string, companyId, memberships);
  }

  async changePassword(auth: RequestAuth, current: string, next: string, now = new Date()): Promise<void> {
    const user = await this.repo.findUser(auth.userId as string);
    if (!user || !(await verifyPassword(user.passwordHash, current))) {
      throw identityError('WRONG_PASSWORD', { field: 'currentPassword' });
    }
    await this.repo.setPassword(user.id, await hashPassword(next));
    await this.repo.revokeSessionsOf(user.id, now, auth.sessionId ?? undefined);
    await this.audit.record(auth, {
      companyId: auth.companyId,
      action: 'user.password_change',
      subjectType: 'user',
      subjectId: user.id,
    });
  }

  /** Mails a reset link when the address has an account; says nothing either way. */
  async requestPasswordReset(email: string, portal: PortalName = 'buyer', now = new Date()): Promise<void> {
    const user = await this.repo.findUserByEmail(email);
    if (!user || user.disabledAt) return;
    const { token, hash } = newSecret();
    const link = new URL(`/reset-password?token=${token}`, portalUrl(this.config, portal)).toString();
    await this.repo.createResetToken(
      { userId: user.id, tokenHash: hash, expiresAt: new Date(now.getTime() + RESET_TOKEN_MS) },
      {
        to: user.email,
        subject: 'Tradeway 密码重置 / Password reset',
        text:
          `${user.displayName}，您好：\n\n请在 30 分钟内打开以下链接设置新密码：\n${link}\n\n` +
          `Hello ${user.displayName},\n\nOpen this link within 30 minutes to set a new password:\n${link}\n\n` +
          'If you did not ask for it, ignore this mail.',
      },
    );
  }

  async resetPassword(token: string, next: string, now = new Date()): Promise<void> {
    const userId = await this.repo.consumeResetToken(sha256(token), now);
    if (!userId) throw identityError('RESET_TOKEN_INVALID', { field: 'token' });
    await this.repo.setPassword(userId, await hashPassword(next));
    await this.repo.revokeSessionsOf(userId, now);
    await this.audit.record(
      { userId, apiKeyId: null },
      { companyId: null, action: 'user.password_reset', subjectType: 'user', subjectId: userId },
    );
  }

  async mailbox(to: string | undefined) {
    const rows = await this.repo.listMail(to);
    return rows.map((m) => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      text: m.text,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    }));
  }
}
