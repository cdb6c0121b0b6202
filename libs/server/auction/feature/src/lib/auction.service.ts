import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ORPCError, withEventMeta } from '@orpc/server';
import {
  auctionErrorMessage,
  auctionResult,
  auctionTransition,
  genesisHash,
  type AuctionCommand,
} from '@tradeway/server/auction/domain';
import { AuctionRepository } from '@tradeway/server/auction/data-access';
import {
  AuditService,
  companyNames,
  departmentOfMembership,
  notFoundError,
  type RequestAuth,
} from '@tradeway/server/platform';
import { chinaDay } from '@tradeway/server/pricing/data-access';
import { formatDecimal, parseDecimal, PRICE_PLACES } from '@tradeway/server/pricing/domain';
import { storedQuantity } from '@tradeway/server/orders/domain';
import type {
  Auction,
  AuctionInput,
  AuctionResult,
  AuctionLiveEvent,
  AuctionSummary,
  BidLog,
  BidReceipt,
  Step,
} from '@tradeway/shared/contracts';
import { aliasOf, bidRowOf, liveStateOf, rulesOf, storedPrice } from './auction-rules-of';
import { auctionErrorToOrpc, refuse } from './auction-errors';
import { pulseOf } from './auction-feed';
import { AuctionClockService } from './auction-clock.service';
import { AuctionFeed, stateOfPulse, type AuctionPulse } from './auction-feed';
import { auctionView, standingsOf, summaryView, type Viewer } from './auction-views';
import { BidDesk } from './bid-desk';

const ENDED_STATES = new Set(['closed', 'awarded', 'expired', 'cancelled']);

/** `step` in the larger-is-wider order when both are of one kind; mixed kinds cannot be compared. */
function narrowerThan(max: Step, min: Step): boolean {
  if (max.kind === 'absolute' && min.kind === 'absolute')
    return storedPrice(max.amount) < storedPrice(min.amount);
  if (max.kind === 'percent' && min.kind === 'percent') return max.bps < min.bps;
  return false;
}

/**
 * Auctions of both directions (DESIGN.md §6, decision 0022): drafts, scheduling and
 * cancellation by the owner, reads as the viewer may see them, bids through the bid desk, the
 * bid log after the close. What a company may not see answers 404.
 */
@Injectable()
export class AuctionService implements OnModuleDestroy {
  /** Aborted at shutdown: every open live stream ends, so the server can close. */
  private readonly shutdown = new AbortController();

  constructor(
    private readonly repo: AuctionRepository,
    private readonly desk: BidDesk,
    private readonly audit: AuditService,
    private readonly clock: AuctionClockService,
    private readonly feed: AuctionFeed,
  ) {}

  private async checkInput(auth: RequestAuth, input: AuctionInput): Promise<void> {
    const kinds = await this.repo.companyKinds(this.repo.db, auth.companyId);
    const ownerKind = input.direction === 'reverse' ? 'buyer' : 'seller';
    if (!kinds.includes(ownerKind)) throw refuse('AUCTION_DIRECTION_NOT_ALLOWED', { field: 'direction' });
    if (new Date(input.endsAt) <= new Date(input.startsAt)) {
      throw refuse('AUCTION_END_BEFORE_START', { field: 'endsAt' });
    }
    if (input.hardStopAt !== null && new Date(input.hardStopAt) < new Date(input.endsAt)) {
      throw refuse('AUCTION_HARD_STOP_BEFORE_END', { field: 'hardStopAt' });
    }
    if (input.maxStep !== null && narrowerThan(input.maxStep, input.minStep)) {
      throw refuse('AUCTION_MAX_STEP_BELOW_MIN', { field: 'maxStep' });
    }
    const bidderKind = input.direction === 'reverse' ? 'seller' : 'buyer';
    const ok = await this.repo.companiesOfKind(this.repo.db, input.participantIds, bidderKind);
    const bad = input.participantIds.findIndex((id) => id === auth.companyId || !ok.has(id));
    if (bad >= 0) {
      throw refuse('AUCTION_PARTICIPANT_INVALID', {
        field: `participantIds.${bad}`,
        params: { kind: bidderKind },
      });
    }
  }

  async create(auth: RequestAuth, input: AuctionInput, now = new Date()): Promise<Auction> {
    if (!auth.userId)
      throw new ORPCError('FORBIDDEN', { status: 403, message: 'Only a person may create auctions' });
    const userId = auth.userId;
    await this.checkInput(auth, input);
    const participants = [...new Set(input.participantIds)];
    // aliases in a random order: "Supplier 1" says nothing about who was invited first
    const aliasNos = participants.map((_, i) => i + 1).sort(() => Math.random() - 0.5);
    const id = randomUUID();
    const step = (s: Step | null) =>
      s === null ? {} : s.kind === 'absolute' ? { amount: s.amount } : { bps: s.bps };
    const min = step(input.minStep);
    const max = step(input.maxStep);
    await this.repo.transaction(async (tx) => {
      const number = await this.repo.nextAuctionNumber(tx, chinaDay(now));
      await this.repo.createAuction(tx, {
        id,
        number,
        ownerId: auth.companyId,
        direction: input.direction,
        visibility: input.visibility,
        status: 'draft',
        title: input.title,
        description: input.description,
        skuId: input.skuId,
        quantity: input.quantity,
        unit: input.unit,
        deliveryRegion: input.deliveryRegion,
        deliveryDate: new Date(`${input.deliveryDate}T00:00:00Z`),
        paymentTerm: input.paymentTerm,
        openingPrice: input.openingPrice,
        reservePrice: input.reservePrice,
        lastPrice: input.lastPrice,
        minStepAmount: 'amount' in min ? min.amount : null,
        minStepBps: 'bps' in min ? min.bps : null,
        maxStepAmount: 'amount' in max ? max.amount : null,
        maxStepBps: 'bps' in max ? max.bps : null,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        currentEnd: new Date(input.endsAt),
        snipingWindowSeconds: input.snipingWindowMinutes * 60,
        extensionSeconds: input.extensionMinutes * 60,
        maxExtensions: input.maxExtensions,
        hardStopAt: input.hardStopAt === null ? null : new Date(input.hardStopAt),
        triggerRank: input.triggerRank,
        headHash: genesisHash(id),
        createdById: userId,
        departmentId: await departmentOfMembership(tx, auth.membershipId),
        createdAt: now,
        participants: {
          create: participants.map((companyId, i) => ({
            companyId,
            aliasNo: aliasNos[i] ?? i + 1,
            createdAt: now,
          })),
        },
      });
      await this.repo.addEvent(tx, {
        auctionId: id,
        kind: 'auction.created',
        actorCompanyId: auth.companyId,
        actorUserId: userId,
        data: { number },
        at: now,
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'auction.create',
          subjectType: 'auction',
          subjectId: id,
          after: {
            number,
            direction: input.direction,
            visibility: input.visibility,
            openingPrice: input.openingPrice,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            participants: participants.length,
          },
        },
        tx,
      );
    });
    return this.get(auth, id, now);
  }

  /** The auction and the caller's side, or 404 (drafts are the owner's alone). */
  private async visible(auth: RequestAuth, auctionId: string) {
    const row = await this.repo.findAuction(this.repo.db, auctionId);
    if (!row) throw notFoundError('Auction');
    if (row.ownerId === auth.companyId) return { row, side: 'owner' as const };
    if (row.status !== 'draft' && (await this.repo.participant(this.repo.db, auctionId, auth.companyId))) {
      return { row, side: 'bidder' as const };
    }
    throw notFoundError('Auction');
  }

  async get(auth: RequestAuth, auctionId: string, now = new Date()): Promise<Auction> {
    const { row, side } = await this.visible(auth, auctionId);
    const participants = await this.repo.participants(this.repo.db, auctionId);
    const bidRow = bidRowOf(row);
    const state = liveStateOf(bidRow, participants);
    const names = await companyNames(this.repo.db, [row.ownerId, ...participants.map((p) => p.companyId)]);
    const latest = await this.repo.latestAward(this.repo.db, auctionId);
    const aliasNo = participants.find((p) => p.companyId === latest?.companyId)?.aliasNo ?? 0;
    // the owner sees its award whole; the winner once it is approved, with its order
    const award =
      latest && (side === 'owner' || (latest.status === 'approved' && latest.companyId === auth.companyId))
        ? {
            status: latest.status,
            alias: aliasOf(row.direction, aliasNo),
            companyName: side === 'owner' ? (names.get(latest.companyId)?.name ?? null) : null,
            companyNameEn: side === 'owner' ? (names.get(latest.companyId)?.nameEn ?? null) : null,
            price: latest.price.toFixed(PRICE_PLACES),
            justification: side === 'owner' ? latest.justification : null,
            orderId: latest.orderId,
          }
        : null;
    return auctionView({
      award,
      row,
      rules: rulesOf(bidRow),
      state,
      participants,
      names,
      viewer: side === 'owner' ? { side } : { side, companyId: auth.companyId },
      now,
    });
  }

  async list(
    auth: RequestAuth,
    query: { page: number; pageSize: number; side?: 'owner' | 'bidder'; status?: string[] },
  ): Promise<{ items: AuctionSummary[]; total: number; page: number; pageSize: number }> {
    const { rows, total } = await this.repo.list(this.repo.db, auth.companyId, query);
    const names = await companyNames(
      this.repo.db,
      rows.map((r) => r.ownerId),
    );
    return {
      items: rows.map((r) =>
        summaryView(r, r.ownerId === auth.companyId ? 'owner' : 'bidder', names.get(r.ownerId)),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  private async apply(
    auth: RequestAuth,
    auctionId: string,
    command: AuctionCommand,
    now: Date,
  ): Promise<Auction> {
    const { row, side } = await this.visible(auth, auctionId);
    if (side !== 'owner') throw refuse('AUCTION_ACTOR_NOT_ALLOWED');
    const t = auctionTransition(
      {
        status: row.status,
        startsAt: row.startsAt,
        currentEnd: row.currentEnd,
        acceptedBids: row.acceptedBids,
        awardPending: (await this.repo.latestAward(this.repo.db, row.id))?.status === 'pending_approval',
      },
      command,
      'owner',
      now,
    );
    if (!t.ok) throw auctionErrorToOrpc(t.error);
    const reason = command.kind === 'cancel' ? (command.reason?.trim() ?? null) : null;
    await this.repo.transaction(async (tx) => {
      const moved = await this.repo.setStatus(tx, row.id, row.status, {
        status: t.value.to,
        ...(command.kind === 'schedule' ? { scheduledAt: now } : {}),
        ...(command.kind === 'cancel' ? { cancelledAt: now, cancelReason: reason } : {}),
      });
      if (!moved) throw refuse('AUCTION_TRANSITION_NOT_ALLOWED', { params: { state: row.status } });
      await this.repo.addEvent(tx, {
        auctionId: row.id,
        kind: t.value.event,
        actorCompanyId: auth.companyId,
        actorUserId: auth.userId,
        data: reason ? { reason } : {},
        at: now,
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: `auction.${command.kind}`,
          subjectType: 'auction',
          subjectId: row.id,
          before: { status: t.value.from },
          after: { status: t.value.to, ...(reason ? { reason } : {}) },
        },
        tx,
      );
    });
    this.desk.forget(row.id);
    await this.feed.announce(row.id);
    if (command.kind === 'schedule') {
      await this.clock.schedule(row.id, { startsAt: row.startsAt, closesAt: row.currentEnd }, now);
    }
    return this.get(auth, row.id, now);
  }

  schedule(auth: RequestAuth, auctionId: string, now = new Date()): Promise<Auction> {
    return this.apply(auth, auctionId, { kind: 'schedule' }, now);
  }

  cancel(
    auth: RequestAuth,
    auctionId: string,
    reason: string | undefined,
    now = new Date(),
  ): Promise<Auction> {
    return this.apply(auth, auctionId, { kind: 'cancel', reason: reason ?? null }, now);
  }

  async bid(auth: RequestAuth, input: { auctionId: string; price: string }): Promise<BidReceipt> {
    const price = parseDecimal(input.price, PRICE_PLACES);
    if (price === null) throw refuse('BID_PRICE_INVALID', { field: 'price' });
    const receipt = await this.desk.place(input.auctionId, {
      companyId: auth.companyId,
      userId: auth.userId,
      price,
    });
    if (receipt.kind === 'not_found') throw notFoundError('Auction');
    // an extension moves the close: a job for the new end (the old one finds it not due)
    if (receipt.extended) await this.clock.schedule(input.auctionId, { closesAt: receipt.currentEnd });
    const error = receipt.error;
    return {
      seq: receipt.seq,
      hash: receipt.hash,
      receivedAt: receipt.receivedAt.toISOString(),
      accepted: receipt.accepted,
      code: error?.code ?? null,
      message: error ? auctionErrorMessage(error.code, 'en', error.params) : null,
      messageZh: error ? auctionErrorMessage(error.code, 'zh-CN', error.params) : null,
      myRank: receipt.rank,
      currentEnd: receipt.currentEnd.toISOString(),
      extended: receipt.extended,
    };
  }

  /**
   * The live view (server-sent events): first the state as it is, then the state after each
   * pulse, as this viewer may see it. Pulses that arrive while one is being sent are coalesced
   * into the latest (the state is cumulative). Resuming (Last-Event-ID) starts again from the
   * state as it is, whose `lastSeq` is at or after the last one received.
   */
  async live(
    auth: RequestAuth,
    auctionId: string,
    signal?: AbortSignal,
  ): Promise<AsyncGenerator<AuctionLiveEvent>> {
    // checked before the stream opens: a caller who may not see the auction gets a plain 404
    const { row, side } = await this.visible(auth, auctionId);
    const ends = signal ? AbortSignal.any([signal, this.shutdown.signal]) : this.shutdown.signal;
    return this.stream(auth, row, side, ends);
  }

  onModuleDestroy(): void {
    this.shutdown.abort();
  }

  private async *stream(
    auth: RequestAuth,
    row: NonNullable<Awaited<ReturnType<AuctionRepository['findAuction']>>>,
    side: 'owner' | 'bidder',
    signal?: AbortSignal,
  ): AsyncGenerator<AuctionLiveEvent> {
    const auctionId = row.id;
    const participants = await this.repo.participants(this.repo.db, auctionId);
    const names = await companyNames(
      this.repo.db,
      participants.map((p) => p.companyId),
    );
    const aliasNos = new Map(participants.map((p) => [p.companyId, p.aliasNo]));
    const rules = { direction: row.direction, visibility: row.visibility };
    const viewer: Viewer = side === 'owner' ? { side } : { side, companyId: auth.companyId };
    const eventOf = (pulse: AuctionPulse): AuctionLiveEvent => {
      const now = new Date();
      const state = stateOfPulse(pulse);
      return {
        status: pulse.status,
        currentEnd: pulse.currentEnd,
        extensions: pulse.extensions,
        lastSeq: pulse.lastSeq,
        headHash: pulse.headHash,
        ...standingsOf({ rules, status: pulse.status, state, aliasNos, names, viewer, now }),
        serverTime: now.toISOString(),
      };
    };
    let latest: AuctionPulse | null = null;
    let wake: (() => void) | null = null;
    const stop = this.feed.watch(auctionId, (pulse) => {
      if (latest === null || pulse.lastSeq >= latest.lastSeq) latest = pulse;
      wake?.();
    });
    const aborted = new Promise<void>((resolve) =>
      signal?.addEventListener('abort', () => resolve(), { once: true }),
    );
    try {
      const current = liveStateOf(bidRowOf(row), participants);
      let sentSeq = current.lastSeq;
      let sentStatus: string = row.status;
      yield withEventMeta(eventOf(pulseOf(auctionId, current, row.headHash)), {
        id: String(current.lastSeq),
      });
      while (!signal?.aborted) {
        if (latest === null) {
          await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
          wake = null;
          continue;
        }
        const pulse: AuctionPulse = latest;
        latest = null;
        if (pulse.lastSeq < sentSeq || (pulse.lastSeq === sentSeq && pulse.status === sentStatus)) continue;
        sentSeq = pulse.lastSeq;
        sentStatus = pulse.status;
        yield withEventMeta(eventOf(pulse), { id: String(pulse.lastSeq) });
      }
    } finally {
      stop();
    }
  }

  /** The owner suspends a participant (its bids are then refused, and recorded) or reinstates it. */
  async setParticipant(
    auth: RequestAuth,
    input: { auctionId: string; companyId: string; status: 'invited' | 'suspended'; reason: string },
    now = new Date(),
  ): Promise<Auction> {
    const { row, side } = await this.visible(auth, input.auctionId);
    if (side !== 'owner') throw refuse('AUCTION_ACTOR_NOT_ALLOWED');
    const before = await this.repo.participant(this.repo.db, row.id, input.companyId);
    if (!before) throw notFoundError('Participant', 'companyId');
    if (before.status !== input.status) {
      await this.repo.transaction(async (tx) => {
        await this.repo.setParticipantStatus(tx, row.id, input.companyId, input.status);
        await this.repo.addEvent(tx, {
          auctionId: row.id,
          kind: input.status === 'suspended' ? 'participant.suspended' : 'participant.reinstated',
          actorCompanyId: auth.companyId,
          actorUserId: auth.userId,
          data: { alias: aliasOf(row.direction, before.aliasNo), reason: input.reason },
          at: now,
        });
        await this.audit.record(
          auth,
          {
            companyId: auth.companyId,
            action: 'auction.participant',
            subjectType: 'auction',
            subjectId: row.id,
            before: { companyId: input.companyId, status: before.status },
            after: { companyId: input.companyId, status: input.status, reason: input.reason },
          },
          tx,
        );
      });
      this.desk.forget(row.id);
    }
    return this.get(auth, row.id, now);
  }

  /** The owner's result report: ranking with names, the bids, the reserve, savings and the price curve. */
  async result(auth: RequestAuth, auctionId: string, now = new Date()): Promise<AuctionResult> {
    const { row, side } = await this.visible(auth, auctionId);
    if (side !== 'owner') throw refuse('AUCTION_ACTOR_NOT_ALLOWED');
    const participants = await this.repo.participants(this.repo.db, auctionId);
    const bidRow = bidRowOf(row);
    const rules = rulesOf(bidRow);
    const state = liveStateOf(bidRow, participants);
    const names = await companyNames(
      this.repo.db,
      participants.map((p) => p.companyId),
    );
    const aliasNos = new Map(participants.map((p) => [p.companyId, p.aliasNo]));
    // the accepted bids only (the curve); the refusals are counted, not read
    const accepted = await this.repo.acceptedBids(this.repo.db, auctionId);
    const total = row.lastSeq;
    const report = auctionResult(
      rules,
      state,
      storedQuantity(row.quantity.toFixed(3), 'quantity', { positive: true }),
      row.lastPrice === null ? null : storedPrice(row.lastPrice.toFixed(PRICE_PLACES)),
    );
    const savings = (v: typeof report.vsOpening) =>
      v === null
        ? null
        : {
            perUnit: formatDecimal(v.perUnit, PRICE_PLACES),
            totalMinor: v.totalMinor.toString(),
            bps: Number(v.bps),
          };
    // a sealed auction's standings stay hidden until its end, for the owner too
    const { ranking } = standingsOf({
      rules,
      status: row.status,
      state,
      aliasNos,
      names,
      viewer: { side },
      now,
    });
    const hidden = ranking.length === 0 && state.bestByBidder.size > 0;
    return {
      auctionId,
      status: row.status,
      ranking,
      bids: { total, accepted: accepted.length, refused: total - accepted.length },
      extensions: state.extensions,
      reserveMet: hidden ? null : report.reserveMet,
      vsOpening: hidden ? null : savings(report.vsOpening),
      vsLastPrice: hidden ? null : savings(report.vsLastPrice),
      curve: hidden
        ? []
        : accepted.map((b) => ({
            seq: b.seq,
            at: b.receivedAt.toISOString(),
            alias: aliasOf(row.direction, b.aliasNo),
            price: b.price.toFixed(PRICE_PLACES),
          })),
    };
  }

  /** The whole log, to the owner and every participant, once the auction has ended. */
  async bidLog(auth: RequestAuth, auctionId: string, now = new Date()): Promise<BidLog> {
    const { row } = await this.visible(auth, auctionId);
    if (!ENDED_STATES.has(row.status) && now.getTime() < row.currentEnd.getTime()) {
      throw refuse('AUCTION_LOG_NOT_READY');
    }
    const bids = await this.repo.bidLog(this.repo.db, auctionId);
    return {
      auctionId,
      number: row.number,
      head: { seq: row.lastSeq, hash: row.headHash },
      entries: bids.map((b) => ({
        auctionId,
        seq: b.seq,
        alias: aliasOf(row.direction, b.aliasNo),
        price: formatDecimal(storedPrice(b.price.toFixed(PRICE_PLACES)), PRICE_PLACES),
        receivedAt: b.receivedAt.toISOString(),
        outcome: b.outcome,
        hash: b.hash,
      })),
    };
  }
}
