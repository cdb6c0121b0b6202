import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ApprovalService } from '@tradeway/server/approval/feature';
import { handBackOnAbort, QUEUES, QueueDriver } from '@tradeway/server/platform';

export const APPROVAL_SWEEP_SCHEDULER_ID = 'approval-sla-sweep';

type EscalationJob = { requestId: string; level: number } | Record<string, never>;

/**
 * Approval SLAs (DESIGN.md §9): each level that starts with an SLA queues a delayed job
 * `escalate-<request>-<level>`; this processor escalates it. Idempotent by construction (the
 * engine escalates a level once, only when due), so a retried job or a worker killed and
 * restarted around it escalates exactly once. A sweep every minute escalates overdue levels
 * whose job never made it into Redis.
 */
@Injectable()
export class ApprovalEscalationProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(ApprovalEscalationProcessor.name);

  constructor(
    private readonly queues: QueueDriver,
    private readonly approvals: ApprovalService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.queue(QUEUES.approvalEscalation);
    await queue.upsertJobScheduler(
      APPROVAL_SWEEP_SCHEDULER_ID,
      { every: 60_000 },
      { name: 'sweep', data: {} },
    );
    this.queues.worker<EscalationJob, unknown>(QUEUES.approvalEscalation, async (job, token, signal) =>
      handBackOnAbort(job, token, signal, async () => {
        if (job.name === 'sweep') {
          const n = await this.approvals.escalateOverdue();
          if (n) this.logger.log({ msg: 'overdue approvals escalated', count: n });
          return { escalated: n };
        }
        const { requestId, level } = job.data as { requestId: string; level: number };
        const escalated = await this.approvals.escalateLevel(requestId, level);
        this.logger.log({ msg: 'approval escalation', requestId, level, escalated });
        return { escalated };
      }),
    );
  }
}
