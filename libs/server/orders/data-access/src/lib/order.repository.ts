import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@tradeway/server/platform';
import { type StockPosition, storedQuantity } from '@tradeway/server/orders/domain';
import { writeWebhookOutbox } from './webhook.repository';

type Db = Prisma.TransactionClient | PrismaService['client'];
type Tx = Prisma.TransactionClient;

/** A timestamp parameter for the `timestamp(3)` (UTC) columns, whatever the session's time zone. */
const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** Business days are China's (UTC+8). */
export const chinaDay = (now: Date): string =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
/** The UTC instant a China day starts. */
export const chinaDayStart = (day: string): Date => new Date(`${day}T00:00:00.000+08:00`);

/** How far the list's total is counted: a broad filter costs what one page costs. */
export const ORDER_TOTAL_CAP = 1000;

/** A stored quote as an order needs it: its figures, its request and the SKU it prices. */
export interface QuoteForOrder {
  id: string;
  number: string;
  sellerId: string;
  buyerId: string;
  skuId: string;
  status: 'active' | 'accepted';
  validUntil: Date;
  currency: string;
  quantity: string;
  unitPrice: string;
  netMinor: bigint;
  taxMinor: bigint;
  totalMinor: bigint;
  request: unknown;
  result: unknown;
  skuCode: string;
  unit: string;
  specCode: string | null;
  grade: string | null;
  productNameZh: string;
  productNameEn: string;
  categoryId: string;
}

export type OrderWithLines = Prisma.OrderGetPayload<{ include: { lines: true } }>;
export type OrderDetailRow = Prisma.OrderGetPayload<{
  include: {
    lines: { include: { reservations: true } };
    events: true;
  };
}>;

export interface OrderListQuery {
  side: 'buyer' | 'seller';
  /** The companies whose orders are read: the active company, or its group for a group admin. */
  companyIds: readonly string[];
  statuses?: readonly string[];
  counterpartyId?: string;
  createdFrom?: Date;
  /** Exclusive. */
  createdBefore?: Date;
  search?: string;
  limit: number;
  offset: number;
  /** Keyset paging: the last row of the previous page. */
  after?: { createdAt: Date; id: string };
  countTotal: boolean;
}

export interface OrderListRow {
  id: string;
  number: string;
  counterpartyId: string;
  counterpartyName: string;
  counterpartyNameEn: string | null;
  status: string;
  totalMinor: bigint;
  currency: string;
  createdAt: Date;
  scheduledDate: string | null;
  channel: string;
  buyerReference: string;
}

/**
 * The order context's reads and writes (DESIGN.md §8): the only code of the context that talks
 * to Prisma. Company scope is part of every query that looks an order up, so an order of
 * another company is simply not found (decision 0006). It also touches, narrowly, what an order
 * consumes from other contexts in the order's own transaction: the quote it came from (status
 * and acceptance only, as the `quotes_immutable` trigger allows), the rebate credit the quote
 * showed, and the seller's stock positions (`reserved` only).
 */
@Injectable()
export class OrderRepository {
  constructor(readonly prisma: PrismaService) {}

  get db() {
    return this.prisma.client;
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>, timeoutMs = 15_000): Promise<T> {
    return this.prisma.client.$transaction(fn, { timeout: timeoutMs, maxWait: 10_000 });
  }

  // ---- placing ------------------------------------------------------------------------------

  /**
   * The buyer's quote, locked until the transaction ends so that two placements of one quote
   * run one after the other; null when it is not this buyer's, unknown, or not for the buyer's
   * eyes (a special price still waiting for the seller's approval, or refused).
   */
  async lockQuoteForOrder(tx: Tx, quoteId: string, buyerId: string): Promise<QuoteForOrder | null> {
    const rows = await tx.$queryRaw<QuoteForOrder[]>`
      /* prepare */ SELECT q.id, q.number, q."sellerId", q."buyerId", q."skuId", q.status::text AS status,
             q."validUntil", q.currency, q.quantity::text AS quantity, q."unitPrice"::text AS "unitPrice",
             q."netMinor", q."taxMinor", q."totalMinor", q.request, q.result,
             s.code AS "skuCode", s.unit::text AS unit, s."specCode", s.attributes->>'grade' AS grade,
             p."nameZh" AS "productNameZh", p."nameEn" AS "productNameEn", p."categoryId"
      FROM quotes q
      JOIN skus s ON s.id = q."skuId"
      JOIN products p ON p.id = s."productId"
      WHERE q.id = ${quoteId}::uuid AND q."buyerId" = ${buyerId}::uuid AND q.status IN ('active', 'accepted')
      FOR UPDATE OF q`;
    return rows[0] ?? null;
  }

  /** Marks the locked quote accepted by the order (the trigger lets only these columns move). */
  async markQuoteOrdered(tx: Tx, quoteId: string, acceptedById: string | null, now: Date): Promise<boolean> {
    const n = await tx.$executeRaw`
      UPDATE quotes SET status = 'accepted', "acceptedAt" = ${utc(now)}, "acceptedById" = ${acceptedById}::uuid
      WHERE id = ${quoteId}::uuid AND status = 'active'`;
    return n === 1;
  }

  /**
   * Consumes the rebate credit a quote showed, once (rebate_entries.quoteId is unique), under a
   * lock per seller and buyer so two orders cannot both spend the same credit. False when the
   * credit left is less than the quote used.
   */
  async consumeRebate(
    tx: Tx,
    entry: {
      sellerId: string;
      buyerId: string;
      currency: string;
      amountMinor: bigint;
      quoteId: string;
      reason: string;
      createdById: string;
    },
  ): Promise<boolean> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('rebate:' || ${entry.sellerId} || ':' || ${entry.buyerId}))`;
    const [balance] = await tx.$queryRaw<Array<{ total: bigint }>>`
      SELECT coalesce(sum("amountMinor"), 0)::bigint AS total FROM rebate_entries
      WHERE "sellerId" = ${entry.sellerId}::uuid AND "buyerId" = ${entry.buyerId}::uuid AND currency = ${entry.currency}`;
    if ((balance?.total ?? 0n) < entry.amountMinor) return false;
    await tx.rebateEntry.create({
      data: {
        sellerId: entry.sellerId,
        buyerId: entry.buyerId,
        amountMinor: -entry.amountMinor,
        currency: entry.currency,
        reason: entry.reason,
        quoteId: entry.quoteId,
        createdById: entry.createdById,
      },
    });
    return true;
  }

  /** `PO-<China day>-<n>` from one sequence: concurrent placements never wait for a number. */
  async nextOrderNumber(tx: Tx, now: Date): Promise<string> {
    const [row] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT nextval('order_number_seq') AS n`;
    const n = (row?.n ?? 0n).toString().padStart(6, '0');
    return `PO-${chinaDay(now).replaceAll('-', '')}-${n}`;
  }

  /** Whether the buyer has had an order from this seller before (a supplier is "new" otherwise). */
  async hasOrderedFrom(tx: Db, buyerId: string, sellerId: string): Promise<boolean> {
    const [row] = await tx.$queryRaw<Array<{ found: boolean }>>`
      SELECT EXISTS (SELECT 1 FROM orders WHERE "buyerId" = ${buyerId}::uuid AND "sellerId" = ${sellerId}::uuid
        AND "placedAt" IS NOT NULL AND status NOT IN ('cancelled', 'rejected')) AS found`;
    return row?.found ?? false;
  }

  /** The person an API key acts for (who issued it): the requester of what the key submits. */
  async apiKeyIssuer(db: Db, apiKeyId: string): Promise<string | null> {
    const key = await db.apiKey.findUnique({ where: { id: apiKeyId }, select: { createdById: true } });
    return key?.createdById ?? null;
  }

  async createOrder(tx: Tx, data: Prisma.OrderUncheckedCreateInput): Promise<OrderWithLines> {
    return tx.order.create({ data, include: { lines: { orderBy: { lineNo: 'asc' } } } });
  }

  // ---- transitions --------------------------------------------------------------------------

  /**
   * An order of which `companyId` is the buyer or the seller, locked until the transaction ends
   * (one transition at a time per order); null otherwise.
   */
  async lockOrder(tx: Tx, orderId: string, companyId: string): Promise<OrderWithLines | null> {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      /* prepare */ SELECT id FROM orders WHERE id = ${orderId}::uuid
        AND ("buyerId" = ${companyId}::uuid OR "sellerId" = ${companyId}::uuid)
      FOR UPDATE`;
    if (locked.length === 0) return null;
    return tx.order.findUnique({
      where: { id: orderId },
      include: { lines: { orderBy: { lineNo: 'asc' } } },
    });
  }

  /** The order behind an approval, locked (the approval engine's hook, whoever decided). */
  async lockOrderById(tx: Tx, orderId: string): Promise<OrderWithLines | null> {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
    if (locked.length === 0) return null;
    return tx.order.findUnique({
      where: { id: orderId },
      include: { lines: { orderBy: { lineNo: 'asc' } } },
    });
  }

  /**
   * Stores a transition when the order is still at `version` (optimistic concurrency), with
   * the next version; false when it moved meanwhile.
   */
  async applyTransition(
    tx: Tx,
    orderId: string,
    version: number,
    data: Omit<Prisma.OrderUpdateManyMutationInput, 'version'>,
  ): Promise<boolean> {
    const { count } = await tx.order.updateMany({
      where: { id: orderId, version },
      data: { ...data, version: { increment: 1 } },
    });
    return count === 1;
  }

  async addEvent(
    tx: Tx,
    event: {
      orderId: string;
      kind: string;
      actorCompanyId: string | null;
      actorUserId: string | null;
      data: Prisma.InputJsonObject;
      at: Date;
    },
  ): Promise<void> {
    const { id } = await tx.orderEvent.create({ data: event, select: { id: true } });
    // The webhooks of both sides, as each may see the event (transactional outbox, decision 0015).
    await writeWebhookOutbox(tx, {
      id,
      orderId: event.orderId,
      kind: event.kind,
      data: event.data,
      at: event.at,
    });
  }

  // ---- stock ------------------------------------------------------------------------------

  /**
   * The seller's stock positions of these SKUs, locked in id order until the transaction
   * ends: two confirmations competing for the same stock run one after the other (and never
   * deadlock), the second seeing what the first reserved.
   */
  async lockStock(tx: Tx, sellerId: string, skuIds: readonly string[]): Promise<StockPosition[]> {
    const rows = await tx.$queryRaw<
      Array<{
        levelId: string;
        skuId: string;
        locationId: string;
        warehouseId: string;
        onHand: string;
        reserved: string;
      }>
    >`
      SELECT l.id AS "levelId", l."skuId", l."locationId", loc."warehouseId",
             l."onHand"::text AS "onHand", l.reserved::text AS reserved
      FROM inventory_levels l
      JOIN skus s ON s.id = l."skuId"
      JOIN warehouse_locations loc ON loc.id = l."locationId"
      WHERE l."skuId" = ANY(${[...skuIds]}::uuid[]) AND s."sellerId" = ${sellerId}::uuid
      ORDER BY l.id
      FOR UPDATE OF l`;
    return rows.map((r) => ({
      levelId: r.levelId,
      skuId: r.skuId,
      locationId: r.locationId,
      warehouseId: r.warehouseId,
      onHand: storedQuantity(r.onHand, 'on hand', { positive: false }),
      reserved: storedQuantity(r.reserved, 'reserved', { positive: false }),
    }));
  }

  /**
   * Reserves `quantity` (decimal text) at a locked position; the condition repeats the rule
   * in the statement itself, so stock is never reserved twice: false when it no longer holds.
   */
  async reserveStock(tx: Tx, levelId: string, quantity: string): Promise<boolean> {
    const n = await tx.$executeRaw`
      UPDATE inventory_levels SET reserved = reserved + ${quantity}::numeric
      WHERE id = ${levelId}::uuid AND "onHand" - reserved >= ${quantity}::numeric`;
    return n === 1;
  }

  async addReservations(
    tx: Tx,
    rows: ReadonlyArray<{
      orderLineId: string;
      skuId: string;
      locationId: string;
      quantity: string;
      createdAt: Date;
    }>,
  ): Promise<void> {
    if (rows.length > 0) await tx.orderReservation.createMany({ data: [...rows] });
  }

  /**
   * Releases every open reservation of the order: the stock positions (locked in id order)
   * give the quantities back, the reservations get `releasedAt`. Returns what was released.
   */
  async releaseReservations(
    tx: Tx,
    orderId: string,
    now: Date,
  ): Promise<Array<{ orderLineId: string; skuId: string; locationId: string; quantity: string }>> {
    const open = await tx.$queryRaw<
      Array<{ id: string; orderLineId: string; skuId: string; locationId: string; quantity: string }>
    >`
      SELECT r.id, r."orderLineId", r."skuId", r."locationId", r.quantity::text AS quantity
      FROM order_reservations r JOIN order_lines ol ON ol.id = r."orderLineId"
      WHERE ol."orderId" = ${orderId}::uuid AND r."releasedAt" IS NULL
      ORDER BY r.id`;
    if (open.length === 0) return [];
    const skus = open.map((r) => r.skuId);
    const locations = open.map((r) => r.locationId);
    const quantities = open.map((r) => r.quantity);
    await tx.$queryRaw`
      SELECT l.id FROM inventory_levels l
      JOIN unnest(${skus}::uuid[], ${locations}::uuid[]) AS x(sku, loc) ON l."skuId" = x.sku AND l."locationId" = x.loc
      ORDER BY l.id FOR UPDATE OF l`;
    await tx.$executeRaw`
      UPDATE inventory_levels l SET reserved = l.reserved - x.quantity
      FROM (SELECT sku, loc, sum(q) AS quantity
            FROM unnest(${skus}::uuid[], ${locations}::uuid[], ${quantities}::numeric[]) AS u(sku, loc, q)
            GROUP BY sku, loc) x
      WHERE l."skuId" = x.sku AND l."locationId" = x.loc`;
    await tx.$executeRaw`
      UPDATE order_reservations SET "releasedAt" = ${utc(now)}
      WHERE id = ANY(${open.map((r) => r.id)}::uuid[])`;
    return open.map(({ orderLineId, skuId, locationId, quantity }) => ({
      orderLineId,
      skuId,
      locationId,
      quantity,
    }));
  }

  // ---- people and names ---------------------------------------------------------------------

  /** The mail addresses of a company's active owners (母账号): who hears of its orders. */
  async ownerEmails(db: Db, companyId: string): Promise<string[]> {
    const rows = await db.membership.findMany({
      where: { companyId, isOwner: true, disabledAt: null },
      select: { user: { select: { email: true } } },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((r) => r.user.email);
  }

  async companyKinds(db: Db, companyId: string): Promise<string[]> {
    const c = await db.company.findUnique({ where: { id: companyId }, select: { kinds: true } });
    return c?.kinds ?? [];
  }

  /** Approval titles: number, seller and total of each order. */
  async approvalTitles(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await db.$queryRaw<Array<{ id: string; title: string }>>`
      SELECT o.id, o.number || ' · ' || c.name || ' · ' || o.currency || ' ' ||
             to_char(o."totalMinor" / 100.0, 'FM999999999999990.00') AS title
      FROM orders o JOIN companies c ON c.id = o."sellerId"
      WHERE o.id = ANY(${[...ids]}::uuid[])`;
    return new Map(rows.map((r) => [r.id, r.title]));
  }

  // ---- reading ------------------------------------------------------------------------------

  /**
   * An order one of `companyIds` may read: as its buyer, or as its seller once it was placed
   * (an order waiting for, or refused by, the buyer's own approval is the buyer's business).
   */
  async findVisible(db: Db, orderId: string, companyIds: readonly string[]): Promise<OrderDetailRow | null> {
    return db.order.findFirst({
      where: {
        id: orderId,
        OR: [
          { buyerId: { in: [...companyIds] } },
          { sellerId: { in: [...companyIds] }, placedAt: { not: null } },
        ],
      },
      include: {
        lines: { orderBy: { lineNo: 'asc' }, include: { reservations: { orderBy: { createdAt: 'asc' } } } },
        events: { orderBy: [{ at: 'asc' }, { kind: 'asc' }] },
      },
    });
  }

  async locations(db: Db, ids: readonly string[]) {
    if (ids.length === 0)
      return new Map<
        string,
        { code: string; warehouseId: string; warehouseName: string; warehouseNameEn: string }
      >();
    const rows = await db.warehouseLocation.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, code: true, warehouse: { select: { id: true, name: true, nameEn: true } } },
    });
    return new Map(
      rows.map((r) => [
        r.id,
        {
          code: r.code,
          warehouseId: r.warehouse.id,
          warehouseName: r.warehouse.name,
          warehouseNameEn: r.warehouse.nameEn,
        },
      ]),
    );
  }

  /**
   * A page of a company's orders, newest first (`createdAt` desc, then id), with the total
   * counted up to ORDER_TOTAL_CAP (never over everything), in one statement. One more row than
   * asked tells whether a next page exists. Without a search the page walks the (company,
   * createdAt), (company, status, createdAt) or (buyer, seller, createdAt) index and stops; a
   * search goes through {@link searchOrders}. Decision 0016 and `npm run bench:order-list`.
   */
  async listOrders(
    q: OrderListQuery,
  ): Promise<{ rows: OrderListRow[]; total: number | null; more: boolean }> {
    const other = Prisma.raw(q.side === 'buyer' ? 'o."sellerId"' : 'o."buyerId"');
    const base = listConditions(q);
    const keyset = q.after
      ? Prisma.sql`AND o."createdAt" <= ${utc(q.after.createdAt)}
          AND (o."createdAt" < ${utc(q.after.createdAt)} OR o.id > ${q.after.id}::uuid)`
      : Prisma.empty;
    const offset = q.after ? 0 : q.offset;
    const columns = Prisma.sql`o.id, o.number, ${other} AS "counterpartyId", c.name AS "counterpartyName", c."nameEn" AS "counterpartyNameEn",
      o.status::text AS status, o."totalMinor", o.currency, o."createdAt",
      to_char(o."scheduledDate", 'YYYY-MM-DD') AS "scheduledDate", o.channel::text AS channel, o."buyerReference"`;
    // A search answers from its matches (at most the window's, or all of them): pages past
    // the cap are rare and take the plain path below.
    if (q.search && offset + q.limit + 1 <= ORDER_TOTAL_CAP + 1) {
      return pageOf(await this.searchOrders(q, base, keyset, columns, other, offset), q.limit);
    }
    const where = q.search ? Prisma.sql`${base} AND ${searchMatch(q.search)}` : base;
    const count = q.countTotal
      ? Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM orders o WHERE ${where} LIMIT ${ORDER_TOTAL_CAP + 1}) x`
      : Prisma.sql`SELECT NULL::int AS n`;
    const rows = await this.db.$queryRaw<ListedRow[]>`
      SELECT t.n AS "listTotal", p.* FROM (${count}) t
      LEFT JOIN LATERAL (
        SELECT ${columns}
        FROM orders o JOIN companies c ON c.id = ${other}
        WHERE ${where} ${keyset}
        ORDER BY o."createdAt" DESC, o.id ASC
        LIMIT ${q.limit + 1} OFFSET ${offset}
      ) p ON true`;
    return pageOf(rows, q.limit);
  }

  /**
   * A search (`q`: part of the number or of the buyer's reference) inside a company's orders.
   * The planner cannot know where the matches lie in time: a search like `202503` matches
   * thousands of orders, all of them old, and walking the newest-first index until 21 of them
   * turn up read 80 000 rows (370 ms on 100 000 orders). So the search looks at the newest
   * SEARCH_WINDOW orders under the other filters first (an index walk that stops): when they
   * are all there are, or hold more than ORDER_TOTAL_CAP matches, the page and the total (exact,
   * or "more than the cap") come from them; otherwise the matches are all fetched through the trigram index
   * (`orders_search_trgm_idx`) and sorted, which costs what the matches cost, not what the
   * company's orders cost. Both halves are one statement: the second runs only when the first
   * did not decide (a one-time filter).
   */
  private searchOrders(
    q: OrderListQuery,
    base: Prisma.Sql,
    keyset: Prisma.Sql,
    columns: Prisma.Sql,
    other: Prisma.Sql,
    offset: number,
  ): Promise<ListedRow[]> {
    const search = q.search as string;
    return this.db.$queryRaw<ListedRow[]>`
      WITH win AS MATERIALIZED (
        SELECT w.id, w."createdAt", (w.number || ' ' || w."buyerReference") ILIKE ${likePattern(search)} AS hit
        FROM (
          SELECT o.id, o."createdAt", o.number, o."buyerReference" FROM orders o
          WHERE ${base} ${keyset}
          ORDER BY o."createdAt" DESC, o.id ASC
          LIMIT ${SEARCH_WINDOW}
        ) w
      ), decided AS MATERIALIZED (
        SELECT count(*) < ${SEARCH_WINDOW} OR count(*) FILTER (WHERE hit) > ${ORDER_TOTAL_CAP} AS yes FROM win
      ), hits AS MATERIALIZED (
        SELECT id, "createdAt" FROM win WHERE hit AND (SELECT yes FROM decided)
        UNION ALL
        SELECT o.id, o."createdAt" FROM orders o
        WHERE NOT (SELECT yes FROM decided) AND ${base} ${keyset} AND ${searchMatch(search)}
      )
      SELECT (SELECT count(*)::int FROM hits) AS "listTotal", p.* FROM (SELECT 1) one
      LEFT JOIN LATERAL (
        SELECT ${columns}
        FROM (SELECT id FROM hits ORDER BY "createdAt" DESC, id ASC LIMIT ${q.limit + 1} OFFSET ${offset}) h
        JOIN orders o ON o.id = h.id JOIN companies c ON c.id = ${other}
        ORDER BY o."createdAt" DESC, o.id ASC
      ) p ON true`;
  }
}

/** The newest orders a search reads before it turns to the trigram index (see searchOrders). */
const SEARCH_WINDOW = 2000;

/** A row of the list's statement: the total beside each row; a page past the end is one row of nulls. */
type ListedRow = Omit<OrderListRow, 'id'> & { id: string | null; listTotal: number | null };

function pageOf(
  rows: ListedRow[],
  limit: number,
): { rows: OrderListRow[]; total: number | null; more: boolean } {
  const found: OrderListRow[] = [];
  for (const { listTotal, id, ...row } of rows) {
    void listTotal;
    if (id !== null) found.push({ id, ...row });
  }
  return { rows: found.slice(0, limit), more: found.length > limit, total: rows[0]?.listTotal ?? null };
}

/** A list's filters other than the search and the keyset: company, side, status, counterparty, days. */
function listConditions(q: OrderListQuery): Prisma.Sql {
  const own = Prisma.raw(q.side === 'buyer' ? 'o."buyerId"' : 'o."sellerId"');
  const other = Prisma.raw(q.side === 'buyer' ? 'o."sellerId"' : 'o."buyerId"');
  const ids = [...q.companyIds];
  const conditions: Prisma.Sql[] = [
    ids.length === 1 ? Prisma.sql`${own} = ${ids[0]}::uuid` : Prisma.sql`${own} = ANY(${ids}::uuid[])`,
  ];
  if (q.side === 'seller') conditions.push(Prisma.sql`o."placedAt" IS NOT NULL`);
  if (q.statuses?.length) {
    conditions.push(
      q.statuses.length === 1
        ? Prisma.sql`o.status = ${q.statuses[0]}::"OrderStatus"`
        : Prisma.sql`o.status = ANY(${[...q.statuses]}::"OrderStatus"[])`,
    );
  }
  // (buyerId, sellerId, createdAt) serves both sides: equality on both leading columns.
  if (q.counterpartyId) conditions.push(Prisma.sql`${other} = ${q.counterpartyId}::uuid`);
  if (q.createdFrom) conditions.push(Prisma.sql`o."createdAt" >= ${utc(q.createdFrom)}`);
  if (q.createdBefore) conditions.push(Prisma.sql`o."createdAt" < ${utc(q.createdBefore)}`);
  return Prisma.join(conditions, ' AND ');
}

/** `%text%` for ILIKE, with `\`, `%` and `_` taken literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The search condition, in the expression of orders_search_trgm_idx (see the orders migration)
 * so that the index applies. A search of several words (`PO-20261125-000123`) gives the index
 * only its last word of three characters or more: the trigram index treats `-` as a word
 * break, and the padded trigrams of the other words (` po`, ` 20` …) are in every order
 * number, so the index would read the posting lists of every order (330 pages on 150 000
 * orders, against 12 for `000123`). The whole text is then checked on the rows found, in an
 * expression the index does not match.
 */
function searchMatch(search: string): Prisma.Sql {
  const whole = Prisma.sql`(o.number || ' ' || o."buyerReference") ILIKE ${likePattern(search)}`;
  const words = search.match(/[\p{L}\p{N}]+/gu) ?? [];
  const key = [...words].reverse().find((w) => w.length >= 3);
  if (words.length < 2 || !key || key === search) return whole;
  return Prisma.sql`(o.number || ' ' || o."buyerReference") ILIKE ${likePattern(key)}
    AND (o.number || ' ' || o."buyerReference" || '') ILIKE ${likePattern(search)}`;
}
