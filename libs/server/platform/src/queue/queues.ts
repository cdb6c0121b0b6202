import type { DefaultJobOptions } from 'bullmq';

/**
 * Every queue of the platform, in one place. Retries, back-off and retention are set once
 * here (STYLE.md: "queues sit behind one driver"), and jobs that must run once carry a
 * deterministic `jobId` so that BullMQ de-duplicates them.
 */
export const QUEUES = {
  housekeeping: 'housekeeping',
  /** Delayed jobs `escalate-<requestId>-<level>` at each approval level's SLA, and a sweep. */
  approvalEscalation: 'approval-escalation',
  /** Daily and weekly staff activity reports to company owners. */
  staffActivity: 'staff-activity',
  /** Sends the mail outbox over SMTP every few seconds (only when SMTP_URL is set). */
  mailOutbox: 'mail-outbox',
  /** Spreadsheet imports of products and price lists, job id = the import's id. */
  catalogImport: 'catalog-import',
  /** Polls the webhook outbox every few seconds and sends what is due (orders integration). */
  webhookDelivery: 'webhook-delivery',
  /** Every 5 minutes: places the scheduled repeat orders that are due (orders integration). */
  repeatOrders: 'repeat-orders',
  /** Delivered orders past their auto-acceptance period, swept every few minutes. */
  orderAutoAcceptance: 'order-auto-acceptance',
  /** Delayed jobs `rfq-close-<rfqId>` at each RFQ's deadline, and a sweep every minute (RFQs). */
  rfqDeadlines: 'rfq-deadlines',
  /** Delayed `start`/`close` jobs at each auction's start and (current) end, and a sweep (auctions). */
  auctionClock: 'auction-clock',
  /** Delayed `settle` jobs at each campaign's deadline, and a sweep that also resumes settlements (group buys). */
  groupBuyDeadlines: 'group-buy-deadlines',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** BullMQ needs `maxRetriesPerRequest: null` on worker connections (blocking commands). */
export function redisConnectionOptions(redisUrl: string) {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}
