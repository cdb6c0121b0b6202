import { Injectable, Logger } from '@nestjs/common';
import {
  ApprovalGateway,
  AuditService,
  type RequestAuth,
  companyNames,
  queueMail,
  type Prisma,
} from '@tradeway/server/platform';
import {
  type CreatorContext,
  type PurchaseWithLines,
  RepeatOrderRepository,
  type RepeatOrderRow,
  type RunFailure,
  OrderRepository,
} from '@tradeway/server/orders/data-access';
import {
  type BuiltInRole,
  type CreateRepeatOrderInput,
  effectivePermissions,
  type RepeatOrder,
  RepeatOrderPausedReasonSchema,
} from '@tradeway/shared/contracts';
import { integrationError, integrationErrorMessage } from './integration.errors';
import { forbidden, notFound } from './order-errors';
import { isRefusal, ReorderService } from './reorder.service';
import {
  chinaToday,
  nextRunAfter,
  nextRunDayFrom,
  REPEAT_ORDER_MAX_FAILURES,
  runAtOf,
  runDayOf,
  validInterval,
} from './repeat-schedule';

/** What one pass of the runner did. */
export interface RepeatRun {
  placed: number;
  failed: number;
  /** Claimed by another run meanwhile (or paused): nothing done here. */
  skipped: number;
}

/** Schedules taken per pass; the rest wait for the next pass. */
const RUN_BATCH = 50;

type Paused = 'manual' | 'failures' | 'creator_inactive';

/**
 * Scheduled repeat orders (DESIGN.md §8, the automatic channel): a buyer repeats a past order
 * every N days from a first China day. The worker's runner (`runDue`, every 5 minutes) places
 * each due run as a reorder at that day's prices, for the person who set it up, with channel
 * `automatic`. Each due date is claimed in the placing transaction by a conditional update of
 * `nextRunAt`, so a crash or a double run never places two orders for one due date. A failed
 * run (SKU gone, no price any more, approval refused …) is recorded and mailed to the buyer;
 * after REPEAT_ORDER_MAX_FAILURES failures in a row the schedule pauses itself.
 */
@Injectable()
export class RepeatOrderService {
  private readonly logger = new Logger(RepeatOrderService.name);

  constructor(
    private readonly repo: RepeatOrderRepository,
    private readonly orderRepo: OrderRepository,
    private readonly reorders: ReorderService,
    private readonly approvals: ApprovalGateway,
    private readonly audit: AuditService,
  ) {}

  // ---- views -------------------------------------------------------------------------------------

  private async views(rows: readonly RepeatOrderRow[]): Promise<RepeatOrder[]> {
    const orders = await this.repo.orders(this.repo.db, [
      ...rows.map((r) => r.templateOrderId),
      ...rows.flatMap((r) => (r.lastOrderId ? [r.lastOrderId] : [])),
    ]);
    const names = await companyNames(
      this.repo.db,
      [...orders.values()].map((o) => o.sellerId),
    );
    return rows.map((r) => {
      const template = orders.get(r.templateOrderId);
      const failure = r.lastFailure as RunFailure | null;
      const paused = RepeatOrderPausedReasonSchema.safeParse(r.pausedReason);
      return {
        id: r.id,
        templateOrderId: r.templateOrderId,
        templateOrderNumber: template?.number ?? '',
        sellerId: template?.sellerId ?? r.buyerId,
        sellerName: template ? (names.get(template.sellerId)?.name ?? '') : '',
        sellerNameEn: template ? (names.get(template.sellerId)?.nameEn ?? null) : null,
        lines: (template?.lines ?? []).map((l) => ({
          skuCode: l.skuCode,
          description: l.description,
          quantity: l.quantity.toFixed(3),
          unit: l.unit,
        })),
        templateTotalMinor: template?.totalMinor ?? 0n,
        currency: template?.currency ?? 'CNY',
        intervalDays: r.intervalDays,
        firstRunOn: r.firstRunOn.toISOString().slice(0, 10),
        nextRunOn: runDayOf(r.nextRunAt),
        nextRunAt: r.nextRunAt.toISOString(),
        active: r.active,
        pausedReason: r.active ? null : paused.success ? paused.data : 'manual',
        consecutiveFailures: r.consecutiveFailures,
        lastFailure: failure
          ? { code: failure.code, message: failure.message, messageZh: failure.messageZh, at: failure.at }
          : null,
        runCount: r.runCount,
        lastRunAt: r.lastRunAt?.toISOString() ?? null,
        lastOrderId: r.lastOrderId,
        lastOrderNumber: r.lastOrderId ? (orders.get(r.lastOrderId)?.number ?? null) : null,
        createdById: r.createdById,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }

  private async view(row: RepeatOrderRow): Promise<RepeatOrder> {
    const [v] = await this.views([row]);
    if (!v) throw new Error(`no view of repeat order ${row.id}`);
    return v;
  }

  /** The person who answers for a schedule: the caller, or the issuer of the caller's API key. */
  private async personOf(auth: RequestAuth): Promise<string> {
    const id =
      auth.userId ??
      (auth.apiKeyId ? await this.orderRepo.apiKeyIssuer(this.orderRepo.db, auth.apiKeyId) : null);
    if (!id)
      throw forbidden(
        'Only a person or an API key may schedule orders',
        '只有用户或 API 密钥可以设置定期订单',
      );
    return id;
  }

  private assertDay(day: string, field: string, now: Date): void {
    const today = chinaToday(now);
    if (day < today) throw integrationError('REPEAT_DAY_IN_PAST', { field, params: { today } });
  }

  // ---- the buyer's commands ------------------------------------------------------------------------

  async create(auth: RequestAuth, input: CreateRepeatOrderInput, now = new Date()): Promise<RepeatOrder> {
    const template = await this.reorders.template(auth, input.orderId);
    if (!validInterval(input.intervalDays))
      throw integrationError('REPEAT_INTERVAL_INVALID', { field: 'intervalDays' });
    this.assertDay(input.firstRunOn, 'firstRunOn', now);
    this.reorders.assertQuotable(template);
    const createdById = await this.personOf(auth);
    const row = await this.repo.transaction(async (tx) => {
      if (await this.repo.lockScheduleOf(tx, auth.companyId, template.id)) {
        throw integrationError('REPEAT_ORDER_EXISTS', { field: 'orderId' });
      }
      const created = await this.repo.create(tx, {
        buyerId: auth.companyId,
        templateOrderId: template.id,
        intervalDays: input.intervalDays,
        firstRunOn: new Date(`${input.firstRunOn}T00:00:00.000Z`),
        nextRunAt: runAtOf(input.firstRunOn),
        createdById,
        createdAt: now,
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'repeat_order.create',
          subjectType: 'repeat_order',
          subjectId: created.id,
          after: {
            templateOrderId: template.id,
            templateOrderNumber: template.number,
            intervalDays: input.intervalDays,
            firstRunOn: input.firstRunOn,
          },
        },
        tx,
      );
      return created;
    });
    return this.view(row);
  }

  async list(
    auth: RequestAuth,
    q: { page: number; pageSize: number; status?: 'active' | 'paused' },
  ): Promise<{ items: RepeatOrder[]; total: number; page: number; pageSize: number }> {
    const { rows, total } = await this.repo.list(this.repo.db, {
      buyerId: auth.companyId,
      active: q.status === undefined ? undefined : q.status === 'active',
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    });
    return { items: await this.views(rows), total, page: q.page, pageSize: q.pageSize };
  }

  async get(auth: RequestAuth, id: string): Promise<RepeatOrder> {
    const row = await this.repo.find(this.repo.db, auth.companyId, id);
    if (!row) throw notFound('Repeat order');
    return this.view(row);
  }

  /** Pauses a schedule (nothing runs until resumed); pausing a paused one changes nothing. */
  async pause(auth: RequestAuth, id: string): Promise<RepeatOrder> {
    const row = await this.repo.transaction(async (tx) => {
      const current = await this.repo.find(tx, auth.companyId, id, true);
      if (!current) throw notFound('Repeat order');
      if (!current.active) return current;
      const paused = await this.repo.update(tx, id, { active: false, pausedReason: 'manual' });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'repeat_order.pause',
          subjectType: 'repeat_order',
          subjectId: id,
          before: { active: true },
          after: { active: false, pausedReason: 'manual' },
        },
        tx,
      );
      return paused;
    });
    return this.view(row);
  }

  /**
   * Resumes a paused schedule from `nextRunOn` (today or later) or from its next day on the
   * grid `firstRunOn + k × intervalDays`; the failure count starts again. A schedule paused
   * because its creator left now acts for whoever resumes it. An active schedule without a
   * new day is left as it is.
   */
  async resume(
    auth: RequestAuth,
    id: string,
    nextRunOn: string | undefined,
    now = new Date(),
  ): Promise<RepeatOrder> {
    if (nextRunOn !== undefined) this.assertDay(nextRunOn, 'nextRunOn', now);
    const person = await this.personOf(auth);
    const row = await this.repo.transaction(async (tx) => {
      const current = await this.repo.find(tx, auth.companyId, id, true);
      if (!current) throw notFound('Repeat order');
      if (current.active && nextRunOn === undefined) return current;
      const day =
        nextRunOn ??
        nextRunDayFrom(current.firstRunOn.toISOString().slice(0, 10), current.intervalDays, chinaToday(now));
      const resumed = await this.repo.update(tx, id, {
        active: true,
        pausedReason: null,
        consecutiveFailures: 0,
        nextRunAt: runAtOf(day),
        ...(current.pausedReason === 'creator_inactive' ? { createdById: person } : {}),
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'repeat_order.resume',
          subjectType: 'repeat_order',
          subjectId: id,
          before: {
            active: current.active,
            pausedReason: current.pausedReason,
            nextRunAt: current.nextRunAt.toISOString(),
            createdById: current.createdById,
          },
          after: {
            active: true,
            nextRunAt: resumed.nextRunAt.toISOString(),
            createdById: resumed.createdById,
          },
        },
        tx,
      );
      return resumed;
    });
    return this.view(row);
  }

  /** Deletes a schedule; the orders it placed stay (they keep its id). */
  async delete(auth: RequestAuth, id: string): Promise<{ ok: true }> {
    await this.repo.transaction(async (tx) => {
      const current = await this.repo.find(tx, auth.companyId, id, true);
      if (!current) throw notFound('Repeat order');
      await this.repo.delete(tx, id);
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'repeat_order.delete',
          subjectType: 'repeat_order',
          subjectId: id,
          before: {
            templateOrderId: current.templateOrderId,
            intervalDays: current.intervalDays,
            active: current.active,
            runCount: current.runCount,
          },
        },
        tx,
      );
    });
    return { ok: true };
  }

  // ---- the runner --------------------------------------------------------------------------------

  /** The worker's pass: every due schedule, one at a time, each in its own transaction. */
  async runDue(now = new Date()): Promise<RepeatRun> {
    const run: RepeatRun = { placed: 0, failed: 0, skipped: 0 };
    for (const row of await this.repo.due(now, RUN_BATCH)) {
      run[await this.runOne(row, now)] += 1;
    }
    return run;
  }

  /** The creator as the access guard would see them now, acting in the buyer company. */
  private authOf(creator: CreatorContext, buyerId: string): RequestAuth {
    const permissions = effectivePermissions(
      [creator.role as BuiltInRole],
      [creator.customPermissions],
      creator.companyKinds.includes('operator'),
    );
    return {
      kind: 'user',
      userId: creator.userId,
      apiKeyId: null,
      sessionId: null,
      companyId: buyerId,
      membershipId: creator.membershipId,
      isOwner: creator.isOwner,
      permissions,
      visibleCompanyIds: [buyerId],
    };
  }

  /** One due run of one schedule: placed, failed (recorded, mailed, maybe paused) or skipped. */
  async runOne(row: RepeatOrderRow, now: Date): Promise<'placed' | 'failed' | 'skipped'> {
    const dueAt = row.nextRunAt;
    const next = nextRunAfter(dueAt, row.intervalDays, now);
    const creator = await this.repo.creatorContext(this.repo.db, row.createdById, row.buyerId);
    const auth = creator ? this.authOf(creator, row.buyerId) : null;
    if (!auth || !auth.permissions.has('order:create')) {
      return this.fail(
        row,
        dueAt,
        next,
        now,
        this.failure('REPEAT_CREATOR_INACTIVE', now),
        'creator_inactive',
      );
    }
    const template = await this.repo.purchase(this.repo.db, row.buyerId, row.templateOrderId);
    if (!template) throw new Error(`repeat order ${row.id}: template order ${row.templateOrderId} is gone`);
    try {
      const quoted = await this.reorders.quoteLines(auth, template, now);
      const placed = await this.repo.transaction(async (tx) => {
        if (!(await this.repo.claimRun(tx, row.id, dueAt, next))) return null;
        const result = await this.reorders.placeAll(
          tx,
          auth,
          template,
          quoted,
          { buyerReference: '', note: '', channel: 'automatic' },
          { source: 'reorder', sourceId: template.id, repeatOrderId: row.id },
          now,
        );
        const [first] = result.orderIds;
        if (!first) throw new Error(`repeat order ${row.id} placed nothing`);
        await this.repo.recordSuccess(tx, row.id, now, first);
        const numbers = [...(await this.repo.orders(tx, result.orderIds)).values()].map((o) => o.number);
        await this.mail(tx, row, template, {
          subject: `定期订单已下单 / Repeat order placed: ${numbers.join(', ')}`,
          lines: [
            `按 ${template.number} 的定期订单（每 ${row.intervalDays} 天）已下单：${numbers.join(', ')}`,
            `The repeat order of ${template.number} (every ${row.intervalDays} days) placed ${numbers.join(', ')}`,
            `下次 Next run: ${runDayOf(next)}`,
          ],
        });
        return result;
      });
      if (!placed) return 'skipped';
      await this.approvals.schedule(placed.escalations, now);
      return 'placed';
    } catch (e) {
      if (!isRefusal(e)) throw e;
      const data = (e.data ?? {}) as { messageZh?: string; reason?: string };
      const failure: RunFailure = {
        code: data.reason ?? e.code,
        message: e.message,
        messageZh: data.messageZh ?? e.message,
        at: now.toISOString(),
      };
      return this.fail(row, dueAt, next, now, failure, null);
    }
  }

  private failure(code: 'REPEAT_CREATOR_INACTIVE', now: Date): RunFailure {
    return {
      code,
      message: integrationErrorMessage(code, 'en'),
      messageZh: integrationErrorMessage(code, 'zh-CN'),
      at: now.toISOString(),
    };
  }

  /**
   * Records a failed run on its due date (claimed like a success, so it is not retried every
   * pass), pauses the schedule after REPEAT_ORDER_MAX_FAILURES in a row (or at once when its
   * creator is gone), audits it and mails the buyer.
   */
  private async fail(
    row: RepeatOrderRow,
    dueAt: Date,
    next: Date,
    now: Date,
    failure: RunFailure,
    pauseNow: Paused | null,
  ): Promise<'failed' | 'skipped'> {
    const template = await this.repo.purchase(this.repo.db, row.buyerId, row.templateOrderId);
    const done = await this.repo.transaction(async (tx) => {
      if (!(await this.repo.claimRun(tx, row.id, dueAt, next))) return false;
      const pause: Paused | null =
        pauseNow ?? (row.consecutiveFailures + 1 >= REPEAT_ORDER_MAX_FAILURES ? 'failures' : null);
      const updated = await this.repo.recordFailure(
        tx,
        row.id,
        now,
        failure,
        pause === 'manual' ? null : pause,
      );
      await this.audit.record(
        null,
        {
          companyId: row.buyerId,
          action: 'repeat_order.run_failed',
          subjectType: 'repeat_order',
          subjectId: row.id,
          before: { consecutiveFailures: row.consecutiveFailures, nextRunAt: dueAt.toISOString() },
          after: {
            failure,
            consecutiveFailures: updated.consecutiveFailures,
            active: updated.active,
            pausedReason: updated.pausedReason,
            nextRunAt: next.toISOString(),
          },
        },
        tx,
      );
      const number = template?.number ?? row.templateOrderId;
      await this.mail(tx, row, template, {
        subject: `定期订单未能下单 / Repeat order failed: ${number}`,
        lines: [
          `原因：${failure.messageZh}`,
          `Reason: ${failure.message}`,
          updated.active
            ? `下次 Next run: ${runDayOf(next)}`
            : `定期订单已暂停，请处理后恢复 / The repeat order is paused; resume it once fixed`,
        ],
      });
      return true;
    });
    if (done) this.logger.warn({ msg: 'repeat order run failed', repeatOrderId: row.id, code: failure.code });
    return done ? 'failed' : 'skipped';
  }

  private async mail(
    tx: Prisma.TransactionClient,
    row: RepeatOrderRow,
    template: PurchaseWithLines | null,
    m: { subject: string; lines: string[] },
  ): Promise<void> {
    const to = await this.repo.recipients(tx, row.buyerId, row.createdById);
    await queueMail(tx, to, {
      subject: m.subject,
      text: [...m.lines, template ? `/orders/${template.id}` : '', `/repeat-orders/${row.id}`]
        .filter((l) => l !== '')
        .join('\n'),
    });
  }
}
