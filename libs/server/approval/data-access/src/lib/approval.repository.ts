import { Injectable } from '@nestjs/common';
import type {
  ApprovalPolicy,
  ApprovalState,
  ApprovalTask,
  Delegation,
  Member,
  PolicyConditions,
  PolicyLevel,
  SubjectType,
} from '@tradeway/server/approval/domain';
import { Prisma, type PrismaClient, PrismaService } from '@tradeway/server/platform';

/** Orders that spend nothing: still waiting for approval, or ended before delivery. */
const UNSPENT_ORDER_STATUSES = ['pending_approval', 'cancelled', 'rejected'] as const;

export type Db = PrismaClient | Prisma.TransactionClient;

const requestInclude = {
  tasks: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.ApprovalRequestInclude;
export type RequestRow = Prisma.ApprovalRequestGetPayload<{ include: typeof requestInclude }>;

/** Conditions are stored as JSON: amounts as decimal strings, read back as bigint. */
export function conditionsToJson(c: PolicyConditions): Prisma.InputJsonObject {
  return JSON.parse(
    JSON.stringify(c, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  ) as Prisma.InputJsonObject;
}
export function conditionsFromJson(json: unknown): PolicyConditions {
  const c = (json ?? {}) as Record<string, unknown>;
  return {
    ...(c as PolicyConditions),
    ...(c['minAmountMinor'] !== undefined ? { minAmountMinor: BigInt(c['minAmountMinor'] as string) } : {}),
    ...(c['maxAmountMinor'] !== undefined ? { maxAmountMinor: BigInt(c['maxAmountMinor'] as string) } : {}),
  };
}

export function stateOf(row: RequestRow): ApprovalState {
  return {
    status: row.status,
    requesterId: row.requesterId,
    currentLevel: row.currentLevel,
    levels: row.levels as unknown as PolicyLevel[],
    tasks: row.tasks.map((t): ApprovalTask => ({
      level: t.level,
      approverUserId: t.approverUserId,
      status: t.status,
      decidedByUserId: t.decidedByUserId,
      comment: t.comment,
      decidedAt: t.decidedAt,
      dueAt: t.dueAt,
      escalatedAt: t.escalatedAt,
      addedByEscalation: t.addedByEscalation,
    })),
  };
}

/** The approval context's queries. Every read names the company it reads in. */
@Injectable()
export class ApprovalRepository {
  constructor(private readonly prisma: PrismaService) {}

  get db(): PrismaClient {
    return this.prisma.client;
  }

  /** The same database without Prisma, for the checks on hot paths (decision 0024). */
  get sql() {
    return this.prisma.sql;
  }

  transaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn, { timeout: 20_000 });
  }

  listPolicies(companyId: string, subjectType?: string) {
    return this.db.approvalPolicy.findMany({
      where: { companyId, ...(subjectType ? { subjectType } : {}) },
      orderBy: [{ subjectType: 'asc' }, { priority: 'asc' }, { id: 'asc' }],
    });
  }

  findPolicy(companyId: string, id: string) {
    return this.db.approvalPolicy.findFirst({ where: { companyId, id } });
  }

  async activePolicies(db: Db, companyId: string, subjectType: SubjectType): Promise<ApprovalPolicy[]> {
    const rows = await db.approvalPolicy.findMany({ where: { companyId, subjectType, active: true } });
    return rows.map((r) => ({
      id: r.id,
      subjectType,
      name: r.name,
      priority: r.priority,
      active: r.active,
      conditions: conditionsFromJson(r.conditions),
      levels: r.levels as unknown as PolicyLevel[],
    }));
  }

  /** Members as the engine sees them: built-in role and custom role ids. */
  async members(db: Db, companyId: string): Promise<Member[]> {
    const rows = await db.membership.findMany({
      where: { companyId },
      include: { customRoles: { select: { roleId: true } }, user: { select: { disabledAt: true } } },
    });
    return rows.map((m) => ({
      userId: m.userId,
      roles: [m.role, ...m.customRoles.map((r) => r.roleId)],
      disabled: m.disabledAt !== null || m.user.disabledAt !== null,
      isOwner: m.isOwner,
    }));
  }

  async userNames(db: Db, ids: Iterable<string>): Promise<Map<string, { name: string; email: string }>> {
    const list = [...new Set(ids)];
    if (list.length === 0) return new Map();
    const rows = await db.user.findMany({
      where: { id: { in: list } },
      select: { id: true, displayName: true, email: true },
    });
    return new Map(rows.map((u) => [u.id, { name: u.displayName, email: u.email }]));
  }

  async delegationsFrom(db: Db, companyId: string, fromUserIds: string[]): Promise<Delegation[]> {
    return db.approvalDelegation.findMany({
      where: { companyId, fromUserId: { in: fromUserIds } },
      select: { fromUserId: true, toUserId: true, startsAt: true, endsAt: true },
    });
  }

  /** Users who have delegated to `toUserId` and whose delegation is in force now. */
  async activeDelegatorsOf(companyId: string, toUserId: string, now: Date): Promise<string[]> {
    const rows = await this.db.approvalDelegation.findMany({
      where: { companyId, toUserId, startsAt: { lte: now }, endsAt: { gt: now } },
      select: { fromUserId: true },
    });
    return [...new Set(rows.map((r) => r.fromUserId))];
  }

  listDelegations(companyId: string, userId: string) {
    return this.db.approvalDelegation.findMany({
      where: { companyId, OR: [{ fromUserId: userId }, { toUserId: userId }] },
      orderBy: { startsAt: 'desc' },
    });
  }

  /** The request, locked for this transaction: decisions on one request happen one at a time. */
  async lockRequest(tx: Prisma.TransactionClient, requestId: string): Promise<RequestRow | null> {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM approval_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
    if (locked.length === 0) return null;
    return tx.approvalRequest.findUnique({ where: { id: requestId }, include: requestInclude });
  }

  findRequest(companyIds: readonly string[], requestId: string) {
    return this.db.approvalRequest.findFirst({
      where: { id: requestId, companyId: { in: [...companyIds] } },
      include: requestInclude,
    });
  }

  findRequestForSubject(db: Db, subjectType: string, subjectId: string, subjectVersion: number) {
    return db.approvalRequest.findUnique({
      where: { subjectType_subjectId_subjectVersion: { subjectType, subjectId, subjectVersion } },
      include: requestInclude,
    });
  }

  /** Writes a transition: tasks are append-only, so new ones are created and changed ones updated. */
  async saveState(
    tx: Prisma.TransactionClient,
    row: { id: string; companyId: string },
    before: ApprovalState | null,
    after: ApprovalState,
    now: Date,
  ): Promise<void> {
    const done = after.status !== 'pending';
    await tx.approvalRequest.update({
      where: { id: row.id },
      data: {
        status: after.status,
        currentLevel: after.currentLevel,
        ...(done && before?.status === 'pending' ? { decidedAt: now } : {}),
      },
    });
    const old = before?.tasks ?? [];
    for (let i = 0; i < after.tasks.length; i++) {
      const t = after.tasks[i] as ApprovalTask;
      const data = {
        status: t.status,
        decidedByUserId: t.decidedByUserId,
        comment: t.comment,
        decidedAt: t.decidedAt,
        dueAt: t.dueAt,
        escalatedAt: t.escalatedAt,
        addedByEscalation: t.addedByEscalation,
      };
      if (i >= old.length) {
        await tx.approvalTask.create({
          data: {
            requestId: row.id,
            companyId: row.companyId,
            level: t.level,
            approverUserId: t.approverUserId,
            ...data,
          },
        });
      } else if (JSON.stringify(old[i]) !== JSON.stringify(t)) {
        await tx.approvalTask.update({
          where: {
            requestId_level_approverUserId: {
              requestId: row.id,
              level: t.level,
              approverUserId: t.approverUserId,
            },
          },
          data,
        });
      }
    }
  }

  async inbox(
    companyId: string,
    approverIds: string[],
    status: 'pending' | 'decided',
    page: number,
    pageSize: number,
  ) {
    const where: Prisma.ApprovalTaskWhereInput = {
      companyId,
      approverUserId: { in: approverIds },
      ...(status === 'pending'
        ? { status: 'pending', request: { status: 'pending' } }
        : { status: { in: ['approved', 'rejected'] } }),
    };
    const [rows, total] = await Promise.all([
      this.db.approvalTask.findMany({
        where,
        include: { request: true },
        orderBy: status === 'pending' ? [{ dueAt: 'asc' }, { createdAt: 'asc' }] : [{ decidedAt: 'desc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.db.approvalTask.count({ where }),
    ]);
    return { rows, total };
  }

  /** Pending tasks past their SLA that have not escalated: the safety net for lost delayed jobs. */
  overdueLevels(now: Date, take = 100) {
    return this.db.approvalTask.findMany({
      where: {
        status: 'pending',
        escalatedAt: null,
        addedByEscalation: false,
        dueAt: { lte: now },
        request: { status: 'pending' },
      },
      select: { requestId: true, level: true },
      distinct: ['requestId', 'level'],
      take,
    });
  }

  listSpendingLimits(companyId: string) {
    return this.db.spendingLimit.findMany({ where: { companyId }, orderBy: { createdAt: 'asc' } });
  }

  /** Approved requisitions as spending entries (until orders exist, the approved purchases). */
  /**
   * What a member or a department committed since a date (DESIGN.md §9), summed by the
   * database: approved requisitions, at their approval, and orders placed and not cancelled or
   * rejected, at their placing — an order waiting for approval is not spent yet. Orders count
   * for the member who placed them and the department they belonged to then
   * (`orders.departmentId`; indexes `(buyerId, createdById, placedAt)` and `(buyerId, departmentId, placedAt)`).
   */
  async spentSince(db: Db, companyId: string, who: { userId?: string; departmentId?: string }, since: Date) {
    const [requisitions, orders] = await Promise.all([
      db.purchaseRequisition.aggregate({
        where: {
          companyId,
          status: 'approved',
          approvedAt: { gte: since },
          ...(who.userId ? { requesterId: who.userId } : {}),
          ...(who.departmentId ? { departmentId: who.departmentId } : {}),
        },
        _sum: { totalMinor: true },
      }),
      db.order.aggregate({
        where: {
          buyerId: companyId,
          placedAt: { gte: since },
          status: { notIn: [...UNSPENT_ORDER_STATUSES] },
          ...(who.userId ? { createdById: who.userId } : {}),
          ...(who.departmentId ? { departmentId: who.departmentId } : {}),
        },
        _sum: { totalMinor: true },
      }),
    ]);
    return (requisitions._sum.totalMinor ?? 0n) + (orders._sum.totalMinor ?? 0n);
  }
}
