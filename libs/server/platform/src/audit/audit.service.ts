import { Injectable } from '@nestjs/common';
import type { RequestAuth } from '../auth/request-auth';
import { Prisma, type PrismaClient } from '../database/prisma';
import { PrismaService } from '../database/prisma.service';

export interface AuditRecord {
  /** null for platform-wide changes (by the operator). */
  companyId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/** The client or an open transaction. */
export type AuditTx = Pick<PrismaClient, 'auditEntry'>;

/** JSON for the audit columns: bigint amounts as strings, dates as ISO strings. */
export function auditJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

/**
 * The append-only audit log (DESIGN.md §14): who, when, what, before and after. Write it in
 * the same transaction as the change (`tx`), so a change without its entry cannot happen.
 */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  async record(actor: Pick<RequestAuth, 'userId' | 'apiKeyId'> | null, entry: AuditRecord, tx?: AuditTx) {
    await (tx ?? this.prisma.client).auditEntry.create({ data: this.data(actor, entry) });
  }

  private data(actor: Pick<RequestAuth, 'userId' | 'apiKeyId'> | null, entry: AuditRecord) {
    return {
      companyId: entry.companyId,
      actorUserId: actor?.userId ?? null,
      actorApiKeyId: actor?.apiKeyId ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      before: auditJson(entry.before),
      after: auditJson(entry.after),
    };
  }

  /**
   * A change and its audit entry in one transaction: `write` makes the change, `describe`
   * says what it was (the entry's subject id usually comes from the written row).
   */
  async change<T>(
    actor: Pick<RequestAuth, 'userId' | 'apiKeyId'> | null,
    write: (tx: Prisma.TransactionClient) => Promise<T>,
    describe: (result: T) => AuditRecord,
  ): Promise<T> {
    return this.prisma.client.$transaction(async (tx) => {
      const result = await write(tx);
      await this.record(actor, describe(result), tx);
      return result;
    });
  }
}
