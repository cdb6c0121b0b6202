import { Injectable, Logger } from '@nestjs/common';
import {
  type ApprovalEvent,
  type ApprovalPolicy,
  type ApprovalState,
  checkPolicy,
  decide,
  escalate,
  periodWindow,
  planApproval,
  remainingLimit,
  type SpendingPeriod,
  startApproval,
  type SubjectFacts,
  type SubjectType,
  type Transition,
  withdraw,
} from '@tradeway/server/approval/domain';
import {
  ApprovalRepository,
  conditionsFromJson,
  conditionsToJson,
  type RequestRow,
  stateOf,
} from '@tradeway/server/approval/data-access';
import {
  type ApprovalGateway,
  type AuditRecord,
  AuditService,
  Prisma,
  QUEUES,
  QueueDriver,
  type RequestAuth,
  userIdOf,
} from '@tradeway/server/platform';
import type { ApprovalRequest, InboxItem, Policy, PolicyInput } from '@tradeway/shared/contracts';
import { notFound, toOrpcError, unprocessable } from './approval-errors';

type Tx = Prisma.TransactionClient;
/** Calendar periods of spending limits follow the companies' clock (all on China time for now). */
export const COMPANY_TIME_ZONE = 'Asia/Shanghai';

export interface SubjectRef {
  type: SubjectType;
  id: string;
  version: number;
  title: string;
}

/** How a subject learns its approval's outcome, inside the transaction of the decision. */
export interface SubjectHooks {
  /** Titles of many subjects in one query (the inbox lists a page of them). */
  titles(db: Tx, subjectIds: readonly string[]): Promise<Map<string, string>>;
  onDecided(
    tx: Tx,
    subject: { id: string; version: number },
    outcome: 'approved' | 'rejected',
    now: Date,
    /** The deciding approver's comment (a rejection always has one). */
    comment?: string,
  ): Promise<void>;
  /**
   * After the decision's transaction committed (for live views): never undoes the decision;
   * a failure is logged.
   */
  afterDecided?(subject: { id: string; version: number }, outcome: 'approved' | 'rejected'): Promise<void>;
}

type Escalation = { requestId: string; level: number; dueAt: Date };
/** A subject's outcome decided in a transaction, told to its `afterDecided` once it commits. */
type Decided = { subject: SubjectRef; outcome: 'approved' | 'rejected' };

/**
 * The approval engine in the platform (DESIGN.md §9): runs the domain state machine on
 * stored requests, one decision at a time per request (row lock), writes every transition
 * with its audit entries and notification mails in the same transaction, tells the subject
 * its outcome, and schedules SLA escalations as delayed jobs once the transaction commits.
 */
@Injectable()
export class ApprovalService implements ApprovalGateway {
  private readonly logger = new Logger(ApprovalService.name);
  private readonly hooks = new Map<SubjectType, SubjectHooks>();

  constructor(
    private readonly repo: ApprovalRepository,
    private readonly audit: AuditService,
    private readonly queues: QueueDriver,
  ) {}

  registerSubject(type: SubjectType, hooks: SubjectHooks): void {
    this.hooks.set(type, hooks);
  }

  async companiesWithPolicies(companyIds: readonly string[], type: SubjectType): Promise<Set<string>> {
    if (companyIds.length === 0) return new Set();
    const rows = await this.repo.sql.$queryRaw<Array<{ companyId: string }>>`/* prepare */
      SELECT DISTINCT "companyId" FROM approval_policies
      WHERE "companyId" = ANY(${[...companyIds]}::uuid[]) AND "subjectType" = ${type} AND active`;
    return new Set(rows.map((r) => r.companyId));
  }

  async hasPolicies(companyId: string, type: SubjectType): Promise<boolean> {
    // asked on hot paths (every group-buy join): one prepared statement
    const [row] = await this.repo.sql.$queryRaw<Array<{ has: boolean }>>`/* prepare */
      SELECT EXISTS (SELECT 1 FROM approval_policies
                     WHERE "companyId" = ${companyId}::uuid AND "subjectType" = ${type} AND active) AS has`;
    return row?.has === true;
  }

  // ---- policies -------------------------------------------------------------------------

  private toPolicy(r: {
    id: string;
    subjectType: string;
    name: string;
    priority: number;
    active: boolean;
    conditions: unknown;
    levels: unknown;
    version: number;
    updatedAt: Date;
  }): Policy {
    return {
      id: r.id,
      subjectType: r.subjectType as Policy['subjectType'],
      name: r.name,
      priority: r.priority,
      active: r.active,
      conditions: conditionsFromJson(r.conditions) as Policy['conditions'],
      levels: r.levels as Policy['levels'],
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
    };
  }

  async listPolicies(auth: RequestAuth, subjectType?: string) {
    return (await this.repo.listPolicies(auth.companyId, subjectType)).map((r) => this.toPolicy(r));
  }

  /** Domain checks (levels 1..n, an approver per level, bands) and references to this company only. */
  private async validate(auth: RequestAuth, input: PolicyInput): Promise<void> {
    const policy: ApprovalPolicy = { id: 'new', ...input, levels: input.levels };
    const checked = checkPolicy(policy);
    if (!checked.ok) throw toOrpcError(checked.error);
    const members = await this.repo.members(this.repo.db, auth.companyId);
    const memberIds = new Set(members.map((m) => m.userId));
    const roleIds = new Set(
      (
        await this.repo.db.customRole.findMany({ where: { companyId: auth.companyId }, select: { id: true } })
      ).map((r) => r.id),
    );
    const uuid = /^[0-9a-f]{8}-/i;
    input.levels.forEach((level, i) => {
      level.approverUserIds.forEach((u, j) => {
        if (!memberIds.has(u))
          throw unprocessable(`levels.${i}.approverUserIds.${j}`, 'Not a member of this company');
      });
      level.approverRoles.forEach((r, j) => {
        if (uuid.test(r) && !roleIds.has(r))
          throw unprocessable(`levels.${i}.approverRoles.${j}`, 'Unknown role');
      });
      if (level.escalation.kind === 'user' && !memberIds.has(level.escalation.userId)) {
        throw unprocessable(`levels.${i}.escalation.userId`, 'Not a member of this company');
      }
    });
    for (const d of input.conditions.departmentIds ?? []) {
      if (!(await this.repo.db.department.count({ where: { id: d, companyId: auth.companyId } }))) {
        throw unprocessable('conditions.departmentIds', 'Unknown department');
      }
    }
  }

  /** An audited change in the caller's active company. */
  private changed<T>(
    auth: RequestAuth,
    write: (tx: Tx) => Promise<T>,
    describe: (result: T) => Omit<AuditRecord, 'companyId'>,
  ): Promise<T> {
    return this.audit.change(auth, write, (r) => ({ companyId: auth.companyId, ...describe(r) }));
  }

  private policyData(input: PolicyInput) {
    return {
      subjectType: input.subjectType,
      name: input.name,
      priority: input.priority,
      active: input.active,
      conditions: conditionsToJson(input.conditions),
      levels: input.levels as unknown as Prisma.InputJsonArray,
    };
  }

  async createPolicy(auth: RequestAuth, input: PolicyInput): Promise<Policy> {
    await this.validate(auth, input);
    const row = await this.changed(
      auth,
      (tx) => tx.approvalPolicy.create({ data: { companyId: auth.companyId, ...this.policyData(input) } }),
      (r) => ({
        action: 'approval_policy.create',
        subjectType: 'approval_policy',
        subjectId: r.id,
        after: input,
      }),
    );
    return this.toPolicy(row);
  }

  async updatePolicy(auth: RequestAuth, policyId: string, input: PolicyInput): Promise<Policy> {
    const before = await this.repo.findPolicy(auth.companyId, policyId);
    if (!before) throw notFound('Policy');
    await this.validate(auth, input);
    const row = await this.changed(
      auth,
      (tx) =>
        tx.approvalPolicy.update({
          where: { id: before.id },
          data: { ...this.policyData(input), version: { increment: 1 } },
        }),
      (r) => ({
        action: 'approval_policy.update',
        subjectType: 'approval_policy',
        subjectId: r.id,
        before: this.toPolicy(before),
        after: input,
      }),
    );
    return this.toPolicy(row);
  }

  async deletePolicy(auth: RequestAuth, policyId: string) {
    const before = await this.repo.findPolicy(auth.companyId, policyId);
    if (!before) throw notFound('Policy');
    await this.changed(
      auth,
      (tx) => tx.approvalPolicy.delete({ where: { id: before.id } }),
      () => ({
        action: 'approval_policy.delete',
        subjectType: 'approval_policy',
        subjectId: before.id,
        before: this.toPolicy(before),
      }),
    );
    return { ok: true as const };
  }

  // ---- spending limits ------------------------------------------------------------------

  /**
   * What remains of a limit in its current period (day, week, month, year in China time): the
   * spending is summed by the database from the period's start, so the cost does not grow with
   * the history of a busy buyer.
   */
  private async remainingOf(
    db: Tx,
    companyId: string,
    l: { userId: string | null; departmentId: string | null; period: SpendingPeriod; limitMinor: bigint },
    now: Date,
  ) {
    const { start } = periodWindow(l.period, now, COMPANY_TIME_ZONE);
    const spentMinor = await this.repo.spentSince(
      db,
      companyId,
      l.userId ? { userId: l.userId } : { departmentId: l.departmentId as string },
      start,
    );
    return remainingLimit({
      limitMinor: l.limitMinor,
      period: l.period,
      timeZone: COMPANY_TIME_ZONE,
      now,
      spent: [{ amountMinor: spentMinor, at: start }],
    });
  }

  /** Whether `amountMinor` goes beyond the requester's or the department's remaining limit (equal is within). */
  async overSpendingLimit(
    db: Tx,
    companyId: string,
    requesterId: string,
    departmentId: string | null,
    amountMinor: bigint,
    now: Date,
  ) {
    const limits = await db.spendingLimit.findMany({
      where: { companyId, OR: [{ userId: requesterId }, ...(departmentId ? [{ departmentId }] : [])] },
    });
    for (const l of limits) {
      if (amountMinor > (await this.remainingOf(db, companyId, l, now)).remainingMinor) return true;
    }
    return false;
  }

  async listSpendingLimits(auth: RequestAuth, now = new Date()) {
    const rows = await this.repo.listSpendingLimits(auth.companyId);
    return Promise.all(
      rows.map(async (l) => {
        const r = await this.remainingOf(this.repo.db, auth.companyId, l, now);
        return {
          id: l.id,
          userId: l.userId,
          departmentId: l.departmentId,
          period: l.period,
          limitMinor: l.limitMinor,
          currency: l.currency,
          spentMinor: r.spentMinor,
          remainingMinor: r.remainingMinor,
          windowStart: r.windowStart.toISOString(),
          windowEnd: r.windowEnd.toISOString(),
        };
      }),
    );
  }

  async setSpendingLimit(
    auth: RequestAuth,
    input: {
      userId?: string;
      departmentId?: string;
      period: 'day' | 'week' | 'month' | 'year';
      limitMinor: bigint;
    },
  ) {
    const db = this.repo.db;
    if (
      input.userId &&
      !(await db.membership.count({ where: { companyId: auth.companyId, userId: input.userId } }))
    ) {
      throw unprocessable('userId', 'Not a member of this company');
    }
    if (
      input.departmentId &&
      !(await db.department.count({ where: { companyId: auth.companyId, id: input.departmentId } }))
    ) {
      throw unprocessable('departmentId', 'Unknown department');
    }
    const company = await db.company.findUniqueOrThrow({ where: { id: auth.companyId } });
    const row = await this.changed(
      auth,
      async (tx) => {
        const who = { userId: input.userId ?? null, departmentId: input.departmentId ?? null };
        // one limit per person or department and period: setting it again replaces it
        await tx.spendingLimit.deleteMany({
          where: { companyId: auth.companyId, period: input.period, ...who },
        });
        return tx.spendingLimit.create({
          data: {
            companyId: auth.companyId,
            ...who,
            period: input.period,
            limitMinor: input.limitMinor,
            currency: company.baseCurrency,
          },
        });
      },
      (l) => ({ action: 'spending_limit.set', subjectType: 'spending_limit', subjectId: l.id, after: input }),
    );
    return (await this.listSpendingLimits(auth)).find((l) => l.id === row.id) as Awaited<
      ReturnType<ApprovalService['listSpendingLimits']>
    >[number];
  }

  async deleteSpendingLimit(auth: RequestAuth, limitId: string) {
    const before = await this.repo.db.spendingLimit.findFirst({
      where: { id: limitId, companyId: auth.companyId },
    });
    if (!before) throw notFound('Spending limit');
    await this.changed(
      auth,
      (tx) => tx.spendingLimit.delete({ where: { id: before.id } }),
      () => ({
        action: 'spending_limit.delete',
        subjectType: 'spending_limit',
        subjectId: before.id,
        before,
      }),
    );
    return { ok: true as const };
  }

  // ---- requests -------------------------------------------------------------------------

  /**
   * Opens the approval of a subject, inside the subject's transaction. Returns whether it is
   * already approved (no policy asks for approval) and what to schedule after commit.
   */
  async submit(
    tx: Tx,
    input: {
      companyId: string;
      subject: SubjectRef;
      requesterId: string;
      amountMinor: bigint;
      currency: string;
      facts: SubjectFacts;
    },
    actor: RequestAuth,
    now: Date,
  ): Promise<{ requestId: string; status: ApprovalState['status']; escalations: Escalation[] }> {
    const policies = await this.repo.activePolicies(tx, input.companyId, input.subject.type);
    const plan = planApproval(policies, input.subject.type, input.facts);
    const members = await this.repo.members(tx, input.companyId);
    const started = startApproval({
      requesterId: input.requesterId,
      levels: plan.kind === 'none' ? [] : plan.levels,
      members,
      now,
    });
    if (!started.ok) throw toOrpcError(started.error);
    const { state, events } = started.value;
    const row = await tx.approvalRequest.create({
      data: {
        companyId: input.companyId,
        subjectType: input.subject.type,
        subjectId: input.subject.id,
        subjectVersion: input.subject.version,
        requesterId: input.requesterId,
        amountMinor: input.amountMinor,
        currency: input.currency,
        facts: JSON.parse(
          JSON.stringify(input.facts, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
        ) as Prisma.InputJsonObject,
        policyId: plan.kind === 'levels' ? plan.policyId : null,
        levels: state.levels as unknown as Prisma.InputJsonArray,
        status: state.status,
        currentLevel: state.currentLevel,
        ...(state.status !== 'pending' ? { decidedAt: now } : {}),
      },
    });
    await this.repo.saveState(tx, row, { ...state, tasks: [] }, state, now);
    await this.audit.record(
      actor,
      {
        companyId: input.companyId,
        action: 'approval.submit',
        subjectType: 'approval_request',
        subjectId: row.id,
        after: {
          subject: input.subject,
          policyId: row.policyId,
          levels: state.levels.length,
          status: state.status,
          facts: input.facts,
        },
      },
      tx,
    );
    const escalations = await this.effects(
      tx,
      { id: row.id, companyId: input.companyId, subject: input.subject, requesterId: input.requesterId },
      events,
      actor,
      now,
      false,
    );
    return { requestId: row.id, status: state.status, escalations };
  }

  /** Withdraws the running approval of a subject version (the subject is being edited or withdrawn). */
  async withdrawSubject(tx: Tx, subject: SubjectRef, actor: RequestAuth, now: Date): Promise<void> {
    const row = await this.repo.findRequestForSubject(tx, subject.type, subject.id, subject.version);
    if (!row || row.status !== 'pending') return;
    const locked = (await this.repo.lockRequest(tx, row.id)) as RequestRow;
    const before = stateOf(locked);
    const result = withdraw(before, { actorUserId: before.requesterId });
    if (!result.ok) throw toOrpcError(result.error);
    await this.repo.saveState(tx, locked, before, result.value.state, now);
    await this.audit.record(
      actor,
      {
        companyId: row.companyId,
        action: 'approval.withdraw',
        subjectType: 'approval_request',
        subjectId: row.id,
        before: { status: before.status },
        after: { status: 'withdrawn' },
      },
      tx,
    );
  }

  async decide(
    auth: RequestAuth,
    input: { requestId: string; decision: 'approve' | 'reject'; comment: string; onBehalfOfUserId?: string },
    now = new Date(),
  ): Promise<ApprovalRequest> {
    const actorUserId = userIdOf(auth);
    const decided: Decided[] = [];
    const escalations = await this.repo.transaction(async (tx) => {
      const row = await this.repo.lockRequest(tx, input.requestId);
      // Another company's request does not exist for this caller.
      if (!row || row.companyId !== auth.companyId) throw notFound('Approval');
      const before = stateOf(row);
      const approverUserId = input.onBehalfOfUserId ?? actorUserId;
      const result = decide(before, {
        actorUserId,
        approverUserId,
        decision: input.decision,
        comment: input.comment,
        now,
        delegations: await this.repo.delegationsFrom(tx, row.companyId, [approverUserId]),
        members: await this.repo.members(tx, row.companyId),
      });
      if (!result.ok) throw toOrpcError(result.error);
      return this.commit(tx, row, before, result.value, auth, now, decided);
    });
    await this.schedule(escalations, now);
    await this.afterCommit(decided);
    return this.getRequest(auth, input.requestId);
  }

  /** Stores a transition of a locked request and carries out its effects, in the caller's transaction. */
  private async commit(
    tx: Tx,
    row: RequestRow,
    before: ApprovalState,
    transition: Transition,
    actor: RequestAuth | null,
    now: Date,
    decided: Decided[],
  ): Promise<Escalation[]> {
    await this.repo.saveState(tx, row, before, transition.state, now);
    const subject = await this.subjectOf(tx, row);
    const request = { id: row.id, companyId: row.companyId, subject, requesterId: row.requesterId };
    return this.effects(tx, request, transition.events, actor, now, true, decided);
  }

  /** Tells each decided subject's `afterDecided`, once its transaction committed. */
  private async afterCommit(decided: readonly Decided[]): Promise<void> {
    for (const d of decided) {
      try {
        await this.hooks.get(d.subject.type)?.afterDecided?.(d.subject, d.outcome);
      } catch (err) {
        this.logger.warn(
          `after the decision on ${d.subject.type} ${d.subject.id}: ${(err as Error).message}`,
        );
      }
    }
  }

  /** The SLA job: idempotent, a no-op unless the level is current, due and not yet escalated. */
  async escalateLevel(requestId: string, level: number, now = new Date()): Promise<boolean> {
    let changed = false;
    const decided: Decided[] = [];
    const escalations = await this.repo.transaction(async (tx) => {
      const row = await this.repo.lockRequest(tx, requestId);
      if (!row) return [];
      const before = stateOf(row);
      const result = escalate(before, { level, now, members: await this.repo.members(tx, row.companyId) });
      if (!result.ok) {
        this.logger.warn(`escalation of ${requestId}/${level} refused: ${result.error.code}`);
        return [];
      }
      if (result.value.events.length === 0) return [];
      changed = true;
      return this.commit(tx, row, before, result.value, null, now, decided);
    });
    await this.schedule(escalations, now);
    await this.afterCommit(decided);
    return changed;
  }

  /** Escalates every overdue level (the safety net when a delayed job was never queued). */
  async escalateOverdue(now = new Date()): Promise<number> {
    let n = 0;
    for (const { requestId, level } of await this.repo.overdueLevels(now)) {
      if (await this.escalateLevel(requestId, level, now)) n++;
    }
    return n;
  }

  /** Titles of a page of requests, one query per subject type. */
  private async titlesOf(requests: ReadonlyArray<{ subjectType: string; subjectId: string }>) {
    const out = new Map<string, string>();
    for (const type of new Set(requests.map((r) => r.subjectType))) {
      const hooks = this.hooks.get(type as SubjectType);
      if (!hooks) continue;
      const ids = requests.filter((r) => r.subjectType === type).map((r) => r.subjectId);
      for (const [id, title] of await hooks.titles(this.repo.db as unknown as Tx, ids)) out.set(id, title);
    }
    return out;
  }

  private async subjectOf(
    tx: Tx,
    row: { subjectType: string; subjectId: string; subjectVersion: number },
  ): Promise<SubjectRef> {
    const hooks = this.hooks.get(row.subjectType as SubjectType);
    return {
      type: row.subjectType as SubjectType,
      id: row.subjectId,
      version: row.subjectVersion,
      title: hooks
        ? ((await hooks.titles(tx, [row.subjectId])).get(row.subjectId) ?? row.subjectId)
        : row.subjectType,
    };
  }

  /** Audit entries, notification mails and the subject's outcome for what just happened. */
  private async effects(
    tx: Tx,
    request: { id: string; companyId: string; subject: SubjectRef; requesterId: string },
    events: readonly ApprovalEvent[],
    actor: RequestAuth | null,
    now: Date,
    auditEvents: boolean,
    decided: Decided[] = [],
  ): Promise<Escalation[]> {
    const escalations: Escalation[] = [];
    const names = await this.repo.userNames(tx, [
      request.requesterId,
      ...events.flatMap((e) =>
        e.type === 'level_started'
          ? e.approverUserIds
          : e.type === 'escalated' && e.toUserId
            ? [e.toUserId]
            : [],
      ),
    ]);
    const mail = async (userId: string, subjectZh: string, subjectEn: string, body: string) => {
      const to = names.get(userId)?.email;
      if (to)
        await tx.outboxMail.create({
          data: { to, subject: `${subjectZh} / ${subjectEn}: ${request.subject.title}`, text: body },
        });
    };
    const link = `/approvals/${request.id}`;
    for (const e of events) {
      if (auditEvents || e.type !== 'level_started') {
        await this.audit.record(
          actor,
          {
            companyId: request.companyId,
            action: `approval.${e.type}`,
            subjectType: 'approval_request',
            subjectId: request.id,
            after: e,
          },
          tx,
        );
      }
      switch (e.type) {
        case 'level_started':
          for (const u of e.approverUserIds) {
            await mail(
              u,
              '待您审批',
              'Approval needed',
              `${request.subject.title}\n${names.get(request.requesterId)?.name ?? ''}\n${link}`,
            );
          }
          if (e.dueAt) escalations.push({ requestId: request.id, level: e.level, dueAt: e.dueAt });
          break;
        case 'escalated': {
          const pending = await tx.approvalTask.findMany({
            where: { requestId: request.id, level: e.level, status: 'pending' },
            select: { approverUserId: true },
          });
          const more = await this.repo.userNames(
            tx,
            pending.map((p) => p.approverUserId),
          );
          for (const [, u] of more) {
            await tx.outboxMail.create({
              data: {
                to: u.email,
                subject: `审批已超时升级 / Approval escalated: ${request.subject.title}`,
                text: link,
              },
            });
          }
          break;
        }
        case 'approved':
        case 'rejected':
          // Approved on submission means no policy asked for approval: nobody decided, no mail
          // (every self-service order would otherwise tell its buyer "approved").
          if (auditEvents) {
            await mail(
              request.requesterId,
              e.type === 'approved' ? '审批通过' : '审批被驳回',
              e.type === 'approved' ? 'Approved' : 'Rejected',
              `${request.subject.title}\n${e.type === 'rejected' ? e.comment : ''}\n${link}`,
            );
          }
          await this.hooks
            .get(request.subject.type)
            ?.onDecided(tx, request.subject, e.type, now, e.type === 'rejected' ? e.comment : undefined);
          decided.push({ subject: request.subject, outcome: e.type });
          break;
        default:
          break;
      }
    }
    return escalations;
  }

  /** After commit: one delayed job per level SLA (deterministic id: never twice). */
  async schedule(escalations: Escalation[], now: Date): Promise<void> {
    for (const e of escalations) {
      try {
        await this.queues.queue(QUEUES.approvalEscalation).add(
          'escalate',
          { requestId: e.requestId, level: e.level },
          {
            jobId: `escalate-${e.requestId}-${e.level}`,
            delay: Math.max(0, e.dueAt.getTime() - now.getTime()),
          },
        );
      } catch (err) {
        // Redis down: the sweep job escalates overdue levels from the database later.
        this.logger.warn(
          `could not schedule escalation ${e.requestId}/${e.level}: ${(err as Error).message}`,
        );
      }
    }
  }

  // ---- reads ----------------------------------------------------------------------------

  /** Who may read a request: its requester, its approvers and their delegates, and company admins. */
  private async mayRead(auth: RequestAuth, row: RequestRow, now: Date): Promise<boolean> {
    const me = auth.userId;
    if (!me) return auth.permissions.has('approval_policy:manage');
    if (row.requesterId === me) return true;
    if (auth.permissions.has('approval_policy:manage') || auth.permissions.has('requisition:view_all'))
      return true;
    const approvers = new Set(row.tasks.map((t) => t.approverUserId));
    if (approvers.has(me)) return true;
    const delegators = await this.repo.activeDelegatorsOf(row.companyId, me, now);
    return delegators.some((d) => approvers.has(d));
  }

  async getRequest(auth: RequestAuth, requestId: string, now = new Date()): Promise<ApprovalRequest> {
    const row = await this.repo.findRequest(auth.visibleCompanyIds, requestId);
    if (!row || !(await this.mayRead(auth, row, now))) throw notFound('Approval');
    const subject = await this.subjectOf(this.repo.db as unknown as Tx, row);
    const names = await this.repo.userNames(this.repo.db, [
      row.requesterId,
      ...row.tasks.map((t) => t.approverUserId),
      ...row.tasks.map((t) => t.decidedByUserId).filter((x): x is string => !!x),
    ]);
    const facts = row.facts as { overSpendingLimit?: boolean };
    return {
      id: row.id,
      subjectType: row.subjectType as ApprovalRequest['subjectType'],
      subjectId: row.subjectId,
      subjectVersion: row.subjectVersion,
      subjectTitle: subject.title,
      requesterId: row.requesterId,
      requesterName: names.get(row.requesterId)?.name ?? '',
      amountMinor: row.amountMinor,
      currency: row.currency,
      status: row.status,
      currentLevel: row.currentLevel,
      levels: row.levels as ApprovalRequest['levels'],
      policyId: row.policyId,
      overSpendingLimit: facts.overSpendingLimit === true,
      tasks: row.tasks.map((t) => ({
        level: t.level,
        approverUserId: t.approverUserId,
        approverName: names.get(t.approverUserId)?.name ?? '',
        status: t.status,
        decidedByUserId: t.decidedByUserId,
        decidedByName: t.decidedByUserId ? (names.get(t.decidedByUserId)?.name ?? null) : null,
        comment: t.comment,
        decidedAt: t.decidedAt?.toISOString() ?? null,
        dueAt: t.dueAt?.toISOString() ?? null,
        escalatedAt: t.escalatedAt?.toISOString() ?? null,
      })),
      createdAt: row.createdAt.toISOString(),
      decidedAt: row.decidedAt?.toISOString() ?? null,
    };
  }

  async inbox(
    auth: RequestAuth,
    q: { page: number; pageSize: number; status: 'pending' | 'decided' },
    now = new Date(),
  ) {
    const me = userIdOf(auth);
    const delegators =
      q.status === 'pending' ? await this.repo.activeDelegatorsOf(auth.companyId, me, now) : [];
    const { rows, total } = await this.repo.inbox(
      auth.companyId,
      [me, ...delegators],
      q.status,
      q.page,
      q.pageSize,
    );
    const names = await this.repo.userNames(this.repo.db, [
      ...rows.map((r) => r.request.requesterId),
      ...rows.map((r) => r.approverUserId),
    ]);
    const titles = await this.titlesOf(rows.map((r) => r.request));
    const items: InboxItem[] = [];
    for (const t of rows) {
      items.push({
        requestId: t.requestId,
        subjectType: t.request.subjectType as InboxItem['subjectType'],
        subjectId: t.request.subjectId,
        subjectTitle: titles.get(t.request.subjectId) ?? t.request.subjectType,
        requesterName: names.get(t.request.requesterId)?.name ?? '',
        amountMinor: t.request.amountMinor,
        currency: t.request.currency,
        level: t.level,
        levelCount: (t.request.levels as unknown[]).length,
        approverUserId: t.approverUserId,
        onBehalfOf: t.approverUserId === me ? null : (names.get(t.approverUserId)?.name ?? null),
        taskStatus: t.status,
        requestStatus: t.request.status,
        dueAt: t.dueAt?.toISOString() ?? null,
        overdue: t.status === 'pending' && !!t.dueAt && t.dueAt <= now,
        createdAt: t.createdAt.toISOString(),
      });
    }
    return { items, page: q.page, pageSize: q.pageSize, total };
  }

  // ---- delegations ----------------------------------------------------------------------

  async listDelegations(auth: RequestAuth) {
    const rows = await this.repo.listDelegations(auth.companyId, userIdOf(auth));
    const names = await this.repo.userNames(
      this.repo.db,
      rows.flatMap((r) => [r.fromUserId, r.toUserId]),
    );
    return rows.map((r) => ({
      id: r.id,
      fromUserId: r.fromUserId,
      fromName: names.get(r.fromUserId)?.name ?? '',
      toUserId: r.toUserId,
      toName: names.get(r.toUserId)?.name ?? '',
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
    }));
  }

  async createDelegation(auth: RequestAuth, input: { toUserId: string; startsAt: string; endsAt: string }) {
    const me = userIdOf(auth);
    if (input.toUserId === me) throw unprocessable('toUserId', 'Choose a colleague, not yourself');
    const member = await this.repo.db.membership.findFirst({
      where: { companyId: auth.companyId, userId: input.toUserId, disabledAt: null },
    });
    if (!member) throw unprocessable('toUserId', 'Not a member of this company');
    const row = await this.changed(
      auth,
      (tx) =>
        tx.approvalDelegation.create({
          data: {
            companyId: auth.companyId,
            fromUserId: me,
            toUserId: input.toUserId,
            startsAt: new Date(input.startsAt),
            endsAt: new Date(input.endsAt),
          },
        }),
      (d) => ({
        action: 'approval_delegation.create',
        subjectType: 'approval_delegation',
        subjectId: d.id,
        after: input,
      }),
    );
    return (await this.listDelegations(auth)).find((d) => d.id === row.id) as Awaited<
      ReturnType<ApprovalService['listDelegations']>
    >[number];
  }

  async deleteDelegation(auth: RequestAuth, delegationId: string) {
    const me = userIdOf(auth);
    const row = await this.repo.db.approvalDelegation.findFirst({
      where: { id: delegationId, companyId: auth.companyId, fromUserId: me },
    });
    if (!row) throw notFound('Delegation');
    await this.changed(
      auth,
      (tx) => tx.approvalDelegation.delete({ where: { id: row.id } }),
      () => ({
        action: 'approval_delegation.delete',
        subjectType: 'approval_delegation',
        subjectId: row.id,
        before: row,
      }),
    );
    return { ok: true as const };
  }
}
