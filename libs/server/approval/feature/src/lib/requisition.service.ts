import { Injectable, type OnModuleInit } from '@nestjs/common';
import Decimal from 'decimal.js';
import { ApprovalRepository } from '@tradeway/server/approval/data-access';
import { AuditService, Prisma, type RequestAuth, userIdOf } from '@tradeway/server/platform';
import type { Requisition, RequisitionInput } from '@tradeway/shared/contracts';
import { conflict, notFound, unprocessable } from './approval-errors';
import { ApprovalService, type SubjectRef } from './approval.service';

type Tx = Prisma.TransactionClient;
type Row = Prisma.PurchaseRequisitionGetPayload<object>;
type StoredLine = RequisitionInput['lines'][number] & { lineTotalMinor: string };

/** quantity × unit price, rounded half-up to the fen (exact decimals, never floats). */
/** Enough significant digits for any quantity × unit price the contract accepts (10 + 3 and 16 digits). */
const Exact = Decimal.clone({ precision: 40 });

export function lineTotalMinor(quantity: string, unitPriceMinor: bigint): bigint {
  return BigInt(
    new Exact(quantity).times(unitPriceMinor.toString()).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0),
  );
}

/**
 * Purchase requisitions: the approval engine's first subject (issue 3). A requisition goes
 * to approval when it is created and again, as a new version, whenever it is edited; the
 * decision comes back through the subject hooks in the same transaction.
 */
@Injectable()
export class RequisitionService implements OnModuleInit {
  constructor(
    private readonly repo: ApprovalRepository,
    private readonly approvals: ApprovalService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.approvals.registerSubject('purchase_requisition', {
      titles: (db, ids) => this.titlesOf(db, ids),
      onDecided: async (tx, subject, outcome, now) => {
        const row = await tx.purchaseRequisition.findUnique({ where: { id: subject.id } });
        // Only the version under approval moves; an edited requisition waits for its new approval.
        if (!row || row.version !== subject.version || row.status !== 'pending_approval') return;
        await tx.purchaseRequisition.update({
          where: { id: row.id },
          data: { status: outcome, ...(outcome === 'approved' ? { approvedAt: now } : {}) },
        });
      },
    });
  }

  private async titlesOf(db: Tx, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await db.purchaseRequisition.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, number: true, title: true },
    });
    return new Map(rows.map((r) => [r.id, `${r.number} ${r.title}`]));
  }

  private toView(
    row: Row,
    names: Map<string, { name: string }>,
    approvalRequestId: string | null,
  ): Requisition {
    return {
      id: row.id,
      number: row.number,
      title: row.title,
      requesterId: row.requesterId,
      requesterName: names.get(row.requesterId)?.name ?? '',
      ownerId: row.ownerId,
      departmentId: row.departmentId,
      currency: row.currency,
      totalMinor: row.totalMinor,
      lines: (row.lines as unknown as StoredLine[]).map((l) => ({
        ...l,
        unitPriceMinor: BigInt(l.unitPriceMinor as unknown as string),
        lineTotalMinor: BigInt(l.lineTotalMinor),
      })),
      status: row.status,
      version: row.version,
      approvalRequestId,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  private async view(row: Row): Promise<Requisition> {
    return (await this.views([row]))[0] as Requisition;
  }

  /** Views of a page of requisitions: requesters' names and current approvals in one query each. */
  private async views(rows: Row[]): Promise<Requisition[]> {
    const names = await this.repo.userNames(
      this.repo.db,
      rows.map((r) => r.requesterId),
    );
    const requests = await this.repo.db.approvalRequest.findMany({
      where: { subjectType: 'purchase_requisition', subjectId: { in: rows.map((r) => r.id) } },
      select: { id: true, subjectId: true, subjectVersion: true },
    });
    const current = new Map(requests.map((q) => [`${q.subjectId}:${q.subjectVersion}`, q.id]));
    return rows.map((r) => this.toView(r, names, current.get(`${r.id}:${r.version}`) ?? null));
  }

  private async checkInput(auth: RequestAuth, input: RequisitionInput) {
    const company = await this.repo.db.company.findUniqueOrThrow({ where: { id: auth.companyId } });
    if (input.currency !== company.baseCurrency) {
      throw unprocessable(
        'currency',
        `Requisitions are in the company's base currency (${company.baseCurrency})`,
      );
    }
    if (
      input.departmentId &&
      !(await this.repo.db.department.count({ where: { id: input.departmentId, companyId: auth.companyId } }))
    ) {
      throw unprocessable('departmentId', 'Unknown department');
    }
    const categoryIds = [...new Set(input.lines.map((l) => l.categoryId).filter((c): c is string => !!c))];
    if (
      categoryIds.length &&
      (await this.repo.db.category.count({ where: { id: { in: categoryIds } } })) !== categoryIds.length
    ) {
      const i = input.lines.findIndex((l) => l.categoryId && !categoryIds.includes(l.categoryId));
      throw unprocessable(`lines.${Math.max(0, i)}.categoryId`, 'Unknown category');
    }
    const lines: StoredLine[] = input.lines.map((l) => ({
      ...l,
      lineTotalMinor: lineTotalMinor(l.quantity, l.unitPriceMinor).toString(),
    }));
    const totalMinor = lines.reduce((s, l) => s + BigInt(l.lineTotalMinor), 0n);
    return { lines, totalMinor, categoryIds };
  }

  private jsonLines(lines: StoredLine[]): Prisma.InputJsonArray {
    return JSON.parse(
      JSON.stringify(lines, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
    ) as Prisma.InputJsonArray;
  }

  private async submitVersion(tx: Tx, auth: RequestAuth, row: Row, categoryIds: string[], now: Date) {
    const subject: SubjectRef = {
      type: 'purchase_requisition',
      id: row.id,
      version: row.version,
      title: `${row.number} ${row.title}`,
    };
    const over = await this.approvals.overSpendingLimit(
      tx,
      row.companyId,
      row.requesterId,
      row.departmentId,
      row.totalMinor,
      now,
    );
    const result = await this.approvals.submit(
      tx,
      {
        companyId: row.companyId,
        subject,
        requesterId: row.requesterId,
        amountMinor: row.totalMinor,
        currency: row.currency,
        facts: {
          amountMinor: row.totalMinor,
          categoryIds,
          newSupplier: false,
          discountBps: null,
          paymentTermDays: null,
          departmentId: row.departmentId,
          overSpendingLimit: over,
        },
      },
      auth,
      now,
    );
    if (result.status === 'approved') {
      await tx.purchaseRequisition.update({
        where: { id: row.id },
        data: { status: 'approved', approvedAt: now },
      });
    }
    return result.escalations;
  }

  async create(auth: RequestAuth, input: RequisitionInput, now = new Date()): Promise<Requisition> {
    const me = userIdOf(auth);
    const { lines, totalMinor, categoryIds } = await this.checkInput(auth, input);
    const { id, escalations } = await this.repo.transaction(async (tx) => {
      // Numbers per company and year, without gaps: one creator at a time per company.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('requisition-number:' || ${auth.companyId}))`;
      const year = now.getUTCFullYear();
      const count = await tx.purchaseRequisition.count({
        where: { companyId: auth.companyId, number: { startsWith: `PR-${year}-` } },
      });
      const row = await tx.purchaseRequisition.create({
        data: {
          companyId: auth.companyId,
          number: `PR-${year}-${String(count + 1).padStart(6, '0')}`,
          requesterId: me,
          ownerId: me,
          departmentId: input.departmentId,
          title: input.title,
          currency: input.currency,
          totalMinor,
          lines: this.jsonLines(lines),
          categoryIds,
          status: 'pending_approval',
        },
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'requisition.create',
          subjectType: 'purchase_requisition',
          subjectId: row.id,
          after: { ...input, totalMinor },
        },
        tx,
      );
      await tx.activityEvent.create({
        data: { companyId: auth.companyId, userId: me, kind: 'requisition.submit', at: now },
      });
      return { id: row.id, escalations: await this.submitVersion(tx, auth, row, categoryIds, now) };
    });
    await this.approvals.schedule(escalations, now);
    return this.view(await this.repo.db.purchaseRequisition.findUniqueOrThrow({ where: { id } }));
  }

  /** Visible: one's own (requested or handled), everything with requisition:view_all, and those one approves. */
  private async findVisible(auth: RequestAuth, id: string): Promise<Row> {
    const row = await this.repo.db.purchaseRequisition.findFirst({
      where: { id, companyId: { in: [...auth.visibleCompanyIds] } },
    });
    if (!row) throw notFound('Requisition');
    const me = auth.userId;
    if (auth.permissions.has('requisition:view_all') || row.requesterId === me || row.ownerId === me)
      return row;
    const approver = me
      ? await this.repo.db.approvalTask.count({
          where: { approverUserId: me, request: { subjectType: 'purchase_requisition', subjectId: row.id } },
        })
      : 0;
    if (!approver) throw notFound('Requisition');
    return row;
  }

  async get(auth: RequestAuth, id: string) {
    return this.view(await this.findVisible(auth, id));
  }

  async list(auth: RequestAuth, q: { page: number; pageSize: number; status?: Row['status'] }) {
    const me = userIdOf(auth);
    const where: Prisma.PurchaseRequisitionWhereInput = {
      companyId: { in: [...auth.visibleCompanyIds] },
      ...(auth.permissions.has('requisition:view_all') ? {} : { OR: [{ requesterId: me }, { ownerId: me }] }),
      ...(q.status ? { status: q.status } : {}),
    };
    const [rows, total] = await Promise.all([
      this.repo.db.purchaseRequisition.findMany({
        where,
        orderBy: { createdAt: 'desc' },
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      }),
      this.repo.db.purchaseRequisition.count({ where }),
    ]);
    return {
      items: await this.views(rows),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }

  /** The requester or the colleague who now handles it may change or withdraw it, in the active company. */
  private async findOwn(auth: RequestAuth, id: string): Promise<Row> {
    const me = userIdOf(auth);
    const row = await this.repo.db.purchaseRequisition.findFirst({
      where: { id, companyId: auth.companyId },
    });
    if (
      !row ||
      (row.requesterId !== me && row.ownerId !== me && !auth.permissions.has('requisition:view_all'))
    )
      throw notFound('Requisition');
    if (row.requesterId !== me && row.ownerId !== me)
      throw conflict('Only the requester or its handler may change it');
    return row;
  }

  async update(
    auth: RequestAuth,
    id: string,
    input: RequisitionInput,
    now = new Date(),
  ): Promise<Requisition> {
    const before = await this.findOwn(auth, id);
    if (before.status === 'approved' || before.status === 'withdrawn')
      throw conflict(`A ${before.status} requisition cannot change`);
    const { lines, totalMinor, categoryIds } = await this.checkInput(auth, input);
    const escalations = await this.repo.transaction(async (tx) => {
      await this.approvals.withdrawSubject(
        tx,
        { type: 'purchase_requisition', id: before.id, version: before.version, title: before.title },
        auth,
        now,
      );
      const row = await tx.purchaseRequisition.update({
        where: { id: before.id },
        data: {
          title: input.title,
          departmentId: input.departmentId,
          currency: input.currency,
          totalMinor,
          lines: this.jsonLines(lines),
          categoryIds,
          status: 'pending_approval',
          version: { increment: 1 },
          approvedAt: null,
        },
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'requisition.update',
          subjectType: 'purchase_requisition',
          subjectId: row.id,
          before: {
            title: before.title,
            totalMinor: before.totalMinor,
            lines: before.lines,
            version: before.version,
            status: before.status,
          },
          after: { title: row.title, totalMinor: row.totalMinor, lines, version: row.version },
        },
        tx,
      );
      return this.submitVersion(tx, auth, row, categoryIds, now);
    });
    await this.approvals.schedule(escalations, now);
    return this.view(await this.repo.db.purchaseRequisition.findUniqueOrThrow({ where: { id } }));
  }

  async withdraw(auth: RequestAuth, id: string, now = new Date()): Promise<Requisition> {
    const before = await this.findOwn(auth, id);
    if (before.status !== 'pending_approval') throw conflict('Only a pending requisition can be withdrawn');
    await this.repo.transaction(async (tx) => {
      await this.approvals.withdrawSubject(
        tx,
        { type: 'purchase_requisition', id: before.id, version: before.version, title: before.title },
        auth,
        now,
      );
      await tx.purchaseRequisition.update({ where: { id: before.id }, data: { status: 'withdrawn' } });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'requisition.withdraw',
          subjectType: 'purchase_requisition',
          subjectId: before.id,
          before: { status: before.status },
          after: { status: 'withdrawn' },
        },
        tx,
      );
    });
    return this.view(await this.repo.db.purchaseRequisition.findUniqueOrThrow({ where: { id } }));
  }
}
