import { Injectable } from '@nestjs/common';
import { PrismaService } from '@tradeway/server/platform';
import type { BuiltInRole } from '@tradeway/shared/contracts';

export interface MemberContext {
  membershipId: string;
  companyId: string;
  companyName: string;
  companyNameEn: string | null;
  companyRegionCode: string | null;
  companyKinds: Array<'buyer' | 'seller' | 'operator' | 'logistics' | 'financier'>;
  builtInRoles: BuiltInRole[];
  isOwner: boolean;
  customRolePermissions: string[][];
}

export interface StoredSession {
  id: string;
  userId: string;
  activeCompanyId: string;
  createdAt: Date;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  userDisabledAt: Date | null;
}

export interface ResolvedSession extends StoredSession {
  /** null when the user is no longer an active member of the session's company. */
  membershipId: string | null;
  role: BuiltInRole | null;
  isOwner: boolean | null;
  companyKinds: MemberContext['companyKinds'] | null;
  customPermissions: string[] | null;
  /** The active company and all its descendants. */
  groupCompanyIds: string[];
}

/**
 * The only code of the identity context that talks to Prisma: users, sessions, throttling,
 * reset tokens, the mail outbox, API keys and staff activity.
 */
@Injectable()
export class IdentityRepository {
  constructor(private readonly prisma: PrismaService) {}

  private get db() {
    return this.prisma.client;
  }

  findUserByEmail(email: string) {
    return this.db.user.findUnique({ where: { email } });
  }

  findUser(id: string) {
    return this.db.user.findUnique({ where: { id } });
  }

  /** The user's active memberships, in a stable order (company name). */
  async membershipsOf(userId: string): Promise<MemberContext[]> {
    const rows = await this.db.membership.findMany({
      where: { userId, disabledAt: null },
      include: { company: true, customRoles: { include: { role: true } } },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((m) => ({
      membershipId: m.id,
      companyId: m.companyId,
      companyName: m.company.name,
      companyNameEn: m.company.nameEn,
      companyRegionCode: m.company.regionCode,
      companyKinds: m.company.kinds,
      builtInRoles: [m.role],
      isOwner: m.isOwner,
      customRolePermissions: m.customRoles.map((r) => r.role.permissions),
    }));
  }

  /** Every company's parent, for group visibility. */
  async companyParents(): Promise<Map<string, string | null>> {
    const rows = await this.db.company.findMany({ select: { id: true, parentId: true } });
    return new Map(rows.map((r) => [r.id, r.parentId]));
  }

  async companyKinds(companyId: string) {
    const c = await this.db.company.findUnique({ where: { id: companyId }, select: { kinds: true } });
    return c?.kinds ?? [];
  }

  async failuresSince(keys: string[], since: Date): Promise<Map<string, Date[]>> {
    const rows = await this.db.signInFailure.findMany({
      where: { key: { in: keys }, at: { gt: since } },
      select: { key: true, at: true },
    });
    const out = new Map<string, Date[]>(keys.map((k) => [k, []]));
    for (const r of rows) out.get(r.key)?.push(r.at);
    return out;
  }

  async recordFailures(keys: string[], at: Date): Promise<void> {
    await this.db.signInFailure.createMany({ data: keys.map((key) => ({ key, at })) });
  }

  async clearFailures(key: string): Promise<void> {
    await this.db.signInFailure.deleteMany({ where: { key } });
  }

  async createSession(data: {
    tokenHash: string;
    userId: string;
    activeCompanyId: string;
    createdAt: Date;
    lastSeenAt: Date;
    idleExpiresAt: Date;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  }): Promise<string> {
    const s = await this.db.session.create({ data, select: { id: true } });
    return s.id;
  }

  async findSession(tokenHash: string): Promise<StoredSession | null> {
    const s = await this.db.session.findUnique({
      where: { tokenHash },
      include: { user: { select: { disabledAt: true } } },
    });
    if (!s) return null;
    return {
      id: s.id,
      userId: s.userId,
      activeCompanyId: s.activeCompanyId,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      idleExpiresAt: s.idleExpiresAt,
      expiresAt: s.expiresAt,
      revokedAt: s.revokedAt,
      userDisabledAt: s.user.disabledAt,
    };
  }

  /**
   * Everything a request needs about its caller, in one round trip: the session and its
   * user, the membership in the session's active company with the company's kinds and the
   * permissions of its custom roles, and the company's descendants (for group visibility).
   */
  async resolveSession(tokenHash: string): Promise<ResolvedSession | null> {
    // every request runs it: node-postgres directly (decision 0024)
    const rows = await this.prisma.sql.$queryRaw<ResolvedSession[]>`
      /* prepare */ WITH RECURSIVE
        s AS (
          SELECT s.id, s."userId", s."activeCompanyId", s."createdAt", s."lastSeenAt", s."idleExpiresAt",
                 s."expiresAt", s."revokedAt", u."disabledAt" AS "userDisabledAt"
          FROM sessions s JOIN users u ON u.id = s."userId"
          WHERE s."tokenHash" = ${tokenHash}
        ),
        m AS (
          SELECT m.id AS "membershipId", m.role::text AS role, m."isOwner", c.kinds::text[] AS "companyKinds",
                 COALESCE((SELECT array_agg(DISTINCT p) FROM membership_roles mr
                           JOIN custom_roles r ON r.id = mr."roleId", unnest(r.permissions) AS p
                           WHERE mr."membershipId" = m.id), '{}') AS "customPermissions"
          FROM memberships m
          JOIN s ON s."userId" = m."userId" AND s."activeCompanyId" = m."companyId"
          JOIN companies c ON c.id = m."companyId"
          WHERE m."disabledAt" IS NULL
        ),
        t(id, depth) AS (
          SELECT "activeCompanyId", 0 FROM s
          UNION
          SELECT c.id, t.depth + 1 FROM companies c JOIN t ON c."parentId" = t.id WHERE t.depth < 20
        )
      SELECT s.*, m."membershipId", m.role, m."isOwner", m."companyKinds", m."customPermissions",
             (SELECT array_agg(DISTINCT id) FROM t) AS "groupCompanyIds"
      FROM s LEFT JOIN m ON true`;
    return rows[0] ?? null;
  }

  async touchSession(id: string, times: { lastSeenAt: Date; idleExpiresAt: Date }): Promise<void> {
    await this.db.session.update({ where: { id }, data: times });
  }

  async setActiveCompany(sessionId: string, companyId: string): Promise<void> {
    await this.db.session.update({ where: { id: sessionId }, data: { activeCompanyId: companyId } });
  }

  async revokeSession(id: string, at: Date): Promise<void> {
    await this.db.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } });
  }

  async revokeSessionsOf(userId: string, at: Date, exceptSessionId?: string): Promise<void> {
    await this.db.session.updateMany({
      where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
      data: { revokedAt: at },
    });
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db.user.update({ where: { id: userId }, data: { passwordHash } });
  }

  /** Stores a reset token and queues its mail in one transaction. */
  async createResetToken(
    token: { userId: string; tokenHash: string; expiresAt: Date },
    mail: { to: string; subject: string; text: string },
  ): Promise<void> {
    await this.db.$transaction([
      this.db.passwordResetToken.create({ data: token }),
      this.db.outboxMail.create({ data: mail }),
    ]);
  }

  /** Uses a token once: the user id when it was valid and unused, else null. */
  async consumeResetToken(tokenHash: string, now: Date): Promise<string | null> {
    const row = await this.db.passwordResetToken.findUnique({ where: { tokenHash } });
    if (!row || row.usedAt || row.expiresAt <= now) return null;
    const used = await this.db.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: now },
    });
    return used.count === 1 ? row.userId : null;
  }

  listMail(to: string | undefined) {
    return this.db.outboxMail.findMany({
      where: to ? { to: { contains: to, mode: 'insensitive' } } : {},
      orderBy: { createdAt: 'desc' },
      take: 200,
    });
  }

  findApiKey(prefix: string) {
    return this.db.apiKey.findUnique({
      where: { prefix },
      include: { company: { select: { kinds: true } } },
    });
  }

  async touchApiKey(id: string, at: Date): Promise<void> {
    await this.db.apiKey.update({ where: { id }, data: { lastUsedAt: at } });
  }

  async recordActivity(companyId: string, userId: string, kind: string, at: Date): Promise<void> {
    await this.db.activityEvent.create({ data: { companyId, userId, kind, at } });
  }
}
