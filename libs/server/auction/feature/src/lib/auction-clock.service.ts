import { Injectable, Logger } from '@nestjs/common';
import { auctionTransition, type AuctionCommand } from '@tradeway/server/auction/domain';
import { AuctionRepository } from '@tradeway/server/auction/data-access';
import { AuctionFeed } from './auction-feed';
import { AuditService, QUEUES, QueueDriver, queueMail, userEmail } from '@tradeway/server/platform';

export type ClockOutcome = { changed: boolean; to?: string; notBefore?: Date };

/**
 * The auction's clock (DESIGN.md §6, §14): start at `startsAt`, close at the current end.
 * Delayed jobs (`auction-start-<id>`, `auction-close-<id>-<end ms>`: a new end is a new job)
 * and a sweep (AUCTION_SWEEP_EVERY_MS) call `startIfDue`/`closeIfDue`, which lock the auction
 * row — the bid desk's lock — and apply the lifecycle: idempotent, and a close can never slip
 * between two bids. A close that finds the end moved (an extension) does nothing and answers
 * when it is due. Bids after the end are refused by the desk whether or not this has run.
 */
@Injectable()
export class AuctionClockService {
  private readonly logger = new Logger(AuctionClockService.name);

  constructor(
    private readonly repo: AuctionRepository,
    private readonly queues: QueueDriver,
    private readonly audit: AuditService,
    private readonly feed: AuctionFeed,
  ) {}

  /** After commit: the delayed jobs of an auction's start and current end; the sweep covers a lost one. */
  async schedule(
    auctionId: string,
    at: { startsAt?: Date; closesAt?: Date },
    now = new Date(),
  ): Promise<void> {
    try {
      const queue = this.queues.queue(QUEUES.auctionClock);
      if (at.startsAt) {
        await queue.add(
          'start',
          { auctionId },
          { jobId: `auction-start-${auctionId}`, delay: Math.max(0, at.startsAt.getTime() - now.getTime()) },
        );
      }
      if (at.closesAt) {
        await queue.add(
          'close',
          { auctionId },
          {
            jobId: `auction-close-${auctionId}-${at.closesAt.getTime()}`,
            delay: Math.max(0, at.closesAt.getTime() - now.getTime()),
          },
        );
      }
    } catch (err) {
      this.logger.warn(`could not schedule the clock of auction ${auctionId}: ${(err as Error).message}`);
    }
  }

  private async apply(auctionId: string, command: AuctionCommand, now: Date): Promise<ClockOutcome> {
    const outcome = await this.change(auctionId, command, now);
    if (outcome.changed) await this.feed.announce(auctionId);
    return outcome;
  }

  private change(auctionId: string, command: AuctionCommand, now: Date): Promise<ClockOutcome> {
    return this.repo.transaction(async (tx) => {
      const row = await this.repo.lockForBids(tx, auctionId);
      if (!row) return { changed: false };
      if (command.kind === 'close' && now.getTime() < row.currentEnd.getTime()) {
        return { changed: false, notBefore: row.currentEnd };
      }
      const t = auctionTransition(
        {
          status: row.status,
          startsAt: row.startsAt,
          currentEnd: row.currentEnd,
          acceptedBids: row.acceptedBids,
          awardPending: false,
        },
        command,
        'system',
        now,
      );
      if (!t.ok) return { changed: false };
      await this.repo.setStatus(tx, row.id, row.status, {
        status: t.value.to,
        ...(command.kind === 'start' ? { startedAt: now } : { closedAt: now }),
      });
      await this.repo.addEvent(tx, {
        auctionId: row.id,
        kind: t.value.event,
        actorCompanyId: null,
        actorUserId: null,
        data: { lastSeq: row.lastSeq, headHash: row.headHash, acceptedBids: row.acceptedBids },
        at: now,
      });
      await this.audit.record(
        null,
        {
          companyId: row.ownerId,
          action: `auction.${command.kind}`,
          subjectType: 'auction',
          subjectId: row.id,
          before: { status: t.value.from },
          after: {
            status: t.value.to,
            // the close seals the log: its head is what every participant can check against
            ...(command.kind === 'close' ? { lastSeq: row.lastSeq, headHash: row.headHash } : {}),
          },
        },
        tx,
      );
      if (command.kind === 'close') {
        const creator = await this.repo.findAuction(tx, row.id);
        const to = creator ? await userEmail(tx, creator.createdById) : null;
        if (to && creator) {
          await queueMail(tx, [to], {
            subject:
              t.value.to === 'expired'
                ? `竞价结束，无有效出价 / Auction ended without bids: ${creator.number} ${creator.title}`
                : `竞价已结束 / Auction closed: ${creator.number} ${creator.title}`,
            text: [`${creator.number} · ${creator.title}`, `/auctions/${row.id}`].join('\n'),
          });
        }
      }
      return { changed: true, to: t.value.to };
    });
  }

  startIfDue(auctionId: string, now = new Date()): Promise<ClockOutcome> {
    return this.apply(auctionId, { kind: 'start' }, now);
  }

  /** Closes the auction if its (current) end has passed; otherwise says when it is due. */
  async closeIfDue(auctionId: string, now = new Date()): Promise<ClockOutcome> {
    const outcome = await this.apply(auctionId, { kind: 'close' }, now);
    if (outcome.notBefore) await this.schedule(auctionId, { closesAt: outcome.notBefore }, now);
    return outcome;
  }

  /** Starts and closes whatever is due (lost jobs, a Redis restart, a worker that was down). */
  async sweep(now = new Date()): Promise<{ started: number; closed: number }> {
    const due = await this.repo.dueForClock(this.repo.db, now, 500);
    let started = 0;
    let closed = 0;
    for (const id of due.toStart) if ((await this.startIfDue(id, now)).changed) started += 1;
    for (const id of due.toClose) if ((await this.closeIfDue(id, now)).changed) closed += 1;
    return { started, closed };
  }
}
