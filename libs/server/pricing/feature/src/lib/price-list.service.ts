import { Injectable } from '@nestjs/common';
import { AuditService, Prisma, type RequestAuth, userIdOf } from '@tradeway/server/platform';
import {
  PricingRepository,
  deliveryFromJson,
  deliveryToJson,
  trimZeros,
} from '@tradeway/server/pricing/data-access';
import {
  type DeliveryRule as EngineDelivery,
  validateDelivery,
  validatePriceItem,
  validateTerms,
} from '@tradeway/server/pricing/domain';
import type {
  Customer,
  DeliveryRule,
  Grade,
  PriceItem,
  PriceItemInput,
  PriceList,
  PriceListInput,
  PriceListKind,
} from '@tradeway/shared/contracts';
import { conflict, notFound, ruleErrorToOrpc, unprocessable } from './pricing-errors';

type Tx = Prisma.TransactionClient;
type ListRow = Prisma.PriceListGetPayload<object>;
type Paged = { page: number; pageSize: number };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const date = (s: string | null | undefined) => (s ? new Date(`${s}T00:00:00.000Z`) : null);

/** Contract delivery (fees as bigint) → engine delivery (same shape). */
const toEngineDelivery = (d: DeliveryRule): EngineDelivery => ({
  pickups: d.pickups.map((p) => ({ ...p })),
  zones: d.zones.map((z) => ({ ...z, regions: [...z.regions] })),
});

/**
 * A seller's price rules (DESIGN.md §4, §12): customer grades and their members, price
 * lists (public, per grade, per buyer) with SKU prices, ladders, terms and zones, and
 * rebate credits. Every query is scoped to the caller's company; another seller's id
 * answers 404. Every change is audited with before and after in its transaction.
 */
@Injectable()
export class PriceListService {
  constructor(
    private readonly repo: PricingRepository,
    private readonly audit: AuditService,
  ) {}

  // ---- grades ---------------------------------------------------------------------------

  async listGrades(auth: RequestAuth): Promise<Grade[]> {
    const grades = await this.repo.db.customerGrade.findMany({
      where: { sellerId: auth.companyId },
      orderBy: [{ rank: 'asc' }, { code: 'asc' }],
    });
    const counts = await this.repo.db.customerGradeAssignment.groupBy({
      by: ['gradeId'],
      where: { sellerId: auth.companyId },
      _count: { _all: true },
    });
    const countOf = new Map(counts.map((c) => [c.gradeId, c._count._all]));
    return grades.map((g) => this.gradeView(g, countOf.get(g.id) ?? 0));
  }

  private gradeView(g: Prisma.CustomerGradeGetPayload<object>, customerCount: number): Grade {
    return {
      id: g.id,
      code: g.code,
      nameZh: g.nameZh,
      nameEn: g.nameEn,
      rank: g.rank,
      description: g.description,
      customerCount,
    };
  }

  private async gradeOr404(
    auth: RequestAuth,
    gradeId: string,
    db: Tx | PricingRepository['db'] = this.repo.db,
  ) {
    const g = await db.customerGrade.findFirst({ where: { id: gradeId, sellerId: auth.companyId } });
    if (!g) throw notFound('Grade');
    return g;
  }

  private async uniqueGradeCode(tx: Tx, auth: RequestAuth, code: string, except?: string) {
    const clash = await tx.customerGrade.findFirst({
      where: { sellerId: auth.companyId, code, ...(except ? { id: { not: except } } : {}) },
    });
    if (clash) throw unprocessable('code', 'Another grade has this code', '已有分级使用此代码', 'CODE_TAKEN');
  }

  async createGrade(auth: RequestAuth, input: Omit<Grade, 'id' | 'customerCount'>): Promise<Grade> {
    return this.repo.transaction(async (tx) => {
      await this.uniqueGradeCode(tx, auth, input.code);
      const g = await tx.customerGrade.create({ data: { ...input, sellerId: auth.companyId } });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'grade.create',
          subjectType: 'customer_grade',
          subjectId: g.id,
          after: input,
        },
        tx,
      );
      return this.gradeView(g, 0);
    });
  }

  async updateGrade(
    auth: RequestAuth,
    gradeId: string,
    input: Omit<Grade, 'id' | 'customerCount'>,
  ): Promise<Grade> {
    return this.repo.transaction(async (tx) => {
      const before = await this.gradeOr404(auth, gradeId, tx);
      await this.uniqueGradeCode(tx, auth, input.code, gradeId);
      const g = await tx.customerGrade.update({ where: { id: gradeId }, data: input });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'grade.update',
          subjectType: 'customer_grade',
          subjectId: g.id,
          before: before,
          after: g,
        },
        tx,
      );
      const count = await tx.customerGradeAssignment.count({ where: { gradeId } });
      return this.gradeView(g, count);
    });
  }

  async deleteGrade(auth: RequestAuth, gradeId: string): Promise<{ ok: true }> {
    return this.repo.transaction(async (tx) => {
      const before = await this.gradeOr404(auth, gradeId, tx);
      const [members, lists] = await Promise.all([
        tx.customerGradeAssignment.count({ where: { gradeId } }),
        tx.priceList.count({ where: { gradeId, status: { not: 'archived' } } }),
      ]);
      if (members > 0 || lists > 0) {
        throw conflict(
          `The grade still has ${members} customers and ${lists} price lists; move them first`,
          `该分级仍有 ${members} 个客户和 ${lists} 个价格表，请先调整`,
        );
      }
      await tx.customerGrade.delete({ where: { id: gradeId } });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'grade.delete',
          subjectType: 'customer_grade',
          subjectId: gradeId,
          before,
        },
        tx,
      );
      return { ok: true as const };
    });
  }

  // ---- customers -------------------------------------------------------------------------

  async listCustomers(
    auth: RequestAuth,
    query: Paged & { q?: string; gradeId?: string; ungraded?: boolean },
  ): Promise<{ items: Customer[]; total: number; page: number; pageSize: number }> {
    const where: Prisma.CompanyWhereInput = {
      id: { not: auth.companyId },
      kinds: { has: 'buyer' },
      ...(query.q
        ? {
            OR: [
              { name: { contains: query.q, mode: 'insensitive' } },
              { nameEn: { contains: query.q, mode: 'insensitive' } },
              { code: { contains: query.q, mode: 'insensitive' } },
            ],
          }
        : {}),
    };
    if (query.gradeId || query.ungraded) {
      const assigned = await this.repo.db.customerGradeAssignment.findMany({
        where: { sellerId: auth.companyId, ...(query.gradeId ? { gradeId: query.gradeId } : {}) },
        select: { buyerId: true },
      });
      const ids = assigned.map((a) => a.buyerId);
      where.AND = query.ungraded && !query.gradeId ? [{ id: { notIn: ids } }] : [{ id: { in: ids } }];
    }
    const [rows, total] = await Promise.all([
      this.repo.db.company.findMany({
        where,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
        select: { id: true, name: true, nameEn: true, region: true },
      }),
      this.repo.db.company.count({ where }),
    ]);
    return { items: await this.customers(auth, rows), total, page: query.page, pageSize: query.pageSize };
  }

  private async customers(
    auth: RequestAuth,
    rows: Array<{ id: string; name: string; nameEn: string | null; region: string }>,
  ): Promise<Customer[]> {
    const ids = rows.map((r) => r.id);
    const [grades, contracts, rebates] = await Promise.all([
      this.repo.db.customerGradeAssignment.findMany({
        where: { sellerId: auth.companyId, buyerId: { in: ids } },
      }),
      this.repo.db.priceList.findMany({
        where: {
          sellerId: auth.companyId,
          kind: 'contract',
          buyerId: { in: ids },
          status: { not: 'archived' },
        },
        select: { buyerId: true },
      }),
      this.repo.db.rebateEntry.groupBy({
        by: ['buyerId'],
        where: { sellerId: auth.companyId, buyerId: { in: ids } },
        _sum: { amountMinor: true },
      }),
    ]);
    const gradeOf = new Map(grades.map((g) => [g.buyerId, g.gradeId]));
    const withContract = new Set(contracts.map((c) => c.buyerId));
    const rebateOf = new Map(rebates.map((r) => [r.buyerId, r._sum.amountMinor ?? 0n]));
    return rows.map((r) => {
      const rebate = rebateOf.get(r.id) ?? 0n;
      return {
        buyerId: r.id,
        name: r.name,
        nameEn: r.nameEn,
        region: r.region,
        gradeId: gradeOf.get(r.id) ?? null,
        hasContract: withContract.has(r.id),
        rebateAvailableMinor: rebate > 0n ? rebate : 0n,
      };
    });
  }

  private async buyerOr404(
    auth: RequestAuth,
    buyerId: string,
    db: Tx | PricingRepository['db'] = this.repo.db,
  ) {
    const buyer = await db.company.findFirst({
      where: { id: buyerId, kinds: { has: 'buyer' }, NOT: { id: auth.companyId } },
      select: { id: true, name: true, nameEn: true, region: true },
    });
    if (!buyer) throw notFound('Buyer');
    return buyer;
  }

  /** One grade per buyer at this seller (DESIGN.md §4: deterministic); null takes it out. */
  async assignGrade(auth: RequestAuth, buyerId: string, gradeId: string | null): Promise<Customer> {
    const me = userIdOf(auth);
    return this.repo.transaction(async (tx) => {
      const buyer = await this.buyerOr404(auth, buyerId, tx);
      if (gradeId) await this.gradeOr404(auth, gradeId, tx);
      const key = { sellerId_buyerId: { sellerId: auth.companyId, buyerId } };
      const before = await tx.customerGradeAssignment.findUnique({ where: key });
      if (gradeId) {
        await tx.customerGradeAssignment.upsert({
          where: key,
          create: { sellerId: auth.companyId, buyerId, gradeId, assignedById: me },
          update: { gradeId, assignedById: me, assignedAt: new Date() },
        });
      } else if (before) {
        await tx.customerGradeAssignment.delete({ where: key });
      }
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'grade.assign',
          subjectType: 'company',
          subjectId: buyerId,
          before: { gradeId: before?.gradeId ?? null },
          after: { gradeId },
        },
        tx,
      );
      const [view] = await this.customers(auth, [buyer]);
      if (!view) throw notFound('Buyer');
      return { ...view, gradeId };
    });
  }

  // ---- price lists -------------------------------------------------------------------------

  private async listView(rows: ListRow[]): Promise<PriceList[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [counts, grades, buyers] = await Promise.all([
      this.repo.db.priceListItem.groupBy({
        by: ['priceListId'],
        where: { priceListId: { in: ids } },
        _count: { _all: true },
      }),
      this.repo.db.customerGrade.findMany({
        where: { id: { in: rows.flatMap((r) => (r.gradeId ? [r.gradeId] : [])) } },
        select: { id: true, nameZh: true, nameEn: true },
      }),
      this.repo.db.company.findMany({
        where: { id: { in: rows.flatMap((r) => (r.buyerId ? [r.buyerId] : [])) } },
        select: { id: true, name: true, nameEn: true },
      }),
    ]);
    const countOf = new Map(counts.map((c) => [c.priceListId, c._count._all]));
    const gradeOf = new Map(grades.map((g) => [g.id, g]));
    const buyerOf = new Map(buyers.map((b) => [b.id, b]));
    return rows.map((r) => {
      const delivery = deliveryFromJson(r.delivery);
      return {
        id: r.id,
        kind: r.kind,
        gradeId: r.gradeId,
        gradeNameZh: r.gradeId ? (gradeOf.get(r.gradeId)?.nameZh ?? null) : null,
        gradeNameEn: r.gradeId ? (gradeOf.get(r.gradeId)?.nameEn ?? null) : null,
        buyerId: r.buyerId,
        buyerName: r.buyerId ? (buyerOf.get(r.buyerId)?.name ?? null) : null,
        buyerNameEn: r.buyerId ? (buyerOf.get(r.buyerId)?.nameEn ?? null) : null,
        code: r.code,
        name: r.name,
        currency: r.currency,
        validFrom: day(r.validFrom),
        validTo: day(r.validTo),
        status: r.status,
        terms: (r.terms ?? null) as PriceList['terms'],
        delivery: delivery
          ? { pickups: delivery.pickups, zones: delivery.zones.map((z) => ({ ...z })) }
          : null,
        quoteValidityDays: r.quoteValidityDays,
        itemCount: countOf.get(r.id) ?? 0,
        version: r.version,
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }

  async listPriceLists(
    auth: RequestAuth,
    query: Paged & { kind?: PriceListKind; status?: ListRow['status']; q?: string },
  ) {
    const where: Prisma.PriceListWhereInput = {
      sellerId: auth.companyId,
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.q
        ? {
            OR: [
              { name: { contains: query.q, mode: 'insensitive' } },
              { code: { contains: query.q, mode: 'insensitive' } },
            ],
          }
        : {}),
    };
    const [rows, total] = await Promise.all([
      this.repo.db.priceList.findMany({
        where,
        orderBy: [{ kind: 'asc' }, { code: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.repo.db.priceList.count({ where }),
    ]);
    return { items: await this.listView(rows), total, page: query.page, pageSize: query.pageSize };
  }

  private async listOr404(
    auth: RequestAuth,
    listId: string,
    db: Tx | PricingRepository['db'] = this.repo.db,
  ) {
    const row = await db.priceList.findFirst({ where: { id: listId, sellerId: auth.companyId } });
    if (!row) throw notFound('Price list');
    return row;
  }

  async getPriceList(auth: RequestAuth, listId: string): Promise<PriceList> {
    const [view] = await this.listView([await this.listOr404(auth, listId)]);
    if (!view) throw notFound('Price list');
    return view;
  }

  private checkRules(input: {
    terms?: PriceListInput['terms'] | undefined;
    delivery?: DeliveryRule | null | undefined;
  }) {
    if (input.terms) {
      const t = validateTerms(input.terms);
      if (!t.ok) throw ruleErrorToOrpc(t.error, 'terms.');
    }
    if (input.delivery) {
      const d = validateDelivery(toEngineDelivery(input.delivery));
      if (!d.ok) throw ruleErrorToOrpc(d.error, 'delivery.');
    }
  }

  private checkValidity(validFrom: string | null, validTo: string | null) {
    if (validFrom && validTo && validTo <= validFrom) {
      throw unprocessable(
        'validTo',
        'The end must be after the start',
        '结束日期必须晚于开始日期',
        'VALIDITY_INVALID',
      );
    }
  }

  private async checkPickups(tx: Tx, delivery: DeliveryRule | null | undefined) {
    const ids = delivery?.pickups.map((p) => p.warehouseId) ?? [];
    if (ids.length === 0) return;
    const found = await tx.warehouse.count({ where: { id: { in: ids } } });
    if (found !== new Set(ids).size) {
      const known = new Set(
        (await tx.warehouse.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((w) => w.id),
      );
      const i = ids.findIndex((id) => !known.has(id));
      throw unprocessable(
        `delivery.pickups.${i}.warehouseId`,
        'Unknown warehouse',
        '未知仓库',
        'WAREHOUSE_NOT_FOUND',
      );
    }
  }

  async createPriceList(auth: RequestAuth, input: PriceListInput): Promise<PriceList> {
    this.checkRules(input);
    this.checkValidity(input.validFrom, input.validTo);
    const row = await this.repo.transaction(async (tx) => {
      if (input.kind === 'grade') {
        if (!input.gradeId)
          throw unprocessable('gradeId', 'Choose the grade this list prices', '请选择此价格表适用的客户分级');
        await this.gradeOr404(auth, input.gradeId, tx);
      }
      if (input.kind === 'contract') {
        if (!input.buyerId)
          throw unprocessable('buyerId', 'Choose the buyer of this contract', '请选择合同客户');
        await this.buyerOr404(auth, input.buyerId, tx);
      }
      const clash = await tx.priceList.findFirst({ where: { sellerId: auth.companyId, code: input.code } });
      if (clash)
        throw unprocessable('code', 'Another price list has this code', '已有价格表使用此代码', 'CODE_TAKEN');
      await this.checkPickups(tx, input.delivery);
      const created = await tx.priceList.create({
        data: {
          sellerId: auth.companyId,
          code: input.code,
          name: input.name,
          kind: input.kind,
          gradeId: input.kind === 'grade' ? input.gradeId : null,
          buyerId: input.kind === 'contract' ? input.buyerId : null,
          currency: input.currency,
          validFrom: date(input.validFrom),
          validTo: date(input.validTo),
          terms: input.terms ? (input.terms as Prisma.InputJsonValue) : Prisma.DbNull,
          delivery: deliveryToJson(input.delivery),
          quoteValidityDays: input.quoteValidityDays,
        },
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'price_list.create',
          subjectType: 'price_list',
          subjectId: created.id,
          after: input,
        },
        tx,
      );
      return created;
    });
    return this.getPriceList(auth, row.id);
  }

  async updatePriceList(
    auth: RequestAuth,
    listId: string,
    input: {
      name?: string | undefined;
      validFrom?: string | null | undefined;
      validTo?: string | null | undefined;
      terms?: PriceListInput['terms'] | undefined;
      delivery?: DeliveryRule | null | undefined;
      quoteValidityDays?: number | undefined;
      status?: ListRow['status'] | undefined;
      version: number;
    },
  ): Promise<PriceList> {
    this.checkRules(input);
    await this.repo.transaction(async (tx) => {
      const before = await this.listOr404(auth, listId, tx);
      if (before.version !== input.version) {
        throw conflict(
          'Someone changed this price list meanwhile; reload it and apply your change again',
          '此价格表已被他人修改，请刷新后重新修改',
        );
      }
      const validFrom = input.validFrom !== undefined ? input.validFrom : day(before.validFrom);
      const validTo = input.validTo !== undefined ? input.validTo : day(before.validTo);
      this.checkValidity(validFrom, validTo);
      await this.checkPickups(tx, input.delivery);
      const after = await tx.priceList.update({
        where: { id: listId },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.validFrom !== undefined ? { validFrom: date(input.validFrom) } : {}),
          ...(input.validTo !== undefined ? { validTo: date(input.validTo) } : {}),
          ...(input.terms !== undefined
            ? { terms: input.terms ? (input.terms as Prisma.InputJsonValue) : Prisma.DbNull }
            : {}),
          ...(input.delivery !== undefined ? { delivery: deliveryToJson(input.delivery) } : {}),
          ...(input.quoteValidityDays !== undefined ? { quoteValidityDays: input.quoteValidityDays } : {}),
          ...(input.status !== undefined ? { status: input.status } : {}),
          version: { increment: 1 },
        },
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'price_list.update',
          subjectType: 'price_list',
          subjectId: listId,
          before: before,
          after: after,
        },
        tx,
      );
    });
    return this.getPriceList(auth, listId);
  }

  // ---- items ------------------------------------------------------------------------------

  async listPriceItems(auth: RequestAuth, listId: string, query: Paged & { q?: string }) {
    await this.listOr404(auth, listId);
    const where: Prisma.PriceListItemWhereInput = { priceListId: listId };
    let skuIds: string[] | undefined;
    if (query.q) {
      const skus = await this.repo.db.sku.findMany({
        where: {
          sellerId: auth.companyId,
          OR: [
            { code: { contains: query.q, mode: 'insensitive' } },
            { product: { nameZh: { contains: query.q, mode: 'insensitive' } } },
            { product: { nameEn: { contains: query.q, mode: 'insensitive' } } },
          ],
        },
        select: { id: true },
        take: 5000,
      });
      skuIds = skus.map((s) => s.id);
      where.skuId = { in: skuIds };
    }
    const [rows, total] = await Promise.all([
      this.repo.db.priceListItem.findMany({
        where,
        orderBy: [{ skuId: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.repo.db.priceListItem.count({ where }),
    ]);
    return { items: await this.itemViews(rows), total, page: query.page, pageSize: query.pageSize };
  }

  private async itemViews(rows: Array<Prisma.PriceListItemGetPayload<object>>): Promise<PriceItem[]> {
    const skus = await this.repo.db.sku.findMany({
      where: { id: { in: rows.map((r) => r.skuId) } },
      select: { id: true, code: true, unit: true, product: { select: { nameZh: true, nameEn: true } } },
    });
    const skuOf = new Map(skus.map((s) => [s.id, s]));
    return rows.map((r) => {
      const sku = skuOf.get(r.skuId);
      return {
        skuId: r.skuId,
        skuCode: sku?.code ?? '',
        productNameZh: sku?.product.nameZh ?? '',
        productNameEn: sku?.product.nameEn ?? '',
        unit: sku?.unit ?? '',
        unitPrice: trimZeros(r.unitPrice.toFixed()),
        floorPrice: r.floorPrice ? trimZeros(r.floorPrice.toFixed()) : null,
        ladderMode: r.ladderMode,
        ladder: r.ladder as PriceItem['ladder'],
      };
    });
  }

  async putPriceItem(
    auth: RequestAuth,
    listId: string,
    skuId: string,
    input: PriceItemInput,
  ): Promise<PriceItem> {
    const checked = validatePriceItem({ skuId, ...input });
    if (!checked.ok) throw ruleErrorToOrpc(checked.error);
    const row = await this.repo.transaction(async (tx) => {
      await this.listOr404(auth, listId, tx);
      const sku = await tx.sku.findFirst({
        where: { id: skuId, sellerId: auth.companyId },
        select: { id: true },
      });
      if (!sku) throw notFound('SKU');
      const key = { priceListId_skuId: { priceListId: listId, skuId } };
      const before = await tx.priceListItem.findUnique({ where: key });
      const data = {
        unitPrice: input.unitPrice,
        floorPrice: input.floorPrice,
        ladderMode: input.ladderMode,
        ladder: input.ladder as Prisma.InputJsonValue,
      };
      const after = await tx.priceListItem.upsert({
        where: key,
        create: { priceListId: listId, skuId, ...data },
        update: data,
      });
      await tx.priceList.update({ where: { id: listId }, data: { version: { increment: 1 } } });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'price_list.item.put',
          subjectType: 'price_list',
          subjectId: listId,
          before: before,
          after: after,
        },
        tx,
      );
      return after;
    });
    const [view] = await this.itemViews([row]);
    if (!view) throw notFound('SKU');
    return view;
  }

  async deletePriceItem(auth: RequestAuth, listId: string, skuId: string): Promise<{ ok: true }> {
    await this.repo.transaction(async (tx) => {
      await this.listOr404(auth, listId, tx);
      const key = { priceListId_skuId: { priceListId: listId, skuId } };
      const before = await tx.priceListItem.findUnique({ where: key });
      if (!before) throw notFound('Price');
      await tx.priceListItem.delete({ where: key });
      await tx.priceList.update({ where: { id: listId }, data: { version: { increment: 1 } } });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'price_list.item.delete',
          subjectType: 'price_list',
          subjectId: listId,
          before,
        },
        tx,
      );
    });
    return { ok: true };
  }

  // ---- rebates ------------------------------------------------------------------------------

  async listRebates(auth: RequestAuth, query: Paged & { buyerId?: string }) {
    const where: Prisma.RebateEntryWhereInput = {
      sellerId: auth.companyId,
      ...(query.buyerId ? { buyerId: query.buyerId } : {}),
    };
    const [rows, total] = await Promise.all([
      this.repo.db.rebateEntry.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.repo.db.rebateEntry.count({ where }),
    ]);
    const buyers = await this.repo.db.company.findMany({
      where: { id: { in: rows.map((r) => r.buyerId) } },
      select: { id: true, name: true, nameEn: true },
    });
    const buyerOf = new Map(buyers.map((b) => [b.id, b]));
    return {
      items: rows.map((r) => ({
        id: r.id,
        buyerId: r.buyerId,
        buyerName: buyerOf.get(r.buyerId)?.name ?? '',
        buyerNameEn: buyerOf.get(r.buyerId)?.nameEn ?? null,
        amountMinor: r.amountMinor,
        currency: r.currency,
        reason: r.reason,
        quoteId: r.quoteId,
        createdAt: r.createdAt.toISOString(),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async grantRebate(
    auth: RequestAuth,
    input: { buyerId: string; amountMinor: bigint; currency: string; reason: string },
  ) {
    const me = userIdOf(auth);
    return this.repo.transaction(async (tx) => {
      const buyer = await this.buyerOr404(auth, input.buyerId, tx);
      const row = await tx.rebateEntry.create({
        data: { sellerId: auth.companyId, createdById: me, ...input },
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'rebate.grant',
          subjectType: 'rebate',
          subjectId: row.id,
          after: input,
        },
        tx,
      );
      return {
        id: row.id,
        buyerId: row.buyerId,
        buyerName: buyer.name,
        buyerNameEn: buyer.nameEn,
        amountMinor: row.amountMinor,
        currency: row.currency,
        reason: row.reason,
        quoteId: null,
        createdAt: row.createdAt.toISOString(),
      };
    });
  }
}
