import { z } from 'zod';

/**
 * Every process (API, worker, tools) reads its configuration through this schema at start-up.
 * A missing or malformed variable stops the process with a message naming it.
 */
const port = z.coerce.number().int().min(1).max(65_535);

export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z
      .string({ error: 'is required (e.g. postgresql://postgres@127.0.0.1:5432/tradeway)' })
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
    REDIS_URL: z
      .string({ error: 'is required (e.g. redis://127.0.0.1:6379)' })
      .regex(/^rediss?:\/\//, 'must be a redis:// URL'),
    API_PORT: port.default(3000),
    API_HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** How long the worker waits for the job in hand on SIGTERM before handing it back. */
    WORKER_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
    /** BullMQ lock: a job whose worker died is retried once this lapses. */
    WORKER_LOCK_DURATION_MS: z.coerce.number().int().min(1_000).default(30_000),
    /** Cron pattern of the housekeeping job (UTC; six fields allow seconds), or `off`. */
    HOUSEKEEPING_CRON: z.string().default('*/15 * * * *'),
    /** Key prefix of every BullMQ queue: separates environments (and test suites) in one Redis. */
    QUEUE_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .default('tw'),
    /** Multiplies every rate limit's budget (DESIGN.md §14); benchmarks raise it, nothing else should. */
    RATE_LIMIT_FACTOR: z.coerce.number().positive().default(1),
    IDEMPOTENCY_RETENTION_HOURS: z.coerce.number().int().min(24).default(48),
    APP_VERSION: z.string().default('0.1.0'),
    /** Where people open the portals; links in mail (password reset, invitations) point here. */
    PUBLIC_URL: z.url().default('http://127.0.0.1:4201'),
    SELLER_PUBLIC_URL: z.url().default('http://127.0.0.1:4202'),
    OPERATOR_PUBLIC_URL: z.url().default('http://127.0.0.1:4203'),
    /** SMTP server for outgoing mail (smtp://user:pass@host:port); without it mail stays in the dev mailbox. */
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().default('Tradeway <no-reply@tradeway.local>'),
    /** Serve the Bull Board queue dashboard at /api/admin/queues (off by default in production). */
    QUEUE_DASHBOARD: z.enum(['on', 'off']).optional(),
    /** Where uploaded files (dispute evidence, RFQ attachments) live: the local disk or an S3-compatible bucket. */
    FILE_STORAGE: z.enum(['disk', 's3']).default('disk'),
    /** Directory of uploaded files on the local disk (FILE_STORAGE=disk), created on demand. */
    FILE_STORAGE_DIR: z.string().min(1).default('var/files'),
    /** FILE_STORAGE=s3: the bucket (required), its endpoint (an S3-compatible server; AWS when absent) … */
    S3_BUCKET: z.string().min(1).optional(),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** … path-style addressing (most S3-compatible servers need it; AWS does not) and a key prefix. */
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
    S3_PREFIX: z
      .string()
      .regex(/^([A-Za-z0-9_-]+\/)*$/, 'must be folder names each ending in / (e.g. tradeway/)')
      .default(''),
    /** Cron pattern (UTC) of the order auto-acceptance sweep, or `off`. */
    ORDER_AUTO_ACCEPT_CRON: z.string().default('*/10 * * * *'),
    /** How often the worker sweeps RFQ deadlines (a close job is also queued for each deadline). */
    RFQ_SWEEP_EVERY_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
    /** How often the worker sweeps auctions due to start or close (each also has its own delayed job). */
    AUCTION_SWEEP_EVERY_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(15_000),
    /** How often the worker settles campaigns past their deadline, or left settling (each also has its own job). */
    GROUP_BUY_SWEEP_EVERY_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  })
  .superRefine((c, ctx) => {
    if (c.FILE_STORAGE !== 's3') return;
    for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!c[name])
        ctx.addIssue({ code: 'custom', path: [name], message: 'is required when FILE_STORAGE=s3' });
    }
  });
export type AppConfig = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}

/** Nest injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

export type PortalName = 'buyer' | 'seller' | 'operator';

/** The public address of a portal, for links in mail. */
export function portalUrl(config: AppConfig, portal: PortalName): string {
  return portal === 'seller'
    ? config.SELLER_PUBLIC_URL
    : portal === 'operator'
      ? config.OPERATOR_PUBLIC_URL
      : config.PUBLIC_URL;
}

/** The portal a company's people use: operator, else seller-only companies the seller portal, else the buyer portal. */
export function portalOfCompany(kinds: readonly string[]): PortalName {
  if (kinds.includes('operator')) return 'operator';
  if (kinds.includes('seller') && !kinds.includes('buyer')) return 'seller';
  return 'buyer';
}
