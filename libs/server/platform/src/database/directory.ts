import type { Prisma } from './prisma';
import type { PrismaService } from './prisma.service';

/** A client or an open transaction: reads work on either. */
export type DbClient = Prisma.TransactionClient | PrismaService['client'];

/** A company's legal name and its English name (null when the company gave none). */
export interface CompanyNames {
  readonly name: string;
  readonly nameEn: string | null;
}

/**
 * Small reads and writes every trading context needs (orders, RFQs …): names of companies,
 * a user's address, a member's department, the mail outbox and the staff activity log.
 */

/** Legal and English names of companies, in one read. */
export async function companyNames(db: DbClient, ids: readonly string[]): Promise<Map<string, CompanyNames>> {
  if (ids.length === 0) return new Map();
  const rows = await db.company.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, nameEn: true },
  });
  return new Map(rows.map((r) => [r.id, { name: r.name, nameEn: r.nameEn }]));
}

/** The legal names of companies (titles and mails). */
export async function legalNames(db: DbClient, ids: readonly string[]): Promise<Map<string, string>> {
  const names = await companyNames(db, ids);
  return new Map([...names].map(([id, n]) => [id, n.name]));
}

/**
 * The e-mail addresses of companies' owners and of their members in the given roles (who hears
 * of an auction's or a campaign's outcome), per company.
 */
export async function staffEmails(
  db: DbClient,
  companyIds: readonly string[],
  roles: ReadonlyArray<'sales' | 'sales_manager' | 'purchaser'> = ['sales', 'sales_manager', 'purchaser'],
): Promise<Map<string, string[]>> {
  if (companyIds.length === 0) return new Map();
  const rows = await db.membership.findMany({
    where: {
      companyId: { in: [...new Set(companyIds)] },
      disabledAt: null,
      OR: [{ isOwner: true }, { role: { in: [...roles] } }],
    },
    select: { companyId: true, user: { select: { email: true } } },
  });
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.companyId, [...(out.get(r.companyId) ?? []), r.user.email]);
  return out;
}

export async function userEmail(db: DbClient, userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  return user?.email ?? null;
}

/** The department of the membership acting (null without one). */
export async function departmentOfMembership(
  db: DbClient,
  membershipId: string | null,
): Promise<string | null> {
  if (!membershipId) return null;
  const m = await db.membership.findUnique({ where: { id: membershipId }, select: { departmentId: true } });
  return m?.departmentId ?? null;
}

/**
 * Queues the same mail once to every distinct recipient, in one statement. The worker sends it
 * after commit: nothing is sent if the transaction rolls back.
 */
export async function queueMail(
  tx: Prisma.TransactionClient,
  to: readonly string[],
  mail: { subject: string; text: string },
): Promise<void> {
  if (to.length === 0) return;
  await tx.outboxMail.createMany({ data: [...new Set(to)].map((address) => ({ ...mail, to: address })) });
}

/** A staff action for the owners' activity report (DESIGN.md §2). */
export async function recordActivity(
  tx: Prisma.TransactionClient,
  companyId: string,
  userId: string,
  kind: string,
  at: Date,
): Promise<void> {
  await tx.activityEvent.create({ data: { companyId, userId, kind, at } });
}
