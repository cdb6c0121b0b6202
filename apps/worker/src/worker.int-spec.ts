import { Queue } from 'bullmq';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUES, redisConnectionOptions } from '@tradeway/server/platform';
import {
  createTestDatabase,
  createTestRedis,
  type TestDatabase,
  type TestRedis,
} from '@tradeway/server/testing';
import { HOUSEKEEPING_SCHEDULER_ID } from './housekeeping.processor';
import { buildWorker, type WorkerProcesses } from './testing/worker-process';

describe('worker process', { timeout: 60_000 }, () => {
  let workers: WorkerProcesses;
  let db: TestDatabase;
  let redis: TestRedis;
  let queue: Queue;
  let env: Record<string, string>;

  beforeAll(async () => {
    workers = buildWorker();
    db = await createTestDatabase();
    redis = createTestRedis();
    env = {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: redis.prefix,
      LOG_LEVEL: 'info',
      WORKER_SHUTDOWN_GRACE_MS: '500',
      WORKER_LOCK_DURATION_MS: '2000',
    };
    queue = new Queue(QUEUES.housekeeping, {
      connection: redisConnectionOptions(redis.url),
      prefix: redis.prefix,
    });
  });

  afterAll(async () => {
    await workers?.cleanup();
    await queue?.close();
    await redis?.cleanup();
    await db?.drop();
  });

  it('refuses to start with a malformed variable, naming it, with exit code 78', async () => {
    const w = workers.startWorker({ ...env, WORKER_SHUTDOWN_GRACE_MS: 'soon', REDIS_URL: 'not a url' });
    expect(await w.exited).toBe(78);
    expect(w.output()).toContain('WORKER_SHUTDOWN_GRACE_MS');
    expect(w.output()).toContain('REDIS_URL');
  });

  it('runs the repeatable housekeeping job on its schedule, under one scheduler however often it starts', async () => {
    for (let i = 0; i < 2; i++) {
      const w = workers.startWorker({ ...env, HOUSEKEEPING_CRON: '* * * * * *' });
      const before = await db.prisma.housekeepingRun.count();
      await workers.until(
        'two scheduled runs',
        async () => (await db.prisma.housekeepingRun.count()) >= before + 2,
      );
      w.proc.kill('SIGTERM');
      expect(await w.exited).toBe(0);
    }
    expect((await queue.getJobSchedulers()).map((s) => s.key)).toEqual([HOUSEKEEPING_SCHEDULER_ID]);
    const runs = await db.prisma.housekeepingRun.findMany();
    expect(
      runs.every((r) => r.jobId.startsWith(`repeat:${HOUSEKEEPING_SCHEDULER_ID}:`) && r.finishedAt),
    ).toBe(true);
    await queue.removeJobScheduler(HOUSEKEEPING_SCHEDULER_ID);
  });

  it('SIGTERM during a job hands the job back to the queue, and the next worker completes it once', async () => {
    // Hold a lock the job needs, so that it is in hand (blocked) when SIGTERM arrives.
    const blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE idempotency_keys IN ACCESS EXCLUSIVE MODE');

    await queue.add('housekeeping', {}, { jobId: 'manual-sigterm' });
    const w1 = workers.startWorker({ ...env, HOUSEKEEPING_CRON: 'off' });
    await workers.until('job in hand', async () => (await queue.getJobState('manual-sigterm')) === 'active');

    const t0 = Date.now();
    w1.proc.kill('SIGTERM');
    expect(await w1.exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(w1.output()).toContain('handing back the jobs in hand');
    expect(await queue.getJobState('manual-sigterm')).toBe('waiting');
    const returned = await queue.getJob('manual-sigterm');
    expect(returned?.failedReason ?? '').toBe('');

    await blocker.query('ROLLBACK');
    await blocker.end();
    // The abandoned run left nothing behind: its transaction died with the process.
    expect(await db.prisma.housekeepingRun.count({ where: { jobId: 'manual-sigterm' } })).toBe(0);

    const w2 = workers.startWorker({ ...env, HOUSEKEEPING_CRON: 'off' });
    await workers.until(
      'job completed by the next worker',
      async () => (await queue.getJobState('manual-sigterm')) === 'completed',
    );
    w2.proc.kill('SIGTERM');
    expect(await w2.exited).toBe(0);
    expect(await db.prisma.housekeepingRun.count({ where: { jobId: 'manual-sigterm' } })).toBe(1);
  });

  it('a worker killed outright loses no job: its lock lapses and another worker retries it', async () => {
    const blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE idempotency_keys IN ACCESS EXCLUSIVE MODE');

    await queue.add('housekeeping', {}, { jobId: 'manual-sigkill' });
    const w1 = workers.startWorker({ ...env, HOUSEKEEPING_CRON: 'off' });
    await workers.until('job in hand', async () => (await queue.getJobState('manual-sigkill')) === 'active');
    w1.proc.kill('SIGKILL');
    await w1.exited;
    await blocker.query('ROLLBACK');
    await blocker.end();

    const w2 = workers.startWorker({ ...env, HOUSEKEEPING_CRON: 'off' });
    await workers.until(
      'stalled job retried and completed',
      async () => (await queue.getJobState('manual-sigkill')) === 'completed',
      30_000,
    );
    w2.proc.kill('SIGTERM');
    expect(await w2.exited).toBe(0);
    expect(await db.prisma.housekeepingRun.count({ where: { jobId: 'manual-sigkill' } })).toBe(1);
  });

  it('escalates an approval level after its SLA exactly once, though the worker is killed and restarted around it', async () => {
    const company = await db.prisma.company.create({
      data: { code: 'esc', name: 'Esc Co', kinds: ['buyer'], region: '上海' },
    });
    const user = (email: string) =>
      db.prisma.user.create({ data: { email, displayName: email, passwordHash: 'x' } });
    const requester = await user('requester@esc.test');
    const approver = await user('approver@esc.test');
    await db.prisma.membership.createMany({
      data: [
        { userId: requester.id, companyId: company.id, role: 'purchaser' },
        { userId: approver.id, companyId: company.id, role: 'approver' },
      ],
    });
    const dueAt = new Date(Date.now() + 3_000);
    const request = await db.prisma.approvalRequest.create({
      data: {
        companyId: company.id,
        subjectType: 'purchase_requisition',
        subjectId: '00000000-0000-4000-8000-000000000001',
        subjectVersion: 1,
        requesterId: requester.id,
        amountMinor: 100n,
        currency: 'CNY',
        facts: {},
        levels: [
          {
            order: 1,
            mode: 'any',
            approverRoles: ['approver'],
            approverUserIds: [],
            slaHours: 0.001,
            escalation: { kind: 'notify' },
          },
        ],
        status: 'pending',
        currentLevel: 1,
        tasks: {
          create: { companyId: company.id, level: 1, approverUserId: approver.id, status: 'pending', dueAt },
        },
      },
    });
    const escalations = new Queue(QUEUES.approvalEscalation, {
      connection: redisConnectionOptions(redis.url),
      prefix: redis.prefix,
    });
    await escalations.add(
      'escalate',
      { requestId: request.id, level: 1 },
      { jobId: `escalate-${request.id}-1`, delay: 3_000 },
    );

    // the first worker dies before the SLA runs out
    const w1 = workers.startWorker({ ...env, HOUSEKEEPING_CRON: 'off' });
    await workers.until(
      'worker up',
      async () => w1.output().includes('approval') || w1.output().includes('processing'),
    );
    w1.proc.kill('SIGKILL');
    await w1.exited;
    expect(await db.prisma.auditEntry.count({ where: { subjectId: request.id } })).toBe(0);

    await new Promise((r) => setTimeout(r, Math.max(0, dueAt.getTime() - Date.now()) + 200));
    const w2 = workers.startWorker({ ...env, HOUSEKEEPING_CRON: 'off' });
    await workers.until('escalated', async () => (await queueState(escalations, request.id)) === 'completed');
    // the sweep runs too; give it a moment to prove it does not escalate twice
    await new Promise((r) => setTimeout(r, 1_500));
    w2.proc.kill('SIGTERM');
    expect(await w2.exited).toBe(0);
    const entries = await db.prisma.auditEntry.findMany({
      where: { subjectId: request.id, action: 'approval.escalated' },
    });
    expect(entries).toHaveLength(1);
    const task = await db.prisma.approvalTask.findFirstOrThrow({ where: { requestId: request.id } });
    expect(task.escalatedAt).not.toBeNull();
    expect(await db.prisma.outboxMail.count({ where: { to: 'approver@esc.test' } })).toBe(1);
    await escalations.close();
  });
});

async function queueState(q: Queue, requestId: string) {
  return q.getJobState(`escalate-${requestId}-1`);
}
