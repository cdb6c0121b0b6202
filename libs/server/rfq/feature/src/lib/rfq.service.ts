import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ORPCError } from '@orpc/server';
import { randomUUID } from 'node:crypto';
import {
  ApprovalGateway,
  AuditService,
  checkUpload,
  FileStorage,
  MAX_ATTACHMENT_BYTES,
  Prisma,
  QUEUES,
  QueueDriver,
  type RequestAuth,
  companyNames,
  departmentOfMembership,
  queueMail,
  recordActivity,
  userEmail,
} from '@tradeway/server/platform';
import { RfqRepository, type RfqRow } from '@tradeway/server/rfq/data-access';
import {
  calendarDayIn,
  checkDeadlineLead,
  checkRfqSchedule,
  quotesVisibleTo,
  type RfqCommand,
  rfqTransition,
  type RfqState,
} from '@tradeway/server/rfq/domain';
import type { ListRfqsQuery, Rfq, RfqInboxQuery, RfqInput, RfqPage } from '@tradeway/shared/contracts';
import { invalidField, rfqErrorToOrpc, rfqNotFound } from './rfq-errors';
import { rfqView } from './rfq-views';

type Tx = Prisma.TransactionClient;
type Db = Tx | RfqRepository['db'];

/** Most attachments one RFQ may carry. */
export const MAX_RFQ_ATTACHMENTS = 20;
/** Steps of an RFQ that the invited sellers hear of by mail (zh / en). */
const SELLER_NOTICES: Partial<Record<string, { zh: string; en: string }>> = {
  'rfq.published': { zh: '新询价邀请', en: 'New request for quotation' },
  'rfq.cancelled': { zh: '询价已取消', en: 'Request for quotation cancelled' },
};

const json = (value: unknown): Prisma.InputJsonObject =>
  JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;

/**
 * RFQs of the buyer (DESIGN.md §5): drafts, publication through the buyer's `rfq_publication`
 * policy, cancellation, attachments, the reads of both sides, and the deadline: the close
 * (a delayed job at the deadline and a sweep; idempotent) and the expiry of RFQs never awarded.
 * Every transition goes through the domain's `rfqTransition`, writes its timeline event and
 * audit entry in the same transaction, and tells the sellers concerned.
 */
@Injectable()
export class RfqService implements OnModuleInit {
  private readonly logger = new Logger(RfqService.name);

  constructor(
    private readonly repo: RfqRepository,
    private readonly approvals: ApprovalGateway,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly queues: QueueDriver,
  ) {}

  onModuleInit(): void {
    this.approvals.registerSubject('rfq_publication', {
      titles: async (db, ids) => {
        const rows = await db.rfq.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, number: true, title: true },
        });
        return new Map(rows.map((r) => [r.id, `${r.number} · ${r.title}`]));
      },
      onDecided: async (tx, subject, outcome, now) => {
        const rfq = await this.repo.lockRfq(tx, subject.id);
        if (!rfq || rfq.status !== 'pending_approval') return;
        // Approved too late (sellers would no longer get their hour): back to draft instead.
        const command: RfqCommand =
          outcome === 'approved' && checkDeadlineLead(rfq.deadline, now).ok
            ? { kind: 'approve_publication' }
            : { kind: 'reject_publication' };
        await this.apply(tx, rfq, command, 'system', null, now);
      },
    });
  }

  // ---- drafts -------------------------------------------------------------------------------

  private async checkInput(db: Db, input: RfqInput): Promise<void> {
    const schedule = checkRfqSchedule({
      deadline: new Date(input.deadline),
      deliveryDate: input.deliveryDate,
    });
    if (!schedule.ok) throw rfqErrorToOrpc(schedule.error);
    if (input.openToCategory && !input.categoryId) {
      throw invalidField(
        'categoryId',
        'An RFQ open to a category needs the category',
        '向品类开放的询价必须选择品类',
      );
    }
    if (input.categoryId && !(await this.repo.categoryExists(db, input.categoryId))) {
      throw rfqNotFound('Category', 'categoryId');
    }
    if (!input.openToCategory && input.invitedSellerIds.length === 0) {
      throw invalidField(
        'invitedSellerIds',
        'Invite at least one seller, or open the RFQ to the sellers of its category',
        '请至少邀请一家卖方，或向该品类的卖方开放',
      );
    }
    const sellers = await this.repo.sellerIds(db, input.invitedSellerIds);
    const notSeller = input.invitedSellerIds.findIndex((id) => !sellers.has(id));
    if (notSeller >= 0) throw rfqNotFound('Seller', `invitedSellerIds.${notSeller}`);
    const skuIds = input.items.map((i) => i.skuId).filter((id): id is string => id !== null);
    const skus = await this.repo.existingSkuIds(db, skuIds);
    const unknownSku = input.items.findIndex((i) => i.skuId !== null && !skus.has(i.skuId));
    if (unknownSku >= 0) throw rfqNotFound('SKU', `items.${unknownSku}.skuId`);
  }

  private draftData(input: RfqInput) {
    return {
      title: input.title,
      description: input.description,
      categoryId: input.categoryId,
      openToCategory: input.openToCategory,
      sealed: input.sealed,
      deliveryDate: new Date(`${input.deliveryDate}T00:00:00Z`),
      deliveryRegion: input.deliveryRegion,
      deliveryAddress: input.deliveryAddress,
      acceptedPaymentTerms: [...new Set(input.acceptedPaymentTerms)],
      costOfCapitalBps: input.costOfCapitalBps,
      vatRecoverable: input.vatRecoverable,
      deadline: new Date(input.deadline),
    };
  }

  private itemsData(input: RfqInput) {
    return input.items.map((item, i) => ({
      itemNo: i + 1,
      skuId: item.skuId,
      description: item.description,
      specification: item.specification,
      quantity: item.quantity,
      unit: item.unit,
    }));
  }

  async create(auth: RequestAuth, input: RfqInput, now = new Date()): Promise<Rfq> {
    if (!auth.userId)
      throw new ORPCError('FORBIDDEN', { status: 403, message: 'Only a person may create RFQs' });
    const userId = auth.userId;
    await this.checkInput(this.repo.db, input);
    const id = await this.repo.transaction(async (tx) => {
      const id = randomUUID();
      const number = await this.repo.nextRfqNumber(tx, calendarDayIn(now));
      await this.repo.createRfq(tx, {
        id,
        number,
        buyerId: auth.companyId,
        status: 'draft',
        createdById: userId,
        departmentId: await departmentOfMembership(tx, auth.membershipId),
        createdAt: now,
        ...this.draftData(input),
        items: { create: this.itemsData(input) },
        invitations: {
          create: [...new Set(input.invitedSellerIds)].map((sellerId) => ({ sellerId, createdAt: now })),
        },
      });
      await this.repo.addEvent(tx, {
        rfqId: id,
        kind: 'rfq.created',
        actorCompanyId: auth.companyId,
        actorUserId: userId,
        data: { number },
        at: now,
      });
      await recordActivity(tx, auth.companyId, userId, 'rfq.create', now);
      return id;
    });
    return this.get(auth, id, now);
  }

  async update(
    auth: RequestAuth,
    rfqId: string,
    input: RfqInput & { version?: number },
    now = new Date(),
  ): Promise<Rfq> {
    // Another company's RFQ does not exist for me: 404 before anything about the input.
    const own = await this.repo.findRfq(this.repo.db, rfqId);
    if (!own || own.buyerId !== auth.companyId) throw rfqNotFound();
    await this.checkInput(this.repo.db, input);
    await this.repo.transaction(async (tx) => {
      const rfq = await this.lockOwn(tx, auth, rfqId);
      if (rfq.status !== 'draft') {
        throw rfqErrorToOrpc({
          code: 'RFQ_TRANSITION_NOT_ALLOWED',
          params: { state: rfq.status, command: 'update', actor: 'buyer' },
        });
      }
      this.checkVersion(rfq, input.version);
      await this.repo.replaceDraft(
        tx,
        rfqId,
        { ...this.draftData(input), version: { increment: 1 } },
        this.itemsData(input),
        [...new Set(input.invitedSellerIds)],
      );
      await this.repo.addEvent(tx, {
        rfqId,
        kind: 'rfq.updated',
        actorCompanyId: auth.companyId,
        actorUserId: auth.userId,
        at: now,
      });
    });
    return this.get(auth, rfqId, now);
  }

  private checkVersion(rfq: { version: number }, expected: number | undefined): void {
    if (expected !== undefined && expected !== rfq.version) {
      throw new ORPCError('RFQ_VERSION_CONFLICT', {
        status: 409,
        message: 'The RFQ was changed meanwhile: reload it',
        data: { reason: 'RFQ_VERSION_CONFLICT', messageZh: '询价已被他人修改，请刷新后重试', fields: [] },
      });
    }
  }

  /** The RFQ of my company, locked; 404 otherwise (another company's RFQ does not exist for me). */
  async lockOwn(tx: Tx, auth: RequestAuth, rfqId: string): Promise<RfqRow> {
    const rfq = await this.repo.lockRfq(tx, rfqId);
    if (!rfq || rfq.buyerId !== auth.companyId) throw rfqNotFound();
    return rfq;
  }

  // ---- publication and cancellation ---------------------------------------------------------

  async submit(auth: RequestAuth, rfqId: string, now = new Date()): Promise<Rfq> {
    let opened = false;
    let escalations: Awaited<ReturnType<ApprovalGateway['submit']>>['escalations'] = [];
    await this.repo.transaction(async (tx) => {
      const rfq = await this.lockOwn(tx, auth, rfqId);
      const schedule = checkRfqSchedule({
        deadline: rfq.deadline,
        deliveryDate: rfq.deliveryDate.toISOString().slice(0, 10),
      });
      if (!schedule.ok) throw rfqErrorToOrpc(schedule.error);
      if (rfq.status === 'draft') {
        const lead = checkDeadlineLead(rfq.deadline, now);
        if (!lead.ok) throw rfqErrorToOrpc(lead.error);
      }
      // The approval is asked only for a draft (the transition refuses anything else first).
      const probe = rfqTransition(
        this.facts(rfq, 0),
        { kind: 'submit', requiresApproval: false },
        'buyer',
        now,
      );
      if (!probe.ok) throw rfqErrorToOrpc(probe.error);
      const submitted = await this.approvals.submit(
        tx,
        {
          companyId: auth.companyId,
          subject: {
            type: 'rfq_publication',
            id: rfq.id,
            version: rfq.version,
            title: `${rfq.number} · ${rfq.title}`,
          },
          requesterId: auth.userId ?? rfq.createdById,
          amountMinor: 0n,
          currency: rfq.currency,
          facts: {
            amountMinor: 0n,
            categoryIds: rfq.categoryId ? [rfq.categoryId] : [],
            newSupplier: false,
            discountBps: null,
            paymentTermDays: null,
            departmentId: rfq.departmentId,
            overSpendingLimit: false,
          },
        },
        auth,
        now,
      );
      escalations = submitted.escalations;
      const after = await this.apply(
        tx,
        rfq,
        { kind: 'submit', requiresApproval: submitted.status !== 'approved' },
        'buyer',
        auth,
        now,
        { approvalRequestId: submitted.requestId },
      );
      opened = after === 'open';
    });
    await this.approvals.schedule(escalations, now);
    if (opened) {
      const rfq = await this.repo.findRfq(this.repo.db, rfqId);
      if (rfq) await this.scheduleClose(rfq.id, rfq.deadline, now);
    }
    return this.get(auth, rfqId, now);
  }

  async cancel(auth: RequestAuth, rfqId: string, reason: string | undefined, now = new Date()): Promise<Rfq> {
    await this.repo.transaction(async (tx) => {
      const rfq = await this.lockOwn(tx, auth, rfqId);
      if (rfq.status === 'pending_approval') {
        await this.approvals.withdrawSubject(
          tx,
          { type: 'rfq_publication', id: rfq.id, version: rfq.version, title: rfq.title },
          auth,
          now,
        );
      }
      await this.apply(tx, rfq, { kind: 'cancel', reason: reason ?? null }, 'buyer', auth, now);
    });
    return this.get(auth, rfqId, now);
  }

  private facts(rfq: RfqRow, activeQuoteCount: number, awardPending = false) {
    return { state: rfq.status as RfqState, deadline: rfq.deadline, activeQuoteCount, awardPending };
  }

  /**
   * The one place an RFQ changes state: the domain decides, then the row, its event, its audit
   * entry and the sellers' mail are written in the caller's transaction. Returns the new state.
   */
  async apply(
    tx: Tx,
    rfq: RfqRow,
    command: RfqCommand,
    actor: 'buyer' | 'system',
    auth: RequestAuth | null,
    now: Date,
    extra: { approvalRequestId?: string } = {},
  ): Promise<RfqState> {
    const activeQuoteCount = command.kind === 'close' ? await this.repo.countActiveQuotes(tx, rfq.id) : 0;
    const awardPending =
      command.kind === 'cancel' || command.kind === 'expire'
        ? (await this.repo.pendingAward(tx, rfq.id)) !== null
        : false;
    const t = rfqTransition(this.facts(rfq, activeQuoteCount, awardPending), command, actor, now);
    if (!t.ok) throw rfqErrorToOrpc(t.error);
    const to = t.value.state;
    await this.repo.updateRfq(tx, rfq.id, {
      status: to,
      ...(extra.approvalRequestId ? { approvalRequestId: extra.approvalRequestId } : {}),
      ...(to === 'open' ? { publishedAt: now } : {}),
      ...(to === 'closed' || (to === 'expired' && t.value.from === 'open') ? { closedAt: now } : {}),
      ...(to === 'awarded' ? { awardedAt: now } : {}),
      ...(to === 'cancelled' ? { cancelledAt: now, cancelReason: t.value.reason } : {}),
    });
    const facts = {
      from: t.value.from,
      to,
      ...(t.value.reason ? { reason: t.value.reason } : {}),
      ...(extra.approvalRequestId ? { approvalRequestId: extra.approvalRequestId } : {}),
      ...(command.kind === 'close' ? { activeQuotes: activeQuoteCount } : {}),
    };
    await this.repo.addEvent(tx, {
      rfqId: rfq.id,
      kind: t.value.event,
      actorCompanyId: actor === 'buyer' ? rfq.buyerId : null,
      actorUserId: auth?.userId ?? null,
      data: json(facts),
      at: now,
    });
    await this.audit.record(
      auth,
      {
        companyId: rfq.buyerId,
        action: `rfq.${t.value.command}`,
        subjectType: 'rfq',
        subjectId: rfq.id,
        before: { status: t.value.from, version: rfq.version },
        after: { ...facts, version: rfq.version + 1 },
      },
      tx,
    );
    const notice = SELLER_NOTICES[t.value.event];
    if (
      notice &&
      (t.value.event !== 'rfq.cancelled' || t.value.from === 'open' || t.value.from === 'closed')
    ) {
      await this.tellSellers(tx, rfq, notice, t.value.reason);
    }
    return to;
  }

  private async tellSellers(
    tx: Tx,
    rfq: RfqRow,
    notice: { zh: string; en: string },
    reason: string | null,
  ): Promise<void> {
    const invitations = await tx.rfqInvitation.findMany({
      where: { rfqId: rfq.id },
      select: { sellerId: true },
    });
    const emails = await this.repo.salesEmails(
      tx,
      invitations.map((i) => i.sellerId),
    );
    const to = [...emails.values()].flat();
    await queueMail(tx, to, {
      subject: `${notice.zh} / ${notice.en}: ${rfq.number} ${rfq.title}`,
      text: [
        `${rfq.number} · ${rfq.title}`,
        `截止时间 Deadline: ${rfq.deadline.toISOString()}`,
        ...(reason ? [`原因 Reason: ${reason}`] : []),
        `/rfqs/${rfq.id}`,
      ].join('\n'),
    });
  }

  /** After commit: a delayed job at the deadline (deterministic id); the sweep covers a lost one. */
  async scheduleClose(rfqId: string, deadline: Date, now: Date): Promise<void> {
    try {
      await this.queues
        .queue(QUEUES.rfqDeadlines)
        .add(
          'close',
          { rfqId },
          { jobId: `rfq-close-${rfqId}`, delay: Math.max(0, deadline.getTime() - now.getTime()) },
        );
    } catch (err) {
      this.logger.warn(`could not schedule the close of RFQ ${rfqId}: ${(err as Error).message}`);
    }
  }

  // ---- the deadline -------------------------------------------------------------------------

  /**
   * Closes one RFQ whose deadline has passed (closed, or expired without quotes). Idempotent:
   * an RFQ no longer open, or not yet due, is left alone; returns whether it changed.
   */
  async closeIfDue(rfqId: string, now = new Date()): Promise<boolean> {
    return this.repo.transaction(async (tx) => {
      const rfq = await this.repo.lockRfq(tx, rfqId);
      if (!rfq || rfq.status !== 'open' || rfq.deadline.getTime() > now.getTime()) return false;
      await this.apply(tx, rfq, { kind: 'close' }, 'system', null, now);
      await this.tellBuyerClosed(tx, rfq);
      return true;
    });
  }

  private async tellBuyerClosed(tx: Tx, rfq: RfqRow): Promise<void> {
    const creator = await userEmail(tx, rfq.createdById);
    if (!creator) return;
    await queueMail(tx, [creator], {
      subject: `询价已截止 / Quoting has closed: ${rfq.number} ${rfq.title}`,
      text: [`${rfq.number} · ${rfq.title}`, `/rfqs/${rfq.id}`].join('\n'),
    });
  }

  /** The sweep: closes every due RFQ and expires the closed ones never awarded. */
  async sweep(now = new Date()): Promise<{ closed: number; expired: number }> {
    let closed = 0;
    for (const id of await this.repo.dueToClose(this.repo.db, now, 500)) {
      if (await this.closeIfDue(id, now)) closed += 1;
    }
    let expired = 0;
    const windowStart = new Date(now.getTime() - 30 * 86_400_000);
    for (const id of await this.repo.dueToExpire(this.repo.db, windowStart, 500)) {
      const changed = await this.repo.transaction(async (tx) => {
        const rfq = await this.repo.lockRfq(tx, id);
        if (!rfq || rfq.status !== 'closed') return false;
        if (await this.repo.pendingAward(tx, id)) return false;
        await this.apply(tx, rfq, { kind: 'expire' }, 'system', null, now);
        return true;
      });
      if (changed) expired += 1;
    }
    return { closed, expired };
  }

  // ---- attachments --------------------------------------------------------------------------

  async addAttachment(auth: RequestAuth, rfqId: string, file: File | undefined, now = new Date()) {
    let storedKey: string | null = null;
    try {
      return await this.repo.transaction(async (tx) => {
        const rfq = await this.lockOwn(tx, auth, rfqId);
        if (rfq.status !== 'draft') {
          throw rfqErrorToOrpc({
            code: 'RFQ_TRANSITION_NOT_ALLOWED',
            params: { state: rfq.status, command: 'attach', actor: 'buyer' },
          });
        }
        if (!file)
          throw invalidField('file', 'Choose a file to upload', '请选择要上传的文件', 'FILE_REQUIRED');
        if (file.size > MAX_ATTACHMENT_BYTES) throw this.tooLarge();
        const content = new Uint8Array(await file.arrayBuffer());
        const checked = checkUpload(content, file.name);
        if (!checked.ok) {
          if (checked.error === 'FILE_TOO_LARGE') throw this.tooLarge();
          throw invalidField(
            'file',
            checked.error === 'FILE_EMPTY'
              ? 'The file is empty'
              : 'Only PDF, JPEG, PNG, WebP, XLSX or CSV files',
            checked.error === 'FILE_EMPTY' ? '文件为空' : '只接受 PDF、JPEG、PNG、WebP、XLSX 或 CSV 文件',
            checked.error === 'FILE_EMPTY' ? 'FILE_REQUIRED' : checked.error,
          );
        }
        if ((await tx.rfqAttachment.count({ where: { rfqId } })) >= MAX_RFQ_ATTACHMENTS) {
          throw invalidField(
            'file',
            `At most ${MAX_RFQ_ATTACHMENTS} attachments per RFQ`,
            `每个询价最多 ${MAX_RFQ_ATTACHMENTS} 个附件`,
            'ATTACHMENT_LIMIT_REACHED',
          );
        }
        const id = randomUUID();
        const key = `rfqs/${rfqId}/${id}`;
        await this.storage.put(key, content);
        storedKey = key;
        const row = await this.repo.addAttachment(tx, {
          id,
          rfqId,
          fileName: checked.value.fileName,
          contentType: checked.value.contentType,
          sizeBytes: content.byteLength,
          storageKey: key,
          uploadedById: auth.userId ?? rfq.createdById,
          createdAt: now,
        });
        await this.repo.addEvent(tx, {
          rfqId,
          kind: 'rfq.attachment_added',
          actorCompanyId: auth.companyId,
          actorUserId: auth.userId,
          data: { attachmentId: id, fileName: row.fileName },
          at: now,
        });
        return {
          id: row.id,
          fileName: row.fileName,
          contentType: row.contentType,
          sizeBytes: row.sizeBytes,
          uploadedAt: row.createdAt.toISOString(),
        };
      });
    } catch (error) {
      if (storedKey) await this.storage.delete(storedKey).catch(() => undefined);
      throw error;
    }
  }

  private tooLarge() {
    return new ORPCError('FILE_TOO_LARGE', {
      status: 413,
      message: 'The file is larger than 10 MB',
      data: {
        reason: 'FILE_TOO_LARGE',
        messageZh: '文件超过 10 MB',
        fields: [{ path: 'file', message: 'The file is larger than 10 MB', messageZh: '文件超过 10 MB' }],
      },
    });
  }

  async downloadAttachment(
    auth: RequestAuth,
    rfqId: string,
    attachmentId: string,
    now = new Date(),
  ): Promise<File> {
    await this.visible(this.repo.db, auth, rfqId, now);
    const row = await this.repo.findAttachment(this.repo.db, rfqId, attachmentId);
    if (!row) throw rfqNotFound('Attachment');
    const content = await this.storage.get(row.storageKey);
    if (!content) throw rfqNotFound('Attachment file');
    return new File([new Uint8Array(content)], row.fileName, { type: row.contentType });
  }

  // ---- reading ------------------------------------------------------------------------------

  /**
   * Which side the caller is on for an RFQ, or 404: the buyer company, or a seller that may
   * quote it (invited, or open to a category it sells in) once it is published.
   */
  async visible(
    db: Db,
    auth: RequestAuth,
    rfqId: string,
    _now: Date,
  ): Promise<{ rfq: RfqRow; side: 'buyer' | 'seller' }> {
    const rfq = await this.repo.findRfq(db, rfqId);
    if (!rfq) throw rfqNotFound();
    if (rfq.buyerId === auth.companyId) return { rfq, side: 'buyer' };
    if (rfq.status === 'draft' || rfq.status === 'pending_approval') throw rfqNotFound();
    if (!(await this.repo.sellerMayQuote(db, rfq, auth.companyId))) throw rfqNotFound();
    return { rfq, side: 'seller' };
  }

  async list(auth: RequestAuth, query: ListRfqsQuery, now = new Date()): Promise<RfqPage> {
    const { rows, total } = await this.repo.listForBuyer(this.repo.db, auth.companyId, query);
    const names = await companyNames(this.repo.db, [auth.companyId]);
    const buyer = names.get(auth.companyId);
    return {
      items: rows.map((r) => ({
        ...this.summary(r, buyer),
        quoteCount: quotesVisibleTo({ sealed: r.sealed, deadline: r.deadline, state: r.status }, 'buyer', now)
          ? r.quotes.filter((q) => q.status === 'active').length
          : null,
        myQuote: null,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  async inbox(auth: RequestAuth, query: RfqInboxQuery): Promise<RfqPage> {
    const { rows, total } = await this.repo.inbox(this.repo.db, auth.companyId, query);
    const names = await companyNames(
      this.repo.db,
      rows.map((r) => r.buyerId),
    );
    return {
      items: rows.map((r) => ({
        ...this.summary(r, names.get(r.buyerId)),
        quoteCount: null,
        myQuote: r.quotes[0]?.status ?? 'none',
      })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  private summary(
    r: Pick<
      RfqRow,
      | 'id'
      | 'number'
      | 'title'
      | 'status'
      | 'sealed'
      | 'deadline'
      | 'deliveryDate'
      | 'deliveryRegion'
      | 'createdAt'
    > & { _count: { items: number } },
    buyer: { name: string; nameEn: string | null } | undefined,
  ) {
    return {
      id: r.id,
      number: r.number,
      title: r.title,
      buyerName: buyer?.name ?? '',
      buyerNameEn: buyer?.nameEn ?? null,
      status: r.status,
      sealed: r.sealed,
      deadline: r.deadline.toISOString(),
      deliveryDate: r.deliveryDate.toISOString().slice(0, 10),
      deliveryRegion: r.deliveryRegion,
      itemCount: r._count.items,
      createdAt: r.createdAt.toISOString(),
    };
  }

  async get(auth: RequestAuth, rfqId: string, now = new Date()): Promise<Rfq> {
    const { side } = await this.visible(this.repo.db, auth, rfqId, now);
    if (side === 'seller') {
      await this.repo.markViewed(this.repo.db, rfqId, auth.companyId, now);
    }
    const row = await this.repo.findDetail(this.repo.db, rfqId);
    if (!row) throw rfqNotFound();
    const quotesVisible =
      side === 'buyer' &&
      quotesVisibleTo({ sealed: row.sealed, deadline: row.deadline, state: row.status }, 'buyer', now);
    const activeQuotes = new Map<string, boolean>();
    if (quotesVisible) {
      for (const q of await this.repo.quotesOf(this.repo.db, rfqId))
        activeQuotes.set(q.sellerId, q.status === 'active');
    }
    const names = await companyNames(this.repo.db, [row.buyerId, ...row.invitations.map((i) => i.sellerId)]);
    return rfqView(row, side, names, {
      sellerId: side === 'seller' ? auth.companyId : null,
      quotesVisible,
      activeQuotes,
    });
  }
}
