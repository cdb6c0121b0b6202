import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { withEventMeta } from '@orpc/server';
import {
  campaignTransition,
  checkCampaignTerms,
  ladderProgress,
  type CampaignActor,
  type CampaignCommand,
} from '@tradeway/server/group-buy/domain';
import { GroupBuyRepository } from '@tradeway/server/group-buy/data-access';
import {
  AuditService,
  companyNames,
  type CompanyNames,
  departmentOfMembership,
  notFoundError,
  type Prisma,
  type RequestAuth,
} from '@tradeway/server/platform';
import { chinaDay } from '@tradeway/server/pricing/data-access';
import { parseDecimal, QUANTITY_PLACES } from '@tradeway/server/pricing/domain';
import {
  REGION_CODES,
  type Campaign,
  type CampaignInput,
  type CampaignMonitor,
  type CampaignProgress,
  type CampaignSummary,
  type CommitmentResult,
} from '@tradeway/shared/contracts';
import { CampaignFeed, type CampaignPulse } from './campaign-feed';
import { CommitmentApprovals } from './commitment-approvals';
import { ladderOf, priceText, quantityText, storedQuantity, storedPrice } from './campaign-terms-of';
import { GroupBuyDeadlines } from './group-buy-deadlines';
import { groupBuyErrorToOrpc, refuse } from './group-buy-errors';
import { JoinDesk, type PoolAfter } from './join-desk';

type CampaignRow = NonNullable<Awaited<ReturnType<GroupBuyRepository['findCampaign']>>>;
type Side = Campaign['side'];
type CompanyFacts = { id: string; kinds: string[]; regionCode: string | null };
type CampaignNames = Pick<
  Campaign,
  | 'organiserName'
  | 'organiserNameEn'
  | 'sellerName'
  | 'sellerNameEn'
  | 'skuCode'
  | 'productName'
  | 'productNameEn'
>;

/** A campaign's organiser, seller and product, by their Chinese and (where given) English names. */
function partyNames(
  row: Pick<CampaignRow, 'organiserId' | 'sellerId'>,
  companies: ReadonlyMap<string, CompanyNames>,
  product: { nameZh: string; nameEn: string } | undefined,
): Omit<CampaignNames, 'skuCode'> {
  return {
    organiserName: companies.get(row.organiserId)?.name ?? '',
    organiserNameEn: companies.get(row.organiserId)?.nameEn ?? null,
    sellerName: companies.get(row.sellerId)?.name ?? '',
    sellerNameEn: companies.get(row.sellerId)?.nameEn ?? null,
    productName: product?.nameZh ?? '',
    // a product's English name is required, but may have been left empty
    productNameEn: product?.nameEn || null,
  };
}

type CommitmentRow = NonNullable<Awaited<ReturnType<GroupBuyRepository['commitment']>>>;
type RequestRow = NonNullable<Awaited<ReturnType<GroupBuyRepository['latestRequest']>>>;

const VISIBLE_TO_ELIGIBLE = new Set(['open', 'settling', 'succeeded', 'failed', 'cancelled']);

function quantityOf(text: string, field: string): bigint {
  const v = parseDecimal(text, QUANTITY_PLACES);
  if (v === null) throw refuse('CAMPAIGN_LADDER_NOT_ASCENDING', { field });
  return v;
}

/**
 * Group buys (DESIGN.md §7, decision 0023): campaigns created by a seller for its SKU, by a buyer
 * gathering peers or by the operator; published (and, organised by another, confirmed by the
 * seller); joined through the join desk; settled by the deadline job. Who may see a campaign: its
 * organiser and seller always; while open, every buyer company (only those of its regions may
 * join); afterwards its participants. Another company gets 404, and nobody but the organiser and
 * the seller sees who committed what.
 */
@Injectable()
export class GroupBuyService implements OnModuleDestroy {
  private readonly shutdown = new AbortController();
  /**
   * What the join path reads on every request and rarely changes, kept a short while per process:
   * a company's kinds and province (30 s), a membership's department (30 s), a campaign's names
   * (organiser, seller, SKU: fixed once created, 60 s). A join is judged on the locked pool; these
   * only decide who may see a campaign and what its page says.
   */
  private readonly companies = new LRUCache<string, { facts: CompanyFacts | null }>({
    max: 10_000,
    ttl: 30_000,
  });
  private readonly departments = new LRUCache<string, { id: string | null }>({ max: 10_000, ttl: 30_000 });
  private readonly names = new LRUCache<string, CampaignNames>({ max: 2_000, ttl: 60_000 });

  constructor(
    private readonly repo: GroupBuyRepository,
    private readonly desk: JoinDesk,
    private readonly audit: AuditService,
    private readonly feed: CampaignFeed,
    private readonly deadlines: GroupBuyDeadlines,
    private readonly commitmentApprovals: CommitmentApprovals,
  ) {}

  onModuleDestroy(): void {
    this.shutdown.abort();
  }

  async create(auth: RequestAuth, input: CampaignInput, now = new Date()): Promise<Campaign> {
    if (!auth.userId) throw refuse('CAMPAIGN_ACTOR_NOT_ALLOWED');
    const userId = auth.userId;
    const me = await this.repo.company(this.repo.db, auth.companyId);
    const sku = await this.repo.sku(this.repo.db, input.skuId);
    if (!me || !sku) throw refuse('CAMPAIGN_SKU_NOT_SELLABLE', { field: 'skuId' });
    const organiserKind = me.kinds.includes('operator')
      ? 'operator'
      : sku.sellerId === auth.companyId
        ? 'seller'
        : me.kinds.includes('buyer')
          ? 'buyer'
          : null;
    if (organiserKind === null) throw refuse('CAMPAIGN_NOT_SELLER_SKU', { field: 'skuId' });
    const ladder = input.ladder.map((t, i) => ({
      minQuantity: quantityOf(t.minQuantity, `ladder.${i}.minQuantity`),
      unitPrice: storedPrice(t.unitPrice),
    }));
    const q = (v: string | null) => (v === null ? null : storedQuantity(v));
    const checked = checkCampaignTerms({
      ladder,
      minTotal: storedQuantity(input.minTotal),
      maxTotal: q(input.maxTotal),
      perBuyerMin: q(input.perBuyerMin),
      perBuyerMax: q(input.perBuyerMax),
      lockAt: new Date(input.lockAt),
      deadline: new Date(input.deadline),
      regions: input.regions,
      deliveryMonths: input.deliveryMonths,
      depositBps: input.depositBps,
      now,
      knownRegions: REGION_CODES,
    });
    if (!checked.ok) throw groupBuyErrorToOrpc(checked.error);
    const id = randomUUID();
    await this.repo.transaction(async (tx) => {
      const number = await this.repo.nextNumber(tx, chinaDay(now));
      await this.repo.createCampaign(tx, {
        id,
        number,
        organiserId: auth.companyId,
        organiserKind,
        sellerId: sku.sellerId,
        skuId: sku.id,
        status: 'draft',
        title: input.title,
        description: input.description,
        unit: sku.unit,
        taxRateBps: sku.product.category.taxRateBps,
        regions: [...new Set(input.regions)],
        ladder: ladder.map((t) => ({
          minQuantity: quantityText(t.minQuantity),
          unitPrice: priceText(t.unitPrice),
        })),
        minTotal: input.minTotal,
        maxTotal: input.maxTotal,
        perBuyerMin: input.perBuyerMin,
        perBuyerMax: input.perBuyerMax,
        lockAt: new Date(input.lockAt),
        deadline: new Date(input.deadline),
        deliveryMonths: input.deliveryMonths,
        depositBps: input.depositBps,
        paymentTerm: input.paymentTerm,
        createdById: userId,
        departmentId: await departmentOfMembership(tx, auth.membershipId),
        createdAt: now,
      });
      await this.repo.addEvent(tx, {
        campaignId: id,
        kind: 'campaign.created',
        actorCompanyId: auth.companyId,
        actorUserId: userId,
        data: { number },
        at: now,
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'group_buy.create',
          subjectType: 'group_buy',
          subjectId: id,
          after: {
            number,
            skuId: sku.id,
            ladder: input.ladder,
            minTotal: input.minTotal,
            maxTotal: input.maxTotal,
          },
        },
        tx,
      );
    });
    return this.get(auth, id);
  }

  private async company(companyId: string): Promise<CompanyFacts | null> {
    const cached = this.companies.get(companyId);
    if (cached) return cached.facts;
    const facts = await this.repo.company(this.repo.db, companyId);
    this.companies.set(companyId, { facts });
    return facts;
  }

  private async department(auth: RequestAuth): Promise<string | null> {
    if (!auth.membershipId) return null;
    const cached = this.departments.get(auth.membershipId);
    if (cached) return cached.id;
    const id = await departmentOfMembership(this.repo.db, auth.membershipId);
    this.departments.set(auth.membershipId, { id });
    return id;
  }

  private async namesOf(row: CampaignRow): Promise<CampaignNames> {
    const cached = this.names.get(row.id);
    if (cached) return cached;
    const [companies, skus] = await Promise.all([
      companyNames(this.repo.db, [row.organiserId, row.sellerId]),
      this.repo.skus(this.repo.db, [row.skuId]),
    ]);
    const names = { ...partyNames(row, companies, skus[0]?.product), skuCode: skus[0]?.code ?? '' };
    this.names.set(row.id, names);
    return names;
  }

  /** The caller's side of a campaign (and its commitment, when it looked), or 404. */
  private async visible(
    auth: RequestAuth,
    campaignId: string,
  ): Promise<{ row: CampaignRow; side: Side; eligible: boolean; mine?: CommitmentRow | null }> {
    const [found, me] = await Promise.all([
      this.repo.campaignWithCommitment(campaignId, auth.companyId),
      this.company(auth.companyId),
    ]);
    if (!found) throw notFoundError('Group buy');
    const row = found.campaign;
    const eligible =
      !!me &&
      me.kinds.includes('buyer') &&
      me.id !== row.sellerId &&
      me.regionCode !== null &&
      row.regions.includes(me.regionCode);
    if (row.organiserId === auth.companyId)
      return { row, side: 'organiser', eligible, mine: found.commitment };
    if (row.sellerId === auth.companyId) return { row, side: 'seller', eligible: false, mine: null };
    if (VISIBLE_TO_ELIGIBLE.has(row.status)) {
      const mine = found.commitment;
      if (mine) return { row, side: 'buyer', eligible, mine };
      // an open campaign is on the market for every buyer; only its regions' buyers may join
      if (row.status === 'open' && me?.kinds.includes('buyer')) return { row, side: 'buyer', eligible, mine };
    }
    throw notFoundError('Group buy');
  }

  private progressOf(
    row: { ladder: unknown; minTotal: { toString(): string }; maxTotal: { toString(): string } | null },
    pulse: Pick<CampaignPulse, 'status' | 'total' | 'participants'>,
  ): CampaignProgress {
    const total = storedQuantity(pulse.total);
    const p = ladderProgress(
      ladderOf(row.ladder),
      total,
      storedQuantity(row.minTotal.toString()),
      row.maxTotal === null ? null : storedQuantity(row.maxTotal.toString()),
    );
    return {
      status: pulse.status,
      total: quantityText(total),
      participants: pulse.participants,
      currentPrice: priceText(p.currentPrice),
      nextTier: p.nextTier
        ? {
            unitPrice: priceText(p.nextTier.unitPrice),
            minQuantity: quantityText(p.nextTier.minQuantity),
            needed: quantityText(p.nextTier.needed),
          }
        : null,
      room: p.room === null ? null : quantityText(p.room),
      minTotal: quantityText(storedQuantity(row.minTotal.toString())),
      minReachedBps: p.minReachedBps,
      serverTime: new Date().toISOString(),
    };
  }

  async get(auth: RequestAuth, campaignId: string): Promise<Campaign> {
    const seen = await this.visible(auth, campaignId);
    const [names, mine, request] = await Promise.all([
      this.namesOf(seen.row),
      seen.mine !== undefined ? seen.mine : this.repo.commitment(this.repo.db, campaignId, auth.companyId),
      this.repo.latestRequest(this.repo.db, campaignId, auth.companyId),
    ]);
    const { row } = seen;
    return this.view(seen, names, {
      pool: { status: row.status, total: row.total.toString(), participants: row.participants },
      mine: mine
        ? {
            quantity: quantityText(storedQuantity(mine.quantity.toString())),
            deliveryMonth: mine.deliveryMonth,
            depositMinor: mine.depositMinor,
            depositStatus: mine.depositStatus,
            orderId: mine.orderId,
            updatedAt: mine.updatedAt.toISOString(),
          }
        : null,
      request,
    });
  }

  private requestView(request: RequestRow): NonNullable<Campaign['pendingRequest']> {
    return {
      quantity: quantityText(storedQuantity(request.quantity.toString())),
      deliveryMonth: request.deliveryMonth,
      status: request.status,
      refusalCode: request.refusalCode,
      approvalRequestId: request.approvalRequestId,
      createdAt: request.createdAt.toISOString(),
    };
  }

  /** A campaign as its viewer sees it, from its row, its names and the live parts. */
  private view(
    seen: { row: CampaignRow; side: Side; eligible: boolean },
    names: CampaignNames,
    live: {
      pool: Pick<CampaignPulse, 'status' | 'total' | 'participants'>;
      mine: Campaign['mine'];
      request: RequestRow | null;
    },
  ): Campaign {
    const { row, side, eligible } = seen;
    const optional = (d: { toString(): string } | null) =>
      d === null ? null : quantityText(storedQuantity(d.toString()));
    const request = live.request;
    return {
      id: row.id,
      number: row.number,
      side,
      organiserKind: row.organiserKind,
      ...names,
      sellerId: row.sellerId,
      skuId: row.skuId,
      unit: row.unit,
      currency: row.currency,
      title: row.title,
      description: row.description,
      regions: row.regions,
      ladder: row.ladder as Campaign['ladder'],
      minTotal: quantityText(storedQuantity(row.minTotal.toString())),
      maxTotal: optional(row.maxTotal),
      perBuyerMin: optional(row.perBuyerMin),
      perBuyerMax: optional(row.perBuyerMax),
      lockAt: row.lockAt.toISOString(),
      deadline: row.deadline.toISOString(),
      deliveryMonths: row.deliveryMonths,
      depositBps: row.depositBps,
      paymentTerm: row.paymentTerm as Campaign['paymentTerm'],
      progress: this.progressOf(row, live.pool),
      eligible,
      mine: live.mine,
      pendingRequest: request ? this.requestView(request) : null,
      finalPrice: row.finalPrice === null ? null : priceText(storedPrice(row.finalPrice.toString())),
      settledAt: row.settledAt?.toISOString() ?? null,
      cancelReason: row.cancelReason,
      createdAt: row.createdAt.toISOString(),
    };
  }

  async list(
    auth: RequestAuth,
    query: {
      page: number;
      pageSize: number;
      scope: 'discover' | 'mine';
      status?: Campaign['progress']['status'][] | undefined;
      q?: string | undefined;
    },
  ): Promise<{ items: CampaignSummary[]; total: number; page: number; pageSize: number }> {
    const me = await this.repo.company(this.repo.db, auth.companyId);
    const text: Prisma.GroupBuyCampaignWhereInput = query.q
      ? { OR: [{ title: { contains: query.q, mode: 'insensitive' } }, { number: { contains: query.q } }] }
      : {};
    const status: Prisma.GroupBuyCampaignWhereInput = query.status ? { status: { in: query.status } } : {};
    let where: Prisma.GroupBuyCampaignWhereInput;
    if (query.scope === 'discover') {
      const region = me?.kinds.includes('buyer') ? me.regionCode : null;
      where = region
        ? { status: 'open', regions: { has: region }, sellerId: { not: auth.companyId }, ...text }
        : { id: { in: [] } };
    } else {
      const joined = await this.repo.joinedIds(this.repo.db, auth.companyId);
      where = {
        AND: [
          {
            OR: [
              { organiserId: auth.companyId },
              { sellerId: auth.companyId, status: { not: 'draft' } },
              { id: { in: joined } },
            ],
          },
          status,
          text,
        ],
      };
    }
    const page = await this.repo.list(
      this.repo.db,
      where,
      { skip: (query.page - 1) * query.pageSize, take: query.pageSize },
      query.scope === 'discover'
        ? [{ deadline: 'asc' }, { id: 'asc' }]
        : [{ createdAt: 'desc' }, { id: 'asc' }],
    );
    const names = await companyNames(
      this.repo.db,
      page.items.flatMap((r) => [r.organiserId, r.sellerId]),
    );
    const skus = new Map(
      (
        await this.repo.skus(
          this.repo.db,
          page.items.map((r) => r.skuId),
        )
      ).map((s) => [s.id, s]),
    );
    const joined = new Set(
      query.scope === 'mine' ? await this.repo.joinedIds(this.repo.db, auth.companyId) : [],
    );
    return {
      items: page.items.map((row) => ({
        id: row.id,
        number: row.number,
        side:
          row.organiserId === auth.companyId
            ? 'organiser'
            : row.sellerId === auth.companyId
              ? 'seller'
              : 'buyer',
        ...partyNames(row, names, skus.get(row.skuId)?.product),
        unit: row.unit,
        title: row.title,
        regions: row.regions,
        deadline: row.deadline.toISOString(),
        progress: this.progressOf(row, {
          status: row.status,
          total: row.total.toString(),
          participants: row.participants,
        }),
        eligible:
          !!me?.regionCode &&
          me.kinds.includes('buyer') &&
          row.sellerId !== auth.companyId &&
          row.regions.includes(me.regionCode) &&
          (row.status === 'open' || joined.has(row.id)),
      })),
      total: page.total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** publish, confirm and cancel: the lifecycle under the campaign's lock. */
  private async apply(
    auth: RequestAuth,
    campaignId: string,
    command: CampaignCommand,
    now = new Date(),
  ): Promise<Campaign> {
    const { row, side } = await this.visible(auth, campaignId);
    const actor: CampaignActor | null =
      side === 'organiser' ? 'organiser' : side === 'seller' ? 'seller' : null;
    if (!actor) throw refuse('CAMPAIGN_ACTOR_NOT_ALLOWED');
    // a seller organising its own campaign acts as both
    const acts: CampaignActor =
      command.kind === 'confirm' && row.sellerId === auth.companyId ? 'seller' : actor;
    const opened = await this.repo.transaction(async (tx) => {
      const pool = await this.repo.lockPool(tx, campaignId);
      if (!pool) throw notFoundError('Group buy');
      const t = campaignTransition({ status: pool.status, deadline: pool.deadline }, command, acts, now);
      if (!t.ok) throw groupBuyErrorToOrpc(t.error);
      const data: Prisma.GroupBuyCampaignUncheckedUpdateInput = { status: t.value.to };
      if (command.kind === 'publish') data.publishedAt = now;
      if (t.value.to === 'open') data.openedAt = now;
      if (command.kind === 'cancel') {
        data.cancelledAt = now;
        data.cancelReason = command.reason;
      }
      await this.repo.setStatus(tx, campaignId, pool.status, data);
      await this.repo.addEvent(tx, {
        campaignId,
        kind: t.value.event,
        actorCompanyId: auth.companyId,
        actorUserId: auth.userId,
        data: command.kind === 'cancel' ? { reason: command.reason } : {},
        at: now,
      });
      if (command.kind === 'cancel') await this.releaseAll(tx, campaignId, pool.total, now);
      await this.audit.record(
        auth,
        {
          companyId: row.organiserId,
          action: `group_buy.${command.kind}`,
          subjectType: 'group_buy',
          subjectId: campaignId,
          before: { status: t.value.from },
          after: { status: t.value.to, ...(command.kind === 'cancel' ? { reason: command.reason } : {}) },
        },
        tx,
      );
      return t.value.to === 'open';
    });
    if (opened) await this.deadlines.schedule(campaignId, row.deadline, now);
    await this.feed.announce(campaignId);
    return this.get(auth, campaignId);
  }

  /** Every held deposit released (a cancelled campaign). */
  private async releaseAll(tx: Prisma.TransactionClient, campaignId: string, total: string, now: Date) {
    for (;;) {
      const batch = await this.repo.unsettled(tx, campaignId, 500);
      if (batch.length === 0) return;
      await this.repo.settle(
        tx,
        campaignId,
        batch.map((c) => ({
          buyerId: c.buyerId,
          status: 'released' as const,
          orderId: null,
          quantity: c.quantity.toString(),
          deliveryMonth: c.deliveryMonth,
          depositMinor: c.depositMinor,
          total,
        })),
        now,
      );
    }
  }

  publish(auth: RequestAuth, campaignId: string, now = new Date()) {
    return this.repo
      .findCampaign(this.repo.db, campaignId)
      .then((row) =>
        this.apply(
          auth,
          campaignId,
          { kind: 'publish', sellerOrganised: row?.organiserKind === 'seller' },
          now,
        ),
      );
  }

  confirm(auth: RequestAuth, campaignId: string, now = new Date()) {
    return this.apply(auth, campaignId, { kind: 'confirm' }, now);
  }

  cancel(auth: RequestAuth, campaignId: string, reason: string, now = new Date()) {
    return this.apply(auth, campaignId, { kind: 'cancel', reason }, now);
  }

  /** Join or change my company's commitment through the join desk (judged under the campaign's lock). */
  /**
   * Join, change or (quantity null) withdraw my company's commitment through the join desk. The
   * answer is built from what the desk decided and the pool its batch left — the hot path reads
   * the campaign once and nothing after the commit.
   */
  async join(
    auth: RequestAuth,
    input: { campaignId: string; quantity: string | null; deliveryMonth?: string },
  ): Promise<CommitmentResult> {
    // the desk reads the buyer, its policy and the pool once a batch; a draft is not found there
    const departmentId = await this.department(auth);
    const attempt = {
      buyerId: auth.companyId,
      userId: auth.userId,
      departmentId,
      quantity: input.quantity === null ? null : storedQuantity(input.quantity),
      deliveryMonth: input.deliveryMonth ?? '',
    };
    const outcome = await this.desk.commit(input.campaignId, attempt);
    if (outcome.kind === 'not_found') throw notFoundError('Group buy');
    if (outcome.kind === 'refused') throw groupBuyErrorToOrpc(outcome.error);
    if (outcome.kind === 'needs_approval' && input.quantity !== null) {
      // a join or raise above the buyer's limit passes its approval policy first
      const { row } = await this.visible(auth, input.campaignId);
      await this.commitmentApprovals.submit(auth, row, {
        quantity: input.quantity,
        deliveryMonth: attempt.deliveryMonth,
        departmentId,
      });
      const after = await this.get(auth, input.campaignId);
      return {
        campaignId: after.id,
        mine: after.mine,
        pendingRequest: after.pendingRequest,
        progress: after.progress,
      };
    }
    if (outcome.kind !== 'done') throw notFoundError('Group buy');
    const d = outcome.decision;
    return {
      campaignId: input.campaignId,
      mine:
        d.kind === 'withdrawn'
          ? null
          : {
              quantity: quantityText(d.quantity),
              deliveryMonth: d.deliveryMonth,
              depositMinor: d.depositMinor,
              depositStatus: 'held',
              orderId: null,
              updatedAt: outcome.at.toISOString(),
            },
      // a request decided earlier stays on the campaign's page; the join answers what it changed
      pendingRequest: null,
      progress: this.progressOf(outcome.terms, outcome.pool satisfies PoolAfter),
    };
  }

  /** The live progress (server-sent events): the progress now, then after each committed change. */
  async live(
    auth: RequestAuth,
    campaignId: string,
    signal?: AbortSignal,
  ): Promise<AsyncGenerator<CampaignProgress>> {
    const { row } = await this.visible(auth, campaignId);
    const ends = signal ? AbortSignal.any([signal, this.shutdown.signal]) : this.shutdown.signal;
    return this.stream(row, ends);
  }

  private async *stream(row: CampaignRow, signal: AbortSignal): AsyncGenerator<CampaignProgress> {
    let latest: CampaignPulse | null = null;
    let wake: (() => void) | null = null;
    const stop = this.feed.watch(row.id, (pulse) => {
      if (latest === null || pulse.version >= latest.version) latest = pulse;
      wake?.();
    });
    const aborted = new Promise<void>((resolve) =>
      signal.addEventListener('abort', () => resolve(), { once: true }),
    );
    try {
      let sent = row.version;
      yield withEventMeta(
        this.progressOf(row, {
          status: row.status,
          total: row.total.toString(),
          participants: row.participants,
        }),
        { id: String(row.version) },
      );
      while (!signal.aborted) {
        if (latest === null) {
          await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
          wake = null;
          continue;
        }
        const pulse: CampaignPulse = latest;
        latest = null;
        if (pulse.version <= sent) continue;
        sent = pulse.version;
        yield withEventMeta(this.progressOf(row, pulse), { id: String(pulse.version) });
      }
    } finally {
      stop();
    }
  }

  /** The organiser's and the seller's monitor. */
  async monitor(auth: RequestAuth, campaignId: string): Promise<CampaignMonitor> {
    const { side } = await this.visible(auth, campaignId);
    if (side === 'buyer') throw notFoundError('Group buy');
    const [participants, totals] = await Promise.all([
      this.repo.participants(this.repo.db, campaignId),
      this.repo.totals(this.repo.db, campaignId),
    ]);
    const names = await companyNames(
      this.repo.db,
      participants.map((p) => p.buyerId),
    );
    const regions = new Map(
      await Promise.all(
        participants.map(
          async (p) =>
            [p.buyerId, (await this.repo.company(this.repo.db, p.buyerId))?.regionCode ?? ''] as const,
        ),
      ),
    );
    const months = new Map<string, { quantity: bigint; participants: number }>();
    let held = 0n;
    for (const p of participants) {
      const m = months.get(p.deliveryMonth) ?? { quantity: 0n, participants: 0 };
      months.set(p.deliveryMonth, {
        quantity: m.quantity + storedQuantity(p.quantity.toString()),
        participants: m.participants + 1,
      });
      if (p.depositStatus === 'held') held += p.depositMinor;
    }
    return {
      campaignId,
      participants: participants.map((p) => ({
        buyerId: p.buyerId,
        buyerName: names.get(p.buyerId)?.name ?? '',
        buyerNameEn: names.get(p.buyerId)?.nameEn ?? null,
        region: regions.get(p.buyerId) ?? '',
        quantity: quantityText(storedQuantity(p.quantity.toString())),
        deliveryMonth: p.deliveryMonth,
        depositMinor: p.depositMinor,
        depositStatus: p.depositStatus,
        orderId: p.orderId,
        joinedAt: p.joinedAt.toISOString(),
        updatedAt: p.updatedAt.toISOString(),
      })),
      byMonth: [...months.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, m]) => ({ month, quantity: quantityText(m.quantity), participants: m.participants })),
      curve: totals.map((t) => ({
        at: t.at.toISOString(),
        total: quantityText(storedQuantity(t.total.toString())),
      })),
      depositsHeldMinor: held,
      orders: participants.filter((p) => p.orderId !== null).length,
    };
  }
}
