import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@tradeway/server/testing';
import { loadConfig, MAX_MAIL_ATTEMPTS, OutboxSender, PrismaService } from '@tradeway/server/platform';

/** A real SMTP server on 127.0.0.1 that keeps what it receives, and can refuse recipients. */
function localSmtp() {
  const received: Array<{ to: string[]; data: string }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refused.test')) return callback(new Error('mailbox unavailable'));
      callback();
    },
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  return { server, received };
}

describe('OutboxSender', () => {
  let db: TestDatabase;
  const smtp = localSmtp();
  let port = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', () => resolve()));
    port = (smtp.server.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    await db?.drop();
  });

  const sender = (smtpUrl?: string) => {
    const config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}),
    });
    const prisma = new PrismaService(config);
    return { s: new OutboxSender(prisma, config), prisma };
  };

  it('keeps mail in the outbox without SMTP, sends it once with SMTP, and records failures', async () => {
    await db.prisma.outboxMail.createMany({
      data: [
        { to: 'buyer@huaxin.test', subject: '重置密码', text: 'link' },
        { to: 'nobody@refused.test', subject: 'x', text: 'y' },
      ],
    });
    const off = sender();
    expect(await off.s.sendPending()).toEqual({ sent: 0, failed: 0 });
    await off.prisma.onModuleDestroy();

    const on = sender(`smtp://127.0.0.1:${port}`);
    const [a, b] = await Promise.all([on.s.sendPending(), on.s.sendPending()]);
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(1);
    expect(smtp.received.map((m) => m.to)).toEqual([['buyer@huaxin.test']]);
    expect(smtp.received[0]?.data).toContain('Subject: =?UTF-8?');
    const sentRow = await db.prisma.outboxMail.findFirstOrThrow({ where: { to: 'buyer@huaxin.test' } });
    expect(sentRow.sentAt).not.toBeNull();
    const failedRow = await db.prisma.outboxMail.findFirstOrThrow({ where: { to: 'nobody@refused.test' } });
    expect(failedRow.sentAt).toBeNull();
    expect(failedRow.lastError).toContain('mailbox unavailable');

    for (let i = 0; i < MAX_MAIL_ATTEMPTS + 2; i++) await on.s.sendPending();
    expect(
      (await db.prisma.outboxMail.findFirstOrThrow({ where: { to: 'nobody@refused.test' } })).attempts,
    ).toBe(MAX_MAIL_ATTEMPTS);
    expect(smtp.received).toHaveLength(1);
    on.s.onModuleDestroy();
    await on.prisma.onModuleDestroy();
  });
});
