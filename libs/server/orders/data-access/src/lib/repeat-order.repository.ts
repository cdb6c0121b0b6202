import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@tradeway/server/platform';

type Db = Prisma.TransactionClient | PrismaService['client'];
type Tx = Prisma.TransactionClient;

/** A timestamp parameter for the `timestamp(3)` (UTC) columns, whatever the session's time zone. */
const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

export type RepeatOrderRow = Prisma.RepeatOrderGetPayload<object>;
export type PurchaseWithLines = Prisma.OrderGetPayload<{ include: { lines: true } }>;

/** The person a schedule acts for, as the access guard would see them in the buyer company. */
export interface CreatorContext {
  userId: string;
  membershipId: string;
  role: string;
  isOwner: boolean;
  companyKinds: string[];
  customPermissions: string[];
}

/** What a failed run records: the reason in both languages and when. */
export interface RunFailure {
  code: string;
  message: string;
  messageZh: string;
  at: string;
}

/**
 * Reorders and scheduled repeat orders (DESIGN.md §8): the buyer's past orders read as
 * templates, the schedules, and the conditional updates that make each due run happen once.
 * Every read names the buyer company: another company's id is not found.
 */
@Injectable()
export class RepeatOrderRepository {
  constructor(readonly prisma: PrismaService) {}

  get db() {
    return this.prisma.client;
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(fn, { timeout: 30_000, maxWait: 10_000 });
  }

  /** An order my company bought (any state), with its lines; null otherwise. */
  async purchase(db: Db, buyerId: string, orderId: string): Promise<PurchaseWithLines | null> {
    return db.order.findFirst({
      where: { id: orderId, buyerId },
      include: { lines: { orderBy: { lineNo: 'asc' } } },
    });
  }

  /** Whether the company is a party to the order as its seller (and may see it: placed). */
  async isSellerOf(db: Db, companyId: string, orderId: string): Promise<boolean> {
    return (
      (await db.order.count({ where: { id: orderId, sellerId: companyId, placedAt: { not: null } } })) > 0
    );
  }

  async orders(db: Db, ids: readonly string[]) {
    if (ids.length === 0) return new Map<string, PurchaseWithLines>();
    const rows = await db.order.findMany({
      where: { id: { in: [...new Set(ids)] } },
      include: { lines: { orderBy: { lineNo: 'asc' } } },
    });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * The buyer's schedule of a template, looked up under a lock per template: two creations
   * for one order run one after the other, so the second sees the first.
   */
  async lockScheduleOf(tx: Tx, buyerId: string, templateOrderId: string): Promise<RepeatOrderRow | null> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('repeat-order:' || ${templateOrderId}))`;
    return tx.repeatOrder.findFirst({ where: { buyerId, templateOrderId } });
  }

  async create(tx: Tx, data: Prisma.RepeatOrderUncheckedCreateInput): Promise<RepeatOrderRow> {
    return tx.repeatOrder.create({ data });
  }

  async list(
    db: Db,
    q: { buyerId: string; active?: boolean; skip: number; take: number },
  ): Promise<{ rows: RepeatOrderRow[]; total: number }> {
    const where: Prisma.RepeatOrderWhereInput = {
      buyerId: q.buyerId,
      ...(q.active === undefined ? {} : { active: q.active }),
    };
    const [rows, total] = await Promise.all([
      db.repeatOrder.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        skip: q.skip,
        take: q.take,
      }),
      db.repeatOrder.count({ where }),
    ]);
    return { rows, total };
  }

  /** The buyer's repeat order; with `lock`, locked until the transaction ends. */
  async find(db: Db, buyerId: string, id: string, lock = false): Promise<RepeatOrderRow | null> {
    if (lock) {
      const locked = await db.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM repeat_orders WHERE id = ${id}::uuid AND "buyerId" = ${buyerId}::uuid FOR UPDATE`;
      if (locked.length === 0) return null;
    }
    return db.repeatOrder.findFirst({ where: { id, buyerId } });
  }

  async update(tx: Tx, id: string, data: Prisma.RepeatOrderUncheckedUpdateInput): Promise<RepeatOrderRow> {
    return tx.repeatOrder.update({ where: { id }, data });
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.repeatOrder.delete({ where: { id } });
  }

  // ---- runs ------------------------------------------------------------------------------------

  /** Active schedules whose run is due, oldest due first. */
  async due(now: Date, limit: number): Promise<RepeatOrderRow[]> {
    return this.db.repeatOrder.findMany({
      where: { active: true, nextRunAt: { lte: now } },
      orderBy: [{ nextRunAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }

  /**
   * Claims the due run `dueAt` of an active schedule and moves it to `nextRunAt`, in the run's
   * transaction: the row's lock makes a second run of the same due date wait, then find
   * `nextRunAt` moved and claim nothing (false). So one due date places at most one order,
   * whatever crashes or double runs happen around it.
   */
  async claimRun(tx: Tx, id: string, dueAt: Date, nextRunAt: Date): Promise<boolean> {
    const n = await tx.$executeRaw`
      UPDATE repeat_orders SET "nextRunAt" = ${utc(nextRunAt)}, "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE id = ${id}::uuid AND active AND "nextRunAt" = ${utc(dueAt)}`;
    return n === 1;
  }

  /** The success of a claimed run. */
  async recordSuccess(tx: Tx, id: string, now: Date, orderId: string): Promise<RepeatOrderRow> {
    return tx.repeatOrder.update({
      where: { id },
      data: {
        lastRunAt: now,
        lastOrderId: orderId,
        runCount: { increment: 1 },
        consecutiveFailures: 0,
      },
    });
  }

  /** The failure of a claimed run; `pause` stops the schedule with a reason. */
  async recordFailure(
    tx: Tx,
    id: string,
    now: Date,
    failure: RunFailure,
    pause: 'failures' | 'creator_inactive' | null,
  ): Promise<RepeatOrderRow> {
    return tx.repeatOrder.update({
      where: { id },
      data: {
        lastRunAt: now,
        lastFailure: failure as unknown as Prisma.InputJsonObject,
        consecutiveFailures: { increment: 1 },
        ...(pause ? { active: false, pausedReason: pause } : {}),
      },
    });
  }

  /**
   * The schedule's creator as a member of the buyer company today: an enabled user with an
   * enabled membership, its built-in role and the permissions of its custom roles; null when
   * the person left or was disabled.
   */
  async creatorContext(db: Db, userId: string, companyId: string): Promise<CreatorContext | null> {
    const rows = await db.$queryRaw<CreatorContext[]>`
      SELECT u.id AS "userId", m.id AS "membershipId", m.role::text AS role, m."isOwner",
             c.kinds::text[] AS "companyKinds",
             COALESCE((SELECT array_agg(DISTINCT p) FROM membership_roles mr
                       JOIN custom_roles r ON r.id = mr."roleId", unnest(r.permissions) AS p
                       WHERE mr."membershipId" = m.id), '{}') AS "customPermissions"
      FROM users u
      JOIN memberships m ON m."userId" = u.id AND m."companyId" = ${companyId}::uuid AND m."disabledAt" IS NULL
      JOIN companies c ON c.id = m."companyId"
      WHERE u.id = ${userId}::uuid AND u."disabledAt" IS NULL`;
    return rows[0] ?? null;
  }

  /** Who hears of a schedule's runs: the buyer's active owners and the schedule's creator. */
  async recipients(db: Db, buyerId: string, creatorId: string): Promise<string[]> {
    const rows = await db.$queryRaw<Array<{ email: string }>>`
      SELECT DISTINCT u.email FROM memberships m JOIN users u ON u.id = m."userId"
      WHERE m."companyId" = ${buyerId}::uuid AND m."disabledAt" IS NULL AND u."disabledAt" IS NULL
        AND (m."isOwner" OR u.id = ${creatorId}::uuid)
      ORDER BY u.email`;
    return rows.map((r) => r.email);
  }
}
