import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@tradeway/server/platform';

type Tx = Prisma.TransactionClient;
type Db = Tx | PrismaService['client'];

/** A step on an RFQ's timeline. */
export interface RfqEventInput {
  rfqId: string;
  kind: string;
  actorCompanyId: string | null;
  actorUserId: string | null;
  sellerId?: string | null;
  data?: Prisma.InputJsonObject;
  at: Date;
}

const RFQ_DETAIL = {
  items: { orderBy: { itemNo: 'asc' } },
  attachments: { orderBy: { createdAt: 'asc' } },
  invitations: { orderBy: { createdAt: 'asc' } },
  events: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
  awards: { orderBy: { createdAt: 'desc' }, take: 1 },
} satisfies Prisma.RfqInclude;

export type RfqDetailRow = Prisma.RfqGetPayload<{ include: typeof RFQ_DETAIL }>;
export type RfqRow = Prisma.RfqGetPayload<{ include: { items: true } }>;
export type RfqQuoteRow = Prisma.RfqQuoteGetPayload<{ include: { versions: true } }>;
export type RfqRoundTargetRow = Prisma.RfqRoundTargetGetPayload<{ include: { round: true } }>;

export interface RfqListFilter {
  page: number;
  pageSize: number;
  status?: readonly string[];
  q?: string;
}

/**
 * The only code of the rfq context that talks to Prisma. Every read of an RFQ is scoped by
 * the caller: the buyer's own (`buyerId`), or a seller's that it may quote (invited, or open to
 * a category it sells in); quotes by their seller.
 */
@Injectable()
export class RfqRepository {
  constructor(private readonly prisma: PrismaService) {}

  get db() {
    return this.prisma.client;
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(fn, { timeout: 30_000 });
  }

  async nextRfqNumber(tx: Tx, day: string): Promise<string> {
    const [row] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT nextval('rfq_number_seq') AS n`;
    return `RFQ-${day.replaceAll('-', '')}-${(row?.n ?? 0n).toString().padStart(6, '0')}`;
  }

  // ---- RFQs -----------------------------------------------------------------------------------

  createRfq(tx: Tx, data: Prisma.RfqUncheckedCreateInput) {
    return tx.rfq.create({ data });
  }

  /** Replaces a draft's fields, items and invitations. */
  async replaceDraft(
    tx: Tx,
    rfqId: string,
    data: Prisma.RfqUncheckedUpdateInput,
    items: Prisma.RfqItemCreateManyRfqInput[],
    sellerIds: readonly string[],
  ): Promise<void> {
    await tx.rfqItem.deleteMany({ where: { rfqId } });
    await tx.rfqInvitation.deleteMany({ where: { rfqId } });
    await tx.rfq.update({ where: { id: rfqId }, data });
    await tx.rfqItem.createMany({ data: items.map((i) => ({ ...i, rfqId })) });
    if (sellerIds.length) {
      await tx.rfqInvitation.createMany({ data: sellerIds.map((sellerId) => ({ rfqId, sellerId })) });
    }
  }

  /** The RFQ under a row lock (every change of an RFQ, its quotes and award takes it first). */
  async lockRfq(tx: Tx, rfqId: string): Promise<RfqRow | null> {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM rfqs WHERE id = ${rfqId}::uuid FOR UPDATE`;
    if (locked.length === 0) return null;
    return tx.rfq.findUnique({ where: { id: rfqId }, include: { items: { orderBy: { itemNo: 'asc' } } } });
  }

  findRfq(db: Db, rfqId: string): Promise<RfqRow | null> {
    return db.rfq.findUnique({ where: { id: rfqId }, include: { items: { orderBy: { itemNo: 'asc' } } } });
  }

  findDetail(db: Db, rfqId: string): Promise<RfqDetailRow | null> {
    return db.rfq.findUnique({ where: { id: rfqId }, include: RFQ_DETAIL });
  }

  async updateRfq(tx: Tx, rfqId: string, data: Prisma.RfqUncheckedUpdateInput): Promise<void> {
    await tx.rfq.update({ where: { id: rfqId }, data: { ...data, version: { increment: 1 } } });
  }

  /** Whether the seller was invited, or sells in the category of an RFQ open to it. */
  async sellerMayQuote(
    db: Db,
    rfq: { id: string; categoryId: string | null; openToCategory: boolean },
    sellerId: string,
  ): Promise<boolean> {
    const invitation = await db.rfqInvitation.findUnique({
      where: { rfqId_sellerId: { rfqId: rfq.id, sellerId } },
      select: { invited: true },
    });
    if (invitation?.invited) return true;
    if (!rfq.openToCategory || !rfq.categoryId) return false;
    return this.sellsInCategory(db, sellerId, rfq.categoryId);
  }

  async sellsInCategory(db: Db, sellerId: string, categoryId: string): Promise<boolean> {
    const product = await db.product.findFirst({ where: { sellerId, categoryId }, select: { id: true } });
    return product !== null;
  }

  /**
   * Notes a seller's first look (and, for an open RFQ, that it is interested); later looks
   * write nothing (the conflict's update applies only while no look is noted).
   */
  async markViewed(db: Db, rfqId: string, sellerId: string, at: Date): Promise<void> {
    await db.$executeRaw`
      INSERT INTO rfq_invitations ("rfqId", "sellerId", invited, "createdAt", "firstViewedAt")
      VALUES (${rfqId}::uuid, ${sellerId}::uuid, false, ${at}, ${at})
      ON CONFLICT ("rfqId", "sellerId") DO UPDATE SET "firstViewedAt" = EXCLUDED."firstViewedAt"
        WHERE rfq_invitations."firstViewedAt" IS NULL`;
  }

  /** Notes a seller's first quote: its response time is firstQuotedAt − publishedAt. */
  async markQuoted(tx: Tx, rfqId: string, sellerId: string, at: Date): Promise<void> {
    await tx.$executeRaw`
      INSERT INTO rfq_invitations ("rfqId", "sellerId", invited, "createdAt", "firstViewedAt", "firstQuotedAt")
      VALUES (${rfqId}::uuid, ${sellerId}::uuid, false, ${at}, ${at}, ${at})
      ON CONFLICT ("rfqId", "sellerId") DO UPDATE
        SET "firstQuotedAt" = COALESCE(rfq_invitations."firstQuotedAt", EXCLUDED."firstQuotedAt"),
            "firstViewedAt" = COALESCE(rfq_invitations."firstViewedAt", EXCLUDED."firstViewedAt")`;
  }

  private listWhere(filter: RfqListFilter): Prisma.RfqWhereInput {
    return {
      ...(filter.status?.length ? { status: { in: filter.status as Prisma.EnumRfqStatusFilter['in'] } } : {}),
      ...(filter.q
        ? {
            OR: [
              { number: { contains: filter.q, mode: 'insensitive' } },
              { title: { contains: filter.q, mode: 'insensitive' } },
            ],
          }
        : {}),
    };
  }

  async listForBuyer(db: Db, buyerId: string, filter: RfqListFilter) {
    const where: Prisma.RfqWhereInput = { buyerId, ...this.listWhere(filter) };
    const [rows, total] = await Promise.all([
      db.rfq.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (filter.page - 1) * filter.pageSize,
        take: filter.pageSize,
        include: { _count: { select: { items: true } }, quotes: { select: { status: true } } },
      }),
      db.rfq.count({ where }),
    ]);
    return { rows, total };
  }

  /** RFQs a seller may quote: invited, or open to a category it sells in; never drafts. */
  async inbox(db: Db, sellerId: string, filter: RfqListFilter & { quoted?: boolean }) {
    const categories = await db.product.findMany({
      where: { sellerId },
      distinct: ['categoryId'],
      select: { categoryId: true },
    });
    const categoryIds = categories.map((c) => c.categoryId).filter((c): c is string => !!c);
    const visible: Prisma.RfqWhereInput = {
      status: { notIn: ['draft', 'pending_approval'] },
      OR: [
        { invitations: { some: { sellerId, invited: true } } },
        ...(categoryIds.length ? [{ openToCategory: true, categoryId: { in: categoryIds } }] : []),
      ],
    };
    const quotedFilter: Prisma.RfqWhereInput =
      filter.quoted === undefined
        ? {}
        : filter.quoted
          ? { quotes: { some: { sellerId } } }
          : { quotes: { none: { sellerId } } };
    const where: Prisma.RfqWhereInput = { AND: [visible, this.listWhere(filter), quotedFilter] };
    const [rows, total] = await Promise.all([
      db.rfq.findMany({
        where,
        orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
        skip: (filter.page - 1) * filter.pageSize,
        take: filter.pageSize,
        include: {
          _count: { select: { items: true } },
          quotes: { where: { sellerId }, select: { status: true } },
        },
      }),
      db.rfq.count({ where }),
    ]);
    return { rows, total };
  }

  addEvent(tx: Tx, data: RfqEventInput) {
    return tx.rfqEvent.create({ data: { ...data, data: data.data ?? {} } });
  }

  /** Several timeline entries in one statement. */
  async addEvents(tx: Tx, events: readonly RfqEventInput[]): Promise<void> {
    if (events.length === 0) return;
    await tx.rfqEvent.createMany({ data: events.map((e) => ({ ...e, data: e.data ?? {} })) });
  }

  // ---- quotes ---------------------------------------------------------------------------------

  findQuote(db: Db, rfqId: string, sellerId: string): Promise<RfqQuoteRow | null> {
    return db.rfqQuote.findUnique({
      where: { rfqId_sellerId: { rfqId, sellerId } },
      include: { versions: { orderBy: { version: 'desc' } } },
    });
  }

  quotesOf(db: Db, rfqId: string): Promise<RfqQuoteRow[]> {
    return db.rfqQuote.findMany({
      where: { rfqId },
      orderBy: { createdAt: 'asc' },
      include: { versions: { orderBy: { version: 'desc' } } },
    });
  }

  /**
   * Active quotes with their current version only (the comparison's input), in one statement
   * of a fixed shape (a query built per quote list would be compiled again on every call).
   */
  async currentQuotes(db: Db, rfqId: string) {
    const rows = await db.$queryRaw<
      Array<{
        quoteId: string;
        sellerId: string;
        status: 'active' | 'withdrawn';
        currentVersion: number;
        quoteCreatedAt: Date;
        versionId: string;
        paymentTerm: string;
        deliveryDate: Date;
        validUntil: Date;
        note: string;
        lines: Prisma.JsonValue;
        roundId: string | null;
        createdById: string;
        createdAt: Date;
      }>
    >`
      SELECT q.id AS "quoteId", q."sellerId", q.status, q."currentVersion", q."createdAt" AS "quoteCreatedAt",
             v.id AS "versionId", v."paymentTerm", v."deliveryDate", v."validUntil", v.note, v.lines,
             v."roundId", v."createdById", v."createdAt"
        FROM rfq_quotes q
        JOIN rfq_quote_versions v ON v."quoteId" = q.id AND v.version = q."currentVersion"
       WHERE q."rfqId" = ${rfqId}::uuid AND q.status = 'active'
       ORDER BY q."createdAt", q.id`;
    return rows.map((r) => ({
      quote: { id: r.quoteId, sellerId: r.sellerId, status: r.status, currentVersion: r.currentVersion },
      version: {
        id: r.versionId,
        quoteId: r.quoteId,
        version: r.currentVersion,
        paymentTerm: r.paymentTerm,
        deliveryDate: r.deliveryDate,
        validUntil: r.validUntil,
        note: r.note,
        lines: r.lines,
        roundId: r.roundId,
        createdById: r.createdById,
        createdAt: r.createdAt,
      },
    }));
  }

  countActiveQuotes(db: Db, rfqId: string): Promise<number> {
    return db.rfqQuote.count({ where: { rfqId, status: 'active' } });
  }

  async saveQuoteVersion(
    tx: Tx,
    input: {
      rfqId: string;
      sellerId: string;
      version: Omit<Prisma.RfqQuoteVersionUncheckedCreateInput, 'quoteId' | 'version'>;
      now: Date;
    },
  ): Promise<{ quoteId: string; version: number; first: boolean }> {
    const existing = await tx.rfqQuote.findUnique({
      where: { rfqId_sellerId: { rfqId: input.rfqId, sellerId: input.sellerId } },
    });
    if (!existing) {
      const quote = await tx.rfqQuote.create({
        data: { rfqId: input.rfqId, sellerId: input.sellerId, status: 'active', currentVersion: 1 },
      });
      await tx.rfqQuoteVersion.create({ data: { ...input.version, quoteId: quote.id, version: 1 } });
      return { quoteId: quote.id, version: 1, first: true };
    }
    const version = existing.currentVersion + 1;
    await tx.rfqQuote.update({
      where: { id: existing.id },
      data: { status: 'active', currentVersion: version, withdrawnAt: null },
    });
    await tx.rfqQuoteVersion.create({ data: { ...input.version, quoteId: existing.id, version } });
    return { quoteId: existing.id, version, first: false };
  }

  async withdrawQuote(tx: Tx, quoteId: string, at: Date): Promise<void> {
    await tx.rfqQuote.update({ where: { id: quoteId }, data: { status: 'withdrawn', withdrawnAt: at } });
  }

  // ---- rounds ---------------------------------------------------------------------------------

  async createRound(
    tx: Tx,
    data: { rfqId: string; message: string; closesAt: Date; createdById: string; createdAt: Date },
    targets: Array<{ sellerId: string; targets: Prisma.InputJsonArray }>,
  ): Promise<number> {
    const last = await tx.rfqRound.aggregate({ where: { rfqId: data.rfqId }, _max: { roundNo: true } });
    const roundNo = (last._max.roundNo ?? 0) + 1;
    await tx.rfqRound.create({
      data: { ...data, roundNo, targets: { create: targets } },
    });
    return roundNo;
  }

  /** The counter-offers to a seller that are still open, oldest first. */
  openRoundsFor(db: Db, rfqId: string, sellerId: string, now: Date): Promise<RfqRoundTargetRow[]> {
    return db.rfqRoundTarget.findMany({
      where: { sellerId, answeredAt: null, round: { rfqId, closesAt: { gt: now } } },
      include: { round: true },
      orderBy: { round: { roundNo: 'asc' } },
    });
  }

  async answerRounds(tx: Tx, roundIds: readonly string[], sellerId: string, at: Date): Promise<void> {
    if (roundIds.length === 0) return;
    await tx.rfqRoundTarget.updateMany({
      where: { roundId: { in: [...roundIds] }, sellerId },
      data: { answeredAt: at },
    });
  }

  roundsWithTargets(db: Db, rfqId: string) {
    return db.rfqRound.findMany({
      where: { rfqId },
      orderBy: { roundNo: 'asc' },
      include: { targets: { orderBy: { sellerId: 'asc' } } },
    });
  }

  awardsOf(db: Db, rfqId: string) {
    return db.rfqAward.findMany({ where: { rfqId }, orderBy: { createdAt: 'asc' } });
  }

  /** The numbers of the purchase orders an award placed (the order module's table, read only). */
  async orderNumbers(db: Db, orderIds: readonly string[]): Promise<Map<string, string>> {
    if (orderIds.length === 0) return new Map();
    const rows = await db.order.findMany({
      where: { id: { in: [...orderIds] } },
      select: { id: true, number: true },
    });
    return new Map(rows.map((r) => [r.id, r.number]));
  }

  roundNumbers(db: Db, rfqId: string): Promise<Array<{ id: string; roundNo: number }>> {
    return db.rfqRound.findMany({ where: { rfqId }, select: { id: true, roundNo: true } });
  }

  // ---- awards ---------------------------------------------------------------------------------

  createAward(tx: Tx, data: Prisma.RfqAwardUncheckedCreateInput) {
    return tx.rfqAward.create({ data });
  }

  pendingAward(db: Db, rfqId: string) {
    return db.rfqAward.findFirst({ where: { rfqId, status: 'pending_approval' } });
  }

  lockAward(tx: Tx, awardId: string) {
    return tx.rfqAward.findUnique({ where: { id: awardId } });
  }

  async decideAward(
    tx: Tx,
    awardId: string,
    data: { status: 'approved' | 'rejected'; decidedAt: Date; orderIds?: string[] },
  ): Promise<boolean> {
    const n = await tx.rfqAward.updateMany({
      where: { id: awardId, status: 'pending_approval' },
      data,
    });
    return n.count === 1;
  }

  // ---- deadlines ------------------------------------------------------------------------------

  /** Open RFQs whose deadline has passed, oldest first (the close sweep's work). */
  async dueToClose(db: Db, now: Date, limit: number): Promise<string[]> {
    const rows = await db.rfq.findMany({
      where: { status: 'open', deadline: { lte: now } },
      orderBy: { deadline: 'asc' },
      take: limit,
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** Closed RFQs never awarded whose award window has passed. */
  async dueToExpire(db: Db, closedBefore: Date, limit: number): Promise<string[]> {
    const rows = await db.rfq.findMany({
      where: {
        status: 'closed',
        deadline: { lte: closedBefore },
        awards: { none: { status: 'pending_approval' } },
      },
      orderBy: { deadline: 'asc' },
      take: limit,
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  // ---- attachments ----------------------------------------------------------------------------

  addAttachment(tx: Tx, data: Prisma.RfqAttachmentUncheckedCreateInput) {
    return tx.rfqAttachment.create({ data });
  }

  findAttachment(db: Db, rfqId: string, attachmentId: string) {
    return db.rfqAttachment.findFirst({ where: { id: attachmentId, rfqId } });
  }

  // ---- companies, people, mail ----------------------------------------------------------------

  /** Seller companies among `ids` (invitations go to sellers only). */
  async sellerIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db.company.findMany({
      where: { id: { in: [...new Set(ids)] }, kinds: { has: 'seller' } },
      select: { id: true },
    });
    return new Set(rows.map((r) => r.id));
  }

  async existingSkuIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db.sku.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  async skuCodes(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db.sku.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, code: true },
    });
    return new Map(rows.map((r) => [r.id, r.code]));
  }

  /**
   * My SKU for an RFQ item's SKU: the same one when it is mine, else mine with the same
   * specification code (the platform's cross-seller identity of a product); null otherwise.
   */
  async matchingSku(db: Db, skuId: string, sellerId: string): Promise<string | null> {
    const sku = await db.sku.findUnique({ where: { id: skuId }, select: { sellerId: true, specCode: true } });
    if (!sku) return null;
    if (sku.sellerId === sellerId) return skuId;
    if (!sku.specCode) return null;
    const mine = await db.sku.findFirst({
      where: { sellerId, specCode: sku.specCode },
      orderBy: { code: 'asc' },
      select: { id: true },
    });
    return mine?.id ?? null;
  }

  async categoryExists(db: Db, id: string): Promise<boolean> {
    return (await db.category.findUnique({ where: { id }, select: { id: true } })) !== null;
  }

  /** Owners and sales staff of companies: who hears of an RFQ's steps. */
  async salesEmails(db: Db, companyIds: readonly string[]): Promise<Map<string, string[]>> {
    if (companyIds.length === 0) return new Map();
    const rows = await db.membership.findMany({
      where: {
        companyId: { in: [...new Set(companyIds)] },
        disabledAt: null,
        OR: [{ isOwner: true }, { role: { in: ['sales', 'sales_manager'] } }],
      },
      select: { companyId: true, user: { select: { email: true } } },
    });
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.companyId, [...(out.get(r.companyId) ?? []), r.user.email]);
    return out;
  }
}
