import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';

/** A mail that failed this many times stays in the outbox for an operator to look at. */
export const MAX_MAIL_ATTEMPTS = 5;

/**
 * Sends the mail outbox over SMTP (SMTP_URL). Each mail is claimed under a row lock
 * (`FOR UPDATE SKIP LOCKED`), so two workers never send the same mail, and marked sent in
 * the same transaction; a failure counts an attempt and keeps the error. Without SMTP_URL
 * nothing is sent and the operator console's dev mailbox shows the mail.
 */
@Injectable()
export class OutboxSender implements OnModuleDestroy {
  private readonly logger = new Logger(OutboxSender.name);
  private transport: Transporter | undefined;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return !!this.config.SMTP_URL;
  }

  private transporter(): Transporter {
    this.transport ??= nodemailer.createTransport(this.config.SMTP_URL as string);
    return this.transport;
  }

  async sendPending(limit = 50): Promise<{ sent: number; failed: number }> {
    if (!this.enabled) return { sent: 0, failed: 0 };
    let sent = 0;
    let failed = 0;
    for (let i = 0; i < limit; i++) {
      const outcome = await this.prisma.client.$transaction(async (tx) => {
        const [mail] = await tx.$queryRaw<Array<{ id: string; to: string; subject: string; text: string }>>`
          SELECT id, "to", subject, text FROM outbox_mail
          WHERE "sentAt" IS NULL AND attempts < ${MAX_MAIL_ATTEMPTS}
          ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!mail) return 'empty' as const;
        try {
          await this.transporter().sendMail({
            from: this.config.MAIL_FROM,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
          });
          await tx.outboxMail.update({
            where: { id: mail.id },
            data: { sentAt: new Date(), attempts: { increment: 1 } },
          });
          return 'sent' as const;
        } catch (e) {
          await tx.outboxMail.update({
            where: { id: mail.id },
            data: { attempts: { increment: 1 }, lastError: (e as Error).message.slice(0, 500) },
          });
          this.logger.warn(`mail ${mail.id} to ${mail.to} failed: ${(e as Error).message}`);
          return 'failed' as const;
        }
      });
      if (outcome === 'empty') break;
      if (outcome === 'sent') sent++;
      else failed++;
    }
    return { sent, failed };
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
