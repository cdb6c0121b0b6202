import { Injectable } from '@nestjs/common';
import { type AuditService, Prisma, PrismaService, type RequestAuth } from '@tradeway/server/platform';

const memberInclude = {
  user: { select: { email: true, displayName: true } },
  customRoles: { select: { roleId: true } },
} satisfies Prisma.MembershipInclude;
export type MemberRow = Prisma.MembershipGetPayload<{ include: typeof memberInclude }>;

export type Tx = Prisma.TransactionClient;

/**
 * Company administration queries. Every method takes the company it acts in from the
 * caller's scope; an id of another company is simply not found.
 */
@Injectable()
export class CompanyAdminRepository {
  constructor(private readonly prisma: PrismaService) {}

  get db() {
    return this.prisma.client;
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  listMembers(companyId: string) {
    return this.db.membership.findMany({
      where: { companyId },
      include: memberInclude,
      orderBy: [{ isOwner: 'desc' }, { createdAt: 'asc' }],
    });
  }

  findMember(companyId: string, membershipId: string, tx: Tx | PrismaService['client'] = this.db) {
    return tx.membership.findFirst({ where: { id: membershipId, companyId }, include: memberInclude });
  }

  async lastSignIns(companyId: string, userIds: string[]): Promise<Map<string, Date>> {
    const rows = await this.db.activityEvent.groupBy({
      by: ['userId'],
      where: { companyId, kind: 'sign_in', userId: { in: userIds } },
      _max: { at: true },
    });
    return new Map(rows.filter((r) => r._max.at).map((r) => [r.userId, r._max.at as Date]));
  }

  /** Custom roles and departments named in an input must belong to the company. */
  async countOwnRoles(companyId: string, roleIds: string[]): Promise<number> {
    if (roleIds.length === 0) return 0;
    return this.db.customRole.count({ where: { companyId, id: { in: roleIds } } });
  }

  async departmentExists(companyId: string, departmentId: string): Promise<boolean> {
    return (await this.db.department.count({ where: { companyId, id: departmentId } })) === 1;
  }

  listRoles(companyId: string) {
    return this.db.customRole.findMany({
      where: { companyId },
      include: { _count: { select: { members: true } } },
      orderBy: { name: 'asc' },
    });
  }

  findRole(companyId: string, roleId: string) {
    return this.db.customRole.findFirst({
      where: { companyId, id: roleId },
      include: { _count: { select: { members: true } } },
    });
  }

  listDepartments(companyId: string) {
    return this.db.department.findMany({
      where: { companyId },
      include: { _count: { select: { memberships: true } } },
      orderBy: { budgetCode: 'asc' },
    });
  }

  findDepartment(companyId: string, departmentId: string) {
    return this.db.department.findFirst({
      where: { companyId, id: departmentId },
      include: { _count: { select: { memberships: true } } },
    });
  }

  listApiKeys(companyId: string) {
    return this.db.apiKey.findMany({ where: { companyId }, orderBy: { createdAt: 'desc' } });
  }

  findApiKey(companyId: string, apiKeyId: string) {
    return this.db.apiKey.findFirst({ where: { companyId, id: apiKeyId } });
  }

  async listAudit(
    companyIds: string[] | null,
    q: {
      page: number;
      pageSize: number;
      action?: string;
      subjectType?: string;
      subjectId?: string;
      from?: string;
      to?: string;
    },
  ) {
    const where: Prisma.AuditEntryWhereInput = {
      ...(companyIds ? { companyId: { in: companyIds } } : {}),
      ...(q.action ? { action: { startsWith: q.action } } : {}),
      ...(q.subjectType ? { subjectType: q.subjectType } : {}),
      ...(q.subjectId ? { subjectId: q.subjectId } : {}),
      ...(q.from || q.to
        ? { at: { ...(q.from ? { gte: new Date(q.from) } : {}), ...(q.to ? { lt: new Date(q.to) } : {}) } }
        : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.auditEntry.findMany({
        where,
        orderBy: { seq: 'desc' },
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      }),
      this.db.auditEntry.count({ where }),
    ]);
    const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter((x): x is string => !!x))];
    const users = await this.db.user.findMany({
      where: { id: { in: actorIds } },
      select: { id: true, displayName: true },
    });
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    return { rows, total, names };
  }

  /**
   * Disables a staff account and hands its open work to a colleague, in one transaction:
   * requisitions it owns and approval tasks waiting on it. Later contexts (customers, RFQs,
   * quotes) add their tables here.
   */
  async disableAndReassign(
    companyId: string,
    leaver: { membershipId: string; userId: string },
    heir: { userId: string },
    at: Date,
    audit: { service: AuditService; actor: RequestAuth },
  ): Promise<Record<string, number>> {
    return this.db.$transaction(async (tx) => {
      await tx.membership.update({ where: { id: leaver.membershipId }, data: { disabledAt: at } });
      const requisitions = await tx.purchaseRequisition.updateMany({
        where: { companyId, ownerId: leaver.userId, status: 'pending_approval' },
        data: { ownerId: heir.userId },
      });
      // Tasks the heir already holds on the same request and level stay single.
      const tasks = await tx.$executeRaw`
        UPDATE approval_tasks t SET "approverUserId" = ${heir.userId}::uuid
        WHERE t."companyId" = ${companyId}::uuid AND t."approverUserId" = ${leaver.userId}::uuid
          AND t.status = 'pending'
          AND NOT EXISTS (SELECT 1 FROM approval_tasks o WHERE o."requestId" = t."requestId"
                          AND o.level = t.level AND o."approverUserId" = ${heir.userId}::uuid)`;
      const reassigned = { requisitions: requisitions.count, approvalTasks: tasks };
      await audit.service.record(
        audit.actor,
        {
          companyId,
          action: 'member.disable',
          subjectType: 'membership',
          subjectId: leaver.membershipId,
          before: { disabledAt: null },
          after: { disabledAt: at, reassignedTo: heir.userId, reassigned },
        },
        tx,
      );
      return reassigned;
    });
  }
}

/** Staff activity over [from, to): sign-ins and actions from the activity log, decisions from approvals. */
export async function staffActivityRows(
  db: PrismaService['client'] | Tx,
  companyId: string,
  from: Date,
  to: Date,
) {
  const members = await db.membership.findMany({
    where: { companyId },
    include: { user: { select: { displayName: true, email: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const events = await db.activityEvent.groupBy({
    by: ['userId', 'kind'],
    where: { companyId, at: { gte: from, lt: to } },
    _count: { _all: true },
    _max: { at: true },
  });
  const decisions = await db.approvalTask.groupBy({
    by: ['decidedByUserId'],
    where: { companyId, decidedAt: { gte: from, lt: to }, status: { in: ['approved', 'rejected'] } },
    _count: { _all: true },
    _max: { decidedAt: true },
  });
  const audited = await db.auditEntry.groupBy({
    by: ['actorUserId'],
    where: { companyId, at: { gte: from, lt: to }, actorUserId: { not: null } },
    _count: { _all: true },
    _max: { at: true },
  });
  // RFQs a seller's staff answered: first versions of the company's quotes, each with its
  // response time (first version − the RFQ's publication), DESIGN.md §5.
  const answered = await db.$queryRaw<{ userId: string; answered: number; avgSeconds: number | null }[]>`
    SELECT v."createdById" AS "userId", COUNT(*)::int AS answered,
           ROUND(AVG(EXTRACT(EPOCH FROM v."createdAt" - r."publishedAt")))::int AS "avgSeconds"
    FROM rfq_quote_versions v
    JOIN rfq_quotes q ON q.id = v."quoteId"
    JOIN rfqs r ON r.id = q."rfqId"
    WHERE q."sellerId" = ${companyId}::uuid AND v.version = 1
      AND v."createdAt" >= ${from} AND v."createdAt" < ${to}
    GROUP BY v."createdById"`;
  return members.map((m) => {
    const mine = events.filter((e) => e.userId === m.userId);
    const rfqs = answered.find((a) => a.userId === m.userId);
    const count = (kind: string) => mine.find((e) => e.kind === kind)?._count._all ?? 0;
    const decided = decisions.find((d) => d.decidedByUserId === m.userId);
    const changes = audited.find((a) => a.actorUserId === m.userId);
    const last = [...mine.map((e) => e._max.at), decided?._max.decidedAt, changes?._max.at]
      .filter((d): d is Date => !!d)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    return {
      userId: m.userId,
      displayName: m.user.displayName,
      email: m.user.email,
      role: m.role,
      isOwner: m.isOwner,
      disabled: m.disabledAt !== null,
      signIns: count('sign_in'),
      requisitionsSubmitted: count('requisition.submit'),
      quotesSent: count('quote.sent'),
      rfqsAnswered: rfqs?.answered ?? 0,
      avgRfqResponseMinutes: rfqs?.avgSeconds == null ? null : Math.round(rfqs.avgSeconds / 60),
      approvalsDecided: decided?._count._all ?? 0,
      actions: changes?._count._all ?? 0,
      lastActiveAt: last?.toISOString() ?? null,
    };
  });
}
