import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';

export interface HousekeepingResult {
  jobId: string;
  purgedIdempotency: number;
  purgedHousekeeping: number;
}

const RUN_HISTORY_DAYS = 30;

/**
 * Purges what the platform keeps only for a while: idempotency keys past their retention
 * (DESIGN.md §14 keeps them ≥ 24 h) and housekeeping history older than 30 days. One
 * transaction per run, recorded under the BullMQ job id: a retried or repeated run of the
 * same job leaves the same state as one run.
 */
@Injectable()
export class HousekeepingService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(jobId: string, now = new Date()): Promise<HousekeepingResult> {
    const retentionCutoff = new Date(now.getTime() - this.config.IDEMPOTENCY_RETENTION_HOURS * 3_600_000);
    const historyCutoff = new Date(now.getTime() - RUN_HISTORY_DAYS * 86_400_000);
    return this.prisma.client.$transaction(
      async (tx) => {
        const keys = await tx.idempotencyKey.deleteMany({
          where: { expiresAt: { lt: now }, createdAt: { lt: retentionCutoff } },
        });
        const runs = await tx.housekeepingRun.deleteMany({ where: { startedAt: { lt: historyCutoff } } });
        await tx.housekeepingRun.upsert({
          where: { jobId },
          create: {
            jobId,
            startedAt: now,
            finishedAt: new Date(),
            purgedIdempotency: keys.count,
            purgedHousekeeping: runs.count,
          },
          update: {
            finishedAt: new Date(),
            purgedIdempotency: { increment: keys.count },
            purgedHousekeeping: { increment: runs.count },
          },
        });
        return { jobId, purgedIdempotency: keys.count, purgedHousekeeping: runs.count };
      },
      { timeout: 60_000 },
    );
  }
}
