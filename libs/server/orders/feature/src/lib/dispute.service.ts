import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type DisputeRow,
  OrderRepository,
  type OrderWithLines,
  ReceiptRepository,
  type ReceiptRow,
  type ShipmentForReceipt,
} from '@tradeway/server/orders/data-access';
import { formatQuantity, type OrderActor, storedQuantity } from '@tradeway/server/orders/domain';
import { formatMinor } from '@tradeway/server/pricing/domain';
import {
  AuditService,
  checkUpload,
  FileStorage,
  MAX_ATTACHMENT_BYTES,
  type Prisma,
  type RequestAuth,
  companyNames,
  recordActivity,
} from '@tradeway/server/platform';
import {
  DISPUTE_ACTIONS,
  type DeskDisputeQuery,
  type DeskDisputeRow,
  type DisputeDetail,
  type DisputeEvidence,
  type DisputeResolutionInput,
} from '@tradeway/shared/contracts';
import {
  admitDisputeCommand,
  checkResolution,
  type DisputeCommand,
  type DisputeScope,
  type StoredOutcome,
  type StoredProposal,
  type StoredResolution,
  sumQuantities,
} from './dispute-resolution';
import { mailOrderParties, toJson } from './order-mail';
import { notFound } from './order-errors';
import { OrderService } from './order.service';
import { refusal } from './receipt-errors';
import {
  disputeSummary,
  evidenceView,
  type LineFacts,
  lineFactsOf,
  receiptView,
  storedProposal,
} from './receipt-views';

type Tx = Prisma.TransactionClient;
type Db = Tx | ReceiptRepository['db'];
type Party = 'buyer' | 'seller';
type Viewer = Party | 'operator';

/** A dispute holds at most this many evidence files. */
export const MAX_EVIDENCE_FILES = 50;

const NOTICES = {
  'dispute.proposed': { zh: '争议：对方提出解决方案', en: 'Dispute: a resolution was proposed' },
  'dispute.declined': { zh: '争议：解决方案被拒绝', en: 'Dispute: the proposal was declined' },
  'dispute.resolved': { zh: '争议已解决', en: 'Dispute resolved' },
  'dispute.evidence_added': { zh: '争议：新证据', en: 'Dispute: new evidence' },
} as const;

const ACTION_OF: Record<keyof typeof NOTICES | 'dispute.opened', string> = {
  'dispute.opened': 'dispute.open',
  'dispute.proposed': 'dispute.propose',
  'dispute.declined': 'dispute.decline',
  'dispute.resolved': 'dispute.resolve',
  'dispute.evidence_added': 'dispute.evidence.add',
};

/** A resolution in a line of mail (both languages). */
function describeResolution(
  r: StoredResolution,
  currency: string,
  lines: ReadonlyMap<string, LineFacts>,
): string {
  switch (r.kind) {
    case 'accept':
      return '按实收接受 / Accept as received';
    case 'price_adjustment':
      return `调价 / Price adjustment: ${currency} ${formatMinor(BigInt(r.creditMinor))}`;
    case 'return':
      return `退货 / Return: ${r.lines
        .map((l) => {
          const line = lines.get(l.lineId);
          return `#${line?.lineNo ?? '?'} ${line?.skuCode ?? ''} ${l.quantity} ${line?.unit ?? ''}`.trim();
        })
        .join('; ')}`;
  }
}

/** Back to the input form (for re-checking a stored proposal against the order as it is now). */
function asInput(r: StoredResolution): DisputeResolutionInput {
  return r.kind === 'return' ? { kind: 'return', lines: r.lines.map((l) => ({ ...l })) } : { ...r };
}

/**
 * What a dispute may settle: the lines of its receipt (what was received of each), or for a
 * dispute the buyer opened by hand every line of the order with what the buyer holds (received
 * where a receipt was recorded, shipped otherwise); the creditable total is the order total
 * less credits the order's other disputes gave.
 */
export function disputeScope(
  order: Pick<OrderWithLines, 'totalMinor' | 'lines'>,
  dispute: Pick<DisputeRow, 'receiptId'>,
  receipts: readonly ReceiptRow[],
  shipments: readonly ShipmentForReceipt[],
  creditedElsewhere: bigint,
): DisputeScope {
  const maxCreditMinor = order.totalMinor > creditedElsewhere ? order.totalMinor - creditedElsewhere : 0n;
  const receipt = dispute.receiptId ? receipts.find((r) => r.id === dispute.receiptId) : undefined;
  if (receipt) {
    return {
      maxCreditMinor,
      lines: receipt.lines.flatMap((rl) => {
        const line = order.lines.find((l) => l.id === rl.orderLineId);
        return line
          ? [
              {
                id: line.id,
                unit: line.unit,
                totalMinor: line.totalMinor,
                held: rl.receivedQuantity.toFixed(3),
              },
            ]
          : [];
      }),
    };
  }
  const receiptOf = new Map(receipts.map((r) => [r.shipmentId, r]));
  return {
    maxCreditMinor,
    lines: order.lines.map((line) => {
      const held: string[] = [];
      for (const s of shipments) {
        const shipped = s.lines.find((sl) => sl.orderLineId === line.id);
        if (!shipped) continue;
        const received = receiptOf.get(s.id)?.lines.find((rl) => rl.orderLineId === line.id);
        held.push((received?.receivedQuantity ?? shipped.quantity).toFixed(3));
      }
      return { id: line.id, unit: line.unit, totalMinor: line.totalMinor, held: sumQuantities(held) };
    }),
  };
}

/** One receipt's problems as a reason (both languages): "SH-1 #1 WS-GB1: received 9.900 t of 10.000 t (−100 bps, tolerance ±50 bps)". */
export function varianceReason(receipt: ReceiptRow, lines: ReadonlyMap<string, LineFacts>): string {
  const view = receiptView(receipt, lines);
  const problems = view.lines
    .filter((l) => !l.withinTolerance || !l.gradeMatches)
    .map((l) => {
      const parts: string[] = [];
      if (!l.withinTolerance) {
        parts.push(
          `实收 received ${l.receivedQuantity} / 发货 shipped ${l.shippedQuantity} ${l.unit} ` +
            `(${l.varianceBps > 0 ? '+' : ''}${l.varianceBps} bps, 允差 tolerance ±${l.toleranceBps} bps)`,
        );
      }
      if (!l.gradeMatches) parts.push(`等级 grade ${l.grade ?? ''} ≠ ${l.orderedGrade ?? ''}`);
      return `#${l.lineNo} ${l.skuCode}: ${parts.join('; ')}`;
    });
  return `${view.shipmentNumber} ${problems.join(' | ')}`;
}

/**
 * Disputes of delivered orders (DESIGN.md §8): opened by the buyer by hand or from receipts
 * outside tolerance, settled by the parties' agreement on a proposal or by an operator's
 * decision, with evidence files from both parties. Each step locks the order (then the
 * dispute), checks the dispute's version, writes the order timeline, the audit entry and the
 * mail to the other party in one transaction; the last dispute resolved moves the order on
 * (`resolve_dispute`, through OrderService.applyCommand).
 */
@Injectable()
export class DisputeService {
  constructor(
    private readonly repo: ReceiptRepository,
    private readonly orders: OrderRepository,
    private readonly orderService: OrderService,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
  ) {}

  // ---- opening ------------------------------------------------------------------------------

  /** Buyer: dispute a delivered order by hand (a reason is required). */
  async open(
    auth: RequestAuth,
    orderId: string,
    input: { reason: string; version?: number },
    now = new Date(),
  ): Promise<DisputeDetail> {
    const id = randomUUID();
    await this.repo.transaction(async (tx) => {
      const { order, side } = await this.orderService.lockAsParty(tx, auth, orderId, input.version);
      const t = await this.orderService.applyCommand(
        tx,
        order,
        { type: 'dispute', reason: input.reason },
        side,
        auth,
        now,
        { disputeIds: [id] },
      );
      await this.create(
        tx,
        order,
        { id, receiptId: null, reason: t.reason ?? input.reason.trim() },
        auth,
        now,
      );
    });
    return this.detailForParty(auth, id);
  }

  /**
   * Opens one dispute per receipt outside tolerance (or of another grade) and moves the order
   * to `disputed` with a reason listing every variance; inside the receipt's transaction.
   */
  async openForReceipts(
    tx: Tx,
    order: OrderWithLines,
    receipts: readonly ReceiptRow[],
    auth: RequestAuth,
    now: Date,
  ): Promise<string[]> {
    const lines = lineFactsOf(order.lines);
    const opened = receipts.map((r) => ({
      id: randomUUID(),
      receiptId: r.id,
      reason: varianceReason(r, lines),
    }));
    await this.orderService.applyCommand(
      tx,
      order,
      {
        type: 'dispute',
        reason: `收货超出允差 / Receipt outside tolerance: ${opened.map((o) => o.reason).join(' || ')}`.slice(
          0,
          4000,
        ),
      },
      'buyer',
      auth,
      now,
      { disputeIds: opened.map((o) => o.id), receiptIds: receipts.map((r) => r.id) },
    );
    for (const o of opened) await this.create(tx, order, o, auth, now);
    return opened.map((o) => o.id);
  }

  private async create(
    tx: Tx,
    order: OrderWithLines,
    dispute: { id: string; receiptId: string | null; reason: string },
    auth: RequestAuth,
    now: Date,
  ): Promise<void> {
    await this.repo.createDispute(tx, {
      ...dispute,
      orderId: order.id,
      openedById: actingId(auth),
      openedAt: now,
    });
    await this.audit.record(
      auth,
      {
        companyId: order.buyerId,
        action: ACTION_OF['dispute.opened'],
        subjectType: 'dispute',
        subjectId: dispute.id,
        after: {
          orderId: order.id,
          receiptId: dispute.receiptId,
          status: 'open',
          reason: dispute.reason,
          version: 1,
        },
      },
      tx,
    );
  }

  // ---- the parties' steps -------------------------------------------------------------------

  /** Buyer or seller: propose a resolution (a proposal on the table is replaced). */
  async propose(
    auth: RequestAuth,
    disputeId: string,
    input: { resolution: DisputeResolutionInput; note: string; version?: number },
    now = new Date(),
  ): Promise<DisputeDetail> {
    await this.repo.transaction(async (tx) => {
      const { order, side, dispute } = await this.lockForParty(tx, auth, disputeId, input.version);
      this.admit(dispute, 'propose', side);
      const resolution = await this.check(tx, order, dispute, input.resolution);
      const proposal: StoredProposal = {
        by: side,
        resolution,
        note: input.note,
        at: now.toISOString(),
        userId: auth.userId,
      };
      await this.store(tx, dispute, { status: 'proposed', proposal: toJson(proposal) });
      await this.step(tx, order, dispute, 'dispute.proposed', side, auth, now, {
        status: 'proposed',
        resolution,
        note: input.note,
      });
      await this.tell(tx, order, [other(side)], 'dispute.proposed', [
        describeResolution(resolution, order.currency, lineFactsOf(order.lines)),
        ...(input.note ? [`说明 Note: ${input.note}`] : []),
      ]);
    });
    return this.detailForParty(auth, disputeId);
  }

  /** The other party agrees to the proposal: the dispute is resolved with it. */
  async agree(
    auth: RequestAuth,
    disputeId: string,
    input: { note: string; version?: number },
    now = new Date(),
  ): Promise<DisputeDetail> {
    await this.repo.transaction(async (tx) => {
      const { order, side, dispute } = await this.lockForParty(tx, auth, disputeId, input.version);
      this.admit(dispute, 'agree', side);
      const proposal = storedProposal(dispute);
      if (!proposal) throw new Error(`dispute ${dispute.id} is proposed without a proposal`);
      // The order may have changed since (another dispute credited it): the proposal must still fit.
      const scope = await this.scopeOf(tx, order, dispute);
      if (!checkResolution(asInput(proposal.resolution), scope).ok) {
        throw refusal({ code: 'DISPUTE_PROPOSAL_STALE' });
      }
      await this.resolve(tx, order, dispute, proposal.resolution, 'agreement', side, input.note, auth, now);
    });
    return this.detailForParty(auth, disputeId);
  }

  /** The other party declines the proposal: the dispute is open again. */
  async decline(
    auth: RequestAuth,
    disputeId: string,
    input: { note: string; version?: number },
    now = new Date(),
  ): Promise<DisputeDetail> {
    await this.repo.transaction(async (tx) => {
      const { order, side, dispute } = await this.lockForParty(tx, auth, disputeId, input.version);
      this.admit(dispute, 'decline', side);
      await this.store(tx, dispute, { status: 'open', proposal: null });
      await this.step(tx, order, dispute, 'dispute.declined', side, auth, now, {
        status: 'open',
        note: input.note,
      });
      await this.tell(
        tx,
        order,
        [other(side)],
        'dispute.declined',
        input.note ? [`说明 Note: ${input.note}`] : [],
      );
    });
    return this.detailForParty(auth, disputeId);
  }

  // ---- the operator ---------------------------------------------------------------------------

  /** Operator: decide the dispute with any valid resolution and a note, whatever is on the table. */
  async decide(
    auth: RequestAuth,
    disputeId: string,
    input: { resolution: DisputeResolutionInput; note: string; version?: number },
    now = new Date(),
  ): Promise<DisputeDetail> {
    await this.repo.transaction(async (tx) => {
      const orderId = await this.repo.orderIdOfDispute(tx, disputeId);
      const order = orderId ? await this.orders.lockOrderById(tx, orderId) : null;
      const dispute = order ? await this.repo.lockDispute(tx, disputeId, order.id) : null;
      if (!order || !dispute) throw notFound('Dispute');
      this.checkVersion(dispute, input.version);
      this.admit(dispute, 'decide', 'operator');
      if (input.note.trim() === '') throw refusal({ code: 'DISPUTE_NOTE_REQUIRED', field: 'note' });
      const resolution = await this.check(tx, order, dispute, input.resolution);
      await this.resolve(tx, order, dispute, resolution, 'operator', 'operator', input.note, auth, now);
    });
    return this.detailForOperator(disputeId, auth);
  }

  /** Operator: the desk's list, oldest first (open and proposed unless asked otherwise). */
  async deskList(query: DeskDisputeQuery): Promise<{
    items: DeskDisputeRow[];
    page: number;
    pageSize: number;
    total: number;
  }> {
    const { rows, total } = await this.repo.deskPage({
      statuses: query.status ?? ['open', 'proposed'],
      search: query.q,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      items: rows.map((r) => ({ ...r, openedAt: r.openedAt.toISOString() })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  // ---- evidence -----------------------------------------------------------------------------

  /**
   * Either party attaches a file to an unresolved dispute. The file is checked (size, kind by
   * content) after the caller's right to the dispute, stored under a key of the server's
   * choosing, then recorded; if the record fails the stored file is removed again.
   */
  async addEvidence(
    auth: RequestAuth,
    disputeId: string,
    file: File | undefined,
    now = new Date(),
  ): Promise<DisputeEvidence> {
    let storedKey: string | null = null;
    try {
      return await this.repo.transaction(async (tx) => {
        const { order, side, dispute } = await this.lockForParty(tx, auth, disputeId);
        if (dispute.status === 'resolved') throw refusal({ code: 'DISPUTE_ALREADY_RESOLVED' });
        if (!file) throw refusal({ code: 'FILE_REQUIRED', field: 'file' });
        if (file.size > MAX_ATTACHMENT_BYTES) throw this.tooLarge();
        const content = new Uint8Array(await file.arrayBuffer());
        const checked = checkUpload(content, file.name);
        if (!checked.ok) {
          throw checked.error === 'FILE_TOO_LARGE'
            ? this.tooLarge()
            : refusal({ code: checked.error, field: 'file' });
        }
        if ((await this.repo.evidenceCount(tx, dispute.id)) >= MAX_EVIDENCE_FILES) {
          throw refusal({ code: 'EVIDENCE_LIMIT_REACHED', params: { max: String(MAX_EVIDENCE_FILES) } });
        }
        const id = randomUUID();
        const key = `disputes/${dispute.id}/${id}`;
        await this.storage.put(key, content);
        storedKey = key;
        const companyId = side === 'buyer' ? order.buyerId : order.sellerId;
        const row = await this.repo.addEvidence(tx, {
          id,
          disputeId: dispute.id,
          companyId,
          fileName: checked.value.fileName,
          contentType: checked.value.contentType,
          sizeBytes: content.byteLength,
          storageKey: key,
          uploadedById: actingId(auth),
          uploadedAt: now,
        });
        const facts = {
          evidenceId: id,
          fileName: row.fileName,
          contentType: row.contentType,
          sizeBytes: row.sizeBytes,
        };
        await this.orders.addEvent(tx, {
          orderId: order.id,
          kind: 'dispute.evidence_added',
          actorCompanyId: companyId,
          actorUserId: auth.userId,
          data: toJson({ disputeId: dispute.id, ...facts }),
          at: now,
        });
        await this.audit.record(
          auth,
          {
            companyId,
            action: ACTION_OF['dispute.evidence_added'],
            subjectType: 'dispute',
            subjectId: dispute.id,
            after: facts,
          },
          tx,
        );
        await this.tell(tx, order, [other(side)], 'dispute.evidence_added', [row.fileName]);
        return evidenceView(row, order.buyerId);
      });
    } catch (e) {
      if (storedKey) await this.storage.delete(storedKey).catch(() => undefined);
      throw e;
    }
  }

  private tooLarge() {
    return refusal({
      code: 'FILE_TOO_LARGE',
      field: 'file',
      params: { maxMb: String(MAX_ATTACHMENT_BYTES / 1024 / 1024) },
    });
  }

  async listEvidence(auth: RequestAuth, disputeId: string): Promise<{ items: DisputeEvidence[] }> {
    const { dispute, order } = await this.visibleToParty(this.repo.db, auth, disputeId);
    const rows = await this.repo.evidenceOf(this.repo.db, dispute.id);
    return { items: rows.map((r) => evidenceView(r, order.buyerId)) };
  }

  /** A party downloads an evidence file of a dispute it can see. */
  async downloadForParty(auth: RequestAuth, disputeId: string, evidenceId: string): Promise<File> {
    const { dispute } = await this.visibleToParty(this.repo.db, auth, disputeId);
    return this.download(dispute.id, evidenceId);
  }

  /** An operator downloads any evidence file. */
  async downloadForOperator(disputeId: string, evidenceId: string): Promise<File> {
    return this.download(disputeId, evidenceId);
  }

  private async download(disputeId: string, evidenceId: string): Promise<File> {
    const row = await this.repo.findEvidence(this.repo.db, disputeId, evidenceId);
    if (!row) throw notFound('Evidence');
    const content = await this.storage.get(row.storageKey);
    if (!content) throw notFound('Evidence file');
    return new File([new Uint8Array(content)], row.fileName, { type: row.contentType });
  }

  // ---- reading ------------------------------------------------------------------------------

  async detailForParty(auth: RequestAuth, disputeId: string): Promise<DisputeDetail> {
    const { dispute, order } = await this.visibleToParty(this.repo.db, auth, disputeId);
    const viewer: Party = auth.visibleCompanyIds.includes(order.buyerId) ? 'buyer' : 'seller';
    return this.detail(this.repo.db, dispute, order, viewer, auth);
  }

  async detailForOperator(disputeId: string, auth: RequestAuth): Promise<DisputeDetail> {
    const dispute = await this.repo.findDispute(this.repo.db, disputeId);
    const order = dispute ? await this.repo.orderWithLines(this.repo.db, dispute.orderId) : null;
    if (!dispute || !order) throw notFound('Dispute');
    return this.detail(this.repo.db, dispute, order, 'operator', auth);
  }

  private async visibleToParty(db: Db, auth: RequestAuth, disputeId: string) {
    const dispute = await this.repo.disputeForParties(db, disputeId, auth.visibleCompanyIds);
    const order = dispute ? await this.repo.orderWithLines(db, dispute.orderId) : null;
    if (!dispute || !order) throw notFound('Dispute');
    return { dispute, order };
  }

  private async detail(
    db: Db,
    dispute: DisputeRow,
    order: OrderWithLines,
    viewer: Viewer,
    auth: RequestAuth,
  ): Promise<DisputeDetail> {
    const [receipts, shipments, evidence, history, names, credited] = await Promise.all([
      this.repo.receiptsOf(db, order.id),
      this.repo.shipmentsOf(db, order.id),
      this.repo.evidenceOf(db, dispute.id),
      this.repo.disputeHistory(db, order.id, dispute.id),
      companyNames(db, [order.buyerId, order.sellerId]),
      this.repo.creditedMinor(db, order.id, dispute.id),
    ]);
    const lines = lineFactsOf(order.lines);
    const scope = disputeScope(order, dispute, receipts, shipments, credited);
    const summary = disputeSummary(
      dispute,
      order.number,
      lines,
      new Map(receipts.map((r) => [r.id, r.shipment.number])),
    );
    const actorOf = (companyId: string | null) =>
      companyId === null
        ? ('system' as const)
        : companyId === order.buyerId
          ? ('buyer' as const)
          : companyId === order.sellerId
            ? ('seller' as const)
            : ('operator' as const);
    return {
      ...summary,
      viewer,
      buyerId: order.buyerId,
      buyerName: names.get(order.buyerId)?.name ?? '',
      buyerNameEn: names.get(order.buyerId)?.nameEn ?? null,
      sellerId: order.sellerId,
      sellerName: names.get(order.sellerId)?.name ?? '',
      sellerNameEn: names.get(order.sellerId)?.nameEn ?? null,
      orderStatus: order.status,
      currency: order.currency,
      orderTotalMinor: order.totalMinor,
      creditedElsewhereMinor: credited,
      maxCreditMinor: scope.maxCreditMinor,
      lines: scope.lines.map((s) => {
        const line = order.lines.find((l) => l.id === s.id);
        return {
          id: s.id,
          lineNo: line?.lineNo ?? 0,
          skuCode: line?.skuCode ?? '',
          description: line?.description ?? '',
          unit: s.unit,
          grade: line?.grade ?? null,
          orderedQuantity: formatQuantity(
            storedQuantity(line?.quantity.toFixed(3) ?? '0', 'ordered quantity', { positive: false }),
          ),
          heldQuantity: s.held,
          totalMinor: s.totalMinor,
        };
      }),
      receipts: receipts.map((r) => receiptView(r, lines)),
      evidence: evidence.map((e) => evidenceView(e, order.buyerId)),
      history: history.map((h) => ({
        id: h.id,
        kind: h.kind,
        actor: actorOf(h.actorCompanyId),
        at: h.at.toISOString(),
        data: (h.data ?? {}) as Record<string, unknown>,
      })),
      allowedActions: this.allowedActions(dispute, order, viewer, auth),
    };
  }

  /** What the caller may do now: the dispute rules for its side, with its side's permission. */
  private allowedActions(
    dispute: DisputeRow,
    order: Pick<OrderWithLines, 'buyerId' | 'sellerId'>,
    viewer: Viewer,
    auth: RequestAuth,
  ): DisputeDetail['allowedActions'] {
    const proposedBy = storedProposal(dispute)?.by ?? null;
    if (viewer === 'operator') {
      return admitDisputeCommand(dispute.status, proposedBy, 'decide', 'operator').ok ? ['decide'] : [];
    }
    const actsFor = viewer === 'buyer' ? order.buyerId : order.sellerId;
    const permitted = auth.permissions.has(viewer === 'buyer' ? 'order:create' : 'order:fulfil');
    if (auth.companyId !== actsFor || !permitted) return [];
    return DISPUTE_ACTIONS.filter((a) =>
      a === 'upload_evidence'
        ? dispute.status !== 'resolved'
        : a !== 'decide' && admitDisputeCommand(dispute.status, proposedBy, a, viewer).ok,
    );
  }

  // ---- the steps' common parts --------------------------------------------------------------

  /** The order (as one of its sides, with the side's permission), then the dispute, locked. */
  private async lockForParty(
    tx: Tx,
    auth: RequestAuth,
    disputeId: string,
    version?: number,
  ): Promise<{ order: OrderWithLines; side: Party; dispute: DisputeRow }> {
    const orderId = await this.repo.orderIdOfDispute(tx, disputeId);
    if (!orderId) throw notFound('Dispute');
    const { order, side } = await this.orderService.lockAsParty(tx, auth, orderId);
    const dispute = await this.repo.lockDispute(tx, disputeId, order.id);
    if (!dispute) throw notFound('Dispute');
    this.checkVersion(dispute, version);
    return { order, side, dispute };
  }

  private checkVersion(dispute: DisputeRow, version: number | undefined): void {
    if (version !== undefined && version !== dispute.version) {
      throw refusal({
        code: 'DISPUTE_VERSION_CONFLICT',
        field: 'version',
        params: { version: String(dispute.version) },
      });
    }
  }

  private admit(dispute: DisputeRow, command: DisputeCommand, actor: OrderActor): void {
    const admitted = admitDisputeCommand(dispute.status, storedProposal(dispute)?.by ?? null, command, actor);
    if (!admitted.ok) throw refusal(admitted.error);
  }

  private async scopeOf(tx: Tx, order: OrderWithLines, dispute: DisputeRow): Promise<DisputeScope> {
    const [receipts, shipments, credited] = await Promise.all([
      this.repo.receiptsOf(tx, order.id),
      this.repo.shipmentsOf(tx, order.id),
      this.repo.creditedMinor(tx, order.id, dispute.id),
    ]);
    return disputeScope(order, dispute, receipts, shipments, credited);
  }

  private async check(
    tx: Tx,
    order: OrderWithLines,
    dispute: DisputeRow,
    input: DisputeResolutionInput,
  ): Promise<StoredResolution> {
    const checked = checkResolution(input, await this.scopeOf(tx, order, dispute));
    if (!checked.ok) throw refusal(...checked.error);
    return checked.value;
  }

  private async store(
    tx: Tx,
    dispute: DisputeRow,
    data: Parameters<ReceiptRepository['updateDispute']>[3],
  ): Promise<void> {
    if (!(await this.repo.updateDispute(tx, dispute.id, dispute.version, data))) {
      throw refusal({ code: 'DISPUTE_VERSION_CONFLICT', params: { version: String(dispute.version + 1) } });
    }
  }

  /** Resolves the dispute; the last one of the order resolved moves the order to accepted. */
  private async resolve(
    tx: Tx,
    order: OrderWithLines,
    dispute: DisputeRow,
    resolution: StoredResolution,
    decidedBy: 'agreement' | 'operator',
    actor: Viewer,
    note: string,
    auth: RequestAuth,
    now: Date,
  ): Promise<void> {
    const outcome: StoredOutcome = {
      resolution,
      decidedBy,
      note,
      at: now.toISOString(),
      userId: auth.userId,
    };
    await this.store(tx, dispute, {
      status: 'resolved',
      proposal: null,
      outcome: toJson(outcome),
      resolvedAt: now,
      resolvedById: auth.userId,
    });
    await this.step(tx, order, dispute, 'dispute.resolved', actor, auth, now, {
      status: 'resolved',
      resolution,
      decidedBy,
      note,
    });
    const told: Party[] = actor === 'operator' ? ['buyer', 'seller'] : [other(actor)];
    await this.tell(tx, order, told, 'dispute.resolved', [
      describeResolution(resolution, order.currency, lineFactsOf(order.lines)),
      decidedBy === 'operator'
        ? '平台裁决 / Decided by the platform'
        : '双方协商一致 / Agreed by both parties',
      ...(note ? [`说明 Note: ${note}`] : []),
    ]);
    if (order.status === 'disputed' && (await this.repo.unresolvedDisputeCount(tx, order.id)) === 0) {
      const disputes = await this.repo.disputesOf(tx, order.id);
      await this.orderService.applyCommand(tx, order, { type: 'resolve_dispute' }, 'system', auth, now, {
        disputeIds: disputes.map((d) => d.id),
        creditedMinor: await this.repo.creditedMinor(tx, order.id),
      });
      await this.repo.markAccepted(tx, order.id, now);
    }
  }

  /** The step on the order timeline and in the audit log, by the acting party or operator. */
  private async step(
    tx: Tx,
    order: OrderWithLines,
    dispute: DisputeRow,
    kind: keyof typeof NOTICES,
    actor: Viewer,
    auth: RequestAuth,
    now: Date,
    facts: Record<string, unknown>,
  ): Promise<void> {
    const companyId =
      actor === 'buyer' ? order.buyerId : actor === 'seller' ? order.sellerId : auth.companyId;
    await this.orders.addEvent(tx, {
      orderId: order.id,
      kind,
      actorCompanyId: companyId,
      actorUserId: auth.userId,
      data: toJson({ disputeId: dispute.id, ...facts }),
      at: now,
    });
    await this.audit.record(
      auth,
      {
        companyId,
        action: ACTION_OF[kind],
        subjectType: 'dispute',
        subjectId: dispute.id,
        before: { status: dispute.status, version: dispute.version, proposal: dispute.proposal },
        after: { ...facts, orderId: order.id, version: dispute.version + 1 },
      },
      tx,
    );
    if (auth.userId && actor !== 'operator') {
      await recordActivity(tx, companyId, auth.userId, ACTION_OF[kind], now);
    }
  }

  private tell(
    tx: Tx,
    order: OrderWithLines,
    sides: readonly Party[],
    kind: keyof typeof NOTICES,
    lines: readonly string[],
  ): Promise<void> {
    return mailOrderParties(this.orders, tx, order, sides, NOTICES[kind], lines);
  }
}

const other = (side: Party): Party => (side === 'buyer' ? 'seller' : 'buyer');

/** Who acted, for the `…ById` columns: the person, or the API key acting for the company. */
export function actingId(auth: RequestAuth): string {
  const id = auth.userId ?? auth.apiKeyId;
  if (!id) throw new Error('a request without a person or an API key');
  return id;
}
